package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
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
    Scenario base = scenario(preset);
    // every engaged seeker screened weekly, most with symptoms: item 9 is often positive
    Behaviour screened = Behaviour.builder().from(base.behaviour()).screeningPerWeek(1).symptomShare(0.9).item9Share(0.5).build();
    // one seed: with every engaged seeker screened weekly, a run has dozens of positive item 9 answers
    RecordedRun r = RecordedRun.of(base.withBehaviour(screened), SEEDS[0]);
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
