package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.person.CaredFor;
import io.github.peersupport.core.person.CaredForAge;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.core.person.WeeklyAvailability;
import io.github.peersupport.core.programme.Readiness;
import io.github.peersupport.core.programme.ReadinessMeasure;
import io.github.peersupport.core.programme.ReadinessRule;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.testing.MatchingGen;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PeerMatcher} agrees with {@link ReferenceScorer}, a plain reference written from the Javadoc,
 * on 10 seeds × 100 random (policy, instant, pool) × 10 seekers: 10,000 (seeker, pool) cases. Agreement
 * means the same candidates in the same order with scores and contributions within 1e-9, the same
 * rung, the same exclusion rule for every excluded supporter, the same counts and no-match reason.
 * Policies vary weights, modes, thresholds, distances, top-k, zone, readiness rules and rung order;
 * matchers use the standard issue vocabulary or none, and people carry issue synonyms; caregivers of
 * every relationship, with and without the person cared for, rank and are ranked; instants fall in
 * daylight-saving weeks; pools are empty, small or large, drawn from both peer-core's and
 * peer-matching's generators, with clones (exact ties), codes outside the taxonomy, seekers without
 * consent, minors with and without a guardian's consent or their own assent under random minor
 * policies, and supporters who cannot serve. A failure names its seed, pool (case) and seeker.
 */
class ReferenceAgreementPropertyTest {
  /** Per seed: 100 pools × 10 seekers = 1,000 (seeker, pool) cases; 10,000 over the ten seeds. */
  private static final int POOLS = 100;
  private static final int SEEKERS_PER_POOL = 10;
  private static final double TOLERANCE = 1e-9;
  private static final Code RARE = Code.of(Code.CONDITIONS, "rare-condition-x", "Rare condition X");
  /** An issue vocabulary without concepts: tags count by their exact text. */
  private static final Taxonomy NO_ISSUE_VOCABULARY = Taxonomy.builder().system(Code.ISSUES).build();
  /**
   * Other spellings of MatchingGen's issues and of standard issues: synonyms, codes and unknown tags,
   * so that two tags of one person can stand for one issue.
   */
  private static final String[] OTHER_ISSUE_TAGS = {
    "fear-of-rejection", "rejection-fear", "transplant-rejection", "return-to-work", "back-to-work", "money-worries",
    "finances", "insomnia", "recurrence", "cravings", "rare-worry",
  };
  private static final String[] ZONES = {"UTC", "America/New_York", "Europe/London", "Pacific/Auckland", "Asia/Kolkata"};
  /** Instants in weeks with a daylight-saving change somewhere in the generators' zones, and at week ends. */
  private static final Instant[] INSTANTS = {
    CoreGen.EPOCH,
    Instant.parse("2026-03-08T07:30:00Z"), // New York springs forward
    Instant.parse("2026-03-29T00:30:00Z"), // London springs forward
    Instant.parse("2026-04-05T12:00:00Z"), // Auckland falls back
    Instant.parse("2026-09-27T23:59:00Z"), // Auckland springs forward, Sunday night UTC
    Instant.parse("2026-10-25T01:30:00Z"), // London falls back
    Instant.parse("2026-11-01T06:00:00Z"), // New York falls back
    Instant.parse("2026-01-04T23:30:00Z"), // Sunday 23:30 UTC: Monday in Auckland
  };

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void rank_agreesWithTheReference(long seed) {
    Map<Fallback, Integer> rungs = new EnumMap<>(Fallback.class);
    Set<RuleId> exclusionRules = new HashSet<>();
    int[] ties = new int[1];
    Set<String> caregiverSimilarities = new HashSet<>();
    int[] mixed = new int[1];
    Seeds.forEachCase(seed, POOLS, random -> {
      PeerMatcher matcher = PeerMatcher.builder().policy(policy(random))
          .issues(random.nextInt(5) == 0 ? NO_ISSUE_VOCABULARY : Taxonomy.standardIssues()).build();
      Instant at = instant(random);
      TimeWindow anchor = CoreGen.timeWindow(random);
      Seeker first = seeker(random, anchor);
      if (first.experience().role() == ExperienceRole.PATIENT && random.nextInt(4) == 0) {
        first = Seeker.builder().from(first).experience(caregiverLike(random, first.experience(), first.experience())).build();
      }
      List<Supporter> supporters = supporters(random, first, anchor);
      SupporterPool pool = matcher.pool(supporters, at);
      for (int k = 0; k < SEEKERS_PER_POOL; k++) {
        Seeker seeker = k == 0 ? first : seeker(random, anchor);
        MatchResult result = matcher.rank(seeker, pool);
        ReferenceScorer.Outcome expected = new ReferenceScorer(matcher).rank(seeker, supporters, at);
        assertAgrees(result, matcher.exclusions(seeker, pool), expected, "seeker " + k + " of the pool: ");

        rungs.merge(result.fallback(), 1, Integer::sum);
        mixed[0] += result.candidates().stream().map(Candidate::rung).distinct().count() > 1 ? 1 : 0;
        exclusionRules.addAll(result.excluded().keySet());
        result.candidates().forEach(c -> c.contributions().stream()
            .filter(x -> x.criterion() == Criterion.RELATIONSHIP || x.criterion() == Criterion.CARED_FOR)
            .forEach(x -> caregiverSimilarities.add(x.criterion() + " " + x.similarity())));
        for (int r = 1; r < result.candidates().size(); r++) {
          ties[0] += result.candidates().get(r).score() == result.candidates().get(r - 1).score() ? 1 : 0;
        }
      }
    });
    // not vacuous: every rung, ties, and exclusions by every floor rule but the unreachable boundary review
    assertThat(rungs.keySet()).containsExactlyInAnyOrder(Fallback.values());
    assertThat(ties[0]).isPositive();
    assertThat(exclusionRules).contains(MatchingRuleIds.SEEKER_AGE_UNKNOWN, MatchingRuleIds.MINORS_NOT_SERVED,
        MatchingRuleIds.BELOW_MINIMUM_AGE, MatchingRuleIds.GUARDIAN_CONSENT, MatchingRuleIds.MINOR_ASSENT);
    // programme readiness rules of other measures and with their own ids exclude too
    assertThat(exclusionRules.stream().filter(id -> id.value().startsWith("readiness.")).count()).isGreaterThan(3);
    // caregivers ranked: same and other relationships, cared-for bands equal, adjacent, distant and unknown
    assertThat(caregiverSimilarities).contains("RELATIONSHIP 1.0", "RELATIONSHIP 0.0", "CARED_FOR 1.0", "CARED_FOR 0.5",
        "CARED_FOR 0.0");
    assertThat(mixed[0]).as("results with candidates of two rungs (RungOrder.ISSUES_BEFORE_BROADER)").isPositive();
    assertThat(exclusionRules).contains(MatchingRuleIds.SEEKER_CONSENT, MatchingRuleIds.NOT_ACTIVE,
        MatchingRuleIds.CERTIFICATION, MatchingRuleIds.NOT_ADULT, ReadinessMeasure.MONTHS_SINCE_TREATMENT_END.ruleId(),
        MatchingRuleIds.AT_CAPACITY,
        Criterion.ROLE.ruleId(), Criterion.LANGUAGE.ruleId(), Criterion.MODALITY.ruleId(), Criterion.GENDER.ruleId());
  }

