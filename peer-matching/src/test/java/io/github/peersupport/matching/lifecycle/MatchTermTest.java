package io.github.peersupport.matching.lifecycle;

import static io.github.peersupport.matching.lifecycle.Fixtures.ANA;
import static io.github.peersupport.matching.lifecycle.Fixtures.CONSENTED;
import static io.github.peersupport.matching.lifecycle.Fixtures.COORDINATOR;
import static io.github.peersupport.matching.lifecycle.Fixtures.M1;
import static io.github.peersupport.matching.lifecycle.Fixtures.S1;
import static io.github.peersupport.matching.lifecycle.Fixtures.T0;
import static io.github.peersupport.matching.lifecycle.Fixtures.as;
import static io.github.peersupport.matching.lifecycle.Fixtures.book;
import static io.github.peersupport.matching.lifecycle.Fixtures.days;
import static io.github.peersupport.matching.lifecycle.Fixtures.hours;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.ClinicianId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.referral.AnchorEvent;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.core.referral.Referral;
import io.github.peersupport.core.referral.ReferralSource;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Worked example: a new mother referred by her obstetrician is connected with a mentor before her
 * discharge and supported for 12 weeks after delivery (Joo et al. 2022, Table 2, programme C).
 */
class MatchTermTest {
  private static final ProgrammeId NEW_MOTHERS = ProgrammeId.of("prog-new-mothers");
  private static final MatchTerm TWELVE_WEEKS_AFTER_DELIVERY = MatchTerm.fromAnchor(AnchorKind.DELIVERY, Duration.ofDays(84));
  private static final FollowUpTimers TIMERS = FollowUpTimers.standard();

  /** Delivered at T0 − 1 day, requested at T0, discharge expected at T0 + 2 days; active by day 3. */
  private static MatchBook activeNewMother() {
    MatchRequest request = MatchRequest.builder().seeker(ANA).programme(NEW_MOTHERS).requestedAt(T0).consent(CONSENTED)
        .addCandidates(S1).referral(Referral.byClinician(ClinicianId.of("obgyn-7")))
        .addAnchors(AnchorEvent.occurred(AnchorKind.DELIVERY, days(-1)), AnchorEvent.expected(AnchorKind.DISCHARGE, days(2)))
        .build();
    MatchBook empty = MatchBook.builder().lifecycle(MatchLifecycle.builder().term(TWELVE_WEEKS_AFTER_DELIVERY).build()).build();
    return book(empty, MatchEvent.requested(M1, request, COORDINATOR), MatchEvent.offerNext(M1, hours(1), COORDINATOR),
        MatchEvent.accepted(M1, hours(5), as(S1)), MatchEvent.firstContactConfirmed(M1, days(1), as(S1)),
        MatchEvent.activated(M1, days(3), COORDINATOR));
  }

  private static List<FollowUpKind> endKindsDue(MatchBook book, java.time.Instant at) {
    return TIMERS.dueTasks(book, at).stream().map(FollowUpTask::kind)
        .filter(k -> k == FollowUpKind.END_REVIEW || k == FollowUpKind.PLANNED_END_PASSED).collect(Collectors.toList());
  }

  @Test
  void newMother_matchedBeforeDischarge_endsTwelveWeeksAfterDelivery() {
    MatchBook book = activeNewMother();
    Match m = book.match(M1).orElseThrow();

    assertThat(m.request().referral().orElseThrow().source()).isEqualTo(ReferralSource.CLINICIAN);
    assertThat(m.term()).contains(TWELVE_WEEKS_AFTER_DELIVERY);
    assertThat(m.plannedEnd()).contains(days(83));
    assertThat(endKindsDue(book, days(69).minusNanos(1))).isEmpty();
    assertThat(endKindsDue(book, days(69))).containsExactly(FollowUpKind.END_REVIEW);
    assertThat(endKindsDue(book, days(83))).containsExactly(FollowUpKind.END_REVIEW, FollowUpKind.PLANNED_END_PASSED);
  }

  @Test
  void review_extendsByFourWeeksThenCloses() {
    MatchBook book = activeNewMother();

    BookTransition extended = book.apply(MatchEvent.termExtended(M1, Duration.ofDays(28), days(70), COORDINATOR));
    assertThat(extended.refusedBy()).isEmpty();
    assertThat(extended.book().match(M1).orElseThrow().plannedEnd()).contains(days(111));
    assertThat(endKindsDue(extended.book(), days(83))).isEmpty();
    assertThat(endKindsDue(extended.book(), days(97))).containsExactly(FollowUpKind.END_REVIEW);

    BookTransition closed = extended.book().apply(MatchEvent.completed(M1, days(111), COORDINATOR, CloseReason.PLANNED_END));
    assertThat(closed.transition().toStatus()).contains(MatchStatus.COMPLETED);
    assertThat(TIMERS.dueTasks(closed.book(), days(400))).isEmpty();
  }

  @Test
  void review_withoutTerm_refusedByNoPlannedEnd() {
    MatchBook book = book(MatchBook.empty(), Fixtures.anaRequests(M1), MatchEvent.offerNext(M1, hours(1), COORDINATOR),
        MatchEvent.accepted(M1, hours(5), as(S1)));

    BookTransition refused = book.apply(MatchEvent.termExtended(M1, Duration.ofDays(28), days(1), COORDINATOR));
    assertThat(refused.refusedBy()).contains(MatchLifecycle.NO_PLANNED_END);
    assertThat(refused.transition().toString()).doesNotContain(ANA.value()).contains("refused by match.no-planned-end");
  }
}
