package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.peersupport.groups.GroupCatalogue;
import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.session.SessionPolicy;
import io.github.peersupport.groups.session.SessionRecord;
import org.junit.jupiter.api.Test;

/**
 * Reading peer-groups documents fails as reading peer-core's does: a {@link PeerJsonException} with
 * the JSON pointer of the bad property and the rule of the builder's check, never the input text;
 * a document nested in another carries no {@code schemaVersion}.
 */
class GroupsPeerJsonErrorsTest {
  private static final String GROUP = "\"id\":\"g-1\",\"languages\":[\"en\"]";

  private static PeerJsonException fails(String json, Class<?> type) {
    PeerJsonException e = catchThrowableOfType(PeerJsonException.class, () -> PeerJson.read(json, type));
    assertThat(e).as("reading %s", type.getSimpleName()).isNotNull();
    return e;
  }

  @Test
  void read_groupInCatalogueBreakingItsCheck_failsAtTheNestedProperty() {
    PeerJsonException e = fails("{\"schemaVersion\":2,\"entries\":[{\"group\":{" + GROUP
        + ",\"members\":[\"s-1\",\"s-1\"]},\"vetting\":{\"status\":\"PENDING\"}}]}", GroupCatalogue.class);
    assertThat(e.pointer()).isEqualTo("/entries/0/group/members");
    assertThat(e.rule()).isEqualTo("must not repeat a member");
  }

  @Test
  void read_catalogueRepeatingAGroup_failsAtTheRepeatedEntry() {
    String entry = "{\"group\":{" + GROUP + "},\"vetting\":{\"status\":\"PENDING\"}}";
    PeerJsonException e = fails("{\"schemaVersion\":2,\"entries\":[" + entry + "," + entry + "]}", GroupCatalogue.class);
    assertThat(e.pointer()).isEqualTo("/entries/1");
    assertThat(e.rule()).isEqualTo("repeats group g-1");
  }

  @Test
  void read_nestedDocumentWithSchemaVersion_failsAsUnknownProperty() {
    PeerJsonException e = fails("{\"schemaVersion\":2," + GROUP + ",\"sizePolicy\":{\"schemaVersion\":2}}", SupportGroup.class);
    assertThat(e.pointer()).isEqualTo("/sizePolicy/schemaVersion");
    assertThat(e.rule()).isEqualTo("unknown property");
  }

  @Test
  void read_optionalIntOfWrongType_failsWithPointer() {
    PeerJsonException e = fails("{\"schemaVersion\":2," + GROUP + ",\"seriesWeeks\":\"ten\"}", SupportGroup.class);
    assertThat(e.pointer()).isEqualTo("/seriesWeeks");
    assertThat(e.getMessage()).doesNotContain("ten");
  }

  @Test
  void read_sizePolicyOutOfRange_failsWithTheBuildersRule() {
    PeerJsonException e = fails("{\"schemaVersion\":2,\"maxMembers\":0}", GroupSizePolicy.class);
    assertThat(e.pointer()).isEqualTo("/maxMembers");
    assertThat(e.rule()).startsWith("must be");
  }

  @Test
  void read_sessionPolicyTooShort_failsAtTheDuration() {
    PeerJsonException e = fails("{\"schemaVersion\":2,\"sessionLength\":\"PT5M\"}", SessionPolicy.class);
    assertThat(e.pointer()).isEqualTo("/sessionLength");
    assertThat(e.rule()).startsWith("must be");
  }

  @Test
  void read_unknownPropertyInSessionFlag_failsWithIndexedPointer() {
    PeerJsonException e = fails("{\"schemaVersion\":2,\"group\":\"g-1\",\"number\":1,\"at\":\"2026-01-05T18:00:00Z\","
        + "\"facilitator\":\"f-1\",\"flags\":[{\"kind\":\"COMPETITIVE_COMPARISON\",\"bogus\":1}]}", SessionRecord.class);
    assertThat(e.pointer()).isEqualTo("/flags/0/bogus");
    assertThat(e.rule()).isEqualTo("unknown property");
  }

  @Test
  void read_flagAboutAnAbsentMember_failsAtTheNestedFieldWithoutTheMembersId() {
    PeerJsonException e = fails("{\"schemaVersion\":2,\"group\":\"g-1\",\"number\":1,\"at\":\"2026-01-05T18:00:00Z\","
        + "\"facilitator\":\"f-1\",\"attendance\":{\"s-jane-doe\":\"ABSENT\",\"s-2\":\"PRESENT\"},"
        + "\"flags\":[{\"kind\":\"DISRUPTIVE_BEHAVIOUR\",\"member\":\"s-jane-doe\"}]}", SessionRecord.class);
    assertThat(e.pointer()).isEqualTo("/flags/0/member");
    assertThat(e.rule()).isEqualTo("must be a member who is present");
    assertThat(e.getMessage()).doesNotContain("jane");
  }
}
