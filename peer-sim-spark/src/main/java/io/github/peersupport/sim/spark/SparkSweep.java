package io.github.peersupport.sim.spark;

import io.github.peersupport.json.PeerJson;
import io.github.peersupport.sim.Metrics;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.Sweep;
import io.github.peersupport.sim.SweepFailure;
import io.github.peersupport.sim.SweepResult;
import io.github.peersupport.sim.SweepRow;
import io.github.peersupport.sim.SweepTask;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs a {@link Sweep} as an Apache Spark job and returns the same {@link SweepResult} as {@link
 * Sweep#run()}, equal by {@code equals}, for when one machine is not enough.
 *
 * <p>The driver writes each grid point's scenario as a JSON document (peer-json) and broadcasts the
 * documents; the job's elements are the sweep's task numbers ({@link Sweep#tasks()}: all of them, or a
 * shard's), in task order. An executor reads a task's scenario document back (once per partition and
 * grid point), runs the task as {@link Sweep#runTask(int)} does (a run that throws becomes a {@link
 * SweepFailure}, and the sweep goes on) and returns the one-task result as a JSON document; the driver
 * collects them in task order and assembles the table. Only text and numbers cross the wire: no library
 * value and no closure over one is serialised by Java serialisation, so executors need the same library
 * version as the driver, not the same objects. Since a run is a pure function of its scenario and seed,
 * the result does not depend on the number of executors, partitions or task retries.
 *
 * <p>Rows carry the run's built-in {@link Metrics}, and the whole run after {@link Sweep#keepRuns()}.
 * User-defined metrics ({@link Sweep#metric}) are functions, which cannot travel as text: a sweep with
 * any is refused; keep the runs and compute them from the rows on the driver instead.
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
 * the executors, one result document per run each way, and the runs themselves; the driver holds the
 * documents and the collected results.
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
   * @throws IllegalArgumentException if the sweep has user-defined metrics
   * @throws IllegalStateException if the Spark job fails (Spark's exception is the cause); a run that
   *     throws is not that: it is recorded in {@link SweepResult#failures()}
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
   * @throws IllegalArgumentException if the sweep has user-defined metrics
   * @throws IllegalStateException if the Spark job fails (Spark's exception is the cause); a run that
   *     throws is not that: it is recorded in {@link SweepResult#failures()}
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
   * @throws IllegalArgumentException if {@code partitions} is less than 1 or the sweep has user-defined
   *     metrics
   * @throws IllegalStateException if the Spark job fails (Spark's exception is the cause); a run that
   *     throws is not that: it is recorded in {@link SweepResult#failures()}
   */
  public static SweepResult run(JavaSparkContext spark, Sweep sweep, int partitions) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(sweep, "sweep");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions: must be at least 1 but was " + partitions);
    }
    if (!sweep.metricNames().isEmpty()) {
      throw new IllegalArgumentException("sweep: user-defined metrics " + sweep.metricNames()
          + " are functions, which cannot be sent to Spark's executors; keep the runs (keepRuns()) and compute them"
          + " from the rows on the driver");
    }
    List<SweepTask> tasks = sweep.tasks();
    String[] documents = sweep.scenarios().stream().map(PeerJson::write).toArray(String[]::new);
    List<Integer> numbers = tasks.stream().map(SweepTask::index).toList();
    Broadcast<String[]> shared = spark.broadcast(documents);
    List<String> answers;
    try {
      answers = spark.parallelize(numbers, Math.max(1, Math.min(partitions, numbers.size())))
          .mapPartitions(new Runs(shared, sweep.firstSeed(), sweep.seedCount(), sweep.keepsRuns()))
          .collect();
    } catch (RuntimeException e) {
      throw new IllegalStateException("sweep: the Spark job failed: " + e.getMessage(), e);
    } finally {
      shared.destroy();
    }
    if (answers.size() != tasks.size()) {
      throw new IllegalStateException("sweep: Spark returned " + answers.size() + " results for " + tasks.size() + " tasks");
    }
    List<SweepRow> rows = new ArrayList<>(tasks.size());
    List<SweepFailure> failures = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      Map<String, String> point = tasks.get(i).point();
      SweepResult one = PeerJson.read(answers.get(i), SweepResult.class);
      one.rows().forEach(r -> rows.add(SweepRow.builder().from(r).point(point).build()));
      one.failures().forEach(f -> failures.add(SweepFailure.builder().from(f).point(point).build()));
    }
    return SweepResult.builder().parameters(sweep.parameters()).grid(sweep.points()).rows(rows).failures(failures)
        .build();
  }

  /**
   * The executors' side: task numbers in, one-task results as JSON documents out, in the same order.
   * Holds only the broadcast documents, two numbers and a flag. A task's grid point and seed follow
   * from its number as {@link Sweep#task(int)} defines them.
   */
  private static final class Runs implements FlatMapFunction<Iterator<Integer>, String> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<String[]> documents;
    private final long firstSeed;
    private final int seedCount;
    private final boolean keepRuns;

    Runs(Broadcast<String[]> documents, long firstSeed, int seedCount, boolean keepRuns) {
      this.documents = documents;
      this.firstSeed = firstSeed;
      this.seedCount = seedCount;
      this.keepRuns = keepRuns;
    }

    @Override
    public Iterator<String> call(Iterator<Integer> tasks) {
      String[] scenarios = documents.value();
      Map<Integer, Sweep> read = new HashMap<>();
      List<String> answers = new ArrayList<>();
      while (tasks.hasNext()) {
        int task = tasks.next();
        int point = task / seedCount;
        long seed = firstSeed + task % seedCount;
        Sweep one = read.computeIfAbsent(point, p -> {
          Sweep s = Sweep.of(PeerJson.read(scenarios[p], Scenario.class));
          return keepRuns ? s.keepRuns() : s;
        });
        answers.add(PeerJson.write(one.seeds(seed, 1).runTask(0)));
      }
      return answers.iterator();
    }
  }
}
