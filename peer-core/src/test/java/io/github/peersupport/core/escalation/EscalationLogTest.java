package io.github.peersupport.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.person.CareRole;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The escalation record lifecycle on worked cases: acknowledged in time, never acknowledged, refusals. */
class EscalationLogTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  private static final SeekerId SEEKER = SeekerId.of("s-1");

  private static EscalationDecision decision() {
    Signal item9 = Signal.phq9("sig-1", SEEKER, Reporter.SELF_REPORT, AT, 0, 0, 0, 0, 0, 0, 0, 0, 1);
    Signal abuse = Signal.disclosure("sig-2", SEEKER, Reporter.PEER, AT, DisclosureKind.CHILD_ABUSE);
    Signal moderate = Signal.phq9("sig-3", SEEKER, Reporter.SELF_REPORT, AT, 2, 2, 2, 2, 2, 0, 0, 0, 0);
    return EscalationPolicy.standard().evaluate(List.of(item9, abuse, moderate), ConsentRecord.none(), AT);
  }

  @Test
  void overdueAt_listsTheImmediateEscalationNobodyAcknowledged() {
    EscalationDecision decision = decision();
    EscalationLog log = EscalationLog.empty().raise(decision);
    assertThat(log.records()).hasSize(3);
    assertThat(log.raise(decision)).isSameAs(log);

    Escalation item9 = decision.escalations().stream().filter(e -> e.rule().equals(EscalationPolicy.PHQ9_ITEM9_POSITIVE)).findFirst().orElseThrow();
    Escalation abuse = decision.escalations().stream().filter(e -> e.rule().equals(EscalationPolicy.CHILD_ABUSE)).findFirst().orElseThrow();
    EscalationTransition ack = log.apply(item9, EscalationEvent.acknowledged(AT, CareRole.CRISIS_LINE, "staff-1"));
    assertThat(ack.succeeded()).isTrue();
    log = log.with(ack.record());

    Instant later = AT.plus(Duration.ofMinutes(30));
    assertThat(log.overdueAt(later, Severity.IMMEDIATE)).extracting(r -> r.escalation().rule()).containsExactly(EscalationPolicy.CHILD_ABUSE);
    assertThat(log.overdueAt(later)).extracting(r -> r.escalation().rule()).containsExactly(EscalationPolicy.CHILD_ABUSE);
    assertThat(log.overdueAt(AT.plus(Duration.ofHours(73)))).extracting(r -> r.escalation().rule())
        .containsExactly(EscalationPolicy.CHILD_ABUSE, EscalationPolicy.PHQ9_MODERATE);
    assertThat(log.record(item9).orElseThrow().acknowledgedInTime()).isTrue();

    EscalationTransition late = log.apply(abuse, EscalationEvent.acknowledged(later, CareRole.SAFEGUARDING_LEAD, "staff-2"));
    log = log.with(late.record());
    assertThat(log.overdueAt(later.plusSeconds(1), Severity.IMMEDIATE)).isEmpty();
    assertThat(log.record(abuse).orElseThrow().acknowledgedInTime()).isFalse();
    EscalationTransition filed = log.apply(abuse, EscalationEvent.resolved(later.plusSeconds(60), CareRole.SAFEGUARDING_LEAD, "staff-2",
        EscalationOutcome.MANDATED_REPORT_FILED));
    assertThat(filed.toState()).isEqualTo(EscalationState.RESOLVED);
    assertThat(filed.record().outcome()).contains(EscalationOutcome.MANDATED_REPORT_FILED);
    assertThat(log.with(filed.record()).toString()).isEqualTo("EscalationLog[RAISED 1, ACKNOWLEDGED 1, RESOLVED 1]");
  }

  @Test
  void apply_refusals_nameTheirRuleAndLeaveTheRecord() {
    Escalation abuse = decision().escalations().stream().filter(e -> e.rule().equals(EscalationPolicy.CHILD_ABUSE)).findFirst().orElseThrow();
    EscalationRecord raised = EscalationRecord.raised(abuse);
    assertThat(raised.apply(EscalationEvent.resolved(AT, CareRole.SOCIAL_WORKER, "staff-1", EscalationOutcome.REFERRED_FOR_CARE)).refusedBy())
        .contains(EscalationRecord.NOT_ACKNOWLEDGED);
    assertThat(raised.apply(EscalationEvent.acknowledged(AT, CareRole.CRISIS_LINE, "staff-1")).refusedBy()).contains(EscalationRecord.NOT_ASSIGNED);
    assertThat(raised.apply(EscalationEvent.acknowledged(AT.minusSeconds(1), CareRole.SOCIAL_WORKER, "staff-1")).refusedBy())
        .contains(EscalationRecord.OUT_OF_ORDER);
    assertThat(raised.apply(EscalationEvent.reassigned(AT, CareRole.COORDINATOR, "staff-1", EnumSet.of(CareRole.SOCIAL_WORKER))).refusedBy())
        .contains(EscalationRecord.REASSIGNED_OFF_MANDATED_ROUTE);
    assertThat(raised.apply(EscalationEvent.reassigned(AT, CareRole.COORDINATOR, "staff-1", EnumSet.of(CareRole.COORDINATOR))).refusedBy())
        .contains(EscalationRecord.REASSIGNED_WITHOUT_HELP);
    EscalationTransition refused = raised.apply(EscalationEvent.acknowledged(AT, CareRole.PROGRAMME_LEADER, "staff-9"));
    assertThat(refused.record()).isSameAs(raised);
    assertThat(refused.toString()).contains("refused by escalation.record.not-assigned").doesNotContain("staff-9");
    assertThat(raised.toString()).doesNotContain("s-1");
    assertThatThrownBy(() -> EscalationLog.empty().apply(abuse, EscalationEvent.acknowledged(AT, CareRole.SOCIAL_WORKER, "staff-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("escalation");
  }
}
