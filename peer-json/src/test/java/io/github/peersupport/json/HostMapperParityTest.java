package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.programme.ProgrammeProfile;
import io.github.peersupport.json.testing.Examples;
import java.nio.file.Files;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A host's own mapper writes wire format v2, byte for byte what {@link PeerJson#write} writes, for every
 * document type: with the module found by {@code findAndRegisterModules()} and Jackson's defaults, with
 * settings that would otherwise change the output (timestamps, alphabetical order, non-empty inclusion),
 * and after {@link PeerJson#configure}; and it reads every golden document back equal. Limits: a plain
 * host mapper reads with Jackson's limits, a configured one with the library's.
 */
class HostMapperParityTest {
  /** Mappers a host might have, by name. */
  static Stream<Arguments> hostMappers() {
    Supplier<ObjectMapper> plain = () -> new ObjectMapper().findAndRegisterModules();
    @SuppressWarnings("deprecation")
    Supplier<ObjectMapper> otherSettings = () -> JsonMapper.builder().findAndAddModules()
        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .serializationInclusion(JsonInclude.Include.NON_EMPTY)
        .build();
    Supplier<ObjectMapper> configured = () -> PeerJson.configure(otherSettings.get());
    // settings the mapping cannot override (enum and array forms, root wrapping): configure resets them
    Supplier<ObjectMapper> hostile = () -> PeerJson.configure(JsonMapper.builder().findAndAddModules()
        .enable(SerializationFeature.WRITE_ENUMS_USING_INDEX, SerializationFeature.WRAP_ROOT_VALUE,
            SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED, SerializationFeature.WRITE_ENUM_KEYS_USING_INDEX)
        .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING, DeserializationFeature.UNWRAP_ROOT_VALUE,
            DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .build());
    return Stream.of(
        Arguments.of("findAndRegisterModules", plain),
        Arguments.of("other settings", otherSettings),
        Arguments.of("configured", configured),
        Arguments.of("enum and root settings, configured", hostile));
  }

  static Stream<Arguments> mappersAndTypes() {
    return hostMappers().flatMap(m -> PeerJson.documentTypes().stream()
        .map(t -> Arguments.of(m.get()[0], m.get()[1], t)));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("mappersAndTypes")
  void hostMapper_everyDocumentType_writesV1BytesAndReadsBackEqual(String name, Supplier<ObjectMapper> mapper,
      Class<?> type) throws Exception {
    ObjectMapper host = mapper.get();
    byte[] golden = Files.readAllBytes(GoldenFilesTest.file(type));
    Object expected = Examples.of(type);

    assertThat(host.readValue(golden, type)).isEqualTo(expected);
    assertThat(host.writeValueAsString(expected)).isEqualTo(PeerJson.write(expected));
    assertThat(host.readValue(host.writeValueAsBytes(expected), type)).isEqualTo(expected);
  }

  @Test
  void plainHostMapper_overlongString_readsItThenTheValueCheckRefuses() {
    ObjectMapper host = new ObjectMapper().findAndRegisterModules();
    String json = overlongProgrammeName();

    assertThatThrownBy(() -> host.readValue(json, ProgrammeProfile.class))
        .isInstanceOfSatisfying(JsonProcessingException.class, e -> {
          PeerJsonException translated = PeerJson.translate(e);
          assertThat(translated.rule()).doesNotContain("reading limit");
          assertThat(translated.getMessage()).doesNotContain("xxxxxxxx");
        });
  }

  @Test
  void configuredHostMapper_overlongString_stopsAtTheReadingLimit() {
    ObjectMapper host = PeerJson.configure(new ObjectMapper());
    String json = overlongProgrammeName();

    assertThatThrownBy(() -> host.readValue(json, ProgrammeProfile.class))
        .isInstanceOfSatisfying(JsonProcessingException.class, e -> {
          PeerJsonException translated = PeerJson.translate(e);
          assertThat(translated.rule()).contains("reading limit");
          assertThat(translated.getMessage()).doesNotContain("xxxxxxxx");
        });
  }

  @Test
  void configuredHostMapper_coercedScalar_failsAsPeerJsonDoes() throws Exception {
    ObjectMapper host = PeerJson.configure(new ObjectMapper());
    String json = PeerJson.write(Examples.of(Supporter.class));
    String coerced = json.replaceFirst("\"capacity\":(\\d+)", "\"capacity\":\"$1\"");
    assertThat(coerced).isNotEqualTo(json);

    assertThatThrownBy(() -> PeerJson.read(coerced, Supporter.class)).isInstanceOf(PeerJsonException.class);
    assertThatThrownBy(() -> host.readValue(coerced, Supporter.class)).isInstanceOf(JsonProcessingException.class);
    assertThat(new ObjectMapper().findAndRegisterModules().readValue(coerced, Supporter.class))
        .as("a plain host mapper coerces, as its settings say").isEqualTo(Examples.of(Supporter.class));
  }

  private static String overlongProgrammeName() {
    String json = PeerJson.write(Examples.of(ProgrammeProfile.class));
    String name = "\"name\":\"";
    int at = json.indexOf(name);
    assertThat(at).as("the example programme has a name").isPositive();
    return json.substring(0, at + name.length()) + "x".repeat(5_000_000) + json.substring(json.indexOf('"', at + name.length()));
  }
}
