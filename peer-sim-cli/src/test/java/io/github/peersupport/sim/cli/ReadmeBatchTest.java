package io.github.peersupport.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.json.GridDocument;
import io.github.peersupport.json.PeerJson;
import io.github.peersupport.sim.MatchingMode;
import io.github.peersupport.sim.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The README's "Batch runs" section: the minimal scenario document reads as the standard scenario with 234
 * supporters and a 2-day offer window, with the defaults the README states, and the grid document reads
 * as the grid it describes.
 */
class ReadmeBatchTest {
  private static final Path README = Path.of(System.getProperty("peer.sim.repo", "..")).resolve("README.md");
  static final String MINIMAL = "{\"schemaVersion\": 2, \"cohort\": {\"supporters\": 234}, \"lifecycle\": {\"offerWindow\": \"PT48H\"}}";

  private static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  @Test
  void minimalScenarioDocument_isTheStandardScenarioWithTwoChanges() throws IOException {
    assertThat(readme()).contains("```\n" + MINIMAL + "\n```");
    Scenario s = PeerJson.read(MINIMAL, Scenario.class);
    Scenario standard = Scenario.standard();
    assertThat(s).isEqualTo(standard.withCohort(standard.cohort().withSupporters(234)).withOfferWindow(Duration.ofDays(2)));
    // the defaults the README states
    assertThat(standard.cohort().supporters()).isEqualTo(180);
    assertThat(standard.lifecycle().offerWindow()).isEqualTo(Duration.ofDays(3));
    assertThat(s.name()).isEqualTo("standard");
    assertThat(s.horizonWeeks()).isEqualTo(52);
    assertThat(s.start()).isEqualTo(Instant.parse("2027-01-04T09:00:00Z"));
    assertThat(s.cohort().seekersPerWeek()).isEqualTo(25.0);
    assertThat(s.behaviour().acceptShare()).isEqualTo(0.7);
    assertThat(s.behaviour().declineShare()).isEqualTo(0.2);
    assertThat(s.behaviour().attendShare()).isEqualTo(0.75);
    assertThat(s.assignment()).isEqualTo(MatchingMode.RANKING);
    assertThat(s.groups()).isEqualTo(6);
  }

  @Test
  void gridDocument_readsAsTheGridItDescribes() throws IOException {
    String text = readme();
    int start = text.indexOf("{\n  \"gridVersion\": 1,");
    assertThat(start).isPositive();
    String json = text.substring(start, text.indexOf("\n}\n", start) + 2);
    GridDocument grid = GridDocument.read(json.getBytes(StandardCharsets.UTF_8));
    assertThat(grid.scenarioFile()).contains("scenario.json");
    assertThat(grid.pointLabels()).containsExactly(
        Map.of("cohort.supporters", "180", "lifecycle.offerWindow", "PT72H"),
        Map.of("cohort.supporters", "180", "lifecycle.offerWindow", "PT48H"),
        Map.of("cohort.supporters", "234", "lifecycle.offerWindow", "PT72H"),
        Map.of("cohort.supporters", "234", "lifecycle.offerWindow", "PT48H"));
    assertThat(grid.reference()).isEqualTo(OptionalInt.of(0));
    Scenario arm = PeerJson.readWith(MINIMAL.getBytes(StandardCharsets.UTF_8), grid.points().get(3), Scenario.class);
    assertThat(arm).isEqualTo(PeerJson.read(MINIMAL, Scenario.class));
  }
}
