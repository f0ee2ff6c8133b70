package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Every publication chart written as PNG, SVG and PDF, each file checked: its signature, that it is not
 * empty, and its dimensions (PNG: the IHDR chunk; SVG: the root element's width and height; PDF: the
 * first page's media box).
 */
@org.junit.jupiter.api.Timeout(120)
class ChartFilesTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final Instant AT = Instant.parse("2027-03-01T12:00:00Z");
  private static final Scenario SHORT = Scenario.standard().withHorizonWeeks(4).withCohort(Cohort.standard().withSupporters(40));

  /** Checks a chart file of the given format and size. */
  static void assertChartFile(Path file, ChartFormat format, int width, int height) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes.length).as(file.toString()).isGreaterThan(1000);
    switch (format) {
      case PNG:
        assertThat(Arrays.copyOf(bytes, 8)).as(file.toString()).isEqualTo(PNG);
        assertThat(new String(bytes, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
        assertThat(ByteBuffer.wrap(bytes, 16, 8).getInt()).isEqualTo(width);
        assertThat(ByteBuffer.wrap(bytes, 20, 4).getInt()).isEqualTo(height);
        break;
      case SVG:
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("width")).isEqualTo(Integer.toString(width));
        assertThat(root.getAttribute("height")).isEqualTo(Integer.toString(height));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("<svg");
        break;
      default:
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1).stripTrailing()).endsWith("%%EOF");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
          assertThat(pdf.getNumberOfPages()).isEqualTo(1);
          PDRectangle box = pdf.getPage(0).getMediaBox();
          assertThat(box.getWidth()).isEqualTo(width);
          assertThat(box.getHeight()).isEqualTo(height);
        }
        break;
    }
  }

  private static void assertAllFormats(List<Path> files, int width, int height) throws Exception {
    assertThat(files).extracting(p -> ChartFormat.of(p)).containsExactly(ChartFormat.PNG, ChartFormat.SVG, ChartFormat.PDF);
    for (Path f : files) {
      assertChartFile(f, ChartFormat.of(f), width, height);
    }
  }

  @Test
  void write_armsOverlaidWithTarget_threeFormatsChecked(@TempDir Path dir) throws Exception {
    IntervalChart chart = IntervalChart.of("Hours to match by offer window", "offer window", "median hours to match",
        List.of("1 day", "2 days", "3 days"))
        .withArm("standard", List.of(new Estimate(30.2, 28.1, 32.5), new Estimate(38.0, 35.5, 40.0), new Estimate(44.1, 41.0, 47.9)))
        .withArm("30% more supporters", List.of(new Estimate(27.0, 25.5, 28.2), new Estimate(33.0, 31.1, 35.6), new Estimate(39.3, 36.6, 41.0)))
        .withTarget(48, "target 48 h").withFooter(Stamp.of(SHORT, AT).line());
    assertAllFormats(chart.write(dir, "arms", EnumSet.allOf(ChartFormat.class)), 1000, 600);
    assertThat(chart.valueRange()[0]).isGreaterThan(20);
  }

  @Test
  void write_tenLongLevelsAndSmallEffects_threeFormatsWithLeadingZeroTicks(@TempDir Path dir) throws Exception {
    List<String> levels = new ArrayList<>();
    List<Estimate> effects = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      levels.add("hard rule on criterion number " + i);
      effects.add(new Estimate(0.01 * i - 0.03, 0.01 * i - 0.06, 0.01 * i));
    }
    IntervalChart chart = IntervalChart.of("Difference in share matched within 48 h", "policy", "difference from reference", levels)
        .withArm("mean difference, 95% t interval", effects).withTarget(0, "no difference").withSize(1200, 700);
    assertThat(chart.labels()).allMatch(l -> l.length() <= IntervalChart.MAX_LABEL).doesNotHaveDuplicates();
    assertAllFormats(chart.write(dir, "effects", EnumSet.allOf(ChartFormat.class)), 1200, 700);
    // ticks: a leading zero and two decimals for a span of about 0.1
    assertThat(chart.valuePattern()).isEqualTo("0.00");
    java.text.DecimalFormat ticks = new java.text.DecimalFormat(chart.valuePattern(), java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
    assertThat(ticks.format(0.05)).isEqualTo("0.05");
    assertThat(ticks.format(-0.05)).isEqualTo("-0.05");
    assertThat(chart.valueRange()[0]).isLessThan(-0.06);
  }

  @Test
  void sweepEffect_withIntervalsArmsAndStamp_threeFormatsChecked(@TempDir Path dir) throws Exception {
    Sweep sweep = Sweep.of(SHORT).vary("offer window days", List.of(2, 3), (s, d) -> s.withOfferWindow(Duration.ofDays(d)))
        .vary("supporters", List.of(30, 40), (s, n) -> s.withCohort(s.cohort().withSupporters(n))).seeds(3);
    SweepResult result = sweep.run(2);
    IntervalChart chart = Charts.effectChart(result, "offer window days", "supporters", Metric.MEDIAN_HOURS_TO_MATCH)
        .withTarget(48, "target 48 h").withFooter(Stamp.of(SHORT, AT).line());
    assertThat(chart.arms()).containsExactly("supporters = 30", "supporters = 40");
    assertThat(chart.labels()).containsExactly("2", "3");
    assertAllFormats(chart.write(dir, "effect", EnumSet.allOf(ChartFormat.class)), 1000, 600);
    assertThat(Charts.effectChart(result, "offer window days", Metric.MEDIAN_HOURS_TO_MATCH).arms()).hasSize(1);
    assertThatThrownBy(() -> Charts.effectChart(result, "supporters", "supporters", Metric.MATCH_RATE))
        .hasMessageStartingWith("armParameter:");
  }

  @Test
  void sweepEffectEstimates_seedsOfAPoint_tIntervalOfTheirMeans() {
    SweepResult result = Sweep.of(SHORT).vary("supporters", List.of(30, 40), (s, n) -> s.withCohort(s.cohort().withSupporters(n)))
        .seeds(4).run(2);
    List<Estimate> estimates = Charts.effectEstimates(result, "supporters", Metric.MATCH_RATE);
    List<Double> first = result.rows().stream().filter(r -> r.point().get("supporters").equals("30"))
        .map(r -> r.metrics().matchRate()).toList();
    assertThat(estimates).hasSize(2);
    assertThat(estimates.get(0)).isEqualTo(Estimate.ofSample(first));
    assertThat(estimates.get(0).mean()).isEqualTo(result.effect("supporters", Metric.MATCH_RATE).get("30"), org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void estimate_ofSample_studentTInterval() {
    Estimate e = Estimate.ofSample(List.of(1.0, 2.0, 3.0, 4.0));
    // mean 2.5, s = 1.290994, standard error 0.645497, t(0.975, 3) = 3.182446: half width 2.054265
    assertThat(e.mean()).isEqualTo(2.5);
    assertThat(e.low()).isCloseTo(0.445735, org.assertj.core.api.Assertions.within(1e-5));
    assertThat(e.high()).isCloseTo(4.554265, org.assertj.core.api.Assertions.within(1e-5));
    assertThat(Estimate.ofSample(List.of(7.0))).isEqualTo(new Estimate(7, 7, 7));
    assertThat(Estimate.studentT975(30)).isEqualTo(2.042272);
    assertThat(Estimate.studentT975(31)).isCloseTo(2.039513, org.assertj.core.api.Assertions.within(1e-5));
    assertThat(Estimate.studentT975(60)).isCloseTo(2.000298, org.assertj.core.api.Assertions.within(1e-5));
    assertThat(Estimate.studentT975(1000)).isCloseTo(1.962339, org.assertj.core.api.Assertions.within(1e-5));
    assertThatThrownBy(() -> new Estimate(1, 2, 3)).hasMessageStartingWith("estimate:");
    assertThatThrownBy(() -> Estimate.ofSample(List.of())).hasMessageStartingWith("sample:");
  }

  @Test
  void write_badInput_throwsNamingTheField(@TempDir Path dir) throws IOException {
    IntervalChart chart = IntervalChart.of("t", "x", "y", List.of("a"));
    assertThatThrownBy(() -> chart.withArm("a", List.of())).hasMessageStartingWith("estimates:");
    assertThatThrownBy(() -> chart.write(dir.resolve("c.png"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> chart.withArm("a", List.of(new Estimate(1, 0, 2))).write(dir.resolve("c.gif")))
        .hasMessageStartingWith("file:");
    assertThatThrownBy(() -> IntervalChart.of("t", "x", "y", List.of())).hasMessageStartingWith("categories:");
  }
}
