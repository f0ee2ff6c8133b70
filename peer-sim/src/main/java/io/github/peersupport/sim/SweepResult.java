package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.ArrayList;
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
 * grid was built and seeds ascending within each point. The same sweep gives the same table on any
 * number of threads.
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
    for (int i = 0; i < rows().size(); i++) {
      Set<String> point = rows().get(i).point().keySet();
      if (!point.equals(names)) {
        throw Require.invalid("rows[" + i + "].point", "must name the parameters " + parameters() + " but names " + point);
      }
      inOrder &= List.copyOf(point).equals(parameters());
    }
    if (inOrder) {
      return this;
    }
    List<SweepRow> ordered = new ArrayList<>(rows().size());
    for (SweepRow row : rows()) {
      Map<String, String> point = new LinkedHashMap<>();
      parameters().forEach(p -> point.put(p, row.point().get(p)));
      ordered.add(SweepRow.builder().from(row).point(point).build());
    }
    return SweepResult.builder().parameters(parameters()).rows(ordered).build();
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
    Map<Map<String, String>, double[]> sums = new LinkedHashMap<>();
    for (SweepRow row : rows()) {
      double[] s = sums.computeIfAbsent(row.point(), p -> new double[2]);
      s[0] += metric.of(row.metrics());
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
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(metric, "metric");
    if (!parameters().contains(parameter)) {
      throw Require.invalid("parameter", "not varied in this sweep: " + parameter);
    }
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (SweepRow row : rows()) {
      double[] s = sums.computeIfAbsent(row.point().get(parameter), p -> new double[2]);
      s[0] += metric.of(row.metrics());
      s[1]++;
    }
    Map<String, Double> out = new LinkedHashMap<>();
    sums.forEach((v, s) -> out.put(v, s[0] / s[1]));
    return out;
  }

  /**
   * Compares every grid point with a reference point on every {@link Metric}, paired by seed (see {@link
   * Comparison#of(SweepResult, Map)}).
   *
   * @param reference the reference grid point, e.g. {@code Map.of("supporters", "180")}
   * @return the comparison
   * @throws IllegalArgumentException if the reference is not a grid point or an arm shares fewer than two
   *     seeds with it
   * @throws NullPointerException if any argument is null
   */
  public final Comparison compare(Map<String, String> reference) {
    return Comparison.of(this, reference);
  }

  /**
   * Returns a text table: one line per grid point with the number of seeds and mean headline figures,
   * columns as wide as their widest cell.
   */
  @Override
  public final String toString() {
    List<String> header = new ArrayList<>(parameters());
    header.add("seeds");
    for (Metric m : SHOWN) {
      header.add(shortLabel(m));
    }
    List<Map<Map<String, String>, Double>> means = new ArrayList<>();
    for (Metric m : SHOWN) {
      means.add(mean(m));
    }
    List<List<String>> lines = new ArrayList<>();
    for (Map<String, String> point : points()) {
      List<String> line = new ArrayList<>();
      for (String p : parameters()) {
        line.add(point.get(p));
      }
      line.add(Long.toString(rows().stream().filter(r -> r.point().equals(point)).count()));
      for (Map<Map<String, String>, Double> byPoint : means) {
        line.add(String.format(Locale.ROOT, "%.3f", byPoint.get(point)));
      }
      lines.add(line);
    }
    return TextTable.render(header, lines, parameters().size());
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
