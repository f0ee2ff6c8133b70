package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import io.github.peersupport.sim.stats.Bootstrap;
import io.github.peersupport.sim.stats.Interval;
import io.github.peersupport.sim.stats.PairedDifference;
import io.github.peersupport.sim.stats.StudentT;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.immutables.value.Value;

/**
 * The arms of a sweep compared with a reference arm, paired by seed: for every other grid point and every
 * metric, both arms' means with 95% t intervals, the mean difference (arm − reference), its standard
 * error, 95% t interval, 95% BCa bootstrap interval (Efron 1987, for skewed metrics such as times to
 * match), the number of pairs and the paired t test's two-sided p-value (see {@link PairedDifference}
 * and {@link Bootstrap}). Pairing by seed uses the sweep's common random numbers (Law 2015, <i>Simulation
 * Modeling and Analysis</i>, 5th ed., §11.2): each seed draws the same population and referrals in every
 * arm, so the differences vary far less than the arms do. Seeds run in only one of two arms are left out
 * of their comparison.
 *
 * <pre>{@code
 * SweepResult r = Sweep.of(Scenario.standard())
 *     .vary("supporters", List.of(180, 240), (s, n) -> s.withCohort(s.cohort().withSupporters(n)))
 *     .seeds(40).run();
 * Comparison c = r.compare(Map.of("supporters", "180"));
 * System.out.println(c);
 * }</pre>
 *
 * <p>A metric is any function of a sweep row ({@link #of(SweepResult, Map, Map, Bootstrap)}); {@link
 * #metrics(Metric...)} names the {@link Metric}s. The same result, reference, metrics and bootstrap give the
 * same comparison, bit for bit.
 */
