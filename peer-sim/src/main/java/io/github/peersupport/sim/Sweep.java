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

/**
 * Many seeds × a parameter grid, run in parallel. Each {@link #vary} multiplies the grid by a list of
 * values of one parameter, applied to the scenario by a function; every grid point runs with every
 * seed. Each run is {@link Sim#run(Scenario, long)}, a pure function of its scenario and seed (one
 * random stream per (seed, grid point)), and results are stored by position, so the table is identical
 * on one thread and on many.
 *
 * <pre>{@code
 * SweepResult r = Sweep.of(Scenario.standard())
 *     .vary("supporters", List.of(120, 180, 240), (s, n) -> s.withCohort(s.cohort().withSupporters(n)))
 *     .vary("group size", List.of(10, 12), (s, n) -> s.withGroupMaxMembers(n))
 *     .seeds(20)
 *     .run();
 * }</pre>
 *
 * <p>Instances are immutable: every method returns a new sweep.
 */
public final class Sweep {
  private final Scenario base;
  private final List<String> parameters;
  private final List<Map<String, String>> points;
  private final List<Scenario> scenarios;
  private final long firstSeed;
  private final int seedCount;

  private Sweep(Scenario base, List<String> parameters, List<Map<String, String>> points, List<Scenario> scenarios,
      long firstSeed, int seedCount) {
    this.base = base;
    this.parameters = List.copyOf(parameters);
    this.points = points.stream().map(p -> Collections.unmodifiableMap(new LinkedHashMap<>(p))).toList();
    this.scenarios = List.copyOf(scenarios);
    this.firstSeed = firstSeed;
    this.seedCount = seedCount;
  }

  /**
   * Starts a sweep of one grid point (the base scenario) and ten seeds, 1 to 10.
   *
   * @param base the scenario every grid point starts from
   * @return the sweep
   */
  public static Sweep of(Scenario base) {
    Objects.requireNonNull(base, "base");
    return new Sweep(base, List.of(), List.of(Map.of()), List.of(base), 1, 10);
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
    return new Sweep(base, names, newPoints, newScenarios, firstSeed, seedCount);
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
    return new Sweep(base, parameters, points, scenarios, first, count);
  }

  /**
   * Returns the number of runs: grid points × seeds.
   *
   * @return the number of runs
   */
  public int size() {
    return points.size() * seedCount;
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
    if (threads < 1) {
      throw Require.invalid("threads", "must be at least 1", threads);
    }
    ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "peer-sim-sweep");
      t.setDaemon(true);
      return t;
    });
    try {
      return run(executor);
    } finally {
      executor.shutdownNow();
    }
  }

  /**
   * Runs on a caller's executor (which stays open).
   *
   * @param executor the executor
   * @return the table
   * @throws IllegalStateException if a run fails or the calling thread is interrupted
   */
  public SweepResult run(ExecutorService executor) {
    Objects.requireNonNull(executor, "executor");
    List<Future<SweepRow>> futures = new ArrayList<>(size());
    for (int p = 0; p < points.size(); p++) {
      Map<String, String> point = points.get(p);
      Scenario scenario = scenarios.get(p);
      for (int s = 0; s < seedCount; s++) {
        long seed = firstSeed + s;
        Callable<SweepRow> task = () -> SweepRow.builder().point(point).seed(seed).metrics(Sim.run(scenario, seed).metrics()).build();
        futures.add(executor.submit(task));
      }
    }
    List<SweepRow> rows = new ArrayList<>(futures.size());
    try {
      for (Future<SweepRow> f : futures) {
        rows.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      futures.forEach(f -> f.cancel(true));
      throw new IllegalStateException("sweep: interrupted", e);
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      throw new IllegalStateException("sweep: a run failed: " + e.getCause(), e.getCause());
    }
    return SweepResult.builder().parameters(parameters).rows(rows).build();
  }

  /**
   * Returns the varied parameters' names, in the order they were varied.
   *
   * @return the parameter names (empty for a sweep of the base scenario only)
   */
  public List<String> parameters() {
    return parameters;
  }

  /**
   * Returns the grid points in run order: each varied parameter's value, as text.
   *
   * @return one map per grid point, parameter name to value
   */
  public List<Map<String, String>> points() {
    return points;
  }

  /**
   * Returns each grid point's scenario, in the order of {@link #points()}.
   *
   * @return one scenario per grid point
   */
  public List<Scenario> scenarios() {
    return scenarios;
  }

  /**
   * Returns the first seed; the seeds are {@code firstSeed()} … {@code firstSeed() + seedCount() − 1}.
   *
   * @return the first seed
   */
  public long firstSeed() {
    return firstSeed;
  }

  /**
   * Returns the number of seeds each grid point runs with.
   *
   * @return the number of seeds
   */
  public int seedCount() {
    return seedCount;
  }

  /** Returns e.g. {@code Sweep[standard, parameters [supporters], 3 points x 10 seeds from 1]}. */
  @Override
  public String toString() {
    return "Sweep[" + base.name() + ", parameters " + parameters + ", " + points.size() + " points x " + seedCount
        + " seeds from " + firstSeed + "]";
  }
}
