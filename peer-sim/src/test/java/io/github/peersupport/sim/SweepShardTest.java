package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SweepShardTest {
  private static final Scenario SMALL = Scenario.standard().withHorizonWeeks(6)
      .withCohort(Cohort.standard().withSupporters(40).withSeekersPerWeek(8));

  private static Sweep sweep() {
    return Sweep.of(SMALL)
        .vary("supporters", List.of(20, 40, 60), (s, n) -> s.withCohort(s.cohort().withSupporters(n)))
        .seeds(10, 3);
  }

  @Test
  void tasks_pointMajorSeedsAscending() {
    Sweep s = sweep();
    assertThat(s.taskCount()).isEqualTo(9);
    assertThat(s.size()).isEqualTo(9);
    assertThat(s.points()).extracting(p -> p.get("supporters")).containsExactly("20", "40", "60");
    assertThat(s.scenario(2).cohort().supporters()).isEqualTo(60);
    assertThat(s.firstSeed()).isEqualTo(10);
    assertThat(s.seedCount()).isEqualTo(3);
    SweepTask t = s.task(7);
    assertThat(t.index()).isEqualTo(7);
    assertThat(t.pointIndex()).isEqualTo(2);
    assertThat(t.point()).containsEntry("supporters", "60");
    assertThat(t.seed()).isEqualTo(11);
    assertThat(s.tasks()).extracting(SweepTask::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertThatThrownBy(() -> s.task(9)).hasMessageStartingWith("index:");
  }

  @Test
  void shard_roundRobinOverTaskNumbers() {
    Sweep s = sweep().shard(1, 4);
    assertThat(s.tasks()).extracting(SweepTask::index).containsExactly(1, 5);
    assertThat(s.size()).isEqualTo(2);
    assertThat(sweep().shard(0, 4).size()).isEqualTo(3);
    assertThat(s.taskCount()).isEqualTo(9);
    assertThat(s).hasToString("Sweep[standard, parameters [supporters], 3 points x 3 seeds from 10, shard 1 of 4]");
    assertThatThrownBy(() -> s.shard(0, 2)).hasMessageStartingWith("shard: already shard 1 of 4");
    assertThatThrownBy(() -> sweep().shard(4, 4)).hasMessageStartingWith("index:");
  }

  @Test
  void merge_ofEveryShardInAnyOrder_equalsTheUnshardedSweep() {
    Sweep s = sweep().metric("seekers squared", r -> (double) r.metrics().seekers() * r.metrics().seekers());
    SweepResult whole = s.run(2);
    List<SweepResult> shards = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      shards.add(s.shard(i, 4).run(1));
    }
    assertThat(shards.get(3).rows()).hasSize(2);
    assertThat(shards.get(3).grid()).isEqualTo(whole.grid());
    Collections.reverse(shards);
    SweepResult merged = SweepResult.merge(shards);
    assertThat(merged).isEqualTo(whole);
    assertThat(merged.toString()).isEqualTo(whole.toString());
  }

  @Test
  void merge_ofOneTaskResults_equalsTheUnshardedSweep() {
    Sweep s = sweep();
    List<SweepResult> parts = new ArrayList<>();
    for (int i = s.taskCount() - 1; i >= 0; i--) {
      parts.add(s.runTask(i));
    }
    assertThat(SweepResult.merge(parts)).isEqualTo(s.run(1));
  }

  @Test
  void merge_sameRunTwiceOrOtherSweep_throws() {
    Sweep s = sweep();
    SweepResult a = s.shard(0, 2).run(1);
    assertThatThrownBy(() -> SweepResult.merge(List.of(a, a))).hasMessageStartingWith("shards: must not hold the same run twice");
    SweepResult other = Sweep.of(SMALL).vary("supporters", List.of(20), (x, n) -> x.withCohort(x.cohort().withSupporters(n)))
        .seeds(1).run(1);
    assertThatThrownBy(() -> SweepResult.merge(List.of(a, other))).hasMessageStartingWith("shards[1]: must be of the same sweep");
    assertThatThrownBy(() -> SweepResult.merge(List.of())).hasMessageStartingWith("shards: must not be empty");
  }

  @Test
  void progress_calledOncePerRun_doneRisingByOne() {
    List<String> calls = new CopyOnWriteArrayList<>();
    Sweep s = sweep().shard(0, 2);
    s.run(2, (done, total, task, failed) -> calls.add(done + "/" + total + (failed ? " failed" : "")));
    assertThat(calls).containsExactly("1/5", "2/5", "3/5", "4/5", "5/5");
  }

  @Test
  void progress_listenerThrows_sweepThrowsNamingIt() {
    assertThatThrownBy(() -> sweep().run(1, (done, total, task, failed) -> {
      throw new IllegalStateException("listener broke");
    })).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("sweep: the progress listener failed");
  }

  @Test
  void failure_recordedWhileTheSweepGoesOn() {
    List<Boolean> failedCalls = new CopyOnWriteArrayList<>();
    SweepResult r = sweep()
        .metric("fails on seed 11", run -> {
          if (run.seed() == 11) {
            throw new IllegalArgumentException("metric: seed 11 is not wanted");
          }
          return run.seed();
        })
        .run(2, (done, total, task, failed) -> failedCalls.add(failed));
    assertThat(r.failed()).isTrue();
    assertThat(r.rows()).hasSize(6).extracting(SweepRow::seed).doesNotContain(11L);
    assertThat(r.failures()).hasSize(3).allSatisfy(f -> {
      assertThat(f.seed()).isEqualTo(11);
      assertThat(f.exception()).isEqualTo("java.lang.IllegalArgumentException");
      assertThat(f.message()).isEqualTo("metric: seed 11 is not wanted");
    });
    assertThat(r.failures()).extracting(f -> f.point().get("supporters")).containsExactly("20", "40", "60");
    assertThat(failedCalls).hasSize(9).filteredOn(b -> b).hasSize(3);
    assertThat(r.toString()).endsWith("3 runs failed\n");
    assertThat(sweep().run(1).failed()).isFalse();
  }

  @Test
  void metric_userDefined_readByNameBesideBuiltIns() {
    SweepResult r = sweep().metric("weeks", run -> run.weeks().size()).run(1);
    SweepRow row = r.rows().get(0);
    assertThat(row.extra()).containsExactly(Map.entry("weeks", 6.0));
    assertThat(row.value("weeks")).isEqualTo(6.0);
    assertThat(row.value("MATCH_RATE")).isEqualTo(row.metrics().matchRate());
    assertThat(row.value("match_rate")).isEqualTo(row.value(Metric.MATCH_RATE));
    assertThat(r.mean("weeks")).containsValues(6.0, 6.0, 6.0);
    assertThat(r.effect("supporters", "match_rate")).isEqualTo(r.effect("supporters", Metric.MATCH_RATE));
    assertThatThrownBy(() -> row.value("nope")).hasMessageStartingWith("name: no built-in or user-defined metric");
    assertThatThrownBy(() -> sweep().metric("match_rate", run -> 0)).hasMessageStartingWith("name: must be a new");
    assertThatThrownBy(() -> sweep().metric("a", run -> 0).metric("a", run -> 1)).hasMessageStartingWith("name: must be a new");
  }

  @Test
  void keepRuns_rowsHoldTheirRuns() {
    SweepResult r = sweep().keepRuns().run(1);
    SweepRow row = r.rows().get(4);
    assertThat(row.run()).hasValueSatisfying(run -> assertThat(run).isEqualTo(Sim.run(sweep().scenario(1), row.seed())));
    assertThat(sweep().run(1).rows().get(4).run()).isEmpty();
  }

  @Test
  void result_rowOutsideTheGrid_throws() {
    SweepRow row = sweep().run(1).rows().get(0);
    assertThatThrownBy(() -> SweepResult.builder().parameters(List.of("supporters")).addGrid(Map.of("supporters", "1"))
        .addRows(row).build()).hasMessageStartingWith("rows[0].point: must be a point of the grid");
  }
}
