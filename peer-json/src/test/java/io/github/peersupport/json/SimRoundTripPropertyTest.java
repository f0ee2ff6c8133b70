package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.testing.EscalationGen;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.groups.formation.PlacementPolicy;
import io.github.peersupport.groups.testing.GroupsValueGen;
import io.github.peersupport.json.testing.JsonGen;
import io.github.peersupport.matching.PeerMatcher;
import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Metrics;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.Sweep;
import io.github.peersupport.sim.SweepFailure;
import io.github.peersupport.sim.SweepResult;
import io.github.peersupport.sim.SweepRow;
import io.github.peersupport.sim.SweepTask;
import io.github.peersupport.sim.WeekMetrics;
import io.github.peersupport.sim.testing.SimGen;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public value type of peer-sim, generated from peer-sim's seeded generators ({@code SimGen})
 * with the library's policies inside scenarios drawn from the other modules' generators, and from
 * real (short) runs and sweeps, survives write → read equal, and writing is stable: the same value
 * twice, and the value read back, give the same bytes. After all seeds, every mapped peer-sim type
 * must have been checked at least 10,000 times.
 */
class SimRoundTripPropertyTest {
  /** The package prefix of the types this class covers. */
  static final String SIM_PACKAGE = "io.github.peersupport.sim";

  private static final int CASES = 1_000;
  private static final int MIN_PER_TYPE = 10_000;
  private static final RoundTrips ROUND_TRIPS = new RoundTrips();
  private static final Scenario SHORT = Scenario.standard().withName("short").withHorizonWeeks(3)
      .withCohort(Cohort.standard().withSupporters(20));

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void write_scenariosAndParts_readBackEqualWithSameBytes(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Scenario scenario = withPolicies(r, SimGen.scenario(r));
      ROUND_TRIPS.check(scenario, Scenario.class);
      ROUND_TRIPS.check(SimGen.cohort(r), Cohort.class);
      ROUND_TRIPS.check(SimGen.behaviour(r), Behaviour.class);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void write_results_readBackEqualWithSameBytes(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Run run = SimGen.run(r);
      ROUND_TRIPS.check(run, Run.class);
      run.weeks().forEach(w -> ROUND_TRIPS.check(w, WeekMetrics.class));
      ROUND_TRIPS.check(SimGen.week(r, r.nextInt(1, 521)), WeekMetrics.class);
      ROUND_TRIPS.check(SimGen.metrics(r), Metrics.class);
      SweepResult sweep = SimGen.sweep(r);
      ROUND_TRIPS.check(sweep, SweepResult.class);
      sweep.rows().forEach(row -> ROUND_TRIPS.check(row, SweepRow.class));
      ROUND_TRIPS.check(SimGen.sweepTask(r), SweepTask.class);
      ROUND_TRIPS.check(SimGen.sweepFailure(r), SweepFailure.class);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void write_realRunAndSweep_readBackEqualWithSameBytes(long seed) {
    Run run = SHORT.run(seed);
    assertThat(run.metrics().seekers()).isPositive();
    ROUND_TRIPS.check(run, Run.class);
    SweepResult sweep = Sweep.of(SHORT).vary("supporters", List.of(10, 30), (s, n) -> s.withCohort(s.cohort().withSupporters(n)))
        .seeds(2).run(1);
    ROUND_TRIPS.check(sweep, SweepResult.class);
    assertThat(PeerJson.read(PeerJson.write(sweep), SweepResult.class).rows()).hasSize(4)
        .allSatisfy(row -> assertThat(row.point()).isEqualTo(Map.of("supporters", row.point().get("supporters"))));
    SweepResult withExtras = Sweep.of(SHORT).vary("supporters", List.of(10, 30), (s, n) -> s.withCohort(s.cohort().withSupporters(n)))
        .metric("not a number", r -> r.seed() == 1 ? Double.NaN : r.metrics().seekers())
        .metric("fails", r -> {
          if (r.seed() == 2 && r.metrics().seekers() >= 0) {
            throw new IllegalStateException("fails: seed 2");
          }
          return 1;
        })
        .keepRuns().seeds(2).run(1);
    assertThat(withExtras.failures()).hasSize(2);
    ROUND_TRIPS.check(withExtras, SweepResult.class);
  }

  @AfterAll
  static void everyMappedSimType_checkedAtLeastTenThousandTimes() throws Exception {
    Map<String, Long> counts = ROUND_TRIPS.assertEachCheckedAtLeast(name -> name.startsWith(SIM_PACKAGE + "."), MIN_PER_TYPE);
    if (!counts.isEmpty()) {
      assertThat(counts.keySet()).containsAll(CompiledValueTypes.of(Scenario.class));
    }
  }

  /** The library's policies inside a scenario, drawn by the other modules' generators half of the time each. */
  private static Scenario withPolicies(SplittableRandom r, Scenario s) {
    Scenario out = s;
    if (r.nextBoolean()) {
      out = out.withMatcher(PeerMatcher.builder().from(out.matcher()).policy(JsonGen.matchingPolicy(r)).build());
    }
    if (r.nextInt(10) > 0) {
      // small taxonomies nine times in ten: the standard ones (three of them, about 3,000 lines of JSON)
      // are covered the tenth time and by the golden file, and would otherwise dominate the test's time
      out = out.withMatcher(JsonGen.withSmallTaxonomies(r, out.matcher()));
    }
    if (r.nextBoolean()) {
      out = out.withLifecycle(JsonGen.matchLifecycle(r));
    }
    if (r.nextBoolean()) {
      out = out.withFollowUps(JsonGen.timers(r));
    }
    if (r.nextBoolean()) {
      out = out.withEscalation(EscalationGen.policy(r));
    }
    if (r.nextBoolean()) {
      out = Scenario.builder().from(out).sessionSignals(GroupsValueGen.sessionSignals(r)).build();
    }
    if (r.nextBoolean()) {
      // focus codes name conditions of the placement's own taxonomy: keep those it still has
      PlacementPolicy placement = GroupsValueGen.placementPolicy(r);
      List<String> focus = out.groupFocus().stream().filter(c -> placement.admission().conditions().find(c).isPresent()).toList();
      out = Scenario.builder().from(out).placement(placement).groupFocus(focus).build();
    }
    return out;
  }
}
