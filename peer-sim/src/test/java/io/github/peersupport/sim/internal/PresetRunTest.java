package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.programme.DeliveryModel;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.programmes.Programme;
import io.github.peersupport.programmes.Programmes;
import io.github.peersupport.matching.lifecycle.MatchEventType;
import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Metrics;
import io.github.peersupport.sim.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every programme preset runs in the simulation ({@link Scenario#of(Programme)}) for 26 weeks with a
 * few seeds, and each run keeps the invariants of every run ({@link RunChecks}) and exercises the
 * preset's delivery models. Each invariant is one test method over the recorded runs of a preset
 * ({@link #forEachRun}; a run's matches, screenings, escalation decisions and weekly states are in
 * {@link RecordedRun}), so a preset-specific rule is one more method. The runs are made once per
 * preset and shared by the methods.
 */
class PresetRunTest {
  private static final int WEEKS = 26;
  /** The seeds of each preset's runs: the first two house seeds (one with {@code -Dpeer.seed}). */
  private static final long[] SEEDS = Seeds.seeds().limit(2).toArray();
  private static final Map<String, List<RecordedRun>> RUNS = new LinkedHashMap<>();
  private static final Map<String, RecordedRun> SCREENED = new LinkedHashMap<>();

  static Stream<String> presets() {
    return Programmes.all().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void preset_noSupporterAboveCapacityInAnyWeek(String preset) {
    forEachRun(preset, RunChecks::noSupporterAboveCapacityInAnyWeek);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void preset_everyReferredSeekerCountedOnce(String preset) {
    forEachRun(preset, RunChecks::everySeekerCountedOnce);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void preset_sameSeedSameRun(String preset) {
    // one seed: determinism needs one rerun, and the runs are the test's cost
    RunChecks.sameSeedSameRun(runs(preset).get(0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void preset_phq9Item9Positive_immediateEscalationThatWeek(String preset) {
    RecordedRun r = screenedRun(preset);
    int positives = RunChecks.phq9Item9PositiveGivesImmediateEscalationThatWeek(r);
    assertThat(positives).as("%s, seed %d: engaged seekers (matched or in a group) were screened, item 9 positive", preset, SEEDS[0])
        .isGreaterThan(5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void preset_exercisesItsDeliveryModels(String preset) {
    Programme programme = Programmes.byId(preset);
    boolean groups = programme.offers(DeliveryModel.SUPPORT_GROUP) || programme.offers(DeliveryModel.COMBINED);
    boolean oneToOne = programme.offers(DeliveryModel.ONE_TO_ONE) || programme.offers(DeliveryModel.COMBINED) || !groups;
    forEachRun(preset, r -> {
      Metrics m = r.run().metrics();
      if (oneToOne) {
        assertThat(m.matched()).as("one-to-one matches").isPositive();
        assertThat(r.matches()).anyMatch(RecordedRun.MatchRecord::matched);
      } else {
        assertThat(m.seekers()).as("a group-only programme refers nobody for a one-to-one match").isZero();
        assertThat(r.matches()).isEmpty();
      }
      if (groups) {
        assertThat(m.sessions()).as("group sessions held").isPositive();
        assertThat(m.groupPlaced()).as("seekers seated in groups").isPositive();
      } else {
        assertThat(m.groupRequests()).as("nobody asks for a group the programme does not run").isZero();
        assertThat(m.sessions()).isZero();
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void preset_matchRecords_agreeWithTheRun(String preset) {
    forEachRun(preset, r -> {
      Set<SeekerId> matchedSeekers = new HashSet<>();
      for (RecordedRun.MatchRecord m : r.matches()) {
        assertThat(m.events().get(0).type()).as(m.id().value()).isEqualTo(MatchEventType.REQUESTED);
        m.matchedAt().ifPresent(at -> {
          assertThat(at).as(m.id().value()).isAfterOrEqualTo(m.requestedAt());
          assertThat(m.supporter()).as("%s has the supporter who accepted", m.id().value()).isPresent();
          matchedSeekers.add(m.seeker().id());
        });
        m.closedAt().ifPresent(at -> assertThat(at).as(m.id().value()).isAfterOrEqualTo(m.requestedAt()));
      }
      assertThat(matchedSeekers).as("seekers matched at least once").hasSize(r.run().metrics().matched());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void preset_supportersReadyUnderTheProgrammesReadiness(String preset) {
    boolean timeRule = !Programmes.byId(preset).matcher().policy().readiness().rules().isEmpty();
    forEachRun(preset, r -> {
      int notReady = PresetChecks.supportersReadyWhenOfferedOrMatched(r);
      if (timeRule) {
        assertThat(notReady).as("supporters not ready on the first day, excluded by readiness then").isPositive();
      } else {
        assertThat(notReady).as("no time rule: every supporter ready").isZero();
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void preset_caregiversOfferedTheirRelationshipBeforeLowerRanked(String preset) {
    Programme programme = Programmes.byId(preset);
    boolean caregivers = programme.profile().rolesServed().contains(ExperienceRole.CAREGIVER) && oneToOne(programme);
    int[] seen = new int[2];
    forEachRun(preset, r -> {
      int[] n = PresetChecks.caregiversOfferedTheirRelationshipFirst(r);
      seen[0] += n[0];
      seen[1] += n[1];
    });
    if (caregivers) {
      assertThat(seen[0]).as("caregivers matched with the same relationship (of %d caregiver matches)", seen[1]).isPositive();
    } else {
      assertThat(seen[1]).as("no caregiver matches in a programme that matches no caregivers").isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void preset_noMinorMatchedWithoutGuardianConsentAndAssent(String preset) {
    // adolescents are referred where the programme serves minors and patients (Scenario.of(Programme))
    boolean minors = scenario(preset).behaviour().adolescentShare() > 0 && oneToOne(Programmes.byId(preset));
    int[] matched = new int[1];
    forEachRun(preset, r -> matched[0] += PresetChecks.noMinorMatchedWithoutGuardianConsent(r));
    if (minors) {
      assertThat(matched[0]).as("adolescents matched with a guardian's permission and their assent").isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void preset_noMatchRunsPastItsPlannedEndWithoutAReview(String preset) {
    boolean term = Programmes.byId(preset).lifecycle().term().isPresent();
    int[] seen = new int[2];
    forEachRun(preset, r -> {
      int[] n = PresetChecks.noMatchPastItsPlannedEndUnreviewed(r);
      seen[0] += n[0];
      seen[1] += n[1];
    });
    if (term) {
      assertThat(seen[0]).as("matches closed at their planned end after a review").isPositive();
      assertThat(seen[1]).as("terms extended at a review").isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void preset_everyImmediateEscalationAcknowledgedOrReportedOverdue(String preset) {
    int[] seen = new int[2];
    forEachRun(preset, r -> {
      int[] n = PresetChecks.everyImmediateEscalationAcknowledgedOrOverdue(r);
      seen[0] += n[0];
      seen[1] += n[1];
    });
    // the runs' own escalations, then a run where item 9 is often positive and a third of acknowledgements late
    RecordedRun r = screenedRun(preset);
    int[] n = PresetChecks.everyImmediateEscalationAcknowledgedOrOverdue(r);
    assertThat(r.escalationsAcknowledged()).as("escalations acknowledged").isPositive();
    assertThat(n[0] + seen[0]).as("IMMEDIATE escalations acknowledged in time").isPositive();
    assertThat(n[1] + seen[1]).as("IMMEDIATE escalations reported overdue").isPositive();
  }

  private static boolean oneToOne(Programme programme) {
    boolean groups = programme.offers(DeliveryModel.SUPPORT_GROUP) || programme.offers(DeliveryModel.COMBINED);
    return programme.offers(DeliveryModel.ONE_TO_ONE) || programme.offers(DeliveryModel.COMBINED) || !groups;
  }

  /**
   * Checks a rule over each recorded run of a preset, naming the preset and seed when it fails.
   *
   * @param preset the preset's id
   * @param check the rule
   */
  static void forEachRun(String preset, Consumer<RecordedRun> check) {
    for (RecordedRun r : runs(preset)) {
      try {
        check.accept(r);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("preset " + preset + ", seed " + r.seed() + " (rerun with -Dpeer.seed=" + r.seed() + "): "
            + e.getMessage(), e);
      }
    }
  }

  /** The preset's scenario over {@value #WEEKS} weeks. */
  static Scenario scenario(String preset) {
    return Scenario.of(Programmes.byId(preset)).withHorizonWeeks(WEEKS);
  }

  /**
   * The preset's run (first seed) where every engaged seeker is screened weekly, most with symptoms, so
   * item 9 is often positive (dozens of IMMEDIATE escalations), and a third of escalations are
   * acknowledged late; made on first use.
   */
  static synchronized RecordedRun screenedRun(String preset) {
    return SCREENED.computeIfAbsent(preset, id -> {
      Scenario base = scenario(id);
      Behaviour screened = Behaviour.builder().from(base.behaviour()).screeningPerWeek(1).symptomShare(0.9).item9Share(0.5)
          .lateAcknowledgementShare(0.3).build();
      return RecordedRun.of(base.withBehaviour(screened), SEEDS[0]);
    });
  }

  /** The preset's recorded runs, one per seed, made on first use. */
  static synchronized List<RecordedRun> runs(String preset) {
    return RUNS.computeIfAbsent(preset, id -> {
      List<RecordedRun> runs = new ArrayList<>(SEEDS.length);
      for (long seed : SEEDS) {
        runs.add(RecordedRun.of(scenario(id), seed));
      }
      return List.copyOf(runs);
    });
  }
}
