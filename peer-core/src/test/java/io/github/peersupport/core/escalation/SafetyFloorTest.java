package io.github.peersupport.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The safety floor is a constant of its own, not a value read from the standard policy. */
class SafetyFloorTest {

  @Test
  void safetyFloor_isTheDefaultImmediateRules() {
    assertThat(StandardRules.SAFETY_FLOOR).extracting(EscalationRule::id).containsExactly(
        EscalationPolicy.PHQ9_ITEM9_POSITIVE, EscalationPolicy.CSSRS_HIGH, EscalationPolicy.EPDS_ITEM10_POSITIVE, EscalationPolicy.SUICIDE_MENTION,
        EscalationPolicy.DANGER_TO_OTHERS, EscalationPolicy.CHILD_ABUSE, EscalationPolicy.ELDER_ABUSE,
        EscalationPolicy.OTHER_IMMEDIATE);
    assertThat(StandardRules.SAFETY_FLOOR).allSatisfy(r -> assertThat(r.level()).isEqualTo(Severity.IMMEDIATE));
    assertThat(StandardRules.SAFETY_FLOOR).isSubsetOf(EscalationPolicy.standard().rules());
  }

  @Test
  void standardRules_referNothingInEscalationPolicy_soTheFloorExistsBeforeAnyPolicy() throws IOException {
    // the constant pool of the compiled class names every class it touches; a reference back to
    // EscalationPolicy would make the floor depend on that class's initialisation again
    String pool;
    try (InputStream in = StandardRules.class.getResourceAsStream("StandardRules.class")) {
      assertThat(in).isNotNull();
      pool = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
    assertThat(pool).contains("io/github/peersupport/core/escalation/EscalationRule")
        .doesNotContain("io/github/peersupport/core/escalation/EscalationPolicy");
  }

  @Test
  void build_everyFloorRuleDroppedOrLowered_isRefused() {
    for (EscalationRule floor : StandardRules.SAFETY_FLOOR) {
      assertThatThrownBy(() -> EscalationPolicy.standard().withoutRule(floor.id()))
          .as("dropping %s", floor.id()).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(floor.id().value());
      EscalationRule lowered = EscalationRule.builder().from(floor).level(Severity.URGENT).build();
      assertThatThrownBy(() -> EscalationPolicy.builder().from(EscalationPolicy.standard())
          .rules(List.of()).addAllRules(replace(floor, lowered)).build())
          .as("lowering %s", floor.id()).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(floor.id().value());
    }
  }

  private static List<EscalationRule> replace(EscalationRule floor, EscalationRule lowered) {
    return EscalationPolicy.standard().rules().stream().map(r -> r.id().equals(floor.id()) ? lowered : r).toList();
  }
}
