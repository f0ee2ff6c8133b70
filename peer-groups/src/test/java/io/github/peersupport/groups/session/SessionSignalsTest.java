package io.github.peersupport.groups.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.escalation.Escalation;
import io.github.peersupport.core.escalation.EscalationAction;
import io.github.peersupport.core.escalation.EscalationDecision;
import io.github.peersupport.core.escalation.EscalationPolicy;
import io.github.peersupport.core.escalation.Reporter;
import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.core.escalation.SignKind;
import io.github.peersupport.core.escalation.Signal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionSignalsTest {
  private static final Instant AT = Instant.parse("2026-01-12T18:00:00Z");
  private static final GroupId GROUP = GroupId.of("g-breast-1");
  private static final FacilitatorId LEAD = FacilitatorId.of("f-1");
  private static final SeekerId A = SeekerId.of("s-a");
  private static final SeekerId B = SeekerId.of("s-b");
  private static final SeekerId C = SeekerId.of("s-c");
  private static final SeekerId D = SeekerId.of("s-d");

  private static SessionRecord.Builder record() {
    Map<SeekerId, AttendanceStatus> attendance = new LinkedHashMap<>();
    attendance.put(A, AttendanceStatus.PRESENT);
    attendance.put(B, AttendanceStatus.PRESENT);
    attendance.put(C, AttendanceStatus.PRESENT);
    attendance.put(D, AttendanceStatus.ABSENT);
    SessionRecord.Builder b = SessionRecord.builder();
    b.group(GROUP).number(2).at(AT).facilitator(LEAD).attendance(attendance);
    return b;
  }

  @Test
  void dominating_memberAboveTwiceTheFairShare_isFlagged() {
    // 3 members, 30 min in all: fair share 10 min; 21 min > 2 x 10 min
    SessionRecord r = record().putTalkTime(A, Duration.ofMinutes(21)).putTalkTime(B, Duration.ofMinutes(5)).putTalkTime(C, Duration.ofMinutes(4)).build();

    assertThat(SessionSignals.standard().dominating(r)).containsExactly(A);
    List<Signal> signals = SessionSignals.standard().derive(r);
    assertThat(signals).hasSize(1);
    assertThat(signals.get(0).person()).isEqualTo(A);
    assertThat(signals.get(0).sign()).contains(SignKind.DISRUPTIVE_BEHAVIOUR);
    assertThat(signals.get(0).reportedBy()).isEqualTo(Reporter.FACILITATOR);
    assertThat(signals.get(0).at()).isEqualTo(AT);
    assertThat(signals.get(0).id().value()).isEqualTo("g-breast-1.s2.0");
  }

  @Test
  void dominating_exactlyTwiceTheFairShare_isNotFlagged() {
    SessionRecord r = record().putTalkTime(A, Duration.ofMinutes(20)).putTalkTime(B, Duration.ofMinutes(6)).putTalkTime(C, Duration.ofMinutes(4)).build();

    assertThat(SessionSignals.standard().dominating(r)).isEmpty();
  }

  @Test
  void dominating_fewerMembersThanTheMinimum_isNotJudged() {
    SessionRecord r = record().putTalkTime(A, Duration.ofMinutes(29)).putTalkTime(B, Duration.ofMinutes(1)).build();

    assertThat(SessionSignals.standard().dominating(r)).isEmpty();
    // with two members twice the fair share is 100%: a host judging pairs needs a lower multiple
    assertThat(SessionSignals.builder().minimumMembers(2).build().dominating(r)).isEmpty();
    assertThat(SessionSignals.builder().minimumMembers(2).dominanceMultiple(1.5).build().dominating(r)).containsExactly(A);
  }

  @Test
  void derive_groupFlags_aboutTheLeadFacilitator_memberFlags_aboutTheMember() {
    SessionRecord r = record().addFlags(FacilitatorFlag.aboutGroup(FlagKind.COMPLAINT_DOMINATED),
        FacilitatorFlag.about(FlagKind.COMPETITIVE_COMPARISON, B)).build();

    List<Signal> signals = SessionSignals.standard().derive(r);

    assertThat(signals).extracting(Signal::person).containsExactly(LEAD, B);
    assertThat(signals).extracting(s -> s.sign().orElseThrow()).containsExactly(SignKind.COMPLAINT_DOMINATED_GROUP, SignKind.COMPETITIVE_COMPARISON);
  }

  @Test
  void evaluate_derivedSignals_standardEscalationLevels() {
    SessionRecord r = record()
        .putTalkTime(A, Duration.ofMinutes(21)).putTalkTime(B, Duration.ofMinutes(5)).putTalkTime(C, Duration.ofMinutes(4))
        .addFlags(FacilitatorFlag.aboutGroup(FlagKind.COMPLAINT_DOMINATED), FacilitatorFlag.about(FlagKind.COMPETITIVE_COMPARISON, B),
            FacilitatorFlag.about(FlagKind.MEDICAL_ADVICE_GIVEN, C))
        .build();
    List<Signal> signals = SessionSignals.standard().derive(r);
    Instant now = AT.plus(Duration.ofHours(2));

    EscalationDecision decision = EscalationPolicy.standard().evaluate(signals, Map.of(), now, List.of());

    assertThat(decision.highest()).contains(Severity.CONCERN);
    assertThat(rule(decision, A)).isEqualTo(EscalationPolicy.DISRUPTIVE_MEMBER);
    assertThat(decision.about(A).get(0).level()).isEqualTo(Severity.INFO);
    assertThat(decision.about(A).get(0).actions()).contains(EscalationAction.FACILITATOR_PROMPT);
    assertThat(rule(decision, LEAD)).isEqualTo(EscalationPolicy.COMPLAINT_DOMINATED);
    assertThat(decision.about(LEAD).get(0).level()).isEqualTo(Severity.INFO);
    assertThat(rule(decision, B)).isEqualTo(EscalationPolicy.COMPETITIVE_COMPARISON);
    assertThat(decision.about(B).get(0).level()).isEqualTo(Severity.CONCERN);
    assertThat(rule(decision, C)).isEqualTo(EscalationPolicy.MEDICAL_ADVICE_GIVEN);
    assertThat(decision.about(C).get(0).level()).isEqualTo(Severity.CONCERN);
  }

  @Test
  void evaluate_suicideMentionInASession_isImmediate() {
    SessionRecord r = record().addFlags(FacilitatorFlag.about(FlagKind.SUICIDE_MENTION, C)).build();

    EscalationDecision decision = EscalationPolicy.standard().evaluate(SessionSignals.standard().derive(r), Map.of(), AT, List.of());

    assertThat(decision.highest()).contains(Severity.IMMEDIATE);
    assertThat(decision.about(C)).extracting(Escalation::rule).containsExactly(EscalationPolicy.SUICIDE_MENTION);
    assertThat(decision.crisisResources()).isNotEmpty();
  }

  @Test
  void facilitatorFlag_suicideMentionWithoutMember_throws() {
    assertThatThrownBy(() -> FacilitatorFlag.aboutGroup(FlagKind.SUICIDE_MENTION)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("member: must be present for SUICIDE_MENTION");
  }

  @Test
  void sessionSignals_multipleNotAboveOne_throws() {
    assertThatThrownBy(() -> SessionSignals.builder().dominanceMultiple(1.0).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dominanceMultiple: must be more than 1 and at most 10 but was 1.0");
  }

  @Test
  void derive_longGroupId_signalIdsStayValid() {
    GroupId longId = GroupId.of("g".repeat(64));
    SessionRecord r = record().group(longId).addFlags(FacilitatorFlag.aboutGroup(FlagKind.DISRUPTIVE_BEHAVIOUR)).build();

    Signal s = SessionSignals.standard().derive(r).get(0);

    assertThat(s.id().value()).hasSizeLessThanOrEqualTo(64).endsWith(".s2.0").startsWith("g");
  }

  private static Object rule(EscalationDecision decision, io.github.peersupport.core.PersonId person) {
    return decision.about(person).get(0).rule();
  }
}
