package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import io.github.peersupport.sim.testing.JShellRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON side of {@code bin/peer-shell}, run through this JDK's {@code jshell} with the test class
 * path and the launcher's two startup scripts (peer-sim's, then peer-json's): the README's "save a
 * scenario and its results" session, and {@code bin/peer-shell scenario.json}, which runs {@code
 * run-scenario.jsh} on a Scenario document.
 */
class JsonShellTest {
  private static final Path SESSION = Path.of("src/test/resources/json-session.jsh");
  private static final Path RUN_SCENARIO = Path.of("src/main/jshell/run-scenario.jsh");
  private static final Path SIM_STARTUP = Path.of("../peer-sim/src/main/jshell/startup.jsh");
  private static final Path JSON_STARTUP = Path.of("src/main/jshell/startup.jsh");

  @Test
  void readmeJsonSession_runInJshell_writesScenarioAndRunThatReadBackEqual(@TempDir Path dir) throws Exception {
    JShellRun r = jshell(dir, Map.of(), SESSION);
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).contains("same scenario: true", "same run: true").doesNotContain("Error", "Exception", "cannot find symbol");
    Scenario expected = Scenario.standard().withName("quick-offers").withOfferWindow(Duration.ofDays(2));
    assertThat(PeerJson.read(Files.readAllBytes(dir.resolve("scenario.json")), Scenario.class)).isEqualTo(expected);
    assertThat(PeerJson.read(Files.readAllBytes(dir.resolve("run.json")), Run.class)).isEqualTo(expected.run(42));
  }

  @Test
  void runScenario_goldenScenarioDocument_printsTheReport(@TempDir Path dir) throws Exception {
    Path golden = GoldenFilesTest.file(Scenario.class).toAbsolutePath();
    JShellRun r = jshell(dir, Map.of("PEER_SCENARIO", golden.toString(), "PEER_SEED", "7"), RUN_SCENARIO);
    assertThat(r.exit()).as(r.out()).isZero();
    Scenario scenario = PeerJson.read(Files.readAllBytes(golden), Scenario.class);
    assertThat(r.out()).contains("Peer support programme simulation", "seed", scenario.toString())
        .contains(String.valueOf(scenario.run(7).metrics().seekers()));
  }

  @Test
  void runScenario_invalidDocument_exitsOneNamingThePointer(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"schemaVersion\": 2, \"horizonWeeks\": 0}");
    JShellRun r = jshell(dir, Map.of("PEER_SCENARIO", bad.toString()), RUN_SCENARIO);
    assertThat(r.exit()).as(r.out()).isEqualTo(1);
    assertThat(r.out()).contains("bad.json: /horizonWeeks: must be between 1 and 520 but was 0")
        .doesNotContain("Peer support programme simulation");
  }

  @Test
  void runScenario_missingFileOrBadSeed_exitsOne(@TempDir Path dir) throws Exception {
    JShellRun missing = jshell(dir, Map.of("PEER_SCENARIO", dir.resolve("no such.json").toString()), RUN_SCENARIO);
    assertThat(missing.exit()).as(missing.out()).isEqualTo(1);
    assertThat(missing.out()).contains("no such.json: ");
    Path golden = GoldenFilesTest.file(Scenario.class).toAbsolutePath();
    JShellRun seed = jshell(dir, Map.of("PEER_SCENARIO", golden.toString(), "PEER_SEED", "forty-two"), RUN_SCENARIO);
    assertThat(seed.exit()).as(seed.out()).isEqualTo(1);
    assertThat(seed.out()).contains("forty-two").doesNotContain("Peer support programme simulation");
  }

  @Test
  void readme_showsTheJsonSessionVerbatim() throws IOException {
    List<String> session = Files.readAllLines(SESSION, StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```java\n" + String.join("\n", session.subList(0, session.size() - 1)) + "\n```");
    assertThat(readme).contains("bin/peer-shell my-scenario.json");
  }

  private static JShellRun jshell(Path dir, Map<String, String> env, Path script) throws IOException, InterruptedException {
    return JShellRun.of(dir, env, List.of(SIM_STARTUP, JSON_STARTUP), script);
  }
}
