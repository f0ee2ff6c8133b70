package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/**
 * Many seeds × a parameter grid, run in parallel. Each {@link #vary} multiplies the grid by a list of
 * values of one parameter, applied to the scenario by a function; every grid point runs with every
 * seed. Each run is {@link Sim#run(Scenario, long)}, a pure function of its scenario and seed, and
 * results are stored by position, so the table is identical on one thread and on many. The grid points
 * of one seed share their random numbers (common random numbers, Law 2015, <i>Simulation Modeling and
 * Analysis</i>, ch. 11): every draw is keyed by the seed, its purpose and the person or occasion it
 * belongs to, not by the grid point, so two points of a seed see the same supporters, referrals,
 * retirements and answers, and differ only through what their parameters change (see the package
 * documentation); compare grid points seed by seed, as paired samples.
 *
 * <pre>{@code
 * SweepResult r = Sweep.of(Scenario.standard())
 *     .vary("supporters", List.of(120, 180, 240), (s, n) -> s.withCohort(s.cohort().withSupporters(n)))
 *     .vary("group size", List.of(10, 12), (s, n) -> s.withGroupMaxMembers(n))
 *     .seeds(20)
 *     .run();
 * }</pre>
 *
 * <p><b>Tasks.</b> The runs are numbered in a fixed order, point-major with seeds ascending within a
 * point: task {@code i} runs grid point {@code i / seedCount()} with seed {@code firstSeed() + i %
 * seedCount()} ({@link #task(int)}). {@link #shard(int, int)} keeps the tasks whose number is {@code
 * index} modulo {@code count} (round robin, so each shard gets a share of every costly point), and
 * {@link SweepResult#merge} puts shards' results back together into the whole sweep's result.
 *
 * <p><b>Failures.</b> A run that throws is recorded as a {@link SweepFailure} and the sweep goes on;
 * {@link SweepResult#failed()} tells whether any did.
 *
 * <p><b>Per-run results.</b> Each row keeps the run's {@link Metrics}; {@link #metric} adds figures
 * computed from the whole {@link Run}, and {@link #keepRuns()} keeps every run.
 *
 * <p>Instances are immutable: every method returns a new sweep. The functions given to {@link #vary} and
 * {@link #metric} must be pure (the same input gives the same output) and thread-safe.
 */
public final class Sweep {
  private final Scenario base;
  private final List<String> parameters;
  private final List<Map<String, String>> points;
  private final List<Scenario> scenarios;
  private final long firstSeed;
  private final int seedCount;
  private final int shardIndex;
  private final int shardCount;
  private final Map<String, ToDoubleFunction<Run>> metrics;
  private final boolean keepRuns;

  private Sweep(Scenario base, List<String> parameters, List<Map<String, String>> points, List<Scenario> scenarios,
      long firstSeed, int seedCount, int shardIndex, int shardCount, Map<String, ToDoubleFunction<Run>> metrics,
      boolean keepRuns) {
    this.base = base;
    this.parameters = List.copyOf(parameters);
    this.points = points.stream().map(p -> Collections.unmodifiableMap(new LinkedHashMap<>(p))).toList();
    this.scenarios = List.copyOf(scenarios);
    this.firstSeed = firstSeed;
    this.seedCount = seedCount;
    this.shardIndex = shardIndex;
    this.shardCount = shardCount;
    this.metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    this.keepRuns = keepRuns;
  }

  /**
   * Starts a sweep of one grid point (the base scenario) and ten seeds, 1 to 10.
   *
   * @param base the scenario every grid point starts from
   * @return the sweep
   */
  public static Sweep of(Scenario base) {
    Objects.requireNonNull(base, "base");
    return new Sweep(base, List.of(), List.of(Map.of()), List.of(base), 1, 10, 0, 1, Map.of(), false);
  }

