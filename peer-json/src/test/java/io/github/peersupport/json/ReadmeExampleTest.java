package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.CoreGen;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The README's JSON section, line for line: the examples compile and behave as it says. */
class ReadmeExampleTest {
  @Test
  void readme_writeReadAndErrors_behaveAsDocumented() throws Exception {
    Supporter supporter = CoreGen.supporter(new SplittableRandom(1));

    // --- README example start ---
    String json = PeerJson.write(supporter);              // {"schemaVersion":2,"id":"...",...}
    Supporter back = PeerJson.read(json, Supporter.class); // validated by the builder
    assert back.equals(supporter);

    try {
      PeerJson.read("{\"schemaVersion\":2,\"id\":\"s-1\",\"capacity\":\"two\"}", Supporter.class);
    } catch (PeerJsonException e) {
      System.out.println(e.getMessage());                 // /capacity: wrong type: must be an integer
    }

    ObjectMapper mine = new ObjectMapper().findAndRegisterModules(); // finds PeerSupportModule
    String schemaText;
    try (InputStream schema = PeerJson.schema(Supporter.class)) {   // JSON Schema 2020-12
      schemaText = new String(schema.readAllBytes(), StandardCharsets.UTF_8);
    }
    // --- README example end ---

    assertThat(json).startsWith("{\"schemaVersion\":2,\"id\":\"");
    assertThat(back).isEqualTo(supporter);
    assertThatThrownBy(() -> PeerJson.read("{\"schemaVersion\":2,\"id\":\"s-1\",\"capacity\":\"two\"}", Supporter.class))
        .isInstanceOf(PeerJsonException.class)
        .hasMessage("/capacity: wrong type: must be an integer");
    assertThat(mine.readValue(json, Supporter.class)).isEqualTo(supporter);
    assertThat(schemaText).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }
}
