package io.github.peersupport.sim;

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
 * PNG charts of runs and sweeps, rendered headless with XChart (the code sets {@code
 * java.awt.headless=true} before rendering). Each method writes one file, creating its folder.
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
   * Writes a sweep's parameter effect: the mean of a figure per value of one varied parameter
   * (averaged over seeds and the other parameters).
   *
   * @param result the sweep's table
   * @param parameter a varied parameter
   * @param metric the figure
   * @param file the PNG file
   * @return the file
   * @throws NullPointerException if any argument is null
   */
  public static Path sweepEffect(SweepResult result, String parameter, Metric metric, Path file) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(file, "file");
    Map<String, Double> effect = result.effect(parameter, metric);
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Effect of " + parameter + " on " + metric.label() + " (" + result.rows().size() + " runs)")
        .xAxisTitle(parameter).yAxisTitle("mean " + metric.label()).build();
    chart.getStyler().setLegendVisible(false);
    chart.addSeries(metric.label(), new ArrayList<>(effect.keySet()), new ArrayList<>(effect.values()));
    return save(chart, file);
  }

  private static <T extends Chart<?, ?>> Path save(T chart, Path file) {
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
