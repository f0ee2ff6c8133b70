package io.github.peersupport.sim.spark;

import io.github.peersupport.json.PeerJson;
import io.github.peersupport.sim.Metrics;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.Sim;
import io.github.peersupport.sim.Sweep;
import io.github.peersupport.sim.SweepResult;
import io.github.peersupport.sim.SweepRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.LongStream;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs a {@link Sweep} as an Apache Spark job and returns the same {@link SweepResult} as {@link
 * Sweep#run()}, equal by {@code equals}, for when one machine is not enough.
 *
 * <p>The driver writes each grid point's scenario as a JSON document (peer-json) and broadcasts the
 * documents; the job's tasks are run numbers {@code 0 … points × seeds − 1} in the local sweep's order
 * (grid points outer, seeds inner). An executor reads a run's scenario document back (once per
 * partition and grid point), runs {@link Sim#run(Scenario, long)} and returns the run's {@link
 * Metrics} as a JSON document; the driver collects them in task order and assembles the rows. Only
 * text and numbers cross the wire: no library value and no closure over one is serialised by Java
 * serialisation, so executors need the same library version as the driver, not the same objects.
 * Since a run is a pure function of its scenario and seed, the result does not depend on the number
 * of executors, partitions or task retries.
 *
 * <p>Each row carries the run's built-in {@link Metrics}; functions of a run (which cannot be sent as
 * text) are computed on the driver from the result, or locally.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().appName("sweep").getOrCreate();
 * SweepResult r = SparkSweep.run(spark.sparkContext(),
 *     Sweep.of(Scenario.standard())
 *         .vary("supporters", List.of(120, 180, 240), (s, n) -> s.withCohort(s.cohort().withSupporters(n)))
 *         .seeds(200));
 * }</pre>
 *
 * <p>Cost: one JSON write per grid point on the driver, one JSON read per grid point and partition on
 * the executors, and the runs themselves; the driver holds the documents and the collected rows.
 */
public final class SparkSweep {
  private SparkSweep() {}

  /**
   * Runs a sweep on a Spark context, with as many partitions as the context's default parallelism
   * (at most one per run).
   *
   * @param spark the Spark context, e.g. {@code SparkSession.sparkContext()}
   * @param sweep the sweep
   * @return the table, equal to {@code sweep.run()}
   * @throws IllegalStateException if a run fails (Spark's failure, with the run's error, is the cause)
   */
  public static SweepResult run(SparkContext spark, Sweep sweep) {
    Objects.requireNonNull(spark, "spark");
    return run(JavaSparkContext.fromSparkContext(spark), sweep);
  }

  /**
   * Runs a sweep on a Java Spark context, with as many partitions as the context's default
   * parallelism (at most one per run).
   *
   * @param spark the Java Spark context
   * @param sweep the sweep
   * @return the table, equal to {@code sweep.run()}
   * @throws IllegalStateException if a run fails (Spark's failure, with the run's error, is the cause)
   */
  public static SweepResult run(JavaSparkContext spark, Sweep sweep) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(sweep, "sweep");
    return run(spark, sweep, spark.defaultParallelism());
  }

  /**
   * Runs a sweep on a Java Spark context in a given number of partitions (Spark tasks). More
   * partitions than executor cores balance uneven runs; each partition reads its grid points' scenario
   * documents once.
   *
   * @param spark the Java Spark context
   * @param sweep the sweep
   * @param partitions the number of partitions, at least 1 (capped at the number of runs)
   * @return the table, equal to {@code sweep.run()}
   * @throws IllegalArgumentException if {@code partitions} is less than 1
   * @throws IllegalStateException if a run fails (Spark's failure, with the run's error, is the cause)
   */
  public static SweepResult run(JavaSparkContext spark, Sweep sweep, int partitions) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(sweep, "sweep");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions: must be at least 1 but was " + partitions);
    }
    String[] documents = sweep.scenarios().stream().map(PeerJson::write).toArray(String[]::new);
    int runs = sweep.size();
    List<Long> tasks = LongStream.range(0, runs).boxed().toList();
    Broadcast<String[]> shared = spark.broadcast(documents);
    List<String> answers;
    try {
      answers = spark.parallelize(tasks, Math.min(partitions, runs))
          .mapPartitions(new Runs(shared, sweep.firstSeed(), sweep.seedCount()))
          .collect();
    } catch (RuntimeException e) {
      throw new IllegalStateException("sweep: a run failed on Spark: " + e.getMessage(), e);
    } finally {
      shared.destroy();
    }
    if (answers.size() != runs) {
      throw new IllegalStateException("sweep: Spark returned " + answers.size() + " rows for " + runs + " runs");
    }
    List<SweepRow> rows = new ArrayList<>(runs);
    List<Map<String, String>> points = sweep.points();
    for (int i = 0; i < runs; i++) {
      rows.add(SweepRow.builder()
          .point(points.get(i / sweep.seedCount()))
          .seed(sweep.firstSeed() + i % sweep.seedCount())
          .metrics(PeerJson.read(answers.get(i), Metrics.class))
          .build());
    }
    return SweepResult.builder().parameters(sweep.parameters()).rows(rows).build();
  }

  /**
   * The executors' side: run numbers in, metrics documents out, in the same order. Holds only the
   * broadcast documents and two numbers.
   */
  private static final class Runs implements FlatMapFunction<Iterator<Long>, String> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<String[]> documents;
    private final long firstSeed;
    private final int seedCount;

    Runs(Broadcast<String[]> documents, long firstSeed, int seedCount) {
      this.documents = documents;
      this.firstSeed = firstSeed;
      this.seedCount = seedCount;
    }

    @Override
    public Iterator<String> call(Iterator<Long> runs) {
      String[] scenarios = documents.value();
      Map<Integer, Scenario> read = new HashMap<>();
      List<String> answers = new ArrayList<>();
      while (runs.hasNext()) {
        long run = runs.next();
        int point = Math.toIntExact(run / seedCount);
        long seed = firstSeed + run % seedCount;
        Scenario scenario = read.computeIfAbsent(point, p -> PeerJson.read(scenarios[p], Scenario.class));
        answers.add(PeerJson.write(Sim.run(scenario, seed).metrics()));
      }
      return answers.iterator();
    }
  }
}
