package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
  @Test
  void field_plain_unquoted() {
    assertThat(Csv.field("match.candidates-exhausted=3")).isEqualTo("match.candidates-exhausted=3");
  }

  @Test
  void field_commaQuoteOrNewline_quotedWithDoubledQuotes() {
    assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Csv.field("cr\r")).isEqualTo("\"cr\r\"");
  }

  @Test
  void text_rows_crlfLinesWithHeader() {
    assertThat(Csv.text(List.of("a", "b"), List.of(List.of("1", "x,y")))).isEqualTo("a,b\r\n1,\"x,y\"\r\n");
  }

  @Test
  void text_rowOfOtherLength_throwsNamingTheRow() {
    assertThatThrownBy(() -> Csv.text(List.of("a", "b"), List.of(List.of("1", "2"), List.of("3"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("rows[1]:");
  }

  @Test
  void write_run_everyFileHasHeaderAndRowsOfHeaderWidth(@TempDir Path dir) throws IOException {
    Run run = Scenario.standard().withHorizonWeeks(6).run(11);
    List<Path> files = Csv.write(run, dir);
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("metrics.csv", "weeks.csv", "hours-to-match.csv", "supporter-load.csv");
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f);
      int width = lines.get(0).split(",", -1).length;
      for (String line : lines) {
        assertThat(line.split(",", -1)).as(f + ": " + line).hasSize(width);
      }
    }
    assertThat(Files.readAllLines(dir.resolve("weeks.csv"))).hasSize(7);
    assertThat(Files.readAllLines(dir.resolve("hours-to-match.csv"))).hasSize(1 + run.metrics().matched());
    assertThat(Files.readString(dir.resolve("metrics.csv"))).startsWith("library_version,scenario,scenario_hash,run_at,seed,metric,value\r\n");
    assertThat(Files.readAllLines(dir.resolve("weeks.csv")).get(0)).startsWith("library_version,scenario,scenario_hash,run_at,seed,week,");
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("metrics.csv")).subList(1, Files.readAllLines(dir.resolve("metrics.csv")).size())) {
      String[] f = line.split(",", -1);
      assertThat(f[0]).isEqualTo(Stamp.currentLibraryVersion());
      assertThat(f[1]).isEqualTo("standard");
      assertThat(f[2]).isEqualTo("NA");
      assertThat(f[4]).isEqualTo("11");
      values.put(f[5], f[6]);
    }
    Metrics m = run.metrics();
    assertThat(values).containsEntry("group_requests", Integer.toString(m.groupRequests()))
        .containsEntry("group_placed", Integer.toString(m.groupPlaced()))
        .containsEntry("match_rate", TidyCsv.number(m.matchRate()))
        .containsEntry("median_hours_to_match", TidyCsv.number(m.medianHoursToMatch()));
    m.unmatchedByReason().forEach((reason, n) -> assertThat(values).containsEntry("unmatched_by_reason." + reason, Integer.toString(n)));
    assertThat(values.keySet()).allMatch(k -> k.matches("[a-z0-9_]+(\\..+)?"));
  }

  @Test
  void write_runWithStamp_everyRowStampedAndBytesRepeat(@TempDir Path dir) throws IOException {
    Scenario scenario = Scenario.standard().withHorizonWeeks(3);
    Run run = scenario.run(5);
    Stamp stamp = Stamp.of(scenario, 5, Instant.parse("2027-02-01T10:00:00Z"));
    Csv.write(run, stamp, dir.resolve("a"));
    Csv.write(run, stamp, dir.resolve("b"));
    for (String f : List.of("metrics.csv", "weeks.csv", "hours-to-match.csv", "supporter-load.csv")) {
      List<String> lines = Files.readAllLines(dir.resolve("a").resolve(f));
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(f))).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
      for (String line : lines.subList(1, lines.size())) {
        assertThat(line).startsWith(stamp.libraryVersion() + ",standard," + stamp.scenarioHash() + ",2027-02-01T10:00:00Z,5,");
      }
    }
    assertThatThrownBy(() -> Csv.write(run, Stamp.of(scenario, 6, stamp.runAt()), dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("stamp:");
  }

  @Test
  void write_sweepWithStamp_longRowsInTaskOrderWithPointHashes(@TempDir Path dir) throws IOException {
    Scenario base = Scenario.standard().withHorizonWeeks(2).withCohort(Cohort.standard().withSupporters(30));
    Sweep sweep = Sweep.of(base).vary("supporters", List.of(20, 30), (s, n) -> s.withCohort(s.cohort().withSupporters(n))).seeds(2);
    SweepResult result = sweep.run(1);
    Instant at = Instant.parse("2027-02-01T10:00:00Z");
    Path file = Csv.write(sweep, result, at, dir.resolve("sweep.csv"));
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo("library_version,scenario,scenario_hash,run_at,supporters,seed,metric,value");
    int[] first = new int[5];
    for (int i = 0; i < 4; i++) {
      first[i + 1] = first[i] + TidyCsv.metricValues(result.rows().get(i).metrics()).size();
    }
    assertThat(lines).hasSize(1 + first[4]);
    String hash20 = Stamp.contentHash(base.withCohort(base.cohort().withSupporters(20)));
    String hash30 = Stamp.contentHash(base);
    assertThat(lines.get(1)).startsWith(Stamp.currentLibraryVersion() + ",standard," + hash20 + ",2027-02-01T10:00:00Z,20,1,seekers,");
    assertThat(lines.get(1 + first[1])).startsWith(Stamp.currentLibraryVersion() + ",standard," + hash20 + ",2027-02-01T10:00:00Z,20,2,");
    assertThat(lines.get(1 + first[2])).contains("," + hash30 + ",").contains(",30,1,seekers,");
    // shards: rows of each run written without the header and concatenated equal the whole file
    StringBuilder merged = new StringBuilder(TidyCsv.headerLine(TidyCsv.metricsHeader(result.parameters())));
    for (SweepRow row : result.rows()) {
      Scenario s = base.withCohort(base.cohort().withSupporters(Integer.parseInt(row.point().get("supporters"))));
      merged.append(TidyCsv.lines(TidyCsv.metricsRows(Stamp.of(s, row.seed(), at), row.point(), row.metrics())));
    }
    assertThat(merged.toString()).isEqualTo(Files.readString(file));
  }
}
