package io.github.peersupport.sim.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.Sweep;
import io.github.peersupport.sim.SweepResult;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

class SparkSweepTest {
  private static final Scenario SMALL = Scenario.standard().withHorizonWeeks(6)
      .withCohort(Cohort.standard().withSupporters(40).withSeekersPerWeek(8));

  private final JavaSparkContext spark = LocalSpark.context();

  private static Sweep sweep() {
    return Sweep.of(SMALL)
        .vary("supporters", List.of(20, 40), (s, n) -> s.withCohort(s.cohort().withSupporters(n)))
        .vary("group size", List.of(8, 12), (s, n) -> s.withGroupMaxMembers(n))
        .seeds(100, 3);
  }

  @Test
  void run_local2_equalsTheLocalSweep() {
    Sweep sweep = sweep();
    SweepResult onSpark = SparkSweep.run(spark.sc(), sweep);
    SweepResult local = sweep.run(1);
    assertThat(onSpark.rows()).hasSize(12);
    assertThat(onSpark).isEqualTo(local);
  }

  @Test
  void run_morePartitionsThanRuns_equalsTheLocalSweep() {
    Sweep sweep = Sweep.of(SMALL).seeds(7, 2);
    assertThat(SparkSweep.run(spark, sweep, 5)).isEqualTo(sweep.run(1));
  }

  @Test
  void run_shards_equalTheLocalShardsAndMergeToTheLocalSweep() {
    Sweep sweep = sweep();
    SweepResult first = SparkSweep.run(spark, sweep.shard(0, 2), 2);
    SweepResult second = SparkSweep.run(spark, sweep.shard(1, 2), 2);
    assertThat(first).isEqualTo(sweep.shard(0, 2).run(1));
    assertThat(SweepResult.merge(List.of(second, first))).isEqualTo(sweep.run(1));
  }

  @Test
  void run_keepRuns_rowsKeepRunsEqualToTheLocalOnes() {
    Sweep sweep = Sweep.of(SMALL).seeds(5, 2).keepRuns();
    SweepResult onSpark = SparkSweep.run(spark, sweep);
    assertThat(onSpark.rows()).allSatisfy(r -> assertThat(r.run()).isPresent());
    assertThat(onSpark).isEqualTo(sweep.run(1));
  }

  @Test
  void run_userDefinedMetric_throwsNamingIt() {
    Sweep sweep = Sweep.of(SMALL).metric("waiting at the end", run -> run.weeks().size());
    assertThatThrownBy(() -> SparkSweep.run(spark, sweep)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sweep: user-defined metrics [waiting at the end] are functions");
  }

  @Test
  void run_nullArguments_throwNamingThem() {
    assertThatThrownBy(() -> SparkSweep.run((JavaSparkContext) null, sweep())).hasMessage("spark");
    assertThatThrownBy(() -> SparkSweep.run(spark.sc(), null)).hasMessage("sweep");
    assertThatThrownBy(() -> SparkSweep.run(spark, null, 2)).hasMessage("sweep");
  }

  @Test
  void run_zeroPartitions_throwsNamingThem() {
    assertThatThrownBy(() -> SparkSweep.run(spark, sweep(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("partitions: must be at least 1 but was 0");
  }
}
