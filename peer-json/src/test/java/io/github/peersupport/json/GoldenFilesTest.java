package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.json.testing.Examples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One example document per top-level type under {@code src/test/resources/golden/}: it reads, equals
 * the example value it was written from, and writes back byte for byte (pretty printed, stable
 * property order, {@code \n} line ends, one final newline). {@code -Dpeer.json.regenerate=true}
 * rewrites the files after an intended wire change.
 */
class GoldenFilesTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<Class<?>> documentTypes() {
    return PeerJson.documentTypes().stream();
  }

  static Path file(Class<?> type) {
    return GOLDEN.resolve(type.getSimpleName() + ".json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentTypes")
  void golden_readAndWrittenBack_isByteIdentical(Class<?> type) throws Exception {
    Path file = file(type);
    if (Boolean.getBoolean("peer.json.regenerate")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, PeerJson.writePretty(Examples.of(type)) + "\n", StandardCharsets.UTF_8);
    }
    byte[] golden = Files.readAllBytes(file);
    Object value = PeerJson.read(golden, type);
    assertThat(value).isInstanceOf(type).isEqualTo(Examples.of(type));
    assertThat((PeerJson.writePretty(value) + "\n").getBytes(StandardCharsets.UTF_8)).isEqualTo(golden);
    assertThat(new String(golden, StandardCharsets.UTF_8)).startsWith("{\n  \"schemaVersion\": 2,\n");
  }
}
