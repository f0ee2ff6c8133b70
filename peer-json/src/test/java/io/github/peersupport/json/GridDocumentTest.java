package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.sim.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Grid documents ({@link GridDocument}) and values set at paths ({@link PeerJson#readWith}). */
class GridDocumentTest {
  static final String MINIMAL = "{\"schemaVersion\": 2, \"cohort\": {\"supporters\": 234}, \"lifecycle\": {\"offerWindow\": \"PT48H\"}}";
  static final String GRID = "{\"gridVersion\": 1, \"scenario\": \"scenario.json\", \"parameters\": ["
      + "{\"path\": \"cohort.supporters\", \"values\": [234, 304]},"
      + "{\"path\": \"/lifecycle/offerWindow\", \"values\": [\"PT72H\", \"PT48H\", {\"not\": \"a duration\"}]}],"
      + " \"reference\": {\"/lifecycle/offerWindow\": \"PT72H\", \"cohort.supporters\": 234}}";

  private static GridDocument read(String json) {
    return GridDocument.read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void read_gridOfTwoParameters_pointsFirstParameterOutermost() {
    GridDocument g = read(GRID);
    assertThat(g.scenarioFile()).contains("scenario.json");
    assertThat(g.scenario()).isEmpty();
    assertThat(g.parameters()).containsExactly("cohort.supporters", "/lifecycle/offerWindow");
    assertThat(g.values()).containsExactly(List.of("234", "304"), List.of("\"PT72H\"", "\"PT48H\"", "{\"not\":\"a duration\"}"));
    assertThat(g.points()).hasSize(6);
    assertThat(g.points().get(1)).containsExactly(Map.entry("cohort.supporters", "234"),
        Map.entry("/lifecycle/offerWindow", "\"PT48H\""));
    assertThat(g.pointLabels().get(3)).containsExactly(Map.entry("cohort.supporters", "304"),
        Map.entry("/lifecycle/offerWindow", "PT72H"));
    assertThat(g.reference()).isEqualTo(OptionalInt.of(0));
    assertThat(g).hasToString("GridDocument[scenario.json, parameters [cohort.supporters, /lifecycle/offerWindow], 6 points, "
        + "reference 0]");
  }

  @Test
  void read_embeddedScenarioAndNoParameters_onePoint() {
    GridDocument g = read("{\"parameters\": [], \"scenario\": " + MINIMAL + ", \"gridVersion\": 1}");
    assertThat(g.scenario()).contains("{\"schemaVersion\":2,\"cohort\":{\"supporters\":234},\"lifecycle\":{\"offerWindow\":\"PT48H\"}}");
    assertThat(g.points()).containsExactly(Map.of());
    assertThat(g.reference()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[]| (document): must be a JSON object",
      "{\"gridVersion\": 2, \"scenario\": \"s.json\", \"parameters\": []}| /gridVersion: unsupported version; this reader reads version 1",
      "{\"scenario\": \"s.json\", \"parameters\": []}| /gridVersion: missing or not an integer; this reader reads version 1",
      "{\"gridVersion\": 1, \"scenario\": 3, \"parameters\": []}| /scenario: must be a scenario document (an object) or the path of its file (a string)",
      "{\"gridVersion\": 1, \"scenario\": \"s.json\", \"parameters\": [], \"seeds\": 3}| /seeds: unknown property (expected one of gridVersion, scenario, parameters, reference)",
      "{\"gridVersion\": 1, \"scenario\": \"s.json\"}| /parameters: must be an array of {\"path\", \"values\"}",
      "{\"gridVersion\": 1, \"scenario\": \"s.json\", \"parameters\": [{\"path\": \"a..b\", \"values\": [1]}]}| /parameters/0/path: must be a dotted path (cohort.supporters) or a JSON pointer (/cohort/supporters) of names and indexes",
      "{\"gridVersion\": 1, \"scenario\": \"s.json\", \"parameters\": [{\"path\": \"a.b\", \"values\": []}]}| /parameters/0/values: must be a non-empty array of values",
      "{\"gridVersion\": 1, \"scenario\": \"s.json\", \"parameters\": [{\"path\": \"a\", \"values\": [1, null]}]}| /parameters/0/values/1: must not be null",
      "{\"gridVersion\": 1, \"scenario\": \"s.json\", \"parameters\": [{\"path\": \"a\", \"values\": [1.50, 2, 1.50]}]}| /parameters/0/values/2: repeats value 0",
      "{\"gridVersion\": 1, \"scenario\": \"s.json\", \"parameters\": [{\"path\": \"a\", \"values\": [5, \"5\"]}]}| /parameters/0/values/1: shows as value 0 does in tables (a string and a number of the same digits)",
      "{\"gridVersion\": 1, \"scenario\": \"s.json\", \"parameters\": [{\"path\": \"a.b\", \"values\": [1]}, {\"path\": \"/a/b\", \"values\": [2]}]}| /parameters/1/path: repeats the path of /parameters/0",
      "{\"gridVersion\": 1, \"scenario\": \"s.json\", \"parameters\": [{\"path\": \"a\", \"values\": [1], \"step\": 2}]}| /parameters/0/step: unknown property (expected path, values)",
      "{\"gridVersion\": 1, \"scenario\": \"s.json\", \"parameters\": [{\"path\": \"a\", \"values\": [1, 2]}], \"reference\": {\"a\": 3}}| /reference/a: must be one of the parameter's values",
      "{\"gridVersion\": 1, \"scenario\": \"s.json\", \"parameters\": [{\"path\": \"a\", \"values\": [1, 2]}], \"reference\": {\"b\": 1}}| /reference: must give a value for every parameter's path, as written in parameters",
      "{\"gridVersion\": 1, \"gridVersion\": 1}| /gridVersion: malformed JSON at line 1, column 33",
  })
  void read_invalidGrid_failsNamingPointerAndRule(String json, String message) {
    assertThatThrownBy(() -> read(json)).isInstanceOf(PeerJsonException.class).hasMessage(message);
  }

  @Test
  void read_tooManyPoints_fails() {
    StringBuilder values = new StringBuilder("[0");
    for (int i = 1; i < 400; i++) {
      values.append(',').append(i);
    }
    values.append(']');
    String p = "{\"path\": \"a%d\", \"values\": " + values + "}";
    String json = "{\"gridVersion\": 1, \"scenario\": \"s.json\", \"parameters\": [" + String.format(p, 1) + ", "
        + String.format(p, 2) + "]}";
    assertThatThrownBy(() -> read(json)).isInstanceOf(PeerJsonException.class)
        .hasMessage("/parameters: the grid must have at most 100000 points");
  }

  @Test
  void readWith_setsValuesAtPathsCreatingMissingObjects() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("cohort.supporters", "304");
    values.put("/lifecycle/offerWindow", "\"PT36H\"");
    values.put("horizonWeeks", "26");
    Scenario s = PeerJson.readWith(bytes(MINIMAL), values, Scenario.class);
    Scenario expected = PeerJson.read(MINIMAL, Scenario.class);
    assertThat(s).isEqualTo(expected.withCohort(expected.cohort().withSupporters(304)).withOfferWindow(Duration.ofHours(36))
        .withHorizonWeeks(26));
    Scenario paused = PeerJson.readWith(bytes(MINIMAL), Map.of("cohort.pausePerWeek", "0.0100"), Scenario.class);
    assertThat(paused.cohort().pausePerWeek()).isEqualTo(0.01);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "cohort.supporter| 3| /cohort/supporter: unknown property",
      "cohort.supporters| 0| /cohort/supporters: must be between 1 and 100000 but was 0",
      "cohort.supporters.x| 3| /cohort/supporters: cannot hold /cohort/supporters/x: not an object or array",
      "cohort..supporters| 3| (document): not a dotted path or JSON pointer of names and indexes: cohort..supporters",
      "cohort.supporters| [3| /cohort/supporters/0: malformed JSON",
  })
  void readWith_badPathOrValue_failsNamingThePointer(String path, String value, String message) {
    assertThatThrownBy(() -> PeerJson.readWith(bytes(MINIMAL), Map.of(path, value), Scenario.class))
        .isInstanceOf(PeerJsonException.class).hasMessageStartingWith(message);
  }

  @Test
  void readWith_arrayIndexesAndMapKeys_setAnElementOrFail() {
    String doc = "{\"schemaVersion\": 2, \"cohort\": {\"supporters\": 20, \"rareConditions\": [\"als\", \"pots\"]}}";
    Scenario s = PeerJson.readWith(bytes(doc), Map.of("cohort.rareConditions.1", "\"fibromyalgia\""), Scenario.class);
    assertThat(PeerJson.write(s.cohort())).contains("\"rareConditions\":[\"als\",\"fibromyalgia\"]");
    assertThatThrownBy(() -> PeerJson.readWith(bytes(doc), Map.of("cohort.rareConditions.2", "\"x\""), Scenario.class))
        .isInstanceOf(PeerJsonException.class).hasMessage("/cohort/rareConditions/2: must be an index of the array (0 to 1)");
    Scenario weighted = PeerJson.readWith(bytes(MINIMAL), Map.of("/cohort/conditionMix/breast-cancer.metastatic", "9.0"),
        Scenario.class);
    assertThat(PeerJson.write(weighted.cohort())).contains("\"breast-cancer.metastatic\":9.0");
  }
}
