package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.EscalationGen;
import java.util.SplittableRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Bad input fails with a {@link PeerJsonException} naming the JSON pointer and the rule, never the
 * input text: each test plants {@value #SECRET} where the bad value goes and checks it is not in
 * the message.
 */
class PeerJsonErrorsTest {
  private static final String SECRET = "Secret-health-text";
  private static final ObjectMapper TREE = new ObjectMapper();

  private static ObjectNode supporter() throws Exception {
    Supporter s = CoreGen.supporter(new SplittableRandom(7));
    return (ObjectNode) TREE.readTree(PeerJson.write(s));
  }

  private static PeerJsonException fails(ThrowingCallable call) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(t).isInstanceOf(PeerJsonException.class);
    assertThat(t.getMessage()).doesNotContain(SECRET).doesNotContainIgnoringCase("secret");
    // nothing down the cause chain or in the stack trace text may quote the input either
    java.io.StringWriter trace = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(trace));
    assertThat(trace.toString()).doesNotContain(SECRET).doesNotContainIgnoringCase("secret");
    assertThat(t.getCause()).isNull();
    return (PeerJsonException) t;
  }

  private static PeerJsonException readSupporter(ObjectNode json) {
    return fails(() -> PeerJson.read(json.toString(), Supporter.class));
  }

  @Test
  void read_unknownProperty_failsWithPointerToIt() throws Exception {
    ObjectNode json = supporter();
    ((ObjectNode) json.get("profile")).put("bogus", SECRET);
    PeerJsonException e = readSupporter(json);
    assertThat(e.pointer()).isEqualTo("/profile/bogus");
    assertThat(e.rule()).isEqualTo("unknown property");
    assertThat(e.getMessage()).isEqualTo("/profile/bogus: unknown property");
  }

  @Test
  void read_unknownPropertyWithLenientHostMapper_stillFails() throws Exception {
    ObjectMapper host = new ObjectMapper().findAndRegisterModules()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    ObjectNode json = supporter();
    json.put("bogus", 1);
    assertThatThrownBy(() -> host.readValue(json.toString(), Supporter.class))
        .satisfies(t -> assertThat(PeerJson.translate((com.fasterxml.jackson.core.JsonProcessingException) t).pointer())
            .isEqualTo("/bogus"));
  }

  @Test
  void read_unknownPropertyWithControlCharacters_isEscapedInPointer() throws Exception {
    ObjectNode json = supporter();
    json.put("a/b~c\nd", 1);
    PeerJsonException e = readSupporter(json);
    assertThat(e.pointer()).isEqualTo("/a~1b~0c\\u000ad");
    assertThat(e.getMessage()).doesNotContain("\n");
  }

  @Test
  void read_wrongType_failsWithPointerAndExpectedType() throws Exception {
    ObjectNode json = supporter();
    json.put("capacity", SECRET);
    PeerJsonException e = readSupporter(json);
    assertThat(e.pointer()).isEqualTo("/capacity");
    assertThat(e.rule()).contains("an integer");
  }

  @Test
  void read_numberAsString_failsRatherThanCoerces() throws Exception {
    ObjectNode json = supporter();
    json.put("capacity", "2");
    assertThat(readSupporter(json).pointer()).isEqualTo("/capacity");
  }

  @Test
  void read_missingRequired_failsNamingTheProperty() throws Exception {
    ObjectNode json = supporter();
    json.remove("id");
    PeerJsonException e = readSupporter(json);
    assertThat(e.pointer()).isEqualTo("/id");
    assertThat(e.rule()).isEqualTo("required property missing");
  }

  @Test
  void read_nullForPrimitive_fails() throws Exception {
    ObjectNode json = supporter();
    json.putNull("capacity");
    assertThat(readSupporter(json).pointer()).isEqualTo("/capacity");
  }

  @Test
  void read_invalidEnum_failsListingTheConstants() throws Exception {
    ObjectNode json = supporter();
    ((ObjectNode) json.get("experience")).put("role", SECRET);
    PeerJsonException e = readSupporter(json);
    assertThat(e.pointer()).isEqualTo("/experience/role");
    assertThat(e.rule()).startsWith("must be one of [").contains("PATIENT");
  }

  @Test
  void read_enumAsNumber_fails() throws Exception {
    ObjectNode json = supporter();
    ((ObjectNode) json.get("experience")).put("role", 0);
    assertThat(readSupporter(json).pointer()).isEqualTo("/experience/role");
  }

  @Test
  void read_failedInvariant_failsWithTheBuildersRule() throws Exception {
    ObjectNode json = supporter();
    json.put("capacity", 0);
    PeerJsonException e = readSupporter(json);
    assertThat(e.pointer()).isEqualTo("/capacity");
    assertThat(e.rule()).contains("must be");
  }

  @Test
  void read_invalidIdText_failsWithoutEchoingIt() throws Exception {
    ObjectNode json = supporter();
    json.put("id", SECRET + " with spaces");
    PeerJsonException e = readSupporter(json);
    assertThat(e.pointer()).isEqualTo("/id");
  }

  @Test
  void read_failedInvariantInArrayElement_failsWithIndexedPointer() {
    String json = "{\"schemaVersion\":2,\"system\":\"urn:x\",\"nodes\":["
        + "{\"code\":{\"system\":\"urn:x\",\"code\":\"a\",\"display\":\"A\"}},"
        + "{\"code\":{\"system\":\"urn:x\",\"code\":\"" + SECRET + " !\",\"display\":\"B\"}}]}";
    PeerJsonException e = fails(() -> PeerJson.read(json, Taxonomy.class));
    assertThat(e.pointer()).isEqualTo("/nodes/1/code/code");
  }

  @Test
  void read_indexedInvariant_pointsIntoTheArray() throws Exception {
    Signal phq2 = Signal.phq2("sig-1", CoreGen.seekerId(new SplittableRandom(1)), io.github.peersupport.core.escalation.Reporter.PEER,
        CoreGen.EPOCH, 1, 2);
    ObjectNode json = (ObjectNode) TREE.readTree(PeerJson.write(phq2));
    ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("answers")).set(1, 7);
    PeerJsonException e = fails(() -> PeerJson.read(json.toString(), Signal.class));
    assertThat(e.pointer()).isEqualTo("/answers/1");
  }

  @Test
  void read_duplicateProperty_fails() throws Exception {
    String json = supporter().toString().replace("\"capacity\":", "\"capacity\":1,\"capacity\":");
    assertThat(fails(() -> PeerJson.read(json, Supporter.class)).rule()).contains("malformed JSON");
  }

  @Test
  void read_malformedJson_failsWithLineAndColumnOnly() {
    PeerJsonException e = fails(() -> PeerJson.read("{\"schemaVersion\":2,\"id\":" + SECRET + "}", Supporter.class));
    assertThat(e.rule()).startsWith("malformed JSON at line 1, column");
  }

  @Test
  void read_trailingTokens_fail() throws Exception {
    String json = supporter() + " {}";
    fails(() -> PeerJson.read(json, Supporter.class));
  }

  @Test
  void read_overNestingLimit_failsWithLimit() {
    String json = "[".repeat(PeerJson.MAX_NESTING_DEPTH + 1) + "]".repeat(PeerJson.MAX_NESTING_DEPTH + 1);
    PeerJsonException e = fails(() -> PeerJson.read(json, com.fasterxml.jackson.databind.JsonNode.class));
    assertThat(e.rule()).startsWith("document over a reading limit").contains("nesting depth");
  }

  @Test
  void read_overStringLimit_failsWithLimit() throws Exception {
    ObjectNode json = supporter();
    json.put("id", "s".repeat(PeerJson.MAX_STRING_LENGTH + 1));
    PeerJsonException e = readSupporter(json);
    assertThat(e.rule()).startsWith("document over a reading limit").contains("String value length");
  }

  @Test
  void read_overDocumentLimit_failsWithLimit() {
    byte[] json = new byte[(int) PeerJson.MAX_DOCUMENT_LENGTH + 10];
    java.util.Arrays.fill(json, (byte) ' ');
    json[0] = '{';
    json[json.length - 1] = '}';
    PeerJsonException e = fails(() -> PeerJson.read(json, Supporter.class));
    assertThat(e.rule()).startsWith("document over a reading limit").contains("Document length");
  }

  @Test
  void read_missingSchemaVersion_fails() throws Exception {
    ObjectNode json = supporter();
    json.remove("schemaVersion");
    PeerJsonException e = readSupporter(json);
    assertThat(e.pointer()).isEqualTo("/schemaVersion");
    assertThat(e.rule()).isEqualTo("required property of a top-level Supporter document");
  }

  @Test
  void read_newerSchemaVersion_failsLoudly() throws Exception {
    ObjectNode json = supporter();
    json.put("schemaVersion", 3);
    json.put("someFieldOfVersion3", SECRET);
    PeerJsonException e = readSupporter(json);
    assertThat(e.getMessage()).isEqualTo(
        "/schemaVersion: 3 is newer than the supported version 2; upgrade peer-json rather than drop its fields");
  }

  @Test
  void read_olderSchemaVersion_fails() throws Exception {
    ObjectNode json = supporter();
    json.put("schemaVersion", 0);
    assertThat(readSupporter(json).pointer()).isEqualTo("/schemaVersion");
  }

  @Test
  void read_versionOneDocument_failsNamingTheVersionRead() throws Exception {
    ObjectNode json = supporter();
    json.put("schemaVersion", 1);
    PeerJsonException e = readSupporter(json);
    assertThat(e.pointer()).isEqualTo("/schemaVersion");
    assertThat(e.getMessage()).isEqualTo("/schemaVersion: 1 is an earlier wire format version, which this peer-json "
        + "does not read (it reads 2; version 1 preceded the first release)");
  }

  @Test
  void write_nestedDocument_carriesNoSchemaVersion() throws Exception {
    Supporter s = CoreGen.supporter(new SplittableRandom(3));
    String json = PeerJson.write(java.util.List.of(s));
    assertThat(json).startsWith("[{\"id\":").doesNotContain("schemaVersion");
    assertThat(PeerJson.write(s)).startsWith("{\"schemaVersion\":2,\"id\":");
  }

  @Test
  void read_personIdOfUnknownKind_fails() throws Exception {
    Signal signal = EscalationGen.signal(new SplittableRandom(2), "sig-1", CoreGen.seekerId(new SplittableRandom(2)), CoreGen.EPOCH);
    ObjectNode json = (ObjectNode) TREE.readTree(PeerJson.write(signal));
    assertThat(json.get("person").asText()).startsWith("seeker:");
    json.put("person", "patient:" + SECRET);
    PeerJsonException e = fails(() -> PeerJson.read(json.toString(), Signal.class));
    assertThat(e.pointer()).isEqualTo("/person");
    assertThat(e.rule()).startsWith("kind must be seeker, supporter, facilitator or clinician");
  }

  @Test
  void mapper_copiesCarryTheLimitsAndAreIndependent() {
    ObjectMapper a = PeerJson.mapper();
    com.fasterxml.jackson.core.StreamReadConstraints limits = a.getFactory().streamReadConstraints();
    assertThat(limits.getMaxNestingDepth()).isEqualTo(PeerJson.MAX_NESTING_DEPTH);
    assertThat(limits.getMaxDocumentLength()).isEqualTo(PeerJson.MAX_DOCUMENT_LENGTH);
    assertThat(limits.getMaxStringLength()).isEqualTo(PeerJson.MAX_STRING_LENGTH);
    a.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    assertThat(PeerJson.mapper().isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
  }

  @Test
  void mapper_hasNoDefaultTyping() {
    ObjectMapper mapper = PeerJson.mapper();
    assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
    assertThat(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
  }

  @Test
  void findAndRegisterModules_findsThePeerModule() throws Exception {
    ObjectMapper host = new ObjectMapper().findAndRegisterModules();
    assertThat(host.getRegisteredModuleIds()).contains(PeerSupportModule.class.getName());
    Supporter s = CoreGen.supporter(new SplittableRandom(5));
    assertThat(host.readValue(PeerJson.write(s), Supporter.class)).isEqualTo(s);
  }
}
