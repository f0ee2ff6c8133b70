package io.github.peersupport.matching;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.programme.MinorPolicy;
import io.github.peersupport.core.programme.Readiness;
import io.github.peersupport.core.programme.ReadinessRule;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A programme's matching policy as data: each criterion's mode and weight, the programme's supporter
 * readiness rules and minor policy, and the fallback ladder's thresholds and rung order.
 *
 * <p>{@link #standard()} follows programmes' priority order: condition 0.30, treatment 0.15, side
 * effects 0.10, issues 0.08, age 0.06, gender 0.05, language 0.05 (hard), role 0.05 (hard: caregivers
 * with caregivers), geography 0.04, culture 0.04, modality 0.03 (hard: they must be able to meet),
 * availability 0.03, further along 0.02. Language is usually a hard constraint; gender and age are
 * the seeker's choice (their {@code REQUIRE} preference makes them hard for that seeker); culture is
 * soft (IPFCC; Joo et al. 2022).
 *
 * <p>For caregiver seekers two more criteria are in use: caregiver relationship 0.20 (soft) and the
 * cared-for person's age 0.06 (soft). Caregivers are matched with caregivers of the same relationship
 * where possible (parent with parent, partner with partner; Parent to Parent USA, Joo et al. 2022):
 * second only to the condition, the relationship outweighs treatment and any one profile criterion,
 * so a same-relationship caregiver who shares the condition normally ranks first, yet soft, so a
 * caregiver is still offered someone when nobody shares their relationship. Assumption: the weights
 * 0.20 and 0.06 (the latter the weight of the seeker's own age) are this library's choice; no source
 * gives numbers. They do not apply to patient seekers, whose scores keep the relative order of the
 * weights above unchanged.
 */
@Value.Immutable
@PeerStyle
public abstract class MatchingPolicy {
  MatchingPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MatchingPolicy}. */
  public static class Builder extends ImmutableMatchingPolicy.Builder {
    /** Creates an empty builder; prefer {@link MatchingPolicy#builder()} or {@code from(standard())}. */
    public Builder() {}
  }

  /**
   * The default policy described above.
   *
   * @return the policy
   */
  public static MatchingPolicy standard() {
    return builder().build();
  }

  /**
   * Returns each criterion's mode and weight; every criterion is present.
   *
   * @return the settings
   */
  @Value.Default
  public Map<Criterion, CriterionSetting> criteria() {
    Map<Criterion, CriterionSetting> m = new EnumMap<>(Criterion.class);
    m.put(Criterion.CONDITION, CriterionSetting.soft(0.30));
    m.put(Criterion.TREATMENT, CriterionSetting.soft(0.15));
    m.put(Criterion.SIDE_EFFECTS, CriterionSetting.soft(0.10));
    m.put(Criterion.ISSUES, CriterionSetting.soft(0.08));
    m.put(Criterion.ROLE, CriterionSetting.hard(0.05));
    m.put(Criterion.RELATIONSHIP, CriterionSetting.soft(0.20));
    m.put(Criterion.CARED_FOR, CriterionSetting.soft(0.06));
    m.put(Criterion.AGE, CriterionSetting.soft(0.06));
    m.put(Criterion.GENDER, CriterionSetting.soft(0.05));
    m.put(Criterion.LANGUAGE, CriterionSetting.hard(0.05));
    m.put(Criterion.CULTURE, CriterionSetting.soft(0.04));
    m.put(Criterion.GEOGRAPHY, CriterionSetting.soft(0.04));
    m.put(Criterion.MODALITY, CriterionSetting.hard(0.03));
    m.put(Criterion.AVAILABILITY, CriterionSetting.soft(0.03));
    m.put(Criterion.FURTHER_ALONG, CriterionSetting.soft(0.02));
    return m;
  }

  /**
   * Returns the programme's readiness rules: a supporter who fails one is excluded, named by the rule's
   * own id, after the safety floor's adult check and before capacity ({@link MatchingRuleIds}). The
   * readiness is programme data; the safety floor around it is not configurable.
   *
   * @return the readiness (default {@link Readiness#standard()}: 12 months past treatment or on
   *     maintenance therapy, Cancer Hope Network); {@link Readiness#none()} for a programme with no
   *     time rule
   */
  @Value.Default
  public Readiness readiness() {
    return Readiness.standard();
  }

  /**
   * Returns the condition similarity from which a supporter counts as sharing the condition (the
   * first rung of the ladder): 0.6 by default, so a sibling subtype (shared depth 2 of 3) counts.
   *
   * @return 0 (exclusive) to 1
   */
  @Value.Default
  public double conditionThreshold() {
    return 0.6;
  }

  /**
   * Returns how many issues a supporter must share for an issue-based match (the third rung).
   *
   * @return 1 or more (default 2)
   */
  @Value.Default
  public int minSharedIssues() {
    return 2;
  }

  /**
   * Returns how a ranking walks the fallback ladder: {@link RungOrder#CONDITION_FIRST} ranks only the
   * best rung; {@link RungOrder#ISSUES_BEFORE_BROADER} ranks issue-sharing supporters ahead of
   * broader-condition ones and keeps both.
   *
   * @return the order (default {@link RungOrder#CONDITION_FIRST})
   */
  @Value.Default
  public RungOrder rungOrder() {
    return RungOrder.CONDITION_FIRST;
  }

  /**
   * Returns the age gap at which age similarity reaches 0 (unless the seeker sets their own).
   *
   * @return years, 1 to 100 (default 15)
   */
  @Value.Default
  public int maxAgeGapYears() {
    return 15;
  }

  /**
   * Returns the largest distance for in-person meetings.
   *
   * @return kilometres (default 50)
   */
  @Value.Default
  public double maxDistanceKm() {
    return 50;
  }

  /**
   * Returns how many candidates a ranking returns at most.
   *
   * @return 1 to 1000 (default 10)
   */
  @Value.Default
  public int topK() {
    return 10;
  }

  /**
   * Returns the time zone the programme's dates are read in: the ranking's date, from which ages,
   * readiness and "further along" are measured. (Availability is compared in the UTC
   * week that contains the ranking's instant, as group placement does; see {@link Criterion#AVAILABILITY}.)
   *
   * @return the zone (default UTC)
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /**
   * Returns how the programme serves minors: whether at all, the youngest age, from which age a
   * minor's assent is required, whether the seeker's age must be known ({@link MatchingRuleIds} lists
   * the rules it drives). Whatever it says, a minor is matched only with a guardian's or proxy's
   * consent ({@link MatchingRuleIds#GUARDIAN_CONSENT}).
   *
   * @return the policy (default {@link MinorPolicy#standard()}: adults matched as before, minors with a
   *     guardian's consent)
   */
  @Value.Default
  public MinorPolicy minors() {
    return MinorPolicy.standard();
  }

  @Value.Check
  final void check() {
    for (Criterion c : Criterion.values()) {
      if (!criteria().containsKey(c)) {
        throw Require.invalid("criteria", "must set every criterion; missing " + c);
      }
    }
    // the caregiver criteria are not in use for patient seekers, who need one criterion too
    if (criteria().entrySet().stream().noneMatch(e -> e.getKey() != Criterion.RELATIONSHIP && e.getKey() != Criterion.CARED_FOR
        && e.getValue().mode() != CriterionMode.OFF && e.getValue().weight() > 0)) {
      throw Require.invalid("criteria", "at least one criterion other than the caregiver criteria must be in use with a positive weight");
    }
    Set<RuleId> taken = new HashSet<>(List.of(MatchingRuleIds.SEEKER_CONSENT, MatchingRuleIds.NOT_ACTIVE,
        MatchingRuleIds.CERTIFICATION, MatchingRuleIds.BOUNDARY_REVIEW, MatchingRuleIds.NOT_ADULT, MatchingRuleIds.AT_CAPACITY,
        MatchingRuleIds.NO_SHARED_EXPERIENCE, MatchingRuleIds.NO_SUPPORTERS));
    for (Criterion c : Criterion.values()) {
      taken.add(c.ruleId());
    }
    for (ReadinessRule r : readiness().rules()) {
      if (taken.contains(r.id())) {
        throw Require.invalid("readiness", "a readiness rule id must differ from the floor's and the criteria's; was " + r.id());
      }
    }
    if (!(conditionThreshold() > 0 && conditionThreshold() <= 1)) {
      throw Require.invalid("conditionThreshold", "must be in (0, 1]", conditionThreshold());
    }
    Require.inRange("minSharedIssues", minSharedIssues(), 1, 64);
    Require.inRange("maxAgeGapYears", maxAgeGapYears(), 1, 100);
    Require.inRange("maxDistanceKm", maxDistanceKm(), 0, 20_000);
    Require.inRange("topK", topK(), 1, 1000);
  }

  /**
   * Returns the setting of one criterion.
   *
   * @param criterion the criterion
   * @return its setting
   */
  public final CriterionSetting setting(Criterion criterion) {
    return criteria().get(criterion);
  }
}