  private static void assertAgrees(MatchResult result, List<Exclusion> exclusions, ReferenceScorer.Outcome expected, String what) {
    assertThat(result.fallback()).as(what + "fallback").isEqualTo(expected.fallback());
    assertThat(result.candidates().stream().map(Candidate::rung).toList()).as(what + "rungs of the candidates")
        .isEqualTo(expected.candidates().stream().map(Candidate::rung).toList());
    assertThat(exclusions).as(what + "exclusions").isEqualTo(expected.exclusions());
    assertThat(result.excluded()).as(what + "excluded counts").isEqualTo(expected.excluded());
    assertThat(result.eligible()).as(what + "eligible").isEqualTo(expected.eligible());
    assertThat(result.refusedBy()).as(what + "no-match reason").isEqualTo(expected.refusedBy());
    assertThat(ids(result.candidates())).as(what + "candidates in order; PeerMatcher %s, reference %s", result.candidates(),
        expected.candidates()).isEqualTo(ids(expected.candidates()));
    for (int r = 0; r < result.candidates().size(); r++) {
      assertSameCandidate(result.candidates().get(r), expected.candidates().get(r), what);
    }
  }

  private static void assertSameCandidate(Candidate actual, Candidate expected, String what) {
    SupporterId id = actual.supporter();
    assertThat(actual.rank()).as(what + "rank of %s", id).isEqualTo(expected.rank());
    assertThat(actual.contributions().stream().map(Contribution::criterion).toList()).as(what + "criteria of %s", id)
        .isEqualTo(expected.contributions().stream().map(Contribution::criterion).toList());
    for (int c = 0; c < actual.contributions().size(); c++) {
      Contribution a = actual.contributions().get(c);
      Contribution e = expected.contributions().get(c);
      assertThat(a.similarity()).as(what + "%s similarity of %s", a.criterion(), id).isCloseTo(e.similarity(), within(TOLERANCE));
      assertThat(a.share()).as(what + "%s share of %s", a.criterion(), id).isCloseTo(e.share(), within(TOLERANCE));
    }
    assertThat(actual.score()).as(what + "score of %s", id).isCloseTo(expected.score(), within(TOLERANCE));
  }

