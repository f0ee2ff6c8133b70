package io.github.peersupport.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.consent.ConfidentialityLimit;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.CareRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The worked example of {@link EscalationPolicy}'s Javadoc and of the README: PHQ-9 item 9 = 1 from a
 * seeker who did not consent to sharing → IMMEDIATE, crisis resources, danger to self overrides consent.
 */
class EscalationWorkedExampleTest {
  private static final Path POLICY_SOURCE = Path.of("src/main/java/io/github/peersupport/core/escalation/EscalationPolicy.java");
  private static final Path SOURCE = Path.of("src/test/java/io/github/peersupport/core/escalation/EscalationWorkedExampleTest.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void workedExample_item9WithoutConsent_escalatesImmediatelyOverridingConsent() {
    // example:begin
    SeekerId seeker = SeekerId.of("s-17");
    Instant at = Instant.parse("2026-03-02T09:00:00Z");
    Signal phq9 = Signal.phq9("sig-1", seeker, Reporter.SELF_REPORT, at, 1, 1, 0, 1, 0, 0, 0, 0, 1);
    ConsentRecord consent = ConsentRecord.grantedAt(at, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);

    EscalationDecision decision = EscalationPolicy.standard().evaluate(List.of(phq9), consent, at);
    Escalation first = decision.escalations().get(0);
    // example:end

    assertThat(first.level()).isEqualTo(Severity.IMMEDIATE);
    assertThat(first.rule()).isEqualTo(EscalationPolicy.PHQ9_ITEM9_POSITIVE);
    assertThat(first.rule().value()).isEqualTo("escalation.phq9.item9-positive");
    assertThat(first.actions()).contains(EscalationAction.GIVE_CRISIS_RESOURCES, EscalationAction.NOTIFY, EscalationAction.CLOSE_CHAT);
    assertThat(first.targetRoles()).containsExactlyInAnyOrder(CareRole.CRISIS_LINE, CareRole.SOCIAL_WORKER, CareRole.COORDINATOR);
    assertThat(first.deadline()).isEqualTo(at);
    assertThat(first.sharing()).isEqualTo(SharingBasis.CONFIDENTIALITY_LIMIT);
    assertThat(first.overridingLimit()).contains(ConfidentialityLimit.DANGER_TO_SELF);
    assertThat(decision.crisisResources()).containsExactly(CrisisResources.US_988);
    assertThat(decision.crisisResources().get(0).display()).isEqualTo("988 Suicide & Crisis Lifeline (US): call or text 988");
    // the total of 4 is minimal: only item 9 escalates
    assertThat(decision.escalations()).hasSize(1);
  }

  @Test
  void javadocAndReadme_showTheCompiledExample() throws IOException {
    List<String> lines = Files.readAllLines(SOURCE);
    List<String> example = lines.subList(lines.indexOf("    // example:begin") + 1, lines.indexOf("    // example:end")).stream()
        .map(l -> l.length() >= 4 ? l.substring(4) : l).toList();

    String javadoc = Files.readAllLines(POLICY_SOURCE).stream()
        .map(l -> l.replaceFirst("^ \\* ?", "")).collect(Collectors.joining("\n"));
    assertThat(example).isNotEmpty();
    assertThat(javadoc).contains(String.join("\n", example));
    assertThat(Files.readString(README)).contains(String.join("\n", example));
  }
}
