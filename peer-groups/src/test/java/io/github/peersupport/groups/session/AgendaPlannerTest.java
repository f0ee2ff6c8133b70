package io.github.peersupport.groups.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.Tag;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaPlannerTest {
  private static SessionFormat checkInOnly(int minutes) {
    return SessionFormat.builder().id(Tag.of("check-in-only")).name("Check-in only").addSegments(
        SegmentTemplate.minutes(SegmentKind.CHECK_IN, minutes, minutes, minutes).memberTurns(true).required(true).build(),
        SegmentTemplate.minutes(SegmentKind.CONFIDENTIALITY_REMINDER, 2, 3, 3).required(true).build()).build();
  }

  @Test
  void build_twelveMembersThirtyMinuteCheckIn_twoAndAHalfMinutesEach() {
    Agenda agenda = AgendaPlanner.build(checkInOnly(30), SessionPolicy.standard(), 12, false).agendaOrThrow();

    AgendaSegment checkIn = agenda.segment(SegmentKind.CHECK_IN).orElseThrow();
    assertThat(checkIn.duration()).isEqualTo(Duration.ofMinutes(30));
    assertThat(checkIn.turnPerMember()).contains(Duration.ofSeconds(150));
    assertThat(agenda.render()).contains("Check-in (12 turns of 2 min 30 s)");
  }

  @Test
  void build_turnNotAWholeSecond_roundsDown() {
    Agenda agenda = AgendaPlanner.build(checkInOnly(30), SessionPolicy.standard(), 7, false).agendaOrThrow();

    // 1,800 s / 7 = 257.14... s: rounded down so that 7 turns never overrun the round
    assertThat(agenda.segment(SegmentKind.CHECK_IN).flatMap(AgendaSegment::turnPerMember)).contains(Duration.ofSeconds(257));
  }

  @Test
  void render_durationsOffTheMinute_columnsStayAligned() {
    Duration round = Duration.ofSeconds(17 * 60 + 30);
    SessionFormat format = SessionFormat.builder().id(Tag.of("odd")).name("Odd").addSegments(
        SegmentTemplate.builder().kind(SegmentKind.CHECK_IN).minimum(round).ideal(round).maximum(round).memberTurns(true).build(),
        SessionFormat.reminder()).build();

    String printed = AgendaPlanner.build(format, SessionPolicy.standard(), 7, false).agendaOrThrow().render();

    assertThat(printed).isEqualTo(""
        + "Session - Odd - 7 members - 90 min\n"
        + "0:00     17 min 30 s  Check-in (7 turns of 2 min 30 s)\n"
        + "0:17:30  3 min        Confidentiality reminder\n"
        + "0:20:30               End");
  }

  @Test
  void build_moreMembersThanTheRoundHolds_refusesWithHowManyFit() {
    AgendaResult result = AgendaPlanner.build(checkInOnly(30), SessionPolicy.standard(), 16, false);

    assertThat(result.succeeded()).isFalse();
    AgendaRefusal refusal = result.refusal().orElseThrow();
    assertThat(refusal.refusedBy()).isEqualTo(AgendaPlanner.SHARE_TIME);
    assertThat(refusal.reason()).isEqualTo(RefusalReason.TOO_MANY_MEMBERS);
    assertThat(refusal.membersThatFit()).isEqualTo(15);
    assertThat(refusal.segment()).contains(SegmentKind.CHECK_IN);
    assertThat(refusal.needed()).isEqualTo(Duration.ofMinutes(32));
    assertThat(refusal.available()).isEqualTo(Duration.ofMinutes(30));
    assertThat(refusal.explanation())
        .isEqualTo("16 members need at least 32 min of turns in Check-in but it lasts at most 30 min; at most 15 members fit");
    assertThatThrownBy(result::agendaOrThrow).isInstanceOf(IllegalStateException.class).hasMessageContaining("at most 15 members fit");
  }

  @Test
  void build_curriculumTwelveMembers_checkInStretchedAndEveryoneHasATurn() {
    Agenda agenda = AgendaPlanner.build(SessionFormat.curriculum(), SessionPolicy.standard(), 12, false).agendaOrThrow();

    // minimums: check-in max(10, 12 x 2) = 24; ideals fill to 82 min; the last 8 min go in equal rounds
    // to the four segments below their maximums (check-in, topic, exercise, feedback)
    assertThat(agenda.segments()).extracting(AgendaSegment::kind).containsExactly(SegmentKind.CHECK_IN, SegmentKind.PLANNED_TOPIC,
        SegmentKind.TOPICAL_EXERCISE, SegmentKind.GAINING_FEEDBACK, SegmentKind.CONFIDENTIALITY_REMINDER, SegmentKind.CONTACT_INFORMATION);
    assertThat(agenda.segments()).extracting(s -> s.duration().toMinutes()).containsExactly(26L, 22L, 22L, 12L, 3L, 5L);
    assertThat(agenda.segment(SegmentKind.CHECK_IN).flatMap(AgendaSegment::turnPerMember)).contains(Duration.ofSeconds(130));
    assertThat(agenda.total()).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void build_shortSessionManyMembers_omitsOptionalSegmentsAndSaysSo() {
    SessionPolicy hour = SessionPolicy.standard().withLength(Duration.ofMinutes(60));

    Agenda agenda = AgendaPlanner.build(SessionFormat.curriculum(), hour, 15, false).agendaOrThrow();

    // check-in needs 30 min; 30 + topic 10 + exercise 10 + feedback 5 + reminder 2 + contact 2 = 59 fits
    assertThat(agenda.omitted()).isEmpty();
    Agenda crowded = AgendaPlanner.build(SessionFormat.curriculum(), hour.withLength(Duration.ofMinutes(50)), 15, false).agendaOrThrow();
    // in 50 min: 59 - feedback 5 = 54 still too long, - exercise 10 = 44 fits (the last optional segments go first)
    assertThat(crowded.omitted()).containsExactly(SegmentKind.TOPICAL_EXERCISE, SegmentKind.GAINING_FEEDBACK);
    assertThat(crowded.render()).endsWith("Omitted for time: Topical exercise, Gaining feedback");
    assertThat(crowded.segment(SegmentKind.CHECK_IN).flatMap(AgendaSegment::turnPerMember).orElseThrow()).isGreaterThanOrEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void build_sessionShorterThanTheRequiredMinimums_refusesWhateverTheMembers() {
    SessionFormat longRequired = SessionFormat.builder().id(Tag.of("long")).name("Long").addSegments(
        SegmentTemplate.minutes(SegmentKind.GUEST_SPEAKER, 60, 60, 60).guest(GuestRole.PHYSICIAN).required(true).build()).build();

    AgendaRefusal refusal = AgendaPlanner.build(longRequired, SessionPolicy.standard().withLength(Duration.ofMinutes(60)), 5, false)
        .refusal().orElseThrow();

    assertThat(refusal.refusedBy()).isEqualTo(AgendaPlanner.REQUIRED_MINIMUMS);
    assertThat(refusal.reason()).isEqualTo(RefusalReason.REQUIRED_MINIMUMS_EXCEED_LENGTH);
    assertThat(refusal.membersThatFit()).isZero();
    assertThat(refusal.needed()).isEqualTo(Duration.ofMinutes(62));
    assertThat(refusal.explanation()).isEqualTo("the required segments need at least 62 min but the session lasts 60 min; no number of members fits");
  }

  @Test
  void build_roundShorterThanOneTurn_refusesWhateverTheMembers() {
    AgendaRefusal refusal = AgendaPlanner.build(checkInOnly(1), SessionPolicy.standard(), 4, false).refusal().orElseThrow();

    assertThat(refusal.reason()).isEqualTo(RefusalReason.REQUIRED_MINIMUMS_EXCEED_LENGTH);
    assertThat(refusal.segment()).contains(SegmentKind.CHECK_IN);
    assertThat(refusal.explanation())
        .isEqualTo("a single member's minimum turn needs 2 min in Check-in but it lasts at most 1 min; no number of members fits");
  }

  @Test
  void build_formatWithoutReminder_insertsItBeforeContactInformation() {
    SessionFormat noReminder = SessionFormat.builder().id(Tag.of("no-reminder")).name("No reminder").addSegments(
        SegmentTemplate.minutes(SegmentKind.OPEN_SHARING, 30, 60, 80).build(),
        SegmentTemplate.minutes(SegmentKind.CONTACT_INFORMATION, 2, 5, 5).build()).build();

    Agenda agenda = AgendaPlanner.build(noReminder, SessionPolicy.standard(), 8, true).agendaOrThrow();

    assertThat(agenda.segments()).extracting(AgendaSegment::kind).containsExactly(SegmentKind.CONFIDENTIALITY_LIMITS_AND_GROUND_RULES,
        SegmentKind.OPEN_SHARING, SegmentKind.CONFIDENTIALITY_REMINDER, SegmentKind.CONTACT_INFORMATION);
  }

  @Test
  void build_educationFormat_namesTheGuest() {
    Agenda agenda = AgendaPlanner.build(SessionFormat.education(GuestRole.NURSE), SessionPolicy.standard(), 9, false).agendaOrThrow();

    assertThat(agenda.segment(SegmentKind.GUEST_SPEAKER).flatMap(AgendaSegment::guest)).contains(GuestRole.NURSE);
    assertThat(agenda.render()).contains("Guest speaker (nurse)").startsWith("Session - Education (nurse guest speaker) - 9 members - 90 min");
    assertThat(agenda.total()).isLessThanOrEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void build_hybridNotFirstSession_noGroundRulesSegment() {
    Agenda agenda = AgendaPlanner.build(SessionFormat.hybrid(), SessionPolicy.standard(), 6, false).agendaOrThrow();

    assertThat(agenda.segment(SegmentKind.CONFIDENTIALITY_LIMITS_AND_GROUND_RULES)).isEmpty();
    assertThat(agenda.segment(SegmentKind.CONFIDENTIALITY_REMINDER)).isPresent();
  }

  @Test
  void build_attendingOutOfRange_throwsNamingTheField() {
    assertThatThrownBy(() -> AgendaPlanner.build(SessionFormat.curriculum(), SessionPolicy.standard(), 0, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("attending: must be between 1 and 1000 but was 0");
  }

  @Test
  void agenda_withoutReminder_cannotBeBuilt() {
    Agenda.Builder b = Agenda.builder();
    b.format(Tag.of("x")).formatName("X").sessionLength(Duration.ofMinutes(90)).attending(3).firstSession(false)
        .segments(List.of(AgendaSegment.builder().kind(SegmentKind.OPEN_SHARING).start(Duration.ZERO).duration(Duration.ofMinutes(90)).build()));

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CONFIDENTIALITY_REMINDER (safety floor)");
  }

  @Test
  void sessionPolicy_withoutTheReminder_throwsSafetyFloor() {
    SessionPolicy.Builder b = SessionPolicy.builder();
    b.everySession(List.of(SegmentKind.CONTACT_INFORMATION));

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("everySession: must contain CONFIDENTIALITY_REMINDER (safety floor)");
  }

  @Test
  void sessionPolicy_firstSessionWithoutGroundRules_throwsSafetyFloor() {
    SessionPolicy.Builder b = SessionPolicy.builder();
    b.firstSession(List.of(SegmentKind.WELCOME));

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstSession: must contain CONFIDENTIALITY_LIMITS_AND_GROUND_RULES (safety floor)");
  }

  @Test
  void sessionPolicy_addedRequirementWithoutTemplate_throws() {
    SessionPolicy.Builder b = SessionPolicy.builder();
    b.everySession(List.of(SegmentKind.CONFIDENTIALITY_REMINDER, SegmentKind.CONTACT_INFORMATION));

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("insertedTemplates: must contain a template for required segment CONTACT_INFORMATION");
  }

  @Test
  void sessionPolicy_standard_isNinetyMinutesWithTwoMinuteTurns() {
    assertThat(SessionPolicy.standard().sessionLength()).isEqualTo(Duration.ofMinutes(90));
    assertThat(SessionPolicy.standard().minimumTurn()).isEqualTo(Duration.ofMinutes(2));
    assertThat(SessionPolicy.standard().everySession()).containsExactly(SegmentKind.CONFIDENTIALITY_REMINDER);
  }

  @Test
  void segmentTemplate_idealAboveMaximum_throwsNamingTheField() {
    assertThatThrownBy(() -> SegmentTemplate.minutes(SegmentKind.CHECK_IN, 10, 40, 30).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ideal: must satisfy minimum <= ideal <= maximum");
  }

  @Test
  void segmentTemplate_guestOnOtherKind_throws() {
    assertThatThrownBy(() -> SegmentTemplate.minutes(SegmentKind.CHECK_IN, 10, 20, 30).guest(GuestRole.NURSE).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("guest: must be present exactly for GUEST_SPEAKER (kind CHECK_IN)");
  }

  @Test
  void sessionFormat_duplicateKind_throws() {
    SessionFormat.Builder b = SessionFormat.builder();
    b.id(Tag.of("dup")).name("Dup").addSegments(SessionFormat.reminder(), SessionFormat.reminder());

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segments[1].kind: duplicate segment kind CONFIDENTIALITY_REMINDER");
  }

  @Test
  void sessionFormat_presets_followTheCurriculumOrder() {
    assertThat(SessionFormat.curriculum().segments()).extracting(SegmentTemplate::kind).containsExactly(SegmentKind.CHECK_IN,
        SegmentKind.PLANNED_TOPIC, SegmentKind.TOPICAL_EXERCISE, SegmentKind.GAINING_FEEDBACK, SegmentKind.CONFIDENTIALITY_REMINDER,
        SegmentKind.CONTACT_INFORMATION);
    assertThat(SessionFormat.curriculumWithPresentations().segments().get(1).kind()).isEqualTo(SegmentKind.MEMBER_PRESENTATIONS);
    assertThat(SessionFormat.education(GuestRole.SOCIAL_WORKER).id()).isEqualTo(Tag.of("education-social-worker"));
  }
}
