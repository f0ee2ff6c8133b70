package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.programme.ProgrammeProfile;
import io.github.peersupport.core.testing.CoreGen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link PeerJson#translate} maps the library's structured checks (field, rule, missing fields) to
 * pointers, including nested field paths that no message pattern handled.
 */
class StructuredErrorsPeerJsonTest {
  private static final ObjectMapper TREE = new ObjectMapper();

  @Test
  void read_nestedFieldPathFromCheck_pointsIntoTheElement() throws Exception {
    ObjectNode json = (ObjectNode) TREE.readTree(Files.readString(Path.of("src/test/resources/golden/Taxonomy.json")));
    ((ObjectNode) json.withArray("nodes").get(1).get("code")).put("system", "urn:other");
    PeerJsonException e = catchThrowableOfType(PeerJsonException.class, () -> PeerJson.read(json.toString(), Taxonomy.class));
    assertThat(e.pointer()).isEqualTo("/nodes/1/code/system");
    assertThat(e.rule()).isEqualTo("must be urn:test:0 but was urn:other");
  }

  @Test
  void read_oneRequiredPropertyMissing_pointsAtIt() throws Exception {
    ObjectNode json = (ObjectNode) TREE.readTree(PeerJson.write(CoreGen.programmeProfile(new SplittableRandom(2))));
    json.remove("setting");
    PeerJsonException e = catchThrowableOfType(PeerJsonException.class, () -> PeerJson.read(json.toString(), ProgrammeProfile.class));
    assertThat(e.pointer()).isEqualTo("/setting");
    assertThat(e.rule()).isEqualTo("required property missing");
  }

  @Test
  void read_severalRequiredPropertiesMissing_listsThemAtTheObject() throws Exception {
    ObjectNode json = (ObjectNode) TREE.readTree(PeerJson.write(CoreGen.programmeProfile(new SplittableRandom(2))));
    json.remove("name");
    json.remove("setting");
    PeerJsonException e = catchThrowableOfType(PeerJsonException.class, () -> PeerJson.read(json.toString(), ProgrammeProfile.class));
    assertThat(e.pointer()).isEmpty();
    assertThat(e.rule()).isEqualTo("required properties missing: name, setting");
  }

  @Test
  void read_scalarFactoryRejectsId_pointsAtTheStringWithoutAppendingItsField() throws Exception {
    ObjectNode json = (ObjectNode) TREE.readTree(PeerJson.write(CoreGen.supporter(new SplittableRandom(2))));
    json.put("id", "");
    PeerJsonException e = catchThrowableOfType(PeerJsonException.class, () -> PeerJson.read(json.toString(), Supporter.class));
    assertThat(e.pointer()).isEqualTo("/id");
    assertThat(e.rule()).isEqualTo("must not be empty");
  }
}
