package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A publication chart of estimates with intervals: for each level of a category axis (a parameter's
 * values, or arms), each series ("arm") shows its mean as a point and its interval as a vertical bar;
 * several arms are overlaid, side by side within a level, with a legend. The value axis is fitted to the
 * intervals (and the target), never forced to zero, so that a 3-point effect is visible; its ticks are
 * written with a leading zero ({@code 0.05}, never {@code .05}). Category labels longer than the space of
 * a level are shortened in the middle with an ellipsis ({@link #labels()}), so ten levels do not overlap.
 * A target line (e.g. 48 hours, or 0 for "no difference") is drawn dashed and named in the
 * legend. A footer line carries the stamp ({@link Stamp#line()}).
 *
 * <pre>{@code
 * IntervalChart chart = IntervalChart.of("Time to match by offer window", "offer window (days)", "median hours", List.of("2", "3"))
 *     .withArm("standard", List.of(new Estimate(40.1, 37.5, 42.7), new Estimate(44.0, 41.2, 46.8)))
 *     .withTarget(48, "target 48 h")
 *     .withFooter(stamp.line());
 * chart.write(Path.of("out"), "time-to-match", Set.of(ChartFormat.PNG, ChartFormat.SVG, ChartFormat.PDF));
 * }</pre>
 *
 * <p>Colours are the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies
 * (Okabe &amp; Ito 2008, "Color Universal Design"). Instances are immutable: every {@code with} method
 * returns a new chart.
 */
public final class IntervalChart {
  /** The longest category label shown whole; longer ones are shortened with an ellipsis. */
  public static final int MAX_LABEL = 18;

  private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
    new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};
  private static final String FONT = Font.SANS_SERIF;

  private final String title;
  private final String xTitle;
  private final String yTitle;
  private final List<String> categories;
  private final Map<String, List<Estimate>> arms;
  private final OptionalDouble target;
  private final String targetLabel;
  private final String footer;
  private final int width;
  private final int height;

  private IntervalChart(String title, String xTitle, String yTitle, List<String> categories, Map<String, List<Estimate>> arms,
      OptionalDouble target, String targetLabel, String footer, int width, int height) {
    this.title = title;
    this.xTitle = xTitle;
    this.yTitle = yTitle;
    this.categories = List.copyOf(categories);
    this.arms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arms));
    this.target = target;
    this.targetLabel = targetLabel;
    this.footer = footer;
    this.width = width;
    this.height = height;
  }

  /**
   * Starts a chart without arms, 1000 × 600.
   *
   * @param title the chart's title
   * @param xTitle the category axis's title
   * @param yTitle the value axis's title
   * @param categories the levels of the category axis, in order, at least one
   * @return the chart
   * @throws IllegalArgumentException if there is no category
   * @throws NullPointerException if any argument is null
   */
  public static IntervalChart of(String title, String xTitle, String yTitle, List<String> categories) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(xTitle, "xTitle");
    Objects.requireNonNull(yTitle, "yTitle");
    Objects.requireNonNull(categories, "categories");
    if (categories.isEmpty()) {
      throw Require.invalid("categories", "must not be empty");
    }
    return new IntervalChart(title, xTitle, yTitle, categories, Map.of(), OptionalDouble.empty(), "", "", 1000, 600);
  }

  /**
   * Returns a copy with one more arm: an estimate per category, in category order.
   *
   * @param name the arm's name, shown in the legend; not already used
   * @param estimates one estimate per category
   * @return the chart
   * @throws IllegalArgumentException if the name is used or the number of estimates is not the number of categories
   * @throws NullPointerException if any argument is null
   */
  public IntervalChart withArm(String name, List<Estimate> estimates) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(estimates, "estimates");
    if (arms.containsKey(name)) {
      throw Require.invalid("name", "arm already added: " + name);
    }
    if (estimates.size() != categories.size()) {
      throw Require.invalid("estimates", "must hold one estimate per category (" + categories.size() + ") but holds " + estimates.size());
    }
    Map<String, List<Estimate>> more = new LinkedHashMap<>(arms);
    more.put(name, List.copyOf(estimates));
    return new IntervalChart(title, xTitle, yTitle, categories, more, target, targetLabel, footer, width, height);
  }

  /**
   * Returns a copy with a target line (e.g. 48 hours; 0 for "no difference" on an effect chart).
   *
   * @param value the target, finite
   * @param label its name in the legend
   * @return the chart
   * @throws IllegalArgumentException if the value is not finite
   * @throws NullPointerException if any argument is null
   */
  public IntervalChart withTarget(double value, String label) {
    Objects.requireNonNull(label, "label");
    if (!Double.isFinite(value)) {
      throw Require.invalid("value", "must be finite", value);
    }
    return new IntervalChart(title, xTitle, yTitle, categories, arms, OptionalDouble.of(value), label, footer, width, height);
  }

  /**
   * Returns a copy with a footer line, e.g. {@link Stamp#line()}.
   *
   * @param text the footer
   * @return the chart
   * @throws NullPointerException if any argument is null
   */
  public IntervalChart withFooter(String text) {
    return new IntervalChart(title, xTitle, yTitle, categories, arms, target, targetLabel, Objects.requireNonNull(text, "text"), width,
        height);
  }

  /**
   * Returns a copy of another size (pixels for PNG and SVG, points for PDF).
   *
   * @param w the width, 300 to 4000
   * @param h the height, 200 to 4000
   * @return the chart
   */
  public IntervalChart withSize(int w, int h) {
    Require.inRange("w", w, 300, 4000);
    Require.inRange("h", h, 200, 4000);
    return new IntervalChart(title, xTitle, yTitle, categories, arms, target, targetLabel, footer, w, h);
  }

  /**
   * Returns the categories' labels as drawn, horizontal: one longer than the space of a level (about
   * 8.5 pixels a character, at most {@value #MAX_LABEL} characters) keeps its start and its end (where levels
   * such as {@code offer window 2 days} differ) around an ellipsis, so that labels never overlap.
   *
   * @return the labels, in order
   */
  public List<String> labels() {
    int max = Math.max(5, Math.min(MAX_LABEL, (width - 300) * 10 / (categories.size() + 1) / 85));
    List<String> out = new ArrayList<>(categories.size());
    for (String c : categories) {
      int head = (max - 1) / 2;
      int tail = max - 1 - head;
      out.add(c.length() <= max ? c : c.substring(0, head) + "\u2026" + c.substring(c.length() - tail));
    }
    return out;
  }

  /**
   * Returns the value axis's range as drawn: the lowest and highest interval end and target, widened by
   * 8% of their span on each side (by 1, or 10% of the value, when they are all equal).
   *
   * @return {@code {min, max}}
   * @throws IllegalStateException if the chart has no arm
   */
  public double[] valueRange() {
    if (arms.isEmpty()) {
      throw new IllegalStateException("chart: add an arm first (withArm)");
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (List<Estimate> es : arms.values()) {
      for (Estimate e : es) {
        lo = Math.min(lo, e.low());
        hi = Math.max(hi, e.high());
      }
    }
    if (target.isPresent()) {
      lo = Math.min(lo, target.getAsDouble());
      hi = Math.max(hi, target.getAsDouble());
    }
    double pad = hi > lo ? (hi - lo) * 0.08 : (lo == 0 ? 1 : Math.abs(lo) * 0.1);
    return new double[] {lo - pad, hi + pad};
  }

  /**
   * Writes the chart to a file in the format its extension names ({@code .png}, {@code .svg}, {@code .pdf}).
   *
   * @param file the file; its folder is created if needed
   * @return the file
   * @throws IllegalArgumentException if the extension is not one of the formats
   * @throws IllegalStateException if the chart has no arm
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public Path write(Path file) {
    Objects.requireNonNull(file, "file");
    return ChartExport.save(build(), file, ChartFormat.of(file));
  }

  /**
   * Writes the chart in several formats: {@code <name>.png}, {@code <name>.svg}, {@code <name>.pdf}.
   *
   * @param folder the folder, created if needed
   * @param name the file name without extension
   * @param formats the formats, written in {@link ChartFormat} order
   * @return the files written
   * @throws IllegalStateException if the chart has no arm
   * @throws java.io.UncheckedIOException if a file cannot be written
   */
  public List<Path> write(Path folder, String name, Set<ChartFormat> formats) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(formats, "formats");
    XYChart chart = build();
    List<Path> out = new ArrayList<>();
    for (ChartFormat f : ChartFormat.values()) {
      if (formats.contains(f)) {
        out.add(ChartExport.save(chart, folder.resolve(name + f.extension()), f));
      }
    }
    return out;
  }

  private XYChart build() {
    double[] range = valueRange();
    int n = categories.size();
    List<String> labels = labels();
    XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    Styler.LegendPosition legend = arms.size() > 1 || target.isPresent() ? Styler.LegendPosition.OutsideE : null;
    chart.getStyler().setLegendVisible(legend != null);
    if (legend != null) {
      chart.getStyler().setLegendPosition(legend);
    }
    chart.getStyler().setLocale(Locale.ROOT).setChartBackgroundColor(Color.WHITE).setPlotBackgroundColor(Color.WHITE)
        .setChartTitleFont(new Font(FONT, Font.BOLD, 16)).setLegendFont(new Font(FONT, Font.PLAIN, 12)).setSeriesColors(PALETTE);
    chart.getStyler().setAxisTitleFont(new Font(FONT, Font.PLAIN, 13)).setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 12))
        .setXAxisMin(0.0).setXAxisMax(n + 1.0).setYAxisMin(range[0]).setYAxisMax(range[1]).setYAxisDecimalPattern(valuePattern())
        .setXAxisTickMarkSpacingHint(20)
        .setPlotGridVerticalLinesVisible(false);
    chart.getStyler().setxAxisTickLabelsFormattingFunction(x -> {
      long i = Math.round(x);
      if (Math.abs(x - i) < 1e-9 && i >= 1 && i <= n) {
        return labels.get((int) i - 1);
      }
      // XChart keeps a set of ticks only if their labels are distinct: blanks of distinct lengths
      return " ".repeat(1 + (int) Math.round(Math.abs(x) * 8) % 64);
    });
    int k = 0;
    double step = arms.size() == 1 ? 0 : Math.min(0.15, 0.6 / arms.size());
    for (Map.Entry<String, List<Estimate>> arm : arms.entrySet()) {
      Color color = PALETTE[k % PALETTE.length];
      double dx = (k - (arms.size() - 1) / 2.0) * step;
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        Estimate e = arm.getValue().get(i);
        x[i] = i + 1 + dx;
        y[i] = e.mean();
        XYSeries bar = chart.addSeries(arm.getKey() + " #" + i, new double[] {x[i], x[i]}, new double[] {e.low(), e.high()});
        bar.setMarker(SeriesMarkers.NONE).setLineColor(color).setLineStyle(new BasicStroke(2f));
        bar.setShowInLegend(false);
      }
      XYSeries means = chart.addSeries(arm.getKey(), x, y);
      means.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(color).setLineColor(color).setLineStyle(new BasicStroke(1f));
      k++;
    }
    if (target.isPresent()) {
      double t = target.getAsDouble();
      XYSeries line = chart.addSeries(targetLabel.isEmpty() ? "target" : targetLabel, new double[] {0.0, n + 1.0}, new double[] {t, t});
      line.setMarker(SeriesMarkers.NONE).setLineColor(Color.DARK_GRAY)
          .setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    }
    if (!footer.isEmpty()) {
      chart.getStyler().setChartPadding(24);
      AnnotationText text = new AnnotationText(footer, width / 2.0, 9, true);
      chart.addAnnotation(text);
      chart.getStyler().setAnnotationTextFont(new Font(FONT, Font.PLAIN, 10)).setAnnotationTextFontColor(Color.DARK_GRAY);
    }
    return chart;
  }

  /**
   * Returns the decimal pattern of the value axis's ticks: a leading zero ({@code 0.05}, never {@code
   * .05}) and as many decimals as a tenth of the axis's span needs (0 to 6).
   *
   * @return e.g. {@code 0.00}
   * @throws IllegalStateException if the chart has no arm
   */
  public String valuePattern() {
    double[] range = valueRange();
    double step = (range[1] - range[0]) / 10;
    int decimals = (int) Math.max(0, Math.min(6, Math.ceil(-Math.log10(step))));
    return decimals == 0 ? "0" : "0." + "0".repeat(decimals);
  }

  /**
   * Returns the arms' names, in the order they were added (the legend's order).
   *
   * @return the names
   */
  public List<String> arms() {
    return List.copyOf(arms.keySet());
  }

  /** Returns e.g. {@code IntervalChart[Effect of supporters, 3 categories, 2 arms]}. */
  @Override
  public String toString() {
    return "IntervalChart[" + title + ", " + categories.size() + " categories, " + arms.size() + " arms]";
  }
}
