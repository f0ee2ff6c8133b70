package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.sim.testing.SimGen;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TidyCsvTest {
  @Test
  void number_fixedDecimals_sameTextOnEveryJdk() {
    assertThat(TidyCsv.number(0.5)).isEqualTo("0.5");
    assertThat(TidyCsv.number(12.0)).isEqualTo("12");
    assertThat(TidyCsv.number(1.0 / 3)).isEqualTo("0.333333");
    assertThat(TidyCsv.number(2.0 / 3)).isEqualTo("0.666667");
    assertThat(TidyCsv.number(2.0E23)).isEqualTo("199999999999999983222784");
    assertThat(TidyCsv.number(1.0E-7)).isEqualTo("0");
    assertThat(TidyCsv.number(-0.0)).isEqualTo("0");
    assertThat(TidyCsv.number(-1.25)).isEqualTo("-1.25");
    assertThat(TidyCsv.number(Double.NaN)).isEqualTo("NA");
    assertThat(TidyCsv.number(Double.POSITIVE_INFINITY)).isEqualTo("Inf");
    assertThat(TidyCsv.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
  }

  @Test
  void snake_camelCase_lowerWithUnderscores() {
    assertThat(TidyCsv.snake("medianHoursToMatch")).isEqualTo("median_hours_to_match");
    assertThat(TidyCsv.snake("p90HoursToMatch")).isEqualTo("p90_hours_to_match");
    assertThat(TidyCsv.snake("within48hShare")).isEqualTo("within48h_share");
    assertThat(TidyCsv.snake("seekers")).isEqualTo("seekers");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void metricValues_anyMetrics_everyFigureAndEveryCountOnce(long seed) {
    Seeds.forEachCase(seed, 50, r -> {
      Metrics m = SimGen.metrics(r);
      Map<String, String> v = TidyCsv.metricValues(m);
      assertThat(v).containsEntry("seekers", Integer.toString(m.seekers())).containsEntry("load_gini", TidyCsv.number(m.loadGini()));
      m.unmatchedByReason().forEach((k, n) -> assertThat(v).containsEntry("unmatched_by_reason." + k, Integer.toString(n)));
      m.escalations().forEach((k, n) -> assertThat(v).containsEntry("escalations." + k.name().toLowerCase(java.util.Locale.ROOT),
          Integer.toString(n)));
      for (String value : v.values()) {
        assertThat(value.equals("NA") || value.equals("Inf") || value.equals("-Inf") || isDecimal(value)).as(value).isTrue();
      }
    });
  }

  @Test
  void headerAndLines_concatenated_equalTheWholeText() {
    Scenario s = Scenario.standard().withHorizonWeeks(1);
    Metrics m = s.run(3).metrics();
    Instant at = Instant.parse("2027-01-01T00:00:00Z");
    List<List<String>> a = TidyCsv.metricsRows(Stamp.of(s, 3, at), Map.of("k", "a,b"), m);
    List<List<String>> b = TidyCsv.metricsRows(Stamp.of(s, 4, at), Map.of("k", "c"), m);
    List<String> header = TidyCsv.metricsHeader(List.of("k"));
    List<List<String>> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    assertThat(TidyCsv.headerLine(header) + TidyCsv.lines(a) + TidyCsv.lines(b)).isEqualTo(Csv.text(header, all));
    assertThat(TidyCsv.lines(List.of())).isEmpty();
    assertThat(a.get(0)).startsWith(Stamp.currentLibraryVersion(), s.name(), Stamp.contentHash(s), "2027-01-01T00:00:00Z", "a,b", "3");
  }

  @Test
  void metricsHeaderAndRows_badInput_throwNamingTheField() {
    assertThatThrownBy(() -> TidyCsv.metricsHeader(List.of("seed"))).hasMessageStartingWith("parameters:");
    Scenario s = Scenario.standard().withHorizonWeeks(1);
    assertThatThrownBy(() -> TidyCsv.metricsRows(Stamp.of(s, Instant.EPOCH), Map.of(), s.run(1).metrics()))
        .hasMessageStartingWith("stamp:");
  }

  private static boolean isDecimal(String text) {
    try {
      return new BigDecimal(text).scale() <= 6;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
