package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class SweepTest {
  private static final Scenario SMALL = Scenario.standard().withHorizonWeeks(8)
      .withCohort(Cohort.standard().withSupporters(60).withSeekersPerWeek(10));

  private static Sweep sweep() {
    return Sweep.of(SMALL)
        .vary("supporters", List.of(30, 60), (s, n) -> s.withCohort(s.cohort().withSupporters(n)))
        .vary("group size", List.of(8, 12), (s, n) -> s.withGroupMaxMembers(n))
        .seeds(100, 5);
  }

  @Test
  void run_oneThreadAndFour_identicalTables() {
    SweepResult one = sweep().run(1);
    SweepResult four = sweep().run(4);
    assertThat(four).isEqualTo(one);
    assertThat(four.toString()).isEqualTo(one.toString());
  }

  @Test
  void run_forkJoinPoolOfOneAndOfMany_identicalTables() {
    ExecutorService single = new ForkJoinPool(1);
    ExecutorService many = new ForkJoinPool(3);
    try {
      assertThat(sweep().run(many)).isEqualTo(sweep().run(single));
    } finally {
      single.shutdownNow();
      many.shutdownNow();
    }
  }

  @Test
  void run_grid_rowsInGridOrderWithEverySeed() {
    SweepResult r = sweep().run(2);
    assertThat(r.parameters()).containsExactly("supporters", "group size");
    assertThat(r.rows()).hasSize(2 * 2 * 5);
    assertThat(r.points()).extracting(p -> p.get("supporters") + "/" + p.get("group size"))
        .containsExactly("30/8", "30/12", "60/8", "60/12");
    assertThat(r.rows().subList(0, 5)).extracting(SweepRow::seed).containsExactly(100L, 101L, 102L, 103L, 104L);
    assertThat(r.effect("supporters", Metric.MATCH_RATE)).containsOnlyKeys("30", "60");
  }

  @Test
  void run_eachRow_equalsTheSingleRunOfItsPointAndSeed() {
    SweepResult r = sweep().run(2);
    SweepRow row = r.rows().get(7);
    Scenario point = SMALL.withCohort(SMALL.cohort().withSupporters(Integer.parseInt(row.point().get("supporters"))))
        .withGroupMaxMembers(Integer.parseInt(row.point().get("group size")));
    assertThat(row.metrics()).isEqualTo(Sim.run(point, row.seed()).metrics());
  }

  @Test
  void run_moreSupporters_matchRateNotLower() {
    SweepResult r = Sweep.of(SMALL).vary("supporters", List.of(20, 120), (s, n) -> s.withCohort(s.cohort().withSupporters(n)))
        .seeds(4).run(2);
    assertThat(r.effect("supporters", Metric.MATCH_RATE).get("120")).isGreaterThan(r.effect("supporters", Metric.MATCH_RATE).get("20"));
  }

  @Test
  void vary_sameParameterTwice_throwsNamingIt() {
    Sweep s = Sweep.of(SMALL).vary("groups", List.of(1), Scenario::withGroups);
    assertThatThrownBy(() -> s.vary("groups", List.of(2), Scenario::withGroups))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("parameter: already varied: groups");
  }

  @Test
  void seeds_zero_throws() {
    assertThatThrownBy(() -> Sweep.of(SMALL).seeds(0)).hasMessageStartingWith("count:");
  }
}
