package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.programmes.Programmes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @Test
  void write_tempFolder_writesReportCsvAndValidPngs(@TempDir Path dir) throws IOException {
    List<Path> files = Demo.write(dir);

    assertThat(files).extracting(p -> p.getFileName().toString()).contains("report.txt", "metrics.csv", "weeks.csv",
        "hours-to-match.csv", "supporter-load.csv", "sweep.csv", "comparison.csv", "time-to-match.png", "load-balance.png", "weekly-queues.png",
        "sweep-supporters.png");
    long pngs = files.stream().filter(p -> p.toString().endsWith(".png")).count();
    assertThat(pngs).isGreaterThanOrEqualTo(3);
    for (Path f : files) {
      assertThat(f).exists();
      assertThat(Files.size(f)).as(f.toString()).isPositive();
      if (f.toString().endsWith(".png")) {
        byte[] head = Arrays.copyOf(Files.readAllBytes(f), PNG.length);
        assertThat(head).as(f.toString()).isEqualTo(PNG);
        assertThat(Files.size(f)).as(f.toString()).isGreaterThan(5_000);
      }
    }
    assertThat(Files.readString(dir.resolve("report.txt"))).contains("Peer support programme simulation", "time to match",
        "Escalations by level", "Effect of supporters on the match rate", "Comparison with the reference arm {supporters=180}");
    List<String> weeks = Files.readAllLines(dir.resolve("weeks.csv"), StandardCharsets.UTF_8);
    assertThat(weeks.get(0)).isEqualTo("library_version,scenario,scenario_hash,run_at,seed,"
        + "week,referrals,accepted,waiting,engaged,active_supporters,group_members,group_waitlist,escalations");
    assertThat(weeks).hasSize(53);
    assertThat(Files.readAllLines(dir.resolve("sweep.csv")).get(0))
        .isEqualTo("library_version,scenario,scenario_hash,run_at,supporters,seed,metric,value");
    assertThat(Files.readAllLines(dir.resolve("sweep.csv")).size()).isGreaterThan(1 + 3 * 8 * 30);
    assertThat(Files.readString(dir.resolve("report.txt"))).startsWith("peer-sim " + Stamp.currentLibraryVersion() + " | scenario standard | hash ");
  }

  @Test
  void run_programmeList_printsThePresetIds() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = Demo.run(new String[] {"--programme", "list"}, print(out), print(err));

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactlyElementsOf(Programmes.all().keySet());
    assertThat(err.size()).isZero();
  }

  @Test
  void run_unknownProgramme_printsTheKnownIdsAndFails(@TempDir Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = Demo.run(new String[] {"--programme", "no-such-programme", dir.toString()}, print(out), print(err));

    assertThat(status).isEqualTo(Demo.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no-such-programme", "new-mothers", "facilitated-cancer-groups");
    assertThat(out.size()).isZero();
    assertThat(dir).isEmptyDirectory();
    assertThat(Demo.run(new String[] {"--programme"}, print(out), print(err))).isEqualTo(Demo.USAGE);
    assertThat(Demo.run(new String[] {"a", "b"}, print(out), print(err))).isEqualTo(Demo.USAGE);
  }

  @Test
  void run_groupOnlyProgramme_writesItsRunAndAGroupSweep(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status = Demo.run(new String[] {"--programme", "facilitated-cancer-groups", dir.toString()}, print(out), print(out));

    assertThat(status).isZero();
    String report = Files.readString(dir.resolve("report.txt"));
    assertThat(report).contains("Scenario[facilitated-cancer-groups, 52 weeks", "Effect of seekers on the share placed in a group");
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(report).contains("sweep-seekers.png");
    for (String f : List.of("metrics.csv", "weeks.csv", "sweep.csv", "time-to-match.png", "weekly-queues.png", "sweep-seekers.png")) {
      assertThat(dir.resolve(f)).isNotEmptyFile();
    }
    assertThat(Files.readAllLines(dir.resolve("sweep.csv")).get(0)).contains(",run_at,seekers,seed,metric,value");
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
