package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema files shipped in the jar ({@code io/github/peersupport/json/schema/v2/}) equal
 * what {@link JsonSchemas} generates from the mapping, so they cannot drift from the code ({@code
 * -Dpeer.json.regenerate=true} rewrites them); every golden document validates against its schema,
 * and the schema rejects what the reader rejects (an unknown property, a missing {@code
 * schemaVersion}, a newer version, a wrong enum constant).
 */
class JsonSchemaTest {
  private static final Path SOURCES = Path.of("src/main/resources/io/github/peersupport/json/schema/v2");
  private static final JsonSchemas GENERATOR = new JsonSchemas();
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  static Stream<Class<?>> documentTypes() {
    return PeerJson.documentTypes().stream();
  }

  private static JsonSchema shipped(Class<?> type) throws Exception {
    try (InputStream in = PeerJson.schema(type)) {
      return FACTORY.getSchema(TREE.readTree(in), CONFIG);
    }
  }

  private static Set<ValidationMessage> validate(Class<?> type, JsonNode document) throws Exception {
    return shipped(type).validate(document);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentTypes")
  void schemaFile_equalsGeneratedFromMapping(Class<?> type) throws Exception {
    String expected = GENERATOR.schema(type);
    Path file = SOURCES.resolve(type.getSimpleName() + ".schema.json");
    if (Boolean.getBoolean("peer.json.regenerate")) {
      Files.createDirectories(SOURCES);
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("%s is out of date: rerun with -Dpeer.json.regenerate=true", file)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentTypes")
  void golden_validatesAgainstShippedSchema(Class<?> type) throws Exception {
    JsonNode golden = TREE.readTree(GoldenFilesTest.file(type).toFile());
    assertThat(validate(type, golden)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentTypes")
  void golden_withUnknownProperty_failsSchema(Class<?> type) throws Exception {
    ObjectNode golden = (ObjectNode) TREE.readTree(GoldenFilesTest.file(type).toFile());
    golden.put("bogus", 1);
    assertThat(validate(type, golden)).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentTypes")
  void golden_withoutOrWithNewerSchemaVersion_failsSchema(Class<?> type) throws Exception {
    ObjectNode golden = (ObjectNode) TREE.readTree(GoldenFilesTest.file(type).toFile());
    golden.put("schemaVersion", PeerJson.SCHEMA_VERSION + 1);
    assertThat(validate(type, golden)).isNotEmpty();
    golden.remove("schemaVersion");
    assertThat(validate(type, golden)).isNotEmpty();
  }
}
