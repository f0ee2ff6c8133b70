package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.groups.SupportGroup;
import java.util.SplittableRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * {@code schemaVersion} may come anywhere in a top-level document's object, and reading stays as
 * strict as when it comes first: a missing, wrong, repeated or misplaced version, and a bad property
 * before the version, fail with the same pointer and rule; the reading limits still hold for the
 * properties read before the version. Each test plants {@value #SECRET} where the bad value goes and
 * checks that no message quotes it.
 */
class SchemaVersionAnywhereTest {
  private static final String SECRET = "Secret-health-text";
  private static final ObjectMapper TREE = new ObjectMapper();

  /** A supporter document with its version moved to the end. */
  private static ObjectNode supporterVersionLast() throws Exception {
    ObjectNode json = (ObjectNode) TREE.readTree(PeerJson.write(CoreGen.supporter(new SplittableRandom(7))));
    json.remove("schemaVersion");
    return json;
  }

  private static PeerJsonException fails(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(PeerJsonException.class);
    assertThat(t.getMessage()).doesNotContain(SECRET);
    return (PeerJsonException) t;
  }

  private static PeerJsonException readSupporter(ObjectNode json) {
    return fails(() -> PeerJson.read(json.toString(), Supporter.class));
  }

  @Test
  void read_versionLast_readsEqual() throws Exception {
    Supporter s = CoreGen.supporter(new SplittableRandom(7));
    ObjectNode json = supporterVersionLast();
    json.put("schemaVersion", 2);
    assertThat(json.toString()).doesNotStartWith("{\"schemaVersion\"").endsWith("\"schemaVersion\":2}");
    assertThat(PeerJson.read(json.toString(), Supporter.class)).isEqualTo(s);
  }

  @Test
  void read_versionMissingAndFirstPropertyAnother_failsAtTheVersion() throws Exception {
    PeerJsonException e = readSupporter(supporterVersionLast());
    assertThat(e.getMessage()).isEqualTo("/schemaVersion: required property of a top-level Supporter document");
  }

  @Test
  void read_emptyObject_failsAtTheVersion() {
    PeerJsonException e = fails(() -> PeerJson.read("{}", SupportGroup.class));
    assertThat(e.getMessage()).isEqualTo("/schemaVersion: required property of a top-level SupportGroup document");
  }

  @Test
  void read_newerVersionAfterPropertiesItAdds_failsWithTheVersionNotTheProperty() throws Exception {
    ObjectNode json = supporterVersionLast();
    json.put("someFieldOfVersion3", SECRET);
    json.put("schemaVersion", 3);
    PeerJsonException e = readSupporter(json);
    assertThat(e.getMessage()).isEqualTo(
        "/schemaVersion: 3 is newer than the supported version 2; upgrade peer-json rather than drop its fields");
  }

  @Test
  void read_olderVersionNotFirst_failsAtTheVersion() throws Exception {
    ObjectNode json = supporterVersionLast();
    json.put("schemaVersion", 0);
    PeerJsonException e = readSupporter(json);
    assertThat(e.getMessage()).isEqualTo("/schemaVersion: 0 is not a wire format version (the first is 1)");
  }

  @Test
  void read_versionNotAnIntegerNotFirst_failsAtTheVersion() throws Exception {
    ObjectNode json = supporterVersionLast();
    json.put("schemaVersion", SECRET);
    assertThat(readSupporter(json).getMessage()).isEqualTo("/schemaVersion: must be an integer");
    json.put("schemaVersion", 2.0);
    assertThat(readSupporter(json).getMessage()).isEqualTo("/schemaVersion: must be an integer");
  }

  @Test
  void read_badPropertyBeforeTheVersion_failsWithItsPointer() throws Exception {
    ObjectNode json = supporterVersionLast();
    json.put("capacity", SECRET);
    json.put("schemaVersion", 2);
    assertThat(readSupporter(json).pointer()).isEqualTo("/capacity");
    json = supporterVersionLast();
    ((ObjectNode) json.get("profile")).put("bogus", SECRET);
    json.put("schemaVersion", 2);
    assertThat(readSupporter(json).getMessage()).isEqualTo("/profile/bogus: unknown property");
  }

  @Test
  void read_unknownTopLevelPropertiesBeforeTheVersion_failsAtTheFirstWithoutKeepingThem() throws Exception {
    ObjectNode fresh = supporterVersionLast();
    ObjectNode json = TREE.createObjectNode();
    json.putArray("zzz").add(SECRET).add(SECRET);   // skipped, not buffered, while the version is sought
    json.put("yyy", SECRET);
    json.setAll(fresh);
    json.put("schemaVersion", 2);
    assertThat(readSupporter(json).getMessage()).isEqualTo("/zzz: unknown property");
  }

  @Test
  void read_unknownTopLevelPropertyAndNoVersion_failsAtTheVersion() throws Exception {
    ObjectNode json = TREE.createObjectNode();
    json.put("zzz", SECRET);
    json.setAll(supporterVersionLast());
    assertThat(readSupporter(json).pointer()).isEqualTo("/schemaVersion");
  }

  @Test
  void read_repeatedVersionNotFirst_failsAsDuplicate() throws Exception {
    String json = supporterVersionLast().toString();
    String twice = json.substring(0, json.length() - 1) + ",\"schemaVersion\":2,\"schemaVersion\":2}";
    assertThat(fails(() -> PeerJson.read(twice, Supporter.class)).rule()).startsWith("malformed JSON");
  }

  @Test
  void read_repeatedVersionWithHostMapperAllowingDuplicates_failsAsUnknownProperty() throws Exception {
    ObjectMapper host = new ObjectMapper().registerModule(new PeerSupportModule());
    String json = supporterVersionLast().toString();
    String body = json.substring(1, json.length() - 1);
    // whether the first version comes first or not, a second one is not a property of the document
    for (String twice : new String[] {
        "{\"schemaVersion\":2," + body + ",\"schemaVersion\":2}",
        "{" + body + ",\"schemaVersion\":2,\"schemaVersion\":2}"}) {
      Throwable t = catchThrowable(() -> host.readValue(twice, Supporter.class));
      assertThat(t).isInstanceOf(JsonProcessingException.class);
      PeerJsonException e = PeerJson.translate((JsonProcessingException) t);
      assertThat(e.getMessage()).isEqualTo("/schemaVersion: unknown property");
    }
  }

  @Test
  void read_versionInANestedDocumentOfAReorderedOne_failsAsUnknownProperty() {
    String json = "{\"id\":\"g-1\",\"languages\":[\"en\"],\"sizePolicy\":{\"schemaVersion\":2},\"schemaVersion\":2}";
    PeerJsonException e = fails(() -> PeerJson.read(json, SupportGroup.class));
    assertThat(e.getMessage()).isEqualTo("/sizePolicy/schemaVersion: unknown property");
  }

  @Test
  void read_overNestingLimitBeforeTheVersion_failsWithLimit() throws Exception {
    String deep = "[".repeat(PeerJson.MAX_NESTING_DEPTH + 1) + "]".repeat(PeerJson.MAX_NESTING_DEPTH + 1);
    String json = supporterVersionLast().toString();
    String bad = "{\"profile\":" + deep + "," + json.substring(1, json.length() - 1) + ",\"schemaVersion\":2}";
    PeerJsonException e = fails(() -> PeerJson.read(bad, Supporter.class));
    assertThat(e.rule()).startsWith("document over a reading limit").contains("nesting depth");
  }

  @Test
  void read_overStringLimitBeforeTheVersion_failsWithLimit() throws Exception {
    ObjectNode json = supporterVersionLast();
    json.put("id", "s".repeat(PeerJson.MAX_STRING_LENGTH + 1));
    json.put("schemaVersion", 2);
    PeerJsonException e = readSupporter(json);
    assertThat(e.rule()).startsWith("document over a reading limit").contains("String value length");
  }

  @Test
  void write_reorderedDocumentReadBack_writesTheVersionFirst() throws Exception {
    ObjectNode json = supporterVersionLast();
    json.put("schemaVersion", 2);
    Supporter back = PeerJson.read(json.toString(), Supporter.class);
    assertThat(PeerJson.write(back)).startsWith("{\"schemaVersion\":2,\"id\":");
  }
}