@Value.Immutable
@PeerStyle
public abstract class Comparison {
  Comparison() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Comparison}. */
  public static class Builder extends ImmutableComparison.Builder {
    /** Creates an empty builder; prefer {@link Comparison#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the names of the sweep's varied parameters, in the order they were varied.
   *
   * @return the names
   */
  public abstract List<String> parameters();

  /**
   * Returns the reference arm: its grid point.
   *
   * @return parameter name to value
   */
  public abstract Map<String, String> reference();

  /**
   * Returns the number of bootstrap resamples.
   *
   * @return the number (default {@link Bootstrap#DEFAULT_RESAMPLES})
   */
  @Value.Default
  public int resamples() {
    return Bootstrap.DEFAULT_RESAMPLES;
  }

  /**
   * Returns the seed of the bootstrap's resampling stream.
   *
   * @return the seed (default {@link Bootstrap#DEFAULT_SEED})
   */
  @Value.Default
  public long bootstrapSeed() {
    return Bootstrap.DEFAULT_SEED;
  }

  /**
   * Returns the rows: per arm other than the reference (in the sweep's order), one row per metric (in the
   * order given).
   *
   * @return the rows
   */
  public abstract List<ComparisonRow> rows();

  /** Checks that the reference and every arm name exactly the parameters, and the number of resamples. */
  @Value.Check
  final void check() {
    Require.inRange("resamples", resamples(), 100, 1_000_000);
    if (!reference().keySet().equals(new java.util.HashSet<>(parameters()))) {
      throw Require.invalid("reference", "must name the parameters " + parameters() + " but names " + reference().keySet());
    }
    for (int i = 0; i < rows().size(); i++) {
      if (!rows().get(i).arm().keySet().equals(reference().keySet())) {
        throw Require.invalid("rows[" + i + "].arm", "must name the parameters " + parameters() + " but names "
            + rows().get(i).arm().keySet());
      }
    }
  }

  /**
   * Compares every arm of a sweep with a reference arm on every {@link Metric} and every user-defined
   * metric of the sweep ({@link Sweep#metric}), with the standard bootstrap (2,000 resamples, seed 1).
   *
   * @param result the sweep's table
   * @param reference the reference arm's grid point, e.g. {@code Map.of("supporters", "180")}
   * @return the comparison
   * @throws IllegalArgumentException if the reference is not a grid point of the sweep or an arm shares
   *     fewer than two seeds with it
   * @throws NullPointerException if any argument is null
   */
  public static Comparison of(SweepResult result, Map<String, String> reference) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(reference, "reference");
    Map<String, ToDoubleFunction<SweepRow>> all = new LinkedHashMap<>(metrics(Metric.values()));
    for (SweepRow row : result.rows()) {
      for (String name : row.extra().keySet()) {
        all.putIfAbsent(name, r -> r.value(name));
      }
    }
    return of(result, reference, all, Bootstrap.standard());
  }

  /**
   * Compares every arm of a sweep with a reference arm on the given metrics, with the standard bootstrap
   * (2,000 resamples, seed 1).
   *
   * @param result the sweep's table
   * @param reference the reference arm's grid point
   * @param metrics metric name to its value in a row, in the order the rows list them
   * @return the comparison
   * @throws IllegalArgumentException if the reference is not a grid point of the sweep, an arm shares
   *     fewer than two seeds with it, or no metric is given
   * @throws NullPointerException if any argument is null
   */
  public static Comparison of(SweepResult result, Map<String, String> reference, Map<String, ToDoubleFunction<SweepRow>> metrics) {
    return of(result, reference, metrics, Bootstrap.standard());
  }

  /**
   * Compares every arm of a sweep with a reference arm on the given metrics. O(arms × metrics × B × n)
   * for B resamples of n pairs. A seed whose value is not finite in either arm (NaN: a figure the run did
   * not reach, such as a Kaplan–Meier p90 beyond the horizon) is left out of that metric's pairs, and
   * {@link ComparisonRow#n()} says how many pairs remain; with fewer than two, the arm has no row for
   * that metric.
   *
   * @param result the sweep's table
   * @param reference the reference arm's grid point
   * @param metrics metric name to its value in a row (a run), in the order the rows list them; e.g.
   *     {@link #metrics(Metric...)}, or a user's own {@code Map.of("offers_per_seeker", r -> (double)
   *     r.metrics().offers() / r.metrics().seekers())}
   * @param bootstrap the bootstrap's resamples and seed
   * @return the comparison
   * @throws IllegalArgumentException if the reference is not a grid point of the sweep, an arm shares
   *     fewer than two seeds with it, or no metric is given
   * @throws NullPointerException if any argument is null
   */
  public static Comparison of(SweepResult result, Map<String, String> reference, Map<String, ToDoubleFunction<SweepRow>> metrics,
      Bootstrap bootstrap) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(bootstrap, "bootstrap");
    if (metrics.isEmpty()) {
      throw Require.invalid("metrics", "must name at least one metric");
    }
    List<Map<String, String>> points = result.points();
    if (!points.contains(reference)) {
      throw Require.invalid("reference", "is not a grid point of the sweep: " + reference + "; the points are " + points);
    }
    Map<String, String> ref = points.get(points.indexOf(reference));
    Map<Long, SweepRow> referenceRows = bySeed(result, ref);
    Builder out = builder().parameters(result.parameters()).reference(ref).resamples(bootstrap.resamples())
        .bootstrapSeed(bootstrap.seed());
    for (Map<String, String> arm : points) {
      if (arm.equals(ref)) {
        continue;
      }
      Map<Long, SweepRow> armRows = bySeed(result, arm);
      List<Long> seeds = new ArrayList<>(armRows.keySet());
      seeds.retainAll(referenceRows.keySet());
      if (seeds.size() < 2) {
        throw Require.invalid("reference", "shares " + seeds.size() + " seeds with the arm " + arm + "; a comparison needs at least 2");
      }
      for (Map.Entry<String, ToDoubleFunction<SweepRow>> metric : metrics.entrySet()) {
        // a figure a run did not reach (NaN: a Kaplan-Meier p90 past the horizon) leaves that seed's pair out
        List<Long> finite = new ArrayList<>();
        for (Long seed : seeds) {
          if (Double.isFinite(value(metric, referenceRows.get(seed))) && Double.isFinite(value(metric, armRows.get(seed)))) {
            finite.add(seed);
          }
        }
        if (finite.size() < 2) {
          continue;
        }
        double[] x = values(metric, finite, referenceRows);
        double[] y = values(metric, finite, armRows);
        out.addRows(row(arm, metric.getKey(), x, y, bootstrap));
      }
    }
    return out.build();
  }

  /**
   * Returns the named {@link Metric}s as functions of a row, for {@link #of(SweepResult, Map, Map,
   * Bootstrap)}: each named by its constant in lower case, e.g. {@code median_hours_to_match}.
   *
   * @param metrics the metrics, in the order the rows list them
   * @return name to value, in the given order
   * @throws NullPointerException if any argument is null
   */
  public static Map<String, ToDoubleFunction<SweepRow>> metrics(Metric... metrics) {
    Objects.requireNonNull(metrics, "metrics");
    Map<String, ToDoubleFunction<SweepRow>> out = new LinkedHashMap<>();
    for (Metric m : metrics) {
      Objects.requireNonNull(m, "metrics");
      out.put(name(m), row -> m.of(row.metrics()));
    }
    return out;
  }

  /**
   * Returns a metric's name in comparisons and CSV files: its constant in lower case.
   *
   * @param metric the metric
   * @return e.g. {@code within_48h}
   */
  public static String name(Metric metric) {
    Objects.requireNonNull(metric, "metric");
    return metric.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the row of an arm and metric.
   *
   * @param arm the arm's grid point
   * @param metric the metric's name
   * @return the row
   * @throws IllegalArgumentException if there is no such row
   * @throws NullPointerException if any argument is null
   */
  public final ComparisonRow row(Map<String, String> arm, String metric) {
    Objects.requireNonNull(arm, "arm");
    Objects.requireNonNull(metric, "metric");
    return rows().stream().filter(r -> r.arm().equals(arm) && r.metric().equals(metric)).findFirst()
        .orElseThrow(() -> Require.invalid("arm", "no row for arm " + arm + " and metric " + metric));
  }

  private static Map<Long, SweepRow> bySeed(SweepResult result, Map<String, String> point) {
    Map<Long, SweepRow> out = new TreeMap<>();
    for (SweepRow r : result.rows()) {
      if (r.point().equals(point)) {
        out.put(r.seed(), r);
      }
    }
    return out;
  }

  private static double value(Map.Entry<String, ToDoubleFunction<SweepRow>> metric, SweepRow row) {
    return metric.getValue().applyAsDouble(row);
  }

  private static double[] values(Map.Entry<String, ToDoubleFunction<SweepRow>> metric, List<Long> seeds, Map<Long, SweepRow> rows) {
    double[] out = new double[seeds.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = value(metric, rows.get(seeds.get(i)));
    }
    return out;
  }

  private static ComparisonRow row(Map<String, String> arm, String metric, double[] reference, double[] values, Bootstrap bootstrap) {
    PairedDifference d = PairedDifference.of(reference, values);
    Interval t = d.interval();
    Interval boot = bootstrap.bca(PairedDifference.differences(reference, values), PairedDifference.LEVEL);
    Interval refMean = StudentT.meanInterval(reference, PairedDifference.LEVEL);
    Interval armMean = StudentT.meanInterval(values, PairedDifference.LEVEL);
    return ComparisonRow.builder().arm(arm).metric(metric).n(d.n()).referenceMean(d.referenceMean()).referenceLow(refMean.low())
        .referenceHigh(refMean.high()).armMean(d.armMean()).armLow(armMean.low()).armHigh(armMean.high()).difference(d.difference())
        .standardError(d.standardError()).tLow(t.low()).tHigh(t.high()).bootLow(boot.low()).bootHigh(boot.high()).pValue(d.pValue())
        .build();
  }

  /**
   * Returns the CSV header and rows (long format, one row per arm × metric): the parameters, {@code
   * metric, n, reference_mean, arm_mean, difference, standard_error, t_low, t_high, boot_low, boot_high,
   * p_value}; numbers with six decimals in {@link Locale#ROOT}.
   *
   * @return the header, then the rows
   */
  final List<List<String>> csvLines() {
    List<List<String>> out = new ArrayList<>();
    List<String> header = new ArrayList<>(parameters());
    header.addAll(List.of("metric", "n", "reference_mean", "arm_mean", "difference", "standard_error", "t_low", "t_high", "boot_low",
        "boot_high", "p_value"));
    out.add(header);
    for (ComparisonRow r : rows()) {
      List<String> line = new ArrayList<>();
      parameters().forEach(p -> line.add(r.arm().get(p)));
      line.add(r.metric());
      line.add(Integer.toString(r.n()));
      for (double v : new double[] {r.referenceMean(), r.armMean(), r.difference(), r.standardError(), r.tLow(), r.tHigh(), r.bootLow(),
          r.bootHigh(), r.pValue()}) {
        line.add(String.format(Locale.ROOT, "%.6f", v));
      }
      out.add(line);
    }
    return out;
  }

  /**
   * Returns a text table, columns as wide as their widest cell: per arm and metric the pairs, the
   * reference and arm means, the mean difference with its 95% t and BCa bootstrap intervals, and the
   * p-value; numbers with three decimals, p-values with four ({@code <0.0001} below).
   */
  @Override
  public final String toString() {
    List<String> header = new ArrayList<>(parameters());
    header.addAll(List.of("metric", "n", "reference", "arm", "difference", "95% t interval", "95% bootstrap", "p"));
    List<List<String>> lines = new ArrayList<>();
    for (ComparisonRow r : rows()) {
      List<String> line = new ArrayList<>();
      parameters().forEach(p -> line.add(r.arm().get(p)));
      line.add(r.metric());
      line.add(Integer.toString(r.n()));
      line.add(number(r.referenceMean()));
      line.add(number(r.armMean()));
      line.add(number(r.difference()));
      line.add("[" + number(r.tLow()) + ", " + number(r.tHigh()) + "]");
      line.add("[" + number(r.bootLow()) + ", " + number(r.bootHigh()) + "]");
      line.add(r.pValue() < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", r.pValue()));
      lines.add(line);
    }
    return TextTable.render(header, lines, parameters().size() + 1);
  }

  private static String number(double v) {
    String s = String.format(Locale.ROOT, "%.3f", v);
    return s.equals("-0.000") ? "0.000" : s;
  }
}
