package io.github.peersupport.sim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.json.PeerJson;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Csv;
import io.github.peersupport.sim.Report;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.Sweep;
import io.github.peersupport.sim.SweepResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SweepJobTest {
  private static final Scenario SMALL = Scenario.standard().withHorizonWeeks(4)
      .withCohort(Cohort.standard().withSupporters(40).withSeekersPerWeek(8));

  @TempDir
  Path dir;

  private Path scenario;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void writeScenario() throws IOException {
    scenario = Files.writeString(dir.resolve("scenario.json"), PeerJson.writePretty(SMALL));
  }

  private int job(String... args) {
    return SweepJob.run(args, LocalSpark.context(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void run_gridBySetValues_writesTheLocalSweepsTableAndReport() throws IOException {
    Path folder = dir.resolve("out");
    int status = job(scenario.toString(), "--seeds", "3", "--vary", "/cohort/supporters=20,40",
        "--vary", "/groupSize/maxMembers=8,12", "--partitions", "3", "--out", folder.toString(), "--run-at", "2026-03-02T09:00:00Z");

    Sweep sweep = Sweep.of(SMALL)
        .vary("/cohort/supporters", List.of(20, 40), (s, n) -> s.withCohort(s.cohort().withSupporters(n)))
        .vary("/groupSize/maxMembers", List.of(8, 12), (s, n) -> s.withGroupMaxMembers(n))
        .seeds(3, 1);
    SweepResult local = sweep.run(1);
    Path expected = Csv.write(sweep, local, java.time.Instant.parse("2026-03-02T09:00:00Z"), dir.resolve("expected.csv"));
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(Files.readString(folder.resolve("sweep.csv"))).isEqualTo(Files.readString(expected));
    assertThat(Files.readString(folder.resolve("report.txt"))).isEqualTo(Report.text(local));
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Report.text(local));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--seeds 5-1 | --seeds: must be a-b with a <= b",
      "--seeds x | --seeds: must be a-b or a single seed but was x",
      "--vary supporters=1 | --vary: must be /json/pointer=v1,v2,... but was supporters=1",
      "--vary /cohort/supporters=1, | --vary: an empty value in /cohort/supporters=1,",
      "--vary /nowhere/near=1 | --vary: /nowhere/near=1: ",
      "--vary /cohort/supporters=many | --vary: /cohort/supporters=many:",
      "--partitions 0 | --partitions: must be a whole number of at least 1 but was 0",
      "--colour blue | unknown option: --colour",
      "--seeds | --seeds: a value is required",
      "--run-at yesterday | --run-at: must be an instant such as 2026-03-02T09:00:00Z but was yesterday"})
  void run_badArgument_exits2NamingIt(String arguments, String message) {
    String[] options = arguments.split(" ");
    String[] args = new String[options.length + 1];
    args[0] = scenario.toString();
    System.arraycopy(options, 0, args, 1, options.length);

    assertThat(job(args)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("peer-sim sweep: " + message).contains("usage: SweepJob");
    assertThat(out.size()).isZero();
  }

  @Test
  void run_noScenario_exits2() {
    assertThat(job("--seeds", "1-2")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("peer-sim sweep: scenario: a scenario document is required first");
  }

  @Test
  void run_badDocument_exits2NamingTheFileAndPointer() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\":" + PeerJson.SCHEMA_VERSION + ",\"cohort\":{\"supporters\":-3}}");
    assertThat(job(bad.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("peer-sim sweep: scenario: " + bad).contains("/cohort/supporters");
  }
}
