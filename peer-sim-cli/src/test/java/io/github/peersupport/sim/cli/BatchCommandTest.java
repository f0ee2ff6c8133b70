package io.github.peersupport.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch command end to end, in this JVM ({@link PeerSimCommand#run}): shards merged equal the whole
 * sweep byte for byte, a failed run is recorded while the others go on and the exit status is 1, progress
 * is reported, and usage errors exit 2 with the usage text.
 */
class BatchCommandTest {
  /** A small, quick scenario: 4 weeks, 20 supporters, 5 seekers a week. */
  static final String SCENARIO = "{\"schemaVersion\": 2, \"name\": \"small\", \"horizonWeeks\": 4,"
      + " \"cohort\": {\"supporters\": 20, \"seekersPerWeek\": 5.0}}";
  /** Two parameters; the supporters value 0 makes an invalid scenario, so its runs fail. */
  static final String GRID = "{\"gridVersion\": 1, \"scenario\": \"scenario.json\", \"parameters\": ["
      + "{\"path\": \"cohort.supporters\", \"values\": [20, 0, 30]},"
      + "{\"path\": \"lifecycle.offerWindow\", \"values\": [\"PT72H\", \"PT48H\"]}],"
      + " \"reference\": {\"cohort.supporters\": 20, \"lifecycle.offerWindow\": \"PT72H\"}}";
  private static final String RUN_AT = "2026-03-02T09:00:00Z";
  private static final List<String> FILES = List.of("manifest.txt", "points.csv", "runs.csv", "failures.csv", "report.txt");

  /** Exit status, standard output and standard error of one call. */
  record Call(int exit, String out, String err) {}

  static Call call(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = PeerSimCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new Call(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Path grid(Path dir) throws IOException {
    Files.writeString(dir.resolve("scenario.json"), SCENARIO);
    return Files.writeString(dir.resolve("grid.json"), GRID);
  }

  @Test
  void sweep_shardsMerged_equalTheWholeSweepByteForByte(@TempDir Path dir) throws IOException {
    Path grid = grid(dir);
    Call whole = call("sweep", grid.toString(), "--seeds", "1-3", "--out", dir.resolve("whole").toString(), "--threads", "2",
        "--run-at", RUN_AT);
    assertThat(whole.exit()).as(whole.err()).isEqualTo(1); // the supporters = 0 point fails
    List<String> shards = new ArrayList<>(List.of("merge"));
    for (int i = 0; i < 4; i++) {
      Path shard = dir.resolve("shard-" + i);
      Call c = call("sweep", grid.toString(), "--seeds", "1-3", "--out", shard.toString(), "--threads", "1",
          "--run-at", RUN_AT, "--shard", i + "/4");
      assertThat(c.exit()).as(c.err()).isIn(0, 1);
      assertThat(Files.readString(shard.resolve("manifest.txt"))).contains("shard=" + i + "/4");
      shards.add(shard.toString());
    }
    shards.addAll(List.of("--out", dir.resolve("merged").toString()));
    Call merged = call(shards.toArray(String[]::new));
    assertThat(merged.exit()).as(merged.err()).isEqualTo(1);
    for (String f : FILES) {
      assertThat(Files.readAllBytes(dir.resolve("merged").resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(dir.resolve("whole").resolve(f)));
    }
    assertThat(merged.out()).isEqualTo(whole.out());
    // 6 points x 3 seeds: the 4 good points' 12 runs, one row per metric, and the 6 failed runs
    List<String> runs = Files.readAllLines(dir.resolve("whole/runs.csv"));
    assertThat(runs.stream().filter(l -> l.contains(",match_rate,"))).hasSize(12);
    assertThat(runs.get(0)).isEqualTo("library_version,scenario,scenario_hash,run_at,cohort.supporters,"
        + "lifecycle.offerWindow,seed,metric,value");
    assertThat(runs.get(1)).startsWith(PeerSimCommand.version() + ",small,").contains("," + RUN_AT + ",20,PT72H,1,seekers,");
    assertThat(Files.readAllLines(dir.resolve("whole/failures.csv"))).hasSize(1 + 6);
    assertThat(Files.readAllLines(dir.resolve("whole/points.csv"))).hasSize(1 + 6).element(3)
        .asString().startsWith("2,0,PT72H,,,scenario /cohort/supporters: must be between 1 and 100000 but was 0");
  }

  @Test
  void sweep_invalidGridPoint_recordsItsRunsAsFailedAndTheOthersGoOn(@TempDir Path dir) throws IOException {
    Call c = call("sweep", grid(dir).toString(), "--seeds", "5-6", "--out", dir.resolve("out").toString(), "--run-at", RUN_AT);
    assertThat(c.exit()).as(c.err()).isEqualTo(1);
    List<String> failures = Files.readAllLines(dir.resolve("out/failures.csv"));
    assertThat(failures).hasSize(1 + 4); // (supporters 0) x (two offer windows) x (two seeds)
    assertThat(failures.get(1)).contains(",0,PT72H,5,").contains("/cohort/supporters: must be between 1 and 100000 but was 0");
    assertThat(Files.readString(dir.resolve("out/runs.csv"))).contains(",30,PT48H,6,match_rate,")
        .doesNotContain(",0,PT72H,");
    assertThat(Files.readString(dir.resolve("out/report.txt"))).contains("runs             12: 8 succeeded, 4 failed");
    assertThat(c.err()).contains("run 12/12").contains("FAILED: seed 5, cohort.supporters=0, lifecycle.offerWindow=PT72H")
        .contains("4 run(s) failed");
  }

  @Test
  void run_reportsProgressPerRunAndWritesStampedFiles(@TempDir Path dir) throws IOException {
    Path scenario = Files.writeString(dir.resolve("small.json"), SCENARIO);
    Call c = call("run", scenario.toString(), "--seeds", "1-3", "--out", dir.resolve("out").toString(), "--threads", "1",
        "--run-at", RUN_AT);
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(c.err()).contains("peer-sim run: small, 1 grid point(s) x 3 seeds = 3 runs", "run 1/3 ok: seed 1",
        "run 2/3 ok: seed 2", "run 3/3 ok: seed 3");
    assertThat(Files.readAllLines(dir.resolve("out/failures.csv"))).containsExactly(
        "library_version,scenario,scenario_hash,run_at,seed,error");
    assertThat(Files.readString(dir.resolve("out/manifest.txt"))).contains("command=run\n", "scenario=small\n",
        "run_at=" + RUN_AT + "\n", "seeds=1-3\n", "shard=all\n");
    assertThat(c.out()).contains("peer-sim run: small", "runs             3: 3 succeeded, 0 failed", "match_rate");
  }

  @Test
  void progress_onATerminal_rewritesOneLine() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Progress p = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), true, 2);
    p.finished(new TaskResult(0, java.util.Map.of(), 1, "s", "h", java.util.Map.of("m", "1"), ""));
    p.finished(new TaskResult(1, java.util.Map.of(), 2, "s", "h", java.util.Map.of(), "boom"));
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("\rrun 1/2, 0 failed\r\033[Krun 2/2 FAILED: seed 2: boom\n"
        + "\rrun 2/2, 1 failed\n");
  }

  @Test
  void usageErrors_exitTwoWithTheUsage(@TempDir Path dir) throws IOException {
    Path scenario = Files.writeString(dir.resolve("small.json"), SCENARIO);
    Path out = dir.resolve("out");
    for (String[] args : List.of(new String[] {}, new String[] {"fly"}, new String[] {"run", scenario.toString(), "--out", "x"},
        new String[] {"run", scenario.toString(), "--seeds", "9-1", "--out", "x"},
        new String[] {"sweep", scenario.toString(), "--seeds", "1-2", "--out", out.toString(), "--shard", "4/4"},
        new String[] {"run", scenario.toString(), "--seeds", "1", "--out", "x", "--colour", "red"},
        new String[] {"run", dir.resolve("missing.json").toString(), "--seeds", "1", "--out", "x"})) {
      Call c = call(args);
      assertThat(c.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(c.err()).startsWith("peer-sim: ").contains("usage: bin/peer-sim run");
    }
    assertThat(out).doesNotExist();
    assertThat(call("sweep", scenario.toString(), "--seeds", "1", "--out", "x").err())
        .contains("small.json: /schemaVersion: unknown property").doesNotContain("Exception");
    assertThat(call("--version").out()).isEqualTo("peer-sim " + PeerSimCommand.version() + System.lineSeparator());
    assertThat(call("--help").exit()).isZero();
  }

  @Test
  void merge_refusesShardsOfOtherSweepsAndMissingOrRepeatedShards(@TempDir Path dir) throws IOException {
    Path grid = grid(dir);
    for (int i = 0; i < 2; i++) {
      call("sweep", grid.toString(), "--seeds", "1", "--out", dir.resolve("a" + i).toString(), "--run-at", RUN_AT,
          "--shard", i + "/2");
    }
    call("sweep", grid.toString(), "--seeds", "1", "--out", dir.resolve("late").toString(), "--run-at",
        "2026-03-02T10:00:00Z", "--shard", "1/2");
    Call otherTime = call("merge", dir.resolve("a0").toString(), dir.resolve("late").toString(), "--out", dir.resolve("m").toString());
    assertThat(otherTime.exit()).isEqualTo(2);
    assertThat(otherTime.err()).contains("not a shard of the same sweep", "give every shard the same --run-at");
    Call missing = call("merge", dir.resolve("a0").toString(), "--out", dir.resolve("m").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("shard 1/2 is missing");
    Call twice = call("merge", dir.resolve("a0").toString(), dir.resolve("a0").toString(), "--out", dir.resolve("m").toString());
    assertThat(twice.err()).contains("shard 0/2 is given twice");
    Files.writeString(dir.resolve("a1/failures.csv"), Files.readAllLines(dir.resolve("a1/failures.csv")).get(0) + "\r\n");
    Call dropped = call("merge", dir.resolve("a0").toString(), dir.resolve("a1").toString(), "--out", dir.resolve("m").toString());
    assertThat(dropped.exit()).isEqualTo(2);
    assertThat(dropped.err()).contains("(missing runs)");
    assertThat(dir.resolve("m")).doesNotExist();
  }
}