  /**
   * Multiplies the grid by the values of one parameter.
   *
   * @param <T> the parameter's type
   * @param parameter the parameter's name, shown in tables and charts
   * @param values the values, at least one
   * @param apply returns the scenario with the parameter set to a value
   * @return the sweep
   * @throws IllegalArgumentException if the name is already varied or no value is given
   * @throws NullPointerException if any argument is null
   */
  public <T> Sweep vary(String parameter, List<T> values, BiFunction<Scenario, T, Scenario> apply) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(apply, "apply");
    if (parameters.contains(parameter)) {
      throw Require.invalid("parameter", "already varied: " + parameter);
    }
    if (values.isEmpty()) {
      throw Require.invalid("values", "must not be empty for parameter " + parameter);
    }
    List<Map<String, String>> newPoints = new ArrayList<>();
    List<Scenario> newScenarios = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      for (T value : values) {
        Map<String, String> point = new LinkedHashMap<>(points.get(i));
        point.put(parameter, String.valueOf(value));
        newPoints.add(point);
        newScenarios.add(Objects.requireNonNull(apply.apply(scenarios.get(i), value), "apply returned null"));
      }
    }
    List<String> names = new ArrayList<>(parameters);
    names.add(parameter);
    return new Sweep(base, names, newPoints, newScenarios, firstSeed, seedCount, shardIndex, shardCount, metrics, keepRuns);
  }

  /**
   * Sets the seeds to 1 … {@code count}.
   *
   * @param count the number of seeds, 1 to 1,000,000
   * @return the sweep
   */
  public Sweep seeds(int count) {
    return seeds(1, count);
  }

  /**
   * Sets the seeds to {@code first} … {@code first + count − 1}.
   *
   * @param first the first seed
   * @param count the number of seeds, 1 to 1,000,000
   * @return the sweep
   */
  public Sweep seeds(long first, int count) {
    Require.inRange("count", count, 1, 1_000_000);
    return new Sweep(base, parameters, points, scenarios, first, count, shardIndex, shardCount, metrics, keepRuns);
  }

  /**
   * Keeps only the tasks whose number is {@code index} modulo {@code count} (round robin over the task
   * order), for running a sweep in parts, e.g. as a job array; task numbers stay those of the whole
   * grid, and {@link SweepResult#merge} puts the parts' results together. Sharding a shard is not
   * allowed: shard the whole sweep.
   *
   * @param index this shard's number, 0 to {@code count − 1}
   * @param count the number of shards, 1 to 1,000,000
   * @return the sweep of one shard
   * @throws IllegalArgumentException if a number is out of range or the sweep is already a shard
   */
  public Sweep shard(int index, int count) {
    Require.inRange("count", count, 1, 1_000_000);
    Require.inRange("index", index, 0, count - 1);
    if (shardCount != 1) {
      throw Require.invalid("shard", "already shard " + shardIndex + " of " + shardCount + ": shard the whole sweep");
    }
    return new Sweep(base, parameters, points, scenarios, firstSeed, seedCount, index, count, metrics, keepRuns);
  }

  /**
   * Adds a user-defined metric, a function of each run, whose value each row keeps ({@link
   * SweepRow#extra()}) and {@link SweepRow#value(String)}, {@link SweepResult#mean(String)} and
   * {@link SweepResult#effect(String, String)} read by name. A function that throws fails the run (a
   * {@link SweepFailure}).
   *
   * @param name the metric's name, unlike every other user-defined metric's and every built-in {@link
   *     Metric}'s constant name (upper or lower case)
   * @param value computes the metric from a run; pure and thread-safe
   * @return the sweep
   * @throws IllegalArgumentException if the name is blank or taken
   * @throws NullPointerException if any argument is null
   */
  public Sweep metric(String name, ToDoubleFunction<Run> value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isBlank() || metrics.containsKey(name) || SweepRow.builtIn(name) != null) {
      throw Require.invalid("name", "must be a new, non-blank metric name but is taken or blank: '" + name + "'");
    }
    Map<String, ToDoubleFunction<Run>> more = new LinkedHashMap<>(metrics);
    more.put(name, value);
    return new Sweep(base, parameters, points, scenarios, firstSeed, seedCount, shardIndex, shardCount, more, keepRuns);
  }

  /**
   * Keeps each whole run in its row ({@link SweepRow#run()}): weekly series and samples, at the cost of
   * memory (a 52-week run of the standard scenario holds about 1,300 times to match).
   *
   * @return the sweep
   */
  public Sweep keepRuns() {
    return new Sweep(base, parameters, points, scenarios, firstSeed, seedCount, shardIndex, shardCount, metrics, true);
  }

  /**
   * Returns the base scenario.
   *
   * @return the scenario every grid point starts from
   */
  public Scenario base() {
    return base;
  }

  /**
   * Returns the names of the varied parameters, in the order they were varied.
   *
   * @return the names
   */
  public List<String> parameters() {
    return parameters;
  }

  /**
   * Returns the grid points, in the order the grid was built.
   *
   * @return each point's parameter values, as text, in the order the parameters were varied
   */
  public List<Map<String, String>> points() {
    return points;
  }

  /**
   * Returns the scenario of each grid point, in the order of {@link #points()}.
   *
   * @return the scenarios
   */
  public List<Scenario> scenarios() {
    return scenarios;
  }

  /**
   * Returns the scenario of one grid point.
   *
   * @param point the point's number, from 0
   * @return the scenario
   * @throws IllegalArgumentException if there is no such point
   */
  public Scenario scenario(int point) {
    Require.inRange("point", point, 0, points.size() - 1);
    return scenarios.get(point);
  }

  /**
   * Returns the first seed.
   *
   * @return the seed
   */
  public long firstSeed() {
    return firstSeed;
  }

  /**
   * Returns the number of seeds per grid point.
   *
   * @return the count
   */
  public int seedCount() {
    return seedCount;
  }

  /**
   * Returns this shard's number (0 for an unsharded sweep).
   *
   * @return the index
   */
  public int shardIndex() {
    return shardIndex;
  }

  /**
   * Returns the number of shards (1 for an unsharded sweep).
   *
   * @return the count
   */
  public int shardCount() {
    return shardCount;
  }

  /**
   * Returns the names of the user-defined metrics, in the order they were added.
   *
   * @return the names
   */
  public List<String> metricNames() {
    return List.copyOf(metrics.keySet());
  }

  /**
   * Returns whether rows keep their whole runs.
   *
   * @return true after {@link #keepRuns()}
   */
  public boolean keepsRuns() {
    return keepRuns;
  }

  /**
   * Returns the number of tasks of the whole grid: grid points × seeds (a shard runs only part of them).
   *
   * @return the count
   */
  public int taskCount() {
    return points.size() * seedCount;
  }

  /**
   * Returns a task of the whole grid by its number.
   *
   * @param index the task's number, 0 to {@link #taskCount()} − 1
   * @return the task: point {@code index / seedCount()}, seed {@code firstSeed() + index % seedCount()}
   * @throws IllegalArgumentException if there is no such task
   */
  public SweepTask task(int index) {
    Require.inRange("index", index, 0, taskCount() - 1);
    int point = index / seedCount;
    return SweepTask.builder().index(index).pointIndex(point).point(points.get(point)).seed(firstSeed + index % seedCount)
        .build();
  }

  /**
   * Returns the tasks this sweep runs, in task order: every task, or a shard's.
   *
   * @return the tasks
   */
  public List<SweepTask> tasks() {
    List<SweepTask> out = new ArrayList<>(size());
    for (int i = shardIndex; i < taskCount(); i += shardCount) {
      out.add(task(i));
    }
    return out;
  }

  /**
   * Returns the number of runs this sweep makes: grid points × seeds, or a shard's part of them.
   *
   * @return the number of runs
   */
  public int size() {
    int all = taskCount();
    return all / shardCount + (shardIndex < all % shardCount ? 1 : 0);
  }

  /**
   * Runs on as many threads as there are available processors.
   *
   * @return the table
   */
  public SweepResult run() {
    return run(Runtime.getRuntime().availableProcessors());
  }

  /**
   * Runs on a fixed number of threads of a pool made for the purpose and shut down afterwards.
   *
   * @param threads the number of threads, at least 1
   * @return the table
   */
  public SweepResult run(int threads) {
    return run(threads, (done, total, task, failed) -> { });
  }

  /**
   * Runs on a fixed number of threads of a pool made for the purpose and shut down afterwards, telling a
   * listener of each finished run.
   *
   * @param threads the number of threads, at least 1
   * @param progress the listener, called on the worker threads as {@link SweepProgress} describes
   * @return the table
   * @throws IllegalStateException if the listener throws or the calling thread is interrupted
   */
  public SweepResult run(int threads, SweepProgress progress) {
    if (threads < 1) {
      throw Require.invalid("threads", "must be at least 1", threads);
    }
    Objects.requireNonNull(progress, "progress");
    ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "peer-sim-sweep");
      t.setDaemon(true);
      return t;
    });
    try {
      return run(executor, progress);
    } finally {
      executor.shutdownNow();
    }
  }

  /**
   * Runs on a caller's executor (which stays open).
   *
   * @param executor the executor
   * @return the table
   * @throws IllegalStateException if the calling thread is interrupted
   */
  public SweepResult run(ExecutorService executor) {
    return run(executor, (done, total, task, failed) -> { });
  }

  /**
   * Runs on a caller's executor (which stays open), telling a listener of each finished run. A run that
   * throws is recorded in {@link SweepResult#failures()} and the others go on.
   *
   * @param executor the executor
   * @param progress the listener, called on the executor's threads as {@link SweepProgress} describes
   * @return the table
   * @throws IllegalStateException if the listener throws or the calling thread is interrupted
   */
  public SweepResult run(ExecutorService executor, SweepProgress progress) {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(progress, "progress");
    List<SweepTask> tasks = tasks();
    int total = tasks.size();
    int[] done = {0};
    List<Future<SweepOutcome>> futures = new ArrayList<>(total);
    for (SweepTask task : tasks) {
      Callable<SweepOutcome> call = () -> {
        SweepOutcome outcome = SweepOutcome.of(scenarios.get(task.pointIndex()), task, metrics, keepRuns);
        synchronized (done) {
          done[0]++;
          progress.finished(done[0], total, task, outcome.failure != null);
        }
        return outcome;
      };
      futures.add(executor.submit(call));
    }
    List<SweepRow> rows = new ArrayList<>(total);
    List<SweepFailure> failures = new ArrayList<>();
    try {
      for (Future<SweepOutcome> f : futures) {
        SweepOutcome outcome = f.get();
        if (outcome.row != null) {
          rows.add(outcome.row);
        } else if (outcome.failure != null) {
          failures.add(outcome.failure);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      futures.forEach(f -> f.cancel(true));
      throw new IllegalStateException("sweep: interrupted", e);
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      throw new IllegalStateException("sweep: the progress listener failed: " + e.getCause(), e.getCause());
    }
    return SweepResult.builder().parameters(parameters).grid(points).rows(rows).failures(failures).build();
  }

  /**
   * Runs one task of the whole grid on the calling thread, whether or not it belongs to this shard: for
   * distributing tasks another way (e.g. on a cluster), then {@link SweepResult#merge merging} the
   * one-task results.
   *
   * @param index the task's number, 0 to {@link #taskCount()} − 1
   * @return a result with the grid and either the task's row or its failure
   * @throws IllegalArgumentException if there is no such task
   */
  public SweepResult runTask(int index) {
    SweepOutcome outcome = SweepOutcome.of(scenarios.get(task(index).pointIndex()), task(index), metrics, keepRuns);
    SweepResult.Builder b = SweepResult.builder().parameters(parameters).grid(points);
    if (outcome.row != null) {
      b.addRows(outcome.row);
    } else if (outcome.failure != null) {
      b.addFailures(outcome.failure);
    }
    return b.build();
  }

  /**
   * Returns the scenario of a grid point, for stamping outputs.
   *
   * @param point a grid point of this sweep
   * @return its scenario
   * @throws IllegalArgumentException if the point is not one of this sweep's
   */
  Scenario scenarioAt(Map<String, String> point) {
    int i = points.indexOf(point);
    if (i < 0) {
      throw Require.invalid("point", "not a grid point of this sweep: " + point);
    }
    return scenarios.get(i);
  }

  /** Returns e.g. {@code Sweep[standard, parameters [supporters], 3 points x 10 seeds from 1]}. */
  @Override
  public String toString() {
    return "Sweep[" + base.name() + ", parameters " + parameters + ", " + points.size() + " points x " + seedCount
        + " seeds from " + firstSeed + (shardCount == 1 ? "" : ", shard " + shardIndex + " of " + shardCount) + "]";
  }
}