  private static List<SupporterId> ids(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::supporter).toList();
  }

  // ---- generators ----------------------------------------------------------------------------

  /** The standard policy a quarter of the time; otherwise random modes, weights and settings. */
  static MatchingPolicy policy(SplittableRandom r) {
    if (r.nextInt(4) == 0) {
      return MatchingPolicy.standard();
    }
    MatchingPolicy.Builder b = MatchingPolicy.builder();
    Map<Criterion, CriterionSetting> criteria = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      int kind = r.nextInt(20);
      CriterionMode mode = kind < 2 ? CriterionMode.HARD : kind < 4 ? CriterionMode.OFF : CriterionMode.SOFT;
      int w = r.nextInt(10);
      double weight = w == 0 ? 0 : w < 4 ? r.nextInt(1, 6) : w < 5 ? 0.05 : r.nextDouble(0.001, 1);
      criteria.put(c, CriterionSetting.of(mode, weight));
    }
    if (criteria.entrySet().stream().noneMatch(e -> e.getKey() != Criterion.RELATIONSHIP && e.getKey() != Criterion.CARED_FOR
        && e.getValue().mode() != CriterionMode.OFF && e.getValue().weight() > 0)) {
      criteria.put(Criterion.CONDITION, CriterionSetting.soft(1));
    }
    b.criteria(criteria);
    b.conditionThreshold(CoreGen.oneOf(r, 0.6, 1.0, 0.34, r.nextDouble(0.01, 1)));
    b.minSharedIssues(r.nextInt(1, 4));
    b.maxAgeGapYears(r.nextInt(1, 31));
    b.maxDistanceKm(CoreGen.oneOf(r, 0.0, 5.0, 50.0, 200.0, 20_000.0));
    b.topK(CoreGen.oneOf(r, 1, 2, 3, 5, 10, 1000, r.nextInt(1, 30)));
    // random programme rules exclude most supporters, so a third of the time; else none, or months past treatment
    int readiness = r.nextInt(6);
    b.readiness(readiness < 2 ? CoreGen.readiness(r) : readiness == 2 ? Readiness.none()
        : Readiness.of(ReadinessRule.of(ReadinessMeasure.MONTHS_SINCE_TREATMENT_END, r.nextInt(0, 37))));
    b.zone(ZoneId.of(CoreGen.oneOf(r, ZONES)));
    b.minors(CoreGen.minorPolicy(r));
    b.rungOrder(CoreGen.oneOf(r, RungOrder.values()));
    return b.build();
  }

  private static Instant instant(SplittableRandom r) {
    return r.nextInt(3) == 0 ? CoreGen.EPOCH.plusSeconds(r.nextLong(-40L * 86_400, 40L * 86_400)) : CoreGen.oneOf(r, INSTANTS);
  }

  private static Seeker seeker(SplittableRandom r, TimeWindow anchor) {
    Seeker seeker = r.nextBoolean() ? MatchingGen.seeker(r) : CoreGen.seeker(r);
    if (r.nextInt(6) == 0) {
      seeker = Seeker.builder().from(seeker).profile(PersonProfile.builder().from(seeker.profile()).availability(clustered(r, anchor)).build()).build();
    }
    if (r.nextInt(6) == 0) {
      seeker = minor(r, seeker);
    }
    seeker = r.nextInt(3) == 0 ? Seeker.builder().from(seeker).experience(withOtherIssueTags(r, seeker.experience())).build() : seeker;
    return r.nextInt(10) == 0 ? withRareCondition(seeker) : seeker;
  }

  /** The seeker as a minor (or near the age of majority), with consent by the minor, a guardian or proxy, or both. */
  private static Seeker minor(SplittableRandom r, Seeker seeker) {
    PersonProfile profile = PersonProfile.builder().from(seeker.profile()).age(CoreGen.minorAge(r)).build();
    return Seeker.builder().from(seeker).profile(profile).consent(CoreGen.consentOnBehalf(r, CoreGen.EPOCH)).build();
  }

  /**
   * One to three short windows starting within half an hour after the pool's anchor, often
   * overlapping each other and other people's: overlaps below the one-hour cap, where a minute counted
   * twice would show.
   */
  private static WeeklyAvailability clustered(SplittableRandom r, TimeWindow anchor) {
    WeeklyAvailability.Builder b = WeeklyAvailability.builder().zone(ZoneOffset.UTC);
    int base = Math.min(anchor.start().toSecondOfDay() / 60, 23 * 60 - 30);
    for (int i = r.nextInt(1, 4); i > 0; i--) {
      int start = base + r.nextInt(0, 30);
      int end = Math.min(24 * 60 - 1, start + r.nextInt(5, 40));
      b.addWindows(TimeWindow.of(anchor.day(), LocalTime.ofSecondOfDay(start * 60L), LocalTime.ofSecondOfDay(end * 60L)));
    }
    return b.build();
  }

  /**
   * An experience turned into a caregiver's: the seeker's relationship (if any) three times in four,
   * the person cared for of the seeker's band, another band, or none; half the time the seeker's
   * conditions.
   */
  private static LivedExperience caregiverLike(SplittableRandom r, LivedExperience seeker, LivedExperience supporter) {
    LivedExperience.Builder b = LivedExperience.builder().from(supporter).role(ExperienceRole.CAREGIVER)
        .relationship(r.nextInt(4) > 0 && seeker.relationship().isPresent() ? seeker.relationship().get()
            : CoreGen.oneOf(r, CaregiverRelationship.values()));
    if (r.nextBoolean()) {
      b.conditions(seeker.conditions()); // on the seeker's rung, so that they are ranked
    }
    int band = r.nextInt(4);
    if (band == 0) {
      b.caredFor(Optional.empty());
    } else {
      b.caredFor(band == 1 || seeker.caredFor().isEmpty() ? CaredFor.of(CoreGen.oneOf(r, CaredForAge.values())) : seeker.caredFor().get());
    }
    return b.build();
  }

  private static LivedExperience withOtherIssueTags(SplittableRandom r, LivedExperience e) {
    LivedExperience.Builder b = LivedExperience.builder().from(e);
    for (int i = r.nextInt(1, 4); i > 0; i--) {
      b.addIssues(Tag.of(CoreGen.oneOf(r, OTHER_ISSUE_TAGS)));
    }
    return b.build();
  }

  private static Seeker withRareCondition(Seeker seeker) {
    LivedExperience e = LivedExperience.builder().from(seeker.experience()).addConditions(RARE).build();
    return Seeker.builder().from(seeker).experience(e).build();
  }

  /**
   * An empty pool one case in 20; otherwise 1 to 5, 1 to 40 or 40 to 120 supporters from either
   * generator (peer-core's supporters can have any standing), sometimes sharing the seeker's exact
   * values, a condition outside the taxonomy or short windows near the pool's anchor, for a caregiver
   * seeker often caregivers too (mostly of the same relationship), and sometimes cloned under new ids
   * for exact ties.
   */
  private static List<Supporter> supporters(SplittableRandom r, Seeker seeker, TimeWindow anchor) {
    int kind = r.nextInt(20);
    int n = kind == 0 ? 0 : kind < 6 ? r.nextInt(1, 6) : kind < 18 ? r.nextInt(1, 41) : r.nextInt(40, 121);
    int source = r.nextInt(4); // 0, 1: matching's generator; 2: core's active supporters; 3: core's any standing
    List<Supporter> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = "sup-" + i;
      Supporter s;
      if (source < 2 || r.nextInt(4) == 0) {
        s = MatchingGen.supporter(r, id);
      } else {
        Supporter core = source == 2 ? CoreGen.activeSupporter(r) : CoreGen.supporter(r);
        s = Supporter.builder().from(core).id(SupporterId.of(id)).build();
      }
      int twist = r.nextInt(12);
      if (twist == 0) {
        // the seeker's own profile: equal on every profile criterion
        s = Supporter.builder().from(s).profile(seeker.profile()).build();
      } else if (twist == 1) {
        s = Supporter.builder().from(s).experience(LivedExperience.builder().from(s.experience()).addConditions(RARE).build()).build();
      } else if (twist == 4 || twist == 5) {
        s = Supporter.builder().from(s).experience(withOtherIssueTags(r, s.experience())).build();
      } else if (twist <= 3) {
        s = Supporter.builder().from(s).profile(PersonProfile.builder().from(s.profile()).availability(clustered(r, anchor)).build()).build();
      }
      if (seeker.experience().role() == ExperienceRole.CAREGIVER && r.nextBoolean()) {
        s = Supporter.builder().from(s).experience(caregiverLike(r, seeker.experience(), s.experience())).build();
      }
      list.add(s);
    }
    if (n > 0 && r.nextInt(4) == 0) {
      for (int c = r.nextInt(1, 4); c > 0; c--) {
        Supporter original = list.get(r.nextInt(list.size()));
        list.add(Supporter.builder().from(original).id(SupporterId.of("clone-" + c + "-" + original.id().value())).build());
      }
    }
    return list;
  }
}
