package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of runs and sweeps, rendered headless with XChart (the code sets {@code java.awt.headless=true}
 * before rendering): PNG, or SVG and PDF for publication where the file name ends in {@code .svg} or
 * {@code .pdf} ({@link ChartFormat}). Sweep effects are means with 95% t intervals over seeds, arms
 * overlaid, drawn by {@link IntervalChart}. Each method writes its files, creating their folder.
 */
public final class Charts {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 520;
  private static final int BIN_HOURS = 12;
  private static final int BINS = 21;

  private Charts() {}

  /**
   * Writes a run's three charts into a folder: {@code time-to-match.png}, {@code load-balance.png},
   * {@code weekly-queues.png}.
   *
   * @param run the run
   * @param folder the folder
   * @return the files written
   * @throws NullPointerException if any argument is null
   */
  public static List<Path> write(Run run, Path folder) {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(folder, "folder");
    return List.of(timeToMatch(run, folder.resolve("time-to-match.png")), loadBalance(run, folder.resolve("load-balance.png")),
        weeklyQueues(run, folder.resolve("weekly-queues.png")));
  }

  /**
   * Writes the distribution of time to match: seekers per 12-hour bin, the last bin collecting 240 hours
   * and more; the 48-hour target (Parent to Parent USA) is the fourth bin's end.
   *
   * @param run the run
   * @param file the PNG file
   * @return the file
   * @throws NullPointerException if any argument is null
   */
  public static Path timeToMatch(Run run, Path file) {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(file, "file");
    List<String> labels = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (int i = 0; i < BINS; i++) {
      labels.add(i == BINS - 1 ? (i * BIN_HOURS) + "+" : Integer.toString(i * BIN_HOURS));
      counts.add(0);
    }
    for (double h : run.hoursToMatch()) {
      int bin = (int) Math.min(BINS - 1, Math.floor(h / BIN_HOURS));
      counts.set(bin, counts.get(bin) + 1);
    }
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Time to match (" + run.scenario() + ", seed " + run.seed() + ")")
        .xAxisTitle("hours from referral to acceptance (bin start)").yAxisTitle("seekers").build();
    chart.getStyler().setLegendVisible(false);
    chart.addSeries("seekers", labels, counts);
    return save(chart, file);
  }

  /**
   * Writes the load balance as a Lorenz curve: the cumulative share of accepted matches held by the
   * cumulative share of supporters, least loaded first, against the line of perfect equality; the
   * title gives the Gini coefficient.
   *
   * @param run the run
   * @param file the PNG file
   * @return the file
   * @throws NullPointerException if any argument is null
   */
  public static Path loadBalance(Run run, Path file) {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(file, "file");
    int[] served = run.served().stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(served);
    int n = served.length;
    double total = Arrays.stream(served).sum();
    double[] x = new double[n + 1];
    double[] y = new double[n + 1];
    double cumulative = 0;
    for (int i = 0; i < n; i++) {
      cumulative += served[i];
      x[i + 1] = (double) (i + 1) / n;
      y[i + 1] = total == 0 ? x[i + 1] : cumulative / total;
    }
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title(String.format(java.util.Locale.ROOT, "Supporter load balance (Gini %.3f)", run.metrics().loadGini()))
        .xAxisTitle("share of supporters, least loaded first").yAxisTitle("share of accepted matches").build();
    chart.addSeries("Lorenz curve", x, y).setMarker(SeriesMarkers.NONE);
    chart.addSeries("equality", new double[] {0, 1}, new double[] {0, 1}).setMarker(SeriesMarkers.NONE);
    return save(chart, file);
  }

  /**
   * Writes the weekly queue lengths: seekers waiting for a match, matches engaged, and the group
   * waitlist, at the end of each week.
   *
   * @param run the run
   * @param file the PNG file
   * @return the file
   * @throws NullPointerException if any argument is null
   */
  public static Path weeklyQueues(Run run, Path file) {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(file, "file");
    int n = run.weeks().size();
    double[] week = new double[n];
    double[] waiting = new double[n];
    double[] engaged = new double[n];
    double[] waitlist = new double[n];
    for (int i = 0; i < n; i++) {
      WeekMetrics w = run.weeks().get(i);
      week[i] = w.week();
      waiting[i] = w.waiting();
      engaged[i] = w.engaged();
      waitlist[i] = w.groupWaitlist();
    }
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("Weekly queues (" + run.scenario() + ")")
        .xAxisTitle("week").yAxisTitle("people").build();
    chart.addSeries("waiting for a match", week, waiting).setMarker(SeriesMarkers.NONE);
    chart.addSeries("matches engaged", week, engaged).setMarker(SeriesMarkers.NONE);
    chart.addSeries("group waitlist", week, waitlist).setMarker(SeriesMarkers.NONE);
    return save(chart, file);
  }

  /**
   * Writes a sweep's parameter effect: for each value of one varied parameter, the mean of a figure over
   * the seeds with its 95% t interval ({@link #effectEstimates}); the value axis is fitted to the
   * intervals, not forced to zero. The file's extension names the format ({@code .png}, {@code .svg},
   * {@code .pdf}).
   *
   * @param result the sweep's table
   * @param parameter a varied parameter
   * @param metric the figure
   * @param file the file
   * @return the file
   * @throws IllegalArgumentException if the parameter was not varied
   * @throws NullPointerException if any argument is null
   */
  public static Path sweepEffect(SweepResult result, String parameter, Metric metric, Path file) {
    Objects.requireNonNull(file, "file");
    return effectChart(result, parameter, metric).write(file);
  }

