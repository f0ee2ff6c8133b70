package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SimPropertyTest {
  private static final Scenario SMALL = Scenario.standard().withHorizonWeeks(10)
      .withCohort(Cohort.standard().withSupporters(40).withSeekersPerWeek(15));

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void run_anySeed_countsConsistentAndDeterministic(long seed) {
    Run run = Sim.run(SMALL, seed);
    Metrics m = run.metrics();
    assertThat(Sim.run(SMALL, seed)).isEqualTo(run);
    assertThat(m.matched()).isBetween(0, m.seekers());
    assertThat(m.unmatchedByReason().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(m.seekers() - m.matched());
    assertThat(m.fallbackUse().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(m.matched());
    assertThat(run.hoursToMatch()).hasSize(m.matched()).allMatch(h -> h >= 0);
    assertThat(m.offers()).isGreaterThanOrEqualTo(m.declines() + m.expiries());
    assertThat(run.served().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(m.matched());
    int capacity = Cohort.standard().capacityMix().keySet().stream().mapToInt(Integer::intValue).max().orElseThrow() * 40;
    for (WeekMetrics w : run.weeks()) {
      assertThat(w.engaged()).isBetween(0, capacity);
      assertThat(w.groupMembers()).isBetween(0, SMALL.groups() * SMALL.groupSize().maxMembers());
      assertThat(w.waiting()).isNotNegative();
    }
    assertThat(m.attendanceRate()).isBetween(0.0, 1.0);
    assertThat(m.adherence()).isBetween(0.0, 1.0);
    assertThat(m.groupFill()).isBetween(0.0, 1.0);
    assertThat(m.loadGini()).isBetween(0.0, 1.0);
    assertThat(m.within48hShare()).isBetween(0.0, 1.0);
    assertThat(m.p90HoursToMatch()).isGreaterThanOrEqualTo(m.medianHoursToMatch());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void run_noSupporterAccepts_nobodyMatched(long seed) {
    Metrics m = SMALL.withBehaviour(Behaviour.standard().withAcceptShare(0)).run(seed).metrics();
    assertThat(m.matched()).isZero();
    assertThat(m.seekers()).isPositive();
    assertThat(m.unmatchedByReason()).doesNotContainKey("sim.matched");
  }
}
