package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.peersupport.sim.Scenario;
import java.io.CharConversionException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Fuzzes the untrusted inputs of the batch command: grid documents ({@link GridDocument#read}) and values
 * set at paths of a scenario document ({@link PeerJson#readWith}). Any input either reads (a grid whose
 * points are the product of its values; a scenario that writes back and reads again equal), or fails with
 * a {@link PeerJsonException} whose message is {@code pointer: rule}, with no cause attached; any other
 * exception is a finding. In a normal build these run in regression mode over the inputs in {@code
 * src/test/resources/.../GridDocumentFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes one method per run:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -B -pl peer-json test -Dtest=GridDocumentFuzzTest#gridDocument -Djacoco.skip=true \
 *     -Djazzer.instrument='io.github.peersupport.**,com.fasterxml.jackson.**'
 * }</pre>
 */
@Isolated // Jazzer's agent and hooks: run alone, never beside another test class
class GridDocumentFuzzTest {
  private static final Pattern MESSAGE = Pattern.compile("^(\\(document\\)|/[ -~]*): .+", Pattern.DOTALL);
  private static final byte[] MINIMAL = GridDocumentTest.MINIMAL.getBytes(StandardCharsets.UTF_8);

  @FuzzTest(maxDuration = "30s")
  void gridDocument(FuzzedDataProvider data) {
    GridDocument grid;
    try {
      grid = GridDocument.read(data.consumeRemainingAsBytes());
    } catch (PeerJsonException e) {
      refused(e);
      return;
    }
    long product = 1;
    for (int i = 0; i < grid.parameters().size(); i++) {
      product *= grid.values().get(i).size();
      assertThat(grid.labels().get(i)).hasSameSizeAs(grid.values().get(i));
    }
    assertThat(grid.points()).hasSize((int) product).hasSameSizeAs(grid.pointLabels());
    assertThat(product).isLessThanOrEqualTo(GridDocument.MAX_POINTS);
    int points = (int) product;
    grid.reference().ifPresent(r -> assertThat(r).isBetween(0, points - 1));
    byte[] scenario = grid.scenario().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(MINIMAL);
    for (Map<String, String> point : grid.points().subList(0, Math.min(3, grid.points().size()))) {
      readWith(scenario, point);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void valueAtPath(FuzzedDataProvider data) {
    String path = data.consumeString(60);
    String value = data.consumeString(60);
    byte[] document = data.remainingBytes() == 0 ? MINIMAL : data.consumeRemainingAsBytes();
    readWith(document, Map.of(path, value));
  }

  private static void readWith(byte[] document, Map<String, String> values) {
    Scenario s;
    try {
      s = PeerJson.readWith(document, values, Scenario.class);
    } catch (PeerJsonException e) {
      refused(e);
      return;
    }
    assertThat(PeerJson.read(PeerJson.writeBytes(s), Scenario.class)).isEqualTo(s);
  }

  private static void refused(PeerJsonException e) {
    assertThat(JsonProcessingException.class.isAssignableFrom(e.translatedType())
        || CharConversionException.class.isAssignableFrom(e.translatedType())
        || e.translatedType() == PeerJsonException.class).as("translated %s", e.translatedType()).isTrue();
    assertThat(e.getCause()).isNull();
    assertThat(e.getMessage()).matches(MESSAGE);
  }
}
