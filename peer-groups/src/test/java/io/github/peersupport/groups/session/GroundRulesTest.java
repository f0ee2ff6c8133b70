package io.github.peersupport.groups.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.rule.RuleId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundRulesTest {
  private static final Instant AT = Instant.parse("2026-01-05T18:00:00Z");
  private static final SeekerId A = SeekerId.of("s-a");
  private static final SeekerId B = SeekerId.of("s-b");
  private static final SeekerId C = SeekerId.of("s-c");

  @Test
  void standard_isTheCurriculumComfortAgreement() {
    GroundRules rules = GroundRules.standard();

    assertThat(rules.id()).isEqualTo(Tag.of("comfort-agreement"));
    assertThat(rules.version()).isEqualTo(1);
    assertThat(rules.rules()).extracting(GroundRule::id).containsExactly(GroundRules.OWN_EXPERIENCE, GroundRules.NO_CROSS_TALK,
        GroundRules.NO_UNSOLICITED_ADVICE, GroundRules.NO_MEDICAL_ADVICE, GroundRules.CONFIDENTIALITY);
    assertThat(rules.rule(RuleId.of("ground-rule.no-medical-advice")).map(GroundRule::text)).hasValueSatisfying(t -> assertThat(t).contains("medication"));
  }

  @Test
  void unacknowledged_someMembersAcknowledged_returnsTheOthersInOrder() {
    GroundRules rules = GroundRules.standard();
    List<Acknowledgement> acks = List.of(rules.acknowledgedBy(B, AT));

    assertThat(rules.unacknowledged(List.of(C, A, B, A), acks)).containsExactly(C, A);
  }

  @Test
  void unacknowledged_newVersion_everyoneMustAcknowledgeAgain() {
    GroundRules v1 = GroundRules.standard();
    GroundRules v2 = GroundRules.builder().from(v1).version(2).addRules(GroundRule.of(RuleId.of("ground-rule.phones-off"), "Phones on silent.")).build();
    List<Acknowledgement> acks = List.of(v1.acknowledgedBy(A, AT), v1.acknowledgedBy(B, AT), v2.acknowledgedBy(B, AT.plusSeconds(60)));

    assertThat(v1.unacknowledged(List.of(A, B, C), acks)).containsExactly(C);
    assertThat(v2.unacknowledged(List.of(A, B, C), acks)).containsExactly(A, C);
    assertThat(v2.covers(acks.get(0))).isFalse();
  }

  @Test
  void builder_duplicateRuleId_throwsNamingIt() {
    GroundRules.Builder b = GroundRules.builder();
    b.id(Tag.of("x")).version(1).addRules(GroundRule.of(GroundRules.NO_CROSS_TALK, "a"), GroundRule.of(GroundRules.NO_CROSS_TALK, "b"));

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rules[1].id: duplicate rule id ground-rule.no-cross-talk");
  }

  @Test
  void builder_noRules_throws() {
    GroundRules.Builder b = GroundRules.builder();
    b.id(Tag.of("x")).version(1);

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessage("rules: must contain at least one rule");
  }

  @Test
  void acknowledgement_toString_showsIdsAndVersionOnly() {
    assertThat(GroundRules.standard().acknowledgedBy(A, AT)).hasToString("Acknowledgement[s-a, comfort-agreement v1, 2026-01-05T18:00:00Z]");
  }
}
