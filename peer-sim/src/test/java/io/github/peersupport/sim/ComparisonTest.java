package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.sim.stats.Bootstrap;
import io.github.peersupport.sim.stats.PairedDifference;
import io.github.peersupport.sim.testing.SimGen;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ComparisonTest {
  private static final Scenario SMALL = Scenario.standard().withHorizonWeeks(6)
      .withCohort(Cohort.standard().withSupporters(30).withSeekersPerWeek(10));

  @Test
  void compare_realSweep_pairsBySeedAndMatchesPairedDifference() {
    SweepResult r = Sweep.of(SMALL).vary("supporters", List.of(20, 40), (s, n) -> s.withCohort(s.cohort().withSupporters(n)))
        .seeds(5).run(2);
    Comparison c = r.compare(Map.of("supporters", "20"));
    assertThat(c.reference()).isEqualTo(Map.of("supporters", "20"));
    // every metric both arms reached in at least two seeds (a Kaplan-Meier p90 may lie past the horizon)
    for (Metric m : Metric.values()) {
      long reached = r.rows().stream().filter(x -> x.point().get("supporters").equals("20")).filter(x -> Double.isFinite(m.of(x.metrics()))
          && Double.isFinite(m.of(r.rows().stream().filter(y -> y.seed() == x.seed() && !y.point().equals(x.point())).findFirst()
              .orElseThrow().metrics()))).count();
      if (reached >= 2) {
        assertThat(c.row(Map.of("supporters", "40"), Comparison.name(m)).n()).as(m.name()).isEqualTo((int) reached);
      } else {
        assertThat(c.rows()).extracting(ComparisonRow::metric).doesNotContain(Comparison.name(m));
      }
    }
    assertThat(c.rows()).allSatisfy(row -> assertThat(row.arm()).isEqualTo(Map.of("supporters", "40")));
    assertThat(c.row(Map.of("supporters", "40"), "match_rate").n()).isEqualTo(5);
    double[] ref = r.rows().stream().filter(x -> x.point().get("supporters").equals("20")).mapToDouble(x -> x.metrics().matchRate())
        .toArray();
    double[] arm = r.rows().stream().filter(x -> x.point().get("supporters").equals("40")).mapToDouble(x -> x.metrics().matchRate())
        .toArray();
    PairedDifference d = PairedDifference.of(ref, arm);
    ComparisonRow row = c.row(Map.of("supporters", "40"), "match_rate");
    assertThat(row.difference()).isEqualTo(d.difference());
    assertThat(row.tLow()).isEqualTo(d.interval().low());
    assertThat(row.pValue()).isEqualTo(d.pValue());
    assertThat(row.referenceMean()).isCloseTo(r.mean(Metric.MATCH_RATE).get(Map.of("supporters", "20")), within(1e-12));
    assertThat(row.bootLow()).isEqualTo(Bootstrap.standard().bca(PairedDifference.differences(ref, arm), 0.95).low());
    assertThat(Comparison.of(r, Map.of("supporters", "20"))).isEqualTo(c);
    assertThat(Report.text(c)).startsWith("Comparison with the reference arm {supporters=20}, paired by seed")
        .contains("2,000 resamples, seed 1").endsWith(c.toString());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void anySweep_swappingArms_flipsSigns_andTIntervalsAgreeWithP(long seed) {
    Seeds.forEachCase(seed, 50, r -> {
      SweepResult sweep = twoArms(r);
      List<Map<String, String>> points = sweep.points();
      Comparison ab = Comparison.of(sweep, points.get(0), Comparison.metrics(Metric.values()), Bootstrap.of(200, seed));
      Comparison ba = Comparison.of(sweep, points.get(1), Comparison.metrics(Metric.values()), Bootstrap.of(200, seed));
      assertThat(ab.rows()).hasSameSizeAs(ba.rows());
      for (int i = 0; i < ab.rows().size(); i++) {
        ComparisonRow x = ab.rows().get(i);
        ComparisonRow y = ba.rows().get(i);
        assertThat(y.metric()).isEqualTo(x.metric());
        assertThat(y.difference()).isEqualTo(-x.difference());
        assertThat(y.pValue()).isEqualTo(x.pValue());
        assertThat(y.tLow()).isCloseTo(-x.tHigh(), within(1e-9 * (1 + Math.abs(x.tHigh()))));
        assertThat(y.armMean()).isEqualTo(x.referenceMean());
        assertThat(x.tLow() <= x.difference() && x.difference() <= x.tHigh()).isTrue();
        assertThat(x.armLow() <= x.armMean() && x.armMean() <= x.armHigh()).isTrue();
        assertThat(x.pValue() < 0.05).as(x.toString()).isEqualTo(x.tLow() > 0 || x.tHigh() < 0);
      }
    });
  }

  @Test
  void userMetric_anyFunctionOfARow() {
    SweepResult sweep = twoArms(new SplittableRandom(3));
    Map<String, ToDoubleFunction<SweepRow>> metrics = new LinkedHashMap<>(Comparison.metrics(Metric.MATCH_RATE));
    metrics.put("offers_per_seeker", row -> (double) row.metrics().offers() / Math.max(1, row.metrics().seekers()));
    Comparison c = Comparison.of(sweep, sweep.points().get(0), metrics, Bootstrap.standard());
    assertThat(c.rows()).extracting(ComparisonRow::metric).containsExactly("match_rate", "offers_per_seeker");
    // a figure not reached (NaN) leaves its seed's pair out; with fewer than two pairs left, no row
    Map<String, ToDoubleFunction<SweepRow>> partly = new LinkedHashMap<>();
    partly.put("nan", row -> Double.NaN);
    partly.put("reached_after_seed_1", row -> row.seed() == 1 ? Double.NaN : row.metrics().offers());
    Comparison skipped = Comparison.of(sweep, sweep.points().get(0), partly, Bootstrap.standard());
    long seeds = sweep.rows().stream().filter(row -> row.point().equals(sweep.points().get(0))).count();
    assertThat(skipped.rows()).extracting(ComparisonRow::metric).containsOnly("reached_after_seed_1");
    assertThat(skipped.rows()).allSatisfy(row -> assertThat(row.n()).isEqualTo(seeds - 1));
    // compare() takes the sweep's user-defined metrics too, after the built-in ones
    List<SweepRow> withExtra = new ArrayList<>();
    sweep.rows().forEach(row -> withExtra.add(SweepRow.builder().from(row).putExtra("per_seeker", row.seed() * 1.5 + row.point().hashCode() % 7).build()));
    Comparison all = SweepResult.builder().parameters(sweep.parameters()).rows(withExtra).build().compare(sweep.points().get(0));
    assertThat(all.rows()).extracting(ComparisonRow::metric).endsWith("per_seeker").contains("match_rate");
  }

  @Test
  void toStringAndSweepTable_alignedWhateverTheLengthOfValues(@TempDir Path dir) throws IOException {
    SweepResult sweep = twoArms(new SplittableRandom(5), "a rather long parameter name", "short", "a value much longer than fourteen");
    for (String table : List.of(sweep.toString(), sweep.compare(sweep.points().get(0)).toString())) {
      List<String> lines = table.lines().toList();
      String header = lines.get(0);
      // every column after the first starts where its header starts (numbers right-aligned: they end where it ends)
      int seeds = header.indexOf("seeds") >= 0 ? header.indexOf("seeds") + "seeds".length() : header.indexOf("  n") + 3;
      for (String line : lines.subList(1, lines.size())) {
        assertThat(line.charAt(seeds - 1)).as(table).isNotEqualTo(' ');
        assertThat(line.charAt(seeds)).as(table).isEqualTo(' ');
      }
    }
    Comparison c = sweep.compare(sweep.points().get(0));
    Path file = Csv.write(c, dir.resolve("comparison.csv"));
    List<String> csv = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(csv.get(0)).isEqualTo("a rather long parameter name,metric,n,reference_mean,arm_mean,difference,standard_error,t_low,t_high,"
        + "boot_low,boot_high,p_value");
    assertThat(csv).hasSize(1 + c.rows().size());
    assertThat(csv.get(1)).startsWith("a value much longer than fourteen,match_rate,4,").matches("[^,]+,[a-z_0-9]+,4(,-?\\d+\\.\\d{6}){9}");
  }

  @Test
  void badReference_orTooFewSeeds_throwNamingTheReference() {
    SweepResult sweep = twoArms(new SplittableRandom(1));
    assertThatThrownBy(() -> sweep.compare(Map.of("arm", "nowhere"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("reference: is not a grid point of the sweep: {arm=nowhere}");
    SweepResult one = SweepResult.builder().from(sweep).rows(List.of(sweep.rows().get(0), sweep.rows().get(4))).build();
    assertThatThrownBy(() -> one.compare(one.points().get(0))).hasMessageStartingWith("reference: shares 1 seeds with the arm");
  }

  /** Two arms, four seeds each, with generated metrics. */
  private static SweepResult twoArms(SplittableRandom r) {
    return twoArms(r, "arm", "a", "b");
  }

  private static SweepResult twoArms(SplittableRandom r, String parameter, String first, String second) {
    List<SweepRow> rows = new ArrayList<>();
    for (String value : List.of(first, second)) {
      for (int seed = 1; seed <= 4; seed++) {
        rows.add(SweepRow.builder().point(Map.of(parameter, value)).seed(seed).metrics(SimGen.metrics(r)).build());
      }
    }
    return SweepResult.builder().parameters(List.of(parameter)).rows(rows).build();
  }
}
