package io.github.peersupport.matching;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A programme's matching policy as data: each criterion's mode and weight, the supporter eligibility
 * threshold that may be raised, and the fallback ladder's thresholds and rung order.
 *
 * <p>{@link #standard()} follows programmes' priority order: condition 0.30, treatment 0.15, side
 * effects 0.10, issues 0.08, age 0.06, gender 0.05, language 0.05 (hard), role 0.05 (hard: caregivers
 * with caregivers), geography 0.04, culture 0.04, modality 0.03 (hard: they must be able to meet),
 * availability 0.03, further along 0.02. Language is usually a hard constraint; gender and age are
 * the seeker's choice (their {@code REQUIRE} preference makes them hard for that seeker); culture is
 * soft (IPFCC; Joo et al. 2022).
 */
@Value.Immutable
@PeerStyle
public abstract class MatchingPolicy {
  /** The smallest accepted months past treatment (Cancer Hope Network); a policy may only raise it. */
  public static final int MIN_MONTHS_PAST_TREATMENT = 12;

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
   * Returns how many months past the end of treatment a supporter must be (or on maintenance therapy).
   *
   * @return at least {@value #MIN_MONTHS_PAST_TREATMENT} (default 12)
   */
  @Value.Default
  public int minMonthsPastTreatment() {
    return MIN_MONTHS_PAST_TREATMENT;
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
   * months since treatment and "further along" are measured. (Availability is compared in the UTC
   * week that contains the ranking's instant, as group placement does; see {@link Criterion#AVAILABILITY}.)
   *
   * @return the zone (default UTC)
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  @Value.Check
  final void check() {
    for (Criterion c : Criterion.values()) {
      if (!criteria().containsKey(c)) {
        throw Require.invalid("criteria", "must set every criterion; missing " + c);
      }
    }
    if (criteria().values().stream().noneMatch(s -> s.mode() != CriterionMode.OFF && s.weight() > 0)) {
      throw Require.invalid("criteria", "at least one criterion must be in use with a positive weight");
    }
    Require.inRange("minMonthsPastTreatment", minMonthsPastTreatment(), MIN_MONTHS_PAST_TREATMENT, 600);
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