  /**
   * Returns a sweep's parameter effect with the values of a second varied parameter as overlaid arms
   * (one series each, named {@code <arm parameter> = <value>}), each point the mean over seeds with its
   * 95% t interval; give it a target line and a footer and write it in any format:
   *
   * <pre>{@code
   * Charts.effectChart(result, "offer window days", "supporters", Metric.MEDIAN_HOURS_TO_MATCH)
   *     .withTarget(48, "target 48 h").withFooter(Stamp.of(base, clock.instant()).line())
   *     .write(folder, "effect", EnumSet.allOf(ChartFormat.class));
   * }</pre>
   *
   * @param result the sweep's table
   * @param parameter the varied parameter on the category axis
   * @param armParameter another varied parameter whose values are the arms
   * @param metric the figure
   * @return the chart
   * @throws IllegalArgumentException if a parameter was not varied, or both are the same
   * @throws NullPointerException if any argument is null
   */
  public static IntervalChart effectChart(SweepResult result, String parameter, String armParameter, Metric metric) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(armParameter, "armParameter");
    Objects.requireNonNull(metric, "metric");
    if (armParameter.equals(parameter) || !result.parameters().contains(armParameter)) {
      throw Require.invalid("armParameter", "must be another varied parameter than " + parameter, armParameter);
    }
    List<String> levels = levels(result, parameter);
    IntervalChart chart = IntervalChart.of("Effect of " + parameter + " on " + metric.label() + " by " + armParameter + " ("
        + result.rows().size() + " runs)", parameter, "mean " + metric.label() + ", 95% t interval over seeds", levels);
    for (String arm : levels(result, armParameter)) {
      List<SweepRow> rows = result.rows().stream().filter(r -> r.point().get(armParameter).equals(arm)).toList();
      chart = chart.withArm(armParameter + " = " + arm, estimates(rows, levels, parameter, metric));
    }
    return chart;
  }

  /**
   * Returns the chart of {@link #sweepEffect(SweepResult, String, Metric, Path)}, to be given a target or
   * footer and written in any format.
   *
   * @param result the sweep's table
   * @param parameter a varied parameter
   * @param metric the figure
   * @return the chart
   * @throws IllegalArgumentException if the parameter was not varied
   * @throws NullPointerException if any argument is null
   */
  public static IntervalChart effectChart(SweepResult result, String parameter, Metric metric) {
    List<Estimate> estimates = effectEstimates(result, parameter, metric);
    return IntervalChart.of("Effect of " + parameter + " on " + metric.label() + " (" + result.rows().size() + " runs)", parameter,
        "mean " + metric.label() + ", 95% t interval over seeds", levels(result, parameter)).withArm(metric.label(), estimates);
  }

  /**
   * Returns, for each value of a varied parameter (in the order the values were given), the mean of a
   * figure with its 95% t interval over seeds ({@link Estimate#ofSample}): each seed's figure is first
   * averaged over the other parameters' values at that value, so the seeds are the independent
   * replications (Law 2015, "Simulation Modeling and Analysis", §9.4). The means equal {@link
   * SweepResult#effect}'s when every point has every seed. Cost: linear in the rows.
   *
   * @param result the sweep's table
   * @param parameter a varied parameter
   * @param metric the figure
   * @return one estimate per value
   * @throws IllegalArgumentException if the parameter was not varied
   * @throws NullPointerException if any argument is null
   */
  public static List<Estimate> effectEstimates(SweepResult result, String parameter, Metric metric) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(metric, "metric");
    if (!result.parameters().contains(parameter)) {
      throw Require.invalid("parameter", "not varied in this sweep: " + parameter);
    }
    return estimates(result.rows(), levels(result, parameter), parameter, metric);
  }

  private static List<String> levels(SweepResult result, String parameter) {
    if (!result.parameters().contains(parameter)) {
      throw Require.invalid("parameter", "not varied in this sweep: " + parameter);
    }
    return result.rows().stream().map(r -> r.point().get(parameter)).distinct().toList();
  }

  private static List<Estimate> estimates(List<SweepRow> rows, List<String> levels, String parameter, Metric metric) {
    List<Estimate> out = new ArrayList<>(levels.size());
    for (String level : levels) {
      Map<Long, double[]> bySeed = new java.util.TreeMap<>();
      for (SweepRow r : rows) {
        if (r.point().get(parameter).equals(level)) {
          double[] s = bySeed.computeIfAbsent(r.seed(), k -> new double[2]);
          s[0] += metric.of(r.metrics());
          s[1]++;
        }
      }
      out.add(Estimate.ofSample(bySeed.values().stream().map(s -> s[0] / s[1]).toList()));
    }
    return out;
  }

  private static <T extends Chart<?, ?>> Path save(T chart, Path file) {
    if (!file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
      return ChartExport.save(chart, file, ChartFormat.of(file));
    }
    System.setProperty("java.awt.headless", "true");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("file: cannot write " + file, e);
    }
  }
}
