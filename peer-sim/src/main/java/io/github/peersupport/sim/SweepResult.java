package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The table a {@link Sweep} produces: one row per (grid point, seed), grid points in the order the
 * grid was built and seeds ascending within each point, and one {@link SweepFailure} per run that threw
 * (in the same order). The same sweep gives the same table on any number of threads, and the results of
 * its shards {@linkplain #merge merge} into it.
 */
@Value.Immutable
@PeerStyle
public abstract class SweepResult {
  /** The figures {@link #toString()} shows per grid point. */
  private static final List<Metric> SHOWN = List.of(Metric.MATCH_RATE, Metric.MEDIAN_HOURS_TO_MATCH, Metric.WITHIN_48H,
      Metric.LOAD_GINI, Metric.GROUP_FILL, Metric.MEAN_WAITLIST, Metric.ESCALATIONS);

  SweepResult() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SweepResult}. */
  public static class Builder extends ImmutableSweepResult.Builder {
    /** Creates an empty builder; prefer {@link SweepResult#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the names of the varied parameters, in the order they were varied.
   *
   * @return the names
   */
  public abstract List<String> parameters();

  /**
   * Returns the rows.
   *
   * @return one row per grid point and seed
   */
  public abstract List<SweepRow> rows();

  /**
   * Returns the runs that threw, in table order; the sweep went on without them.
   *
   * @return the failures, empty when every run finished
   */
  public abstract List<SweepFailure> failures();

  /**
   * Returns every grid point of the sweep, in the order the grid was built, including points of which
   * this result holds no row (a shard's, or a point whose runs all failed). A document without it gets
   * the distinct points of its rows, then of its failures.
   *
   * @return the points
   */
  @Value.Default
  public List<Map<String, String>> grid() {
    List<Map<String, String>> out = new ArrayList<>();
    for (SweepRow row : rows()) {
      if (!out.contains(row.point())) {
        out.add(row.point());
      }
    }
    for (SweepFailure f : failures()) {
      if (!out.contains(f.point())) {
        out.add(f.point());
      }
    }
    return out;
  }

  /**
   * Returns whether any run threw.
   *
   * @return true if {@link #failures()} is not empty
   */
  public final boolean failed() {
    return !failures().isEmpty();
  }

  /**
   * Checks that every row's point names exactly the parameters, and puts each point in the
   * parameters' order: a point's order carries no meaning (JSON objects are unordered, and stores
   * such as PostgreSQL {@code jsonb} reorder keys), so a result read back is equal to, and writes as,
   * the one stored.
   */
  @Value.Check
  final SweepResult check() {
    Set<String> names = new HashSet<>(parameters());
    if (parameters().size() != names.size()) {
      throw Require.invalid("parameters", "must not repeat a name: " + parameters());
    }
    boolean inOrder = true;
    for (int i = 0; i < grid().size(); i++) {
      inOrder &= inOrder("grid[" + i + "]", grid().get(i), names);
      if (grid().indexOf(grid().get(i)) != i) {
        throw Require.invalid("grid[" + i + "]", "must not repeat a point: " + grid().get(i));
      }
    }
    Set<Map<String, String>> grid = new HashSet<>(grid());
    for (int i = 0; i < rows().size(); i++) {
      inOrder &= inOrder("rows[" + i + "].point", rows().get(i).point(), names);
      inGrid("rows[" + i + "].point", rows().get(i).point(), grid);
    }
    for (int i = 0; i < failures().size(); i++) {
      inOrder &= inOrder("failures[" + i + "].point", failures().get(i).point(), names);
      inGrid("failures[" + i + "].point", failures().get(i).point(), grid);
    }
    if (inOrder) {
      return this;
    }
    List<Map<String, String>> orderedGrid = new ArrayList<>();
    grid().forEach(p -> orderedGrid.add(ordered(p)));
    List<SweepRow> ordered = new ArrayList<>(rows().size());
    for (SweepRow row : rows()) {
      ordered.add(SweepRow.builder().from(row).point(ordered(row.point())).build());
    }
    List<SweepFailure> orderedFailures = new ArrayList<>(failures().size());
    for (SweepFailure f : failures()) {
      orderedFailures.add(SweepFailure.builder().from(f).point(ordered(f.point())).build());
    }
    return SweepResult.builder().parameters(parameters()).grid(orderedGrid).rows(ordered).failures(orderedFailures).build();
  }

  private boolean inOrder(String field, Map<String, String> point, Set<String> names) {
    if (!point.keySet().equals(names)) {
      throw Require.invalid(field, "must name the parameters " + parameters() + " but names " + point.keySet());
    }
    return List.copyOf(point.keySet()).equals(parameters());
  }

  private static void inGrid(String field, Map<String, String> point, Set<Map<String, String>> grid) {
    if (!grid.contains(point)) {
      throw Require.invalid(field, "must be a point of the grid but is " + point);
    }
  }

  private Map<String, String> ordered(Map<String, String> point) {
    Map<String, String> out = new LinkedHashMap<>();
    parameters().forEach(p -> out.put(p, point.get(p)));
    return out;
  }

  /**
   * Merges the results of a sweep's shards ({@link Sweep#shard}) into the result of the whole sweep:
   * rows and failures of all shards, put in table order (grid point, then seed). Merging the results of
   * every shard gives a result equal to the unsharded sweep's, whatever the order of the list. Runs in
   * O(n log n) for n rows.
   *
   * @param shards the results, at least one, of the same sweep (equal parameters and grid)
   * @return the merged result
   * @throws IllegalArgumentException if the list is empty, the results are of different sweeps, or two
   *     hold the same (point, seed)
   * @throws NullPointerException if any argument is null
   */
  public static SweepResult merge(List<SweepResult> shards) {
    Objects.requireNonNull(shards, "shards");
    if (shards.isEmpty()) {
      throw Require.invalid("shards", "must not be empty");
    }
    SweepResult first = Objects.requireNonNull(shards.get(0), "shards[0]");
    List<SweepRow> rows = new ArrayList<>();
    List<SweepFailure> failures = new ArrayList<>();
    for (int i = 0; i < shards.size(); i++) {
      SweepResult shard = Objects.requireNonNull(shards.get(i), "shards[" + i + "]");
      if (!shard.parameters().equals(first.parameters()) || !shard.grid().equals(first.grid())) {
        throw Require.invalid("shards[" + i + "]", "must be of the same sweep as shards[0]: parameters " + shard.parameters()
            + " and " + shard.grid().size() + " grid points, not " + first.parameters() + " and " + first.grid().size());
      }
      rows.addAll(shard.rows());
      failures.addAll(shard.failures());
    }
    Map<Map<String, String>, Integer> position = new HashMap<>();
    for (int i = 0; i < first.grid().size(); i++) {
      position.put(first.grid().get(i), i);
    }
    rows.sort(Comparator.<SweepRow>comparingInt(r -> position.get(r.point())).thenComparingLong(SweepRow::seed));
    failures.sort(Comparator.<SweepFailure>comparingInt(f -> position.get(f.point())).thenComparingLong(SweepFailure::seed));
    Set<String> seen = new HashSet<>();
    rows.forEach(r -> unique(seen, position.get(r.point()), r.seed()));
    failures.forEach(f -> unique(seen, position.get(f.point()), f.seed()));
    return SweepResult.builder().parameters(first.parameters()).grid(first.grid()).rows(rows).failures(failures).build();
  }

  private static void unique(Set<String> seen, int point, long seed) {
    if (!seen.add(point + "/" + seed)) {
      throw Require.invalid("shards", "must not hold the same run twice: grid point " + point + ", seed " + seed);
    }
  }

  /**
   * Returns the distinct grid points, in table order.
   *
   * @return the points
   */
  public final List<Map<String, String>> points() {
    List<Map<String, String>> out = new ArrayList<>();
    for (SweepRow row : rows()) {
      if (!out.contains(row.point())) {
        out.add(row.point());
      }
    }
    return out;
  }

  /**
   * Returns the mean of a figure over the seeds of each grid point.
   *
   * @param metric the figure
   * @return point to mean, in table order
   * @throws NullPointerException if any argument is null
   */
  public final Map<Map<String, String>, Double> mean(Metric metric) {
    Objects.requireNonNull(metric, "metric");
    return mean(metric.name());
  }

  /**
   * Returns the mean of a metric, built-in or user-defined, over the seeds of each grid point.
   *
   * @param name the metric's name, as {@link SweepRow#value(String)} reads it
   * @return point to mean, in table order
   * @throws IllegalArgumentException if no metric has that name
   * @throws NullPointerException if any argument is null
   */
  public final Map<Map<String, String>, Double> mean(String name) {
    Objects.requireNonNull(name, "name");
    Map<Map<String, String>, double[]> sums = new LinkedHashMap<>();
    for (SweepRow row : rows()) {
      double[] s = sums.computeIfAbsent(row.point(), p -> new double[2]);
      s[0] += row.value(name);
      s[1]++;
    }
    Map<Map<String, String>, Double> out = new LinkedHashMap<>();
    sums.forEach((p, s) -> out.put(p, s[0] / s[1]));
    return out;
  }

  /**
   * Returns, for one varied parameter, the mean of a figure per value of that parameter (averaged over
   * seeds and over the other parameters' values), in the order the values were given.
   *
   * @param parameter a varied parameter
   * @param metric the figure
   * @return parameter value to mean
   * @throws IllegalArgumentException if the parameter was not varied
   * @throws NullPointerException if any argument is null
   */
  public final Map<String, Double> effect(String parameter, Metric metric) {
    Objects.requireNonNull(metric, "metric");
    return effect(parameter, metric.name());
  }

  /**
   * Returns, for one varied parameter, the mean of a metric, built-in or user-defined, per value of that
   * parameter (averaged over seeds and over the other parameters' values), in the order the values were
   * given.
   *
   * @param parameter a varied parameter
   * @param name the metric's name, as {@link SweepRow#value(String)} reads it
   * @return parameter value to mean
   * @throws IllegalArgumentException if the parameter was not varied or no metric has that name
   * @throws NullPointerException if any argument is null
   */
  public final Map<String, Double> effect(String parameter, String name) {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(name, "name");
    if (!parameters().contains(parameter)) {
      throw Require.invalid("parameter", "not varied in this sweep: " + parameter);
    }
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (SweepRow row : rows()) {
      double[] s = sums.computeIfAbsent(row.point().get(parameter), p -> new double[2]);
      s[0] += row.value(name);
      s[1]++;
    }
    Map<String, Double> out = new LinkedHashMap<>();
    sums.forEach((v, s) -> out.put(v, s[0] / s[1]));
    return out;
  }

  /**
   * Returns a text table: one line per grid point with the number of seeds and mean headline figures,
   * then the number of failed runs if any.
   */
  @Override
  public final String toString() {
    StringBuilder b = new StringBuilder();
    for (String p : parameters()) {
      b.append(String.format(Locale.ROOT, "%-14s", p));
    }
    b.append(String.format(Locale.ROOT, "%6s", "seeds"));
    for (Metric m : SHOWN) {
      b.append(String.format(Locale.ROOT, " %12s", shortLabel(m)));
    }
    b.append('\n');
    List<Map<String, Double>> means = new ArrayList<>();
    for (Metric m : SHOWN) {
      Map<String, Double> byPoint = new LinkedHashMap<>();
      mean(m).forEach((p, v) -> byPoint.put(p.toString(), v));
      means.add(byPoint);
    }
    for (Map<String, String> point : points()) {
      for (String p : parameters()) {
        b.append(String.format(Locale.ROOT, "%-14s", point.get(p)));
      }
      long seeds = rows().stream().filter(r -> r.point().equals(point)).count();
      b.append(String.format(Locale.ROOT, "%6d", seeds));
      for (Map<String, Double> byPoint : means) {
        b.append(String.format(Locale.ROOT, " %12.3f", byPoint.get(point.toString())));
      }
      b.append('\n');
    }
    if (failed()) {
      b.append(failures().size()).append(failures().size() == 1 ? " run" : " runs").append(" failed\n");
    }
    return b.toString();
  }

  private static String shortLabel(Metric m) {
    switch (m) {
      case MATCH_RATE:
        return "match_rate";
      case MEDIAN_HOURS_TO_MATCH:
        return "median_h";
      case WITHIN_48H:
        return "within_48h";
      case LOAD_GINI:
        return "load_gini";
      case GROUP_FILL:
        return "group_fill";
      case MEAN_WAITLIST:
        return "waitlist";
      case ESCALATIONS:
        return "escalations";
      default:
        return m.name().toLowerCase(Locale.ROOT);
    }
  }
}
