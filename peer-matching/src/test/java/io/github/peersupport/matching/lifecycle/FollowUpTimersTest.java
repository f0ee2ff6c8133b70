package io.github.peersupport.matching.lifecycle;

import static io.github.peersupport.matching.lifecycle.Fixtures.ANA;
import static io.github.peersupport.matching.lifecycle.Fixtures.BO;
import static io.github.peersupport.matching.lifecycle.Fixtures.CANCER;
import static io.github.peersupport.matching.lifecycle.Fixtures.COORDINATOR;
import static io.github.peersupport.matching.lifecycle.Fixtures.KIDNEY;
import static io.github.peersupport.matching.lifecycle.Fixtures.M1;
import static io.github.peersupport.matching.lifecycle.Fixtures.M2;
import static io.github.peersupport.matching.lifecycle.Fixtures.M3;
import static io.github.peersupport.matching.lifecycle.Fixtures.S1;
import static io.github.peersupport.matching.lifecycle.Fixtures.S2;
import static io.github.peersupport.matching.lifecycle.Fixtures.T0;
import static io.github.peersupport.matching.lifecycle.Fixtures.accept;
import static io.github.peersupport.matching.lifecycle.Fixtures.anaRequests;
import static io.github.peersupport.matching.lifecycle.Fixtures.as;
import static io.github.peersupport.matching.lifecycle.Fixtures.book;
import static io.github.peersupport.matching.lifecycle.Fixtures.days;
import static io.github.peersupport.matching.lifecycle.Fixtures.hours;
import static io.github.peersupport.matching.lifecycle.Fixtures.requested;
import static io.github.peersupport.matching.lifecycle.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FollowUpTimersTest {
  private static final FollowUpTimers TIMERS = FollowUpTimers.standard();
  private static final Duration NANO = Duration.ofNanos(1);
  /** Accepted by S1 at day 1. */
  private static final Instant ACCEPTED_AT = days(1);

  private static List<FollowUpKind> kindsDue(Match match, Instant at) {
    return TIMERS.dueTasks(List.of(match), at).stream().map(FollowUpTask::kind).collect(Collectors.toList());
  }

  private static FollowUpTask only(Match match, FollowUpKind kind) {
    return TIMERS.pending(match).stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
  }

  private static Match accepted() {
    return run(anaRequests(M1), MatchEvent.offerNext(M1, hours(1), COORDINATOR), MatchEvent.accepted(M1, ACCEPTED_AT, as(S1)));
  }

  private static Match firstContact(Instant at) {
    return accept(accepted(), MatchEvent.firstContactConfirmed(M1, at, as(S1))).match().orElseThrow();
  }

  @Test
  void standard_defaults_matchDomain() {
    assertThat(TIMERS.proposalTarget()).isEqualTo(Duration.ofHours(48));
    assertThat(TIMERS.firstContactCheck()).isEqualTo(Duration.ofDays(7));
    assertThat(TIMERS.firstContactOverdue()).isEqualTo(Duration.ofDays(14));
    assertThat(TIMERS.supporterReminder()).isEqualTo(Duration.ofDays(21));
    assertThat(TIMERS.contactCadenceWindow()).isEqualTo(Duration.ofDays(56));
    assertThat(TIMERS.expectedContacts()).isEqualTo(4);
  }

  @Test
  void timer_everyKind_hasStableId() {
    assertThat(List.of(FollowUpKind.values())).extracting(k -> k.timer().value()).containsExactly(
        "followup.propose-match", "followup.expire-offer", "followup.manual-match", "followup.first-contact-check",
        "followup.supporter-reminder", "followup.contact-cadence", "followup.offer-rematch", "followup.end-review",
        "followup.planned-end-passed", "followup.anchor-check");
  }

  @Test
  void dueTasks_requestJustBeforeAndAtRequestInstant_proposeMatchDueAtRequest() {
    Match m = run(anaRequests(M1));

    assertThat(kindsDue(m, T0.minus(NANO))).isEmpty();
    assertThat(TIMERS.dueTasks(List.of(m), T0)).containsExactly(FollowUpTask.builder()
        .kind(FollowUpKind.PROPOSE_MATCH).matchId(M1).dueAt(T0).overdueAt(hours(48)).build());
  }

  @Test
  void proposeMatch_at48Hours_isOverdue() {
    FollowUpTask task = only(run(anaRequests(M1)), FollowUpKind.PROPOSE_MATCH);

    assertThat(task.isOverdueAt(hours(48).minus(NANO))).isFalse();
    assertThat(task.isOverdueAt(hours(48))).isTrue();
    assertThat(task.timer().value()).isEqualTo("followup.propose-match");
  }

  @Test
  void dueTasks_offer_proposeClearedAndExpiryDueAtWindowEnd() {
    Match m = run(anaRequests(M1), MatchEvent.offerNext(M1, hours(1), COORDINATOR));
    Instant expiry = hours(1).plus(Duration.ofDays(3));

    assertThat(kindsDue(m, expiry.minus(NANO))).isEmpty();
    assertThat(TIMERS.dueTasks(List.of(m), expiry)).containsExactly(FollowUpTask.builder()
        .kind(FollowUpKind.EXPIRE_OFFER).matchId(M1).dueAt(expiry).build());
  }

  @Test
  void dueTasks_candidatesExhausted_manualMatchDueOnEntering() {
    Match m = run(requested(M1, ANA, KIDNEY, T0, S1), MatchEvent.offerNext(M1, hours(1), COORDINATOR), MatchEvent.declined(M1, hours(5), as(S1)));

    assertThat(kindsDue(m, hours(5).minus(NANO))).isEmpty();
    assertThat(kindsDue(m, hours(5))).containsExactly(FollowUpKind.MANUAL_MATCH);
  }

  @Test
  void dueTasks_acceptedWithoutFirstContact_checkAt7DaysOverdueAt14ReminderAt21() {
    Match m = accepted();
    Instant check = ACCEPTED_AT.plus(Duration.ofDays(7));
    Instant reminder = ACCEPTED_AT.plus(Duration.ofDays(21));

    assertThat(kindsDue(m, check.minus(NANO))).isEmpty();
    assertThat(kindsDue(m, check)).containsExactly(FollowUpKind.FIRST_CONTACT_CHECK);
    FollowUpTask firstContactCheck = only(m, FollowUpKind.FIRST_CONTACT_CHECK);
    assertThat(firstContactCheck.overdueAt()).contains(ACCEPTED_AT.plus(Duration.ofDays(14)));
    assertThat(firstContactCheck.isOverdueAt(ACCEPTED_AT.plus(Duration.ofDays(14)).minus(NANO))).isFalse();
    assertThat(firstContactCheck.isOverdueAt(ACCEPTED_AT.plus(Duration.ofDays(14)))).isTrue();
    assertThat(kindsDue(m, reminder.minus(NANO))).containsExactly(FollowUpKind.FIRST_CONTACT_CHECK);
    assertThat(kindsDue(m, reminder)).containsExactly(FollowUpKind.FIRST_CONTACT_CHECK, FollowUpKind.SUPPORTER_REMINDER);
  }

  @Test
  void dueTasks_firstContactConfirmed_clearsCheckAndReminder() {
    Match m = firstContact(days(6));

    assertThat(kindsDue(m, days(40))).isEmpty();
  }

  @Test
  void dueTasks_fewerThanFourContactsAt8Weeks_cadenceCheckDue() {
    Match m = firstContact(days(6));
    m = accept(m, MatchEvent.activated(M1, days(7), COORDINATOR)).match().orElseThrow();
    m = accept(m, MatchEvent.contactLogged(M1, days(20), as(S1))).match().orElseThrow();
    m = accept(m, MatchEvent.contactLogged(M1, days(34), as(S1))).match().orElseThrow();
    Instant eightWeeks = ACCEPTED_AT.plus(Duration.ofDays(56));

    assertThat(m.contacts()).hasSize(3);
    assertThat(kindsDue(m, eightWeeks.minus(NANO))).isEmpty();
    assertThat(kindsDue(m, eightWeeks)).containsExactly(FollowUpKind.CONTACT_CADENCE_CHECK);
    Match fourth = accept(m, MatchEvent.contactLogged(M1, days(48), as(S1))).match().orElseThrow();
    assertThat(kindsDue(fourth, eightWeeks)).as("a fourth contact clears it").isEmpty();
  }

  @Test
  void dueTasks_reportedNotWorking_rematchOfferDueAtReportUntilDeclined() {
    Match reported = accept(firstContact(days(3)), MatchEvent.reportedNotWorking(M1, days(9), as(ANA))).match().orElseThrow();

    assertThat(kindsDue(reported, days(9).minus(NANO))).isEmpty();
    assertThat(kindsDue(reported, days(9))).containsExactly(FollowUpKind.OFFER_REMATCH);
    Match kept = accept(reported, MatchEvent.rematchDeclined(M1, days(10), as(ANA))).match().orElseThrow();
    assertThat(kindsDue(kept, days(10))).isEmpty();
  }

  @Test
  void dueTasks_closedMatch_hasNoTasks() {
    Match reported = accept(accepted(), MatchEvent.reportedNotWorking(M1, days(2), as(ANA))).match().orElseThrow();
    Match cancelled = accept(reported, MatchEvent.cancelled(M1, days(3), COORDINATOR, CloseReason.NOT_WORKING)).match().orElseThrow();

    assertThat(TIMERS.pending(cancelled)).isEmpty();
    assertThat(TIMERS.dueTasks(List.of(cancelled), days(400))).isEmpty();
  }

  @Test
  void dueTasks_manyMatches_orderedByDueThenKindThenIdWhateverTheInputOrder() {
    MatchBook b = book(MatchBook.empty(),
        requested(M3, BO, KIDNEY, T0, S2),
        anaRequests(M2), MatchEvent.offerNext(M2, hours(1), COORDINATOR), MatchEvent.accepted(M2, ACCEPTED_AT, as(S1)),
        requested(M1, ANA, CANCER, T0));
    Instant at = days(30);

    List<FollowUpTask> due = TIMERS.dueTasks(b, at);

    assertThat(due).extracting(FollowUpTask::kind, FollowUpTask::matchId).containsExactly(
        tuple(FollowUpKind.PROPOSE_MATCH, M3),
        tuple(FollowUpKind.MANUAL_MATCH, M1),
        tuple(FollowUpKind.FIRST_CONTACT_CHECK, M2),
        tuple(FollowUpKind.SUPPORTER_REMINDER, M2));
    List<Match> reversed = new ArrayList<>(b.matches().values());
    Collections.reverse(reversed);
    assertThat(TIMERS.dueTasks(reversed, at)).isEqualTo(due);
    assertThat(due).isSortedAccordingTo(FollowUpTask.ORDER);
  }

  @Test
  void dueTasks_clock_onlyItsInstantCounts() {
    MatchBook b = book(MatchBook.empty(), anaRequests(M1), MatchEvent.offerNext(M1, hours(1), COORDINATOR), MatchEvent.accepted(M1, ACCEPTED_AT, as(S1)));
    Instant at = ACCEPTED_AT.plus(Duration.ofDays(7));

    List<FollowUpTask> utc = TIMERS.dueTasks(b, Clock.fixed(at, ZoneId.of("UTC")));
    List<FollowUpTask> auckland = TIMERS.dueTasks(b, Clock.fixed(at, ZoneId.of("Pacific/Auckland")));

    assertThat(utc).isEqualTo(auckland).isEqualTo(TIMERS.dueTasks(b, at)).hasSize(1);
    assertThat(TIMERS.dueTasks(b, Clock.offset(Clock.fixed(at, ZoneId.of("UTC")), NANO.negated()))).isEmpty();
  }

  @Test
  void dueTasks_customTimers_useTheirDurations() {
    FollowUpTimers quick = FollowUpTimers.builder().firstContactCheck(Duration.ofDays(3)).firstContactOverdue(Duration.ofDays(5))
        .supporterReminder(Duration.ofDays(6)).expectedContacts(1).build();
    Match m = accepted();

    assertThat(quick.dueTasks(List.of(m), ACCEPTED_AT.plus(Duration.ofDays(6))).stream().map(FollowUpTask::kind))
        .containsExactly(FollowUpKind.FIRST_CONTACT_CHECK, FollowUpKind.SUPPORTER_REMINDER);
    assertThat(quick.pending(firstContact(days(2)))).as("one contact meets an expectation of one").isEmpty();
  }

  @Test
  void builder_invalidTimers_throw() {
    assertThatThrownBy(() -> FollowUpTimers.builder().proposalTarget(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("proposalTarget: must be more than 0").hasMessageEndingWith("but was PT0S");
    assertThatThrownBy(() -> FollowUpTimers.builder().firstContactOverdue(Duration.ofDays(6)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("firstContactOverdue: must not be shorter than firstContactCheck");
    assertThatThrownBy(() -> FollowUpTimers.builder().expectedContacts(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expectedContacts: must be between 1 and 100 but was 0");
    assertThatThrownBy(() -> FollowUpTask.builder().kind(FollowUpKind.FIRST_CONTACT_CHECK).matchId(M2).dueAt(T0).overdueAt(T0.minus(NANO)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("overdueAt: must not be before dueAt");
  }
}
