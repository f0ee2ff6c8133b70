package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import io.github.peersupport.sim.testing.JShellRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's "For researchers" JShell session non-interactively, as {@code bin/peer-shell
 * readme-session.jsh} would: this JVM's jshell, the test class path, the launcher's startup script.
 */
class ReadmeSessionTest {
  private static final Path SESSION = Path.of("src/test/resources/readme-session.jsh");
  private static final Path STARTUP = Path.of("src/main/jshell/startup.jsh");

  @Test
  void readmeSession_runInJshell_printsMetricsAndSweepAndWritesChart(@TempDir Path dir) throws IOException, InterruptedException {
    JShellRun run = JShellRun.of(dir, Map.of(), List.of(STARTUP), SESSION);
    String out = run.out();
    assertThat(run.exit()).as(out).isZero();
    assertThat(out).contains("peer-sim ready: `sample` is Scenario[standard", "Metrics[seekers ", "supporters", "match_rate")
        .doesNotContain("Error", "Exception", "cannot find symbol");
    assertThat(out.lines().filter(l -> l.matches("^(120|180|240)\\s+6\\s.*"))).hasSize(3);
    Path png = dir.resolve("target/sweep-supporters.png");
    assertThat(png).exists();
    byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
    assertThat(head).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
  }

  @Test
  void javadoc_package_showsTheSessionVerbatim() throws IOException {
    List<String> session = Files.readAllLines(SESSION, StandardCharsets.UTF_8);
    for (String source : List.of("src/main/java/io/github/peersupport/sim/package-info.java")) {
      String javadoc = Files.readString(Path.of(source), StandardCharsets.UTF_8).replaceAll("(?m)^ \\* ?", "");
      assertThat(javadoc).as(source).contains(String.join("\n", session.subList(0, session.size() - 1)));
    }
  }

  @Test
  void readme_showsTheSessionVerbatim() throws IOException {
    List<String> session = Files.readAllLines(SESSION, StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```java\n" + String.join("\n", session.subList(0, session.size() - 1)) + "\n```");
    assertThat(readme).contains("| `bin/peer-demo` |", "| `./mvnw -B verify` |", "bin/peer-shell");
  }

  @Test
  void readmeSession_isAtMostTenLinesBeforeExit() throws IOException {
    List<String> lines = Files.readAllLines(SESSION, StandardCharsets.UTF_8);
    assertThat(lines).last().isEqualTo("/exit");
    assertThat(lines.subList(0, lines.size() - 1)).hasSizeLessThanOrEqualTo(10);
  }

  @Test
  void readme_groupPlacementFigures_areThoseOfTheStandardRun() throws IOException {
    Metrics m = Scenario.standard().run(42).metrics();
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    assertThat(readme).contains("with seed 42, " + m.groupPlaced() + " of the " + m.groupRequests() + " who ask are seated; most of the "
        + "rest have no group that fits");
    int unplaced = m.groupRequests() - m.groupPlaced();
    assertThat(m.groupUnplacedByReason().get("NO_ELIGIBLE_GROUP")).as("most of the rest").isGreaterThan(unplaced / 2);
  }

  @Test
  void readmeOneLiners_runInJshell(@TempDir Path dir) throws IOException, InterruptedException {
    Path script = dir.resolve("one-liners.jsh");
    Files.writeString(script, String.join("\n",
        "var s = sample.withHorizonWeeks(4);",
        "System.out.println(s.withGroupSize(GroupSizePolicy.nami()).groupSize().minFacilitators());",
        "System.out.println(s.withGroupFocus(List.of(\"breast-cancer\")).groupFocus());",
        "System.out.println(s.withPlacement(PlacementPolicy.builder().scheduleRequired(false).build()).placement().scheduleRequired());",
        "System.out.println(s.withGroupMaxMembers(10).run(1).weeks().stream().allMatch(w -> w.groupMembers() <= 10 * s.groups()));",
        "System.out.println(s.withAssignment(MatchingMode.BATCH_OPTIMAL).run(1).metrics().matched() > 0);",
        "var spanish = SupportGroup.builder().id(GroupId.of(\"es-1\")).addLanguages(Language.of(\"es\")).slot(TimeWindow.of(DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), LocalTime.of(19, 30))).addFacilitators(FacilitatorId.of(\"fac-es-1\")).build();",
        "System.out.println(\"groups \" + s.withExtraGroups(List.of(spanish)).programmeGroups().size());",
        "/exit", ""));
    JShellRun run = JShellRun.of(dir, Map.of(), List.of(STARTUP), script);
    assertThat(run.exit()).as(run.out()).isZero();
    String spanish = Files.readAllLines(script).stream().filter(l -> l.startsWith("var spanish = ")).findFirst().orElseThrow();
    assertThat(Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8))
        .contains("`" + spanish.substring("var spanish = ".length(), spanish.length() - 1) + "`");
    assertThat(run.out()).as(run.out()).contains("\n2\n", "[breast-cancer]", "false\ntrue\ntrue\n", "groups 7").doesNotContain("Error", "Exception", "cannot find symbol");
  }
}
