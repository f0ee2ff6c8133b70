package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.MatchingMode;
import io.github.peersupport.sim.Scenario;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Behaviour of whole runs of small random scenarios (every matching mode, supporters often scarce),
 * recorded week by week through the engine's test hook ({@link RecordedRun}): what the run's match
 * book, roster and seekers hold at the end of each week, and each screening with the policy's
 * decision. The invariants are {@link RunChecks}' (the programme presets' runs keep them too: {@link
 * PresetRunTest}).
 */
class RunPropertyTest {

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void run_anyScenario_noSupporterAboveCapacityInAnyWeek(long seed) {
    Seeds.forEachCase(seed, 3, random -> RunChecks.noSupporterAboveCapacityInAnyWeek(RecordedRun.of(scenario(random), random.nextLong())));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void run_anyScenario_everySeekerCountedOnceEachWeekAndAtTheEnd(long seed) {
    Seeds.forEachCase(seed, 3, random -> RunChecks.everySeekerCountedOnce(RecordedRun.of(scenario(random), random.nextLong())));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void run_phq9Item9Positive_immediateEscalationThatWeek(long seed) {
    Seeds.forEachCase(seed, 2, random -> {
      Behaviour behaviour = Behaviour.builder().from(Behaviour.standard()).screeningPerWeek(1).symptomShare(0.9)
          .item9Share(random.nextDouble(0.2, 0.8)).build();
      Scenario any = scenario(random);
      Scenario scenario = any.withBehaviour(Behaviour.builder().from(behaviour).acceptShare(any.behaviour().acceptShare())
          .declineShare(any.behaviour().declineShare()).build());
      RecordedRun run = RecordedRun.of(scenario, random.nextLong());
      int positives = RunChecks.phq9Item9PositiveGivesImmediateEscalationThatWeek(run);
      if (run.run().metrics().matched() > 0 && scenario.horizonWeeks() > 3) {
        assertThat(positives).as("engaged seekers were screened with item 9 positive").isPositive();
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void run_anyScenario_sameSeedSameRunAndTheHookChangesNothing(long seed) {
    Seeds.forEachCase(seed, 2, random -> RunChecks.sameSeedSameRun(RecordedRun.of(scenario(random), random.nextLong())));
  }

  /** A few weeks of a small programme in any matching mode; supporters are often scarce. */
  static Scenario scenario(SplittableRandom random) {
    Cohort cohort = Cohort.standard().withSupporters(random.nextInt(3, 30)).withSeekersPerWeek(random.nextInt(5, 40))
        .withPausePerWeek(random.nextDouble(0, 0.2)).withAttritionPerWeek(random.nextDouble(0, 0.1));
    MatchingMode mode = MatchingMode.values()[random.nextInt(MatchingMode.values().length)];
    Behaviour behaviour = Behaviour.builder().from(Behaviour.standard()).acceptShare(random.nextDouble(0.2, 0.9))
        .declineShare(random.nextDouble(0, 0.1)).build();
    Scenario base = Scenario.standard();
    return base.withHorizonWeeks(random.nextInt(2, 9)).withCohort(cohort).withAssignment(mode).withBehaviour(behaviour)
        .withStart(base.start().plus(7L * random.nextInt(0, 20), ChronoUnit.DAYS));
  }
}
