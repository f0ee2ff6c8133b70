package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    assertThat(Files.readString(dir.resolve("metrics.csv"))).startsWith("scenario,seed,seekers,matched,match_rate,").contains("\r\n");
    List<String> header = List.of(Files.readAllLines(dir.resolve("metrics.csv")).get(0).split(","));
    List<String> row = List.of(Files.readAllLines(dir.resolve("metrics.csv")).get(1).split(",", -1));
    Metrics m = run.metrics();
    assertThat(row.get(header.indexOf("group_requests"))).isEqualTo(Integer.toString(m.groupRequests()));
    assertThat(row.get(header.indexOf("group_placed"))).isEqualTo(Integer.toString(m.groupPlaced()));
    assertThat(row.get(header.indexOf("group_unplaced_by_reason"))).contains("=").doesNotContain(",");
  }
}
