package io.github.peersupport.matching.lifecycle;

import static io.github.peersupport.matching.lifecycle.Fixtures.ANA;
import static io.github.peersupport.matching.lifecycle.Fixtures.CONSENTED;
import static io.github.peersupport.matching.lifecycle.Fixtures.COORDINATOR;
import static io.github.peersupport.matching.lifecycle.Fixtures.KIDNEY;
import static io.github.peersupport.matching.lifecycle.Fixtures.LIFECYCLE;
import static io.github.peersupport.matching.lifecycle.Fixtures.M1;
import static io.github.peersupport.matching.lifecycle.Fixtures.M2;
import static io.github.peersupport.matching.lifecycle.Fixtures.S1;
import static io.github.peersupport.matching.lifecycle.Fixtures.S2;
import static io.github.peersupport.matching.lifecycle.Fixtures.S3;
import static io.github.peersupport.matching.lifecycle.Fixtures.S4;
import static io.github.peersupport.matching.lifecycle.Fixtures.T0;
import static io.github.peersupport.matching.lifecycle.Fixtures.WINDOW;
import static io.github.peersupport.matching.lifecycle.Fixtures.accept;
import static io.github.peersupport.matching.lifecycle.Fixtures.anaRequests;
import static io.github.peersupport.matching.lifecycle.Fixtures.as;
import static io.github.peersupport.matching.lifecycle.Fixtures.days;
import static io.github.peersupport.matching.lifecycle.Fixtures.hours;
import static io.github.peersupport.matching.lifecycle.Fixtures.offered;
import static io.github.peersupport.matching.lifecycle.Fixtures.request;
import static io.github.peersupport.matching.lifecycle.Fixtures.requested;
import static io.github.peersupport.matching.lifecycle.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.rule.RuleId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MatchLifecycleTest {
  private static final Instant ONE_SECOND_BEFORE_EXPIRY = hours(1).plus(WINDOW).minusSeconds(1);
  private static final Instant EXPIRY = hours(1).plus(WINDOW);

  private static MatchTransition assertRejected(Match match, MatchEvent event, RuleId rule) {
    return assertRejected(match, event, s -> true, rule);
  }

  private static MatchTransition assertRejected(Match match, MatchEvent event, Predicate<SupporterId> hasRoom, RuleId rule) {
    MatchTransition t = LIFECYCLE.apply(match, event, hasRoom);
    assertThat(t.refusedBy()).as("rejection of %s", t).contains(rule);
    assertThat(t.succeeded()).isFalse();
    assertThat(t.match()).containsSame(match);
    assertThat(t.fromStatus()).contains(match.status());
    assertThat(t.toStatus()).contains(match.status());
    assertThat(t.offer()).isEmpty();
    assertThat(t.closeOutSurveyRequested()).isFalse();
    return t;
  }

  /** Ana's request, offered to S1 one hour after the request (window ends at {@link #EXPIRY}). */
  private static Match offeredToS1() {
    return run(anaRequests(M1), MatchEvent.offerNext(M1, hours(1), COORDINATOR));
  }

  /** Accepted by S1 two hours after the request. */
  private static Match acceptedByS1() {
    return run(anaRequests(M1), MatchEvent.offerNext(M1, hours(1), COORDINATOR), MatchEvent.accepted(M1, hours(2), as(S1)));
  }

  /** All three candidates declined: needs a manual match since day 2. */
  private static Match exhausted() {
    return run(anaRequests(M1), MatchEvent.offerNext(M1, hours(1), COORDINATOR),
        MatchEvent.declined(M1, hours(2), as(S1)), MatchEvent.declined(M1, days(1), as(S2)), MatchEvent.declined(M1, days(2), as(S3)));
  }

  /** A match in each status. */
  private static Match in(MatchStatus status) {
    Map<MatchStatus, Match> fixtures = new EnumMap<>(MatchStatus.class);
    Match accepted = acceptedByS1();
    Match firstContact = accept(accepted, MatchEvent.firstContactConfirmed(M1, days(3), as(S1))).match().orElseThrow();
    Match active = accept(firstContact, MatchEvent.activated(M1, days(10), COORDINATOR)).match().orElseThrow();
    fixtures.put(MatchStatus.REQUESTED, run(anaRequests(M1)));
    fixtures.put(MatchStatus.OFFERED, offeredToS1());
    fixtures.put(MatchStatus.ACCEPTED, accepted);
    fixtures.put(MatchStatus.FIRST_CONTACT_CONFIRMED, firstContact);
    fixtures.put(MatchStatus.ACTIVE, active);
    fixtures.put(MatchStatus.NEEDS_MANUAL_MATCH, exhausted());
    fixtures.put(MatchStatus.COMPLETED, accept(active, MatchEvent.completed(M1, days(60), COORDINATOR, CloseReason.GOALS_MET)).match().orElseThrow());
    fixtures.put(MatchStatus.CANCELLED, run(anaRequests(M1), MatchEvent.cancelled(M1, hours(1), as(ANA), CloseReason.SEEKER_WITHDREW)));
    fixtures.put(MatchStatus.REMATCHED, accept(accepted, MatchEvent.rematched(M1, days(5), COORDINATOR, CloseReason.NOT_WORKING)).match().orElseThrow());
    fixtures.put(MatchStatus.NO_MATCH_FOUND,
        accept(exhausted(), MatchEvent.noMatchFound(M1, days(4), COORDINATOR, CloseReason.NO_SUITABLE_SUPPORTER)).match().orElseThrow());
    return fixtures.get(status);
  }

  /** An event of each type, well formed, at day 20; acceptances and declines by S1. */
  private static MatchEvent eventOf(MatchEventType type) {
    Instant at = days(20);
    switch (type) {
      case REQUESTED:
        return requested(M1, ANA, KIDNEY, at, S1);
      case OFFERED:
        return MatchEvent.offerNext(M1, at, COORDINATOR);
      case ACCEPTED:
        return MatchEvent.accepted(M1, at, as(S1));
      case DECLINED:
        return MatchEvent.declined(M1, at, as(S1));
      case OFFER_EXPIRED:
        return MatchEvent.offerExpired(M1, at, Actor.system());
      case FIRST_CONTACT_CONFIRMED:
        return MatchEvent.firstContactConfirmed(M1, at, as(S1));
      case ACTIVATED:
        return MatchEvent.activated(M1, at, COORDINATOR);
      case CONTACT_LOGGED:
        return MatchEvent.contactLogged(M1, at, as(S1));
      case REPORTED_NOT_WORKING:
        return MatchEvent.reportedNotWorking(M1, at, as(ANA));
      case REMATCH_DECLINED:
        return MatchEvent.rematchDeclined(M1, at, as(ANA));
      case CONSENT_UPDATED:
        return MatchEvent.consentUpdated(M1, io.github.peersupport.core.consent.ConsentRecord.grantedAt(at,
            io.github.peersupport.core.consent.ConsentScope.BE_MATCHED, io.github.peersupport.core.consent.ConsentScope.BE_CONTACTED), at, COORDINATOR);
      case ANCHOR_RECORDED:
        return MatchEvent.anchorRecorded(M1, io.github.peersupport.core.referral.AnchorEvent.expected(
            io.github.peersupport.core.referral.AnchorKind.DISCHARGE, at), at, COORDINATOR);
      case TERM_EXTENDED:
        return MatchEvent.termExtended(M1, java.time.Duration.ofDays(7), at, COORDINATOR);
      default:
        return MatchEvent.builder().type(type).matchId(M1).at(at).actor(COORDINATOR).closeReason(CloseReason.OTHER).build();
    }
  }

  // ---- journeys ----------------------------------------------------------------------------------

  @Test
  void apply_happyPath_reachesCompletedWithClosureAndSurvey() {
    Match requestedMatch = run(anaRequests(M1));
    assertThat(requestedMatch.status()).isEqualTo(MatchStatus.REQUESTED);
    assertThat(requestedMatch.seeker()).isEqualTo(ANA);
    assertThat(requestedMatch.programme()).isEqualTo(KIDNEY);
    assertThat(requestedMatch.liveSupporter()).isEmpty();

    MatchTransition offer = accept(requestedMatch, MatchEvent.offerNext(M1, hours(20), COORDINATOR));
    Match offered = offer.match().orElseThrow();
    assertThat(offer.offer()).contains(MatchOffer.builder().supporter(S1).offeredAt(hours(20)).expiresAt(hours(20).plus(WINDOW)).build());
    assertThat(offered.status()).isEqualTo(MatchStatus.OFFERED);
    assertThat(offered.currentOffer()).isEqualTo(offer.offer());
    assertThat(offered.liveSupporter()).contains(S1);
    assertThat(offered.supporter()).isEmpty();

    Match accepted = accept(offered, MatchEvent.accepted(M1, days(2), as(S1))).match().orElseThrow();
    assertThat(accepted.status()).isEqualTo(MatchStatus.ACCEPTED);
    assertThat(accepted.acceptedAt()).contains(days(2));
    assertThat(accepted.supporter()).contains(S1);
    assertThat(accepted.currentOffer()).isEmpty();

    Match contacted = accept(accepted, MatchEvent.firstContactConfirmed(M1, days(5), as(S1))).match().orElseThrow();
    assertThat(contacted.status()).isEqualTo(MatchStatus.FIRST_CONTACT_CONFIRMED);
    assertThat(contacted.firstContactAt()).contains(days(5));
    assertThat(contacted.contacts()).containsExactly(days(5));

    Match active = accept(contacted, MatchEvent.activated(M1, days(9), COORDINATOR)).match().orElseThrow();
    active = accept(active, MatchEvent.contactLogged(M1, days(16), as(S1))).match().orElseThrow();
    assertThat(active.status()).isEqualTo(MatchStatus.ACTIVE);
    assertThat(active.activatedAt()).contains(days(9));
    assertThat(active.contacts()).containsExactly(days(5), days(16));
    assertThat(active.closeOutSurveyRequested()).isFalse();

    MatchEvent end = MatchEvent.completed(M1, days(120), COORDINATOR, CloseReason.PLANNED_END).because(Tag.of("six-months"));
    MatchTransition closing = accept(active, end);
    Match completed = closing.match().orElseThrow();
    assertThat(closing.fromStatus()).contains(MatchStatus.ACTIVE);
    assertThat(closing.toStatus()).contains(MatchStatus.COMPLETED);
    assertThat(closing.closeOutSurveyRequested()).isTrue();
    assertThat(closing.event().actor()).isEqualTo(COORDINATOR);
    assertThat(closing.event().reason()).contains(Tag.of("six-months"));
    assertThat(completed.closure()).contains(MatchClosure.builder().at(days(120)).by(COORDINATOR).reason(CloseReason.PLANNED_END).build());
    assertThat(completed.closeOutSurveyRequested()).isTrue();
    assertThat(completed.supporter()).contains(S1);
    assertThat(completed.liveSupporter()).isEmpty();
    assertThat(closing.toString()).isEqualTo("MatchTransition[COMPLETED at 2026-05-05T09:00:00Z: ACTIVE -> COMPLETED]");
  }

  @Test
  void open_noRankedCandidate_needsManualMatchAtOnce() {
    MatchTransition t = LIFECYCLE.open(requested(M1, ANA, KIDNEY, T0));

    assertThat(t.succeeded()).isTrue();
    assertThat(t.fromStatus()).isEmpty();
    assertThat(t.toStatus()).contains(MatchStatus.NEEDS_MANUAL_MATCH);
    assertThat(t.match().orElseThrow().statusSince()).isEqualTo(T0);
  }

  @Test
  void apply_declined_offersNextRankedCandidateWithNewWindow() {
    MatchEvent decline = MatchEvent.declined(M1, hours(5), as(S1)).because(Tag.of("unavailable"));
    MatchTransition t = accept(offeredToS1(), decline);

    assertThat(t.fromStatus()).contains(MatchStatus.OFFERED);
    assertThat(t.toStatus()).contains(MatchStatus.OFFERED);
    assertThat(t.offer()).contains(MatchOffer.builder().supporter(S2).offeredAt(hours(5)).expiresAt(hours(5).plus(WINDOW)).build());
    assertThat(offered(t.match().orElseThrow())).containsExactly(S1, S2);
    assertThat(t.match().orElseThrow().statusSince()).isEqualTo(hours(5));
    assertThat(t.event().reason()).contains(Tag.of("unavailable"));
  }

  @Test
  void apply_offerExpiredAtWindowEnd_offersNextRankedCandidate() {
    MatchTransition t = accept(offeredToS1(), MatchEvent.offerExpired(M1, EXPIRY, Actor.system()));

    assertThat(t.toStatus()).contains(MatchStatus.OFFERED);
    assertThat(t.offer().orElseThrow().supporter()).isEqualTo(S2);
    assertThat(t.offer().orElseThrow().expiresAt()).isEqualTo(EXPIRY.plus(WINDOW));
  }

  @Test
  void apply_candidatesExhausted_needsManualMatch() {
    Match m = exhausted();

    assertThat(m.status()).isEqualTo(MatchStatus.NEEDS_MANUAL_MATCH);
    assertThat(m.statusSince()).isEqualTo(days(2));
    assertThat(offered(m)).containsExactly(S1, S2, S3);
    assertThat(m.liveSupporter()).isEmpty();
  }

  @Test
  void apply_lastCandidateExpires_needsManualMatchWithoutOffer() {
    Match m = run(requested(M1, ANA, KIDNEY, T0, S1), MatchEvent.offerNext(M1, hours(1), COORDINATOR));

    MatchTransition t = accept(m, MatchEvent.offerExpired(M1, EXPIRY, Actor.system()));

    assertThat(t.toStatus()).contains(MatchStatus.NEEDS_MANUAL_MATCH);
    assertThat(t.offer()).isEmpty();
  }

  @Test
  void apply_manualPickAfterExhaustion_offersPickedSupporter() {
    MatchTransition t = accept(exhausted(), MatchEvent.offer(M1, S4, days(3), COORDINATOR));

    assertThat(t.toStatus()).contains(MatchStatus.OFFERED);
    assertThat(t.offer().orElseThrow().supporter()).isEqualTo(S4);
    assertThat(accept(t.match().orElseThrow(), MatchEvent.accepted(M1, days(4), as(S4))).match().orElseThrow().supporter()).contains(S4);
  }

  @Test
  void apply_noMatchFound_closesRequestWithReason() {
    MatchTransition t = accept(exhausted(), MatchEvent.noMatchFound(M1, days(4), COORDINATOR, CloseReason.NO_SUITABLE_SUPPORTER));

    assertThat(t.toStatus()).contains(MatchStatus.NO_MATCH_FOUND);
    assertThat(t.closeOutSurveyRequested()).isTrue();
    assertThat(t.match().orElseThrow().closure().orElseThrow().reason()).isEqualTo(CloseReason.NO_SUITABLE_SUPPORTER);
  }

  @Test
  void apply_nextRankedOffer_skipsCandidateWithoutRoom() {
    Match requestedMatch = run(anaRequests(M1));

    MatchTransition t = LIFECYCLE.apply(requestedMatch, MatchEvent.offerNext(M1, hours(1), COORDINATOR), s -> !s.equals(S1));

    assertThat(t.offer().orElseThrow().supporter()).isEqualTo(S2);
    assertThat(offered(t.match().orElseThrow())).containsExactly(S2);
  }

  @Test
  void apply_nextRankedOfferWithNobodyFree_needsManualMatch() {
    MatchTransition t = LIFECYCLE.apply(run(anaRequests(M1)), MatchEvent.offerNext(M1, hours(1), COORDINATOR), s -> false);

    assertThat(t.succeeded()).isTrue();
    assertThat(t.toStatus()).contains(MatchStatus.NEEDS_MANUAL_MATCH);
  }

  @Test
  void apply_declineAfterConsentWithdrawn_needsManualMatchInsteadOfNextOffer() {
    ConsentRecord withdrawnOnDayOne = CONSENTED.withdraw(ConsentScope.BE_CONTACTED, days(1));
    Match m = run(MatchEvent.requested(M1, request(ANA, KIDNEY, T0, withdrawnOnDayOne, S1, S2), as(ANA)),
        MatchEvent.offerNext(M1, hours(1), COORDINATOR));

    MatchTransition t = accept(m, MatchEvent.declined(M1, days(2), as(S1)));

    assertThat(t.toStatus()).contains(MatchStatus.NEEDS_MANUAL_MATCH);
    assertThat(t.offer()).isEmpty();
  }

  @Test
  void apply_reportThenRematched_closesWithSurvey() {
    Match reported = accept(acceptedByS1(), MatchEvent.reportedNotWorking(M1, days(6), as(ANA))).match().orElseThrow();
    reported = accept(reported, MatchEvent.reportedNotWorking(M1, days(7), as(S1))).match().orElseThrow();
    assertThat(reported.notWorkingReportedAt()).as("the first open report counts").contains(days(6));

    MatchTransition t = accept(reported, MatchEvent.rematched(M1, days(8), COORDINATOR, CloseReason.NOT_WORKING));

    assertThat(t.toStatus()).contains(MatchStatus.REMATCHED);
    assertThat(t.closeOutSurveyRequested()).isTrue();
    assertThat(t.match().orElseThrow().notWorkingReportedAt()).isEmpty();
  }

  @Test
  void apply_cancelledWhileOffered_releasesSupporter() {
    MatchTransition t = accept(offeredToS1(), MatchEvent.cancelled(M1, hours(3), as(ANA), CloseReason.SEEKER_WITHDREW));

    assertThat(t.toStatus()).contains(MatchStatus.CANCELLED);
    assertThat(t.match().orElseThrow().liveSupporter()).isEmpty();
    assertThat(t.match().orElseThrow().closure().orElseThrow().by()).isEqualTo(as(ANA));
  }

  // ---- rules: each on an example and not on a near miss -----------------------------------------

  @ParameterizedTest(name = "{0}")
  @EnumSource(MatchStatus.class)
  void apply_eventNotAllowedInStatus_rejectedByNotAllowed(MatchStatus status) {
    Match match = in(status);
    assertThat(match.status()).isEqualTo(status);
    for (MatchEventType type : MatchEventType.values()) {
      MatchTransition t = LIFECYCLE.apply(match, eventOf(type), s -> true);
      if (type.allowedFrom().contains(status)) {
        assertThat(t.refusedBy().filter(MatchLifecycle.NOT_ALLOWED::equals)).as("%s in %s", type, status).isEmpty();
      } else {
        assertThat(t.refusedBy()).as("%s in %s", type, status).contains(MatchLifecycle.NOT_ALLOWED);
        assertThat(t.match()).containsSame(match);
      }
    }
  }

  @Test
  void apply_closedMatch_takesNoEvent() {
    for (MatchStatus closed : Set.of(MatchStatus.COMPLETED, MatchStatus.CANCELLED, MatchStatus.REMATCHED, MatchStatus.NO_MATCH_FOUND)) {
      for (MatchEventType type : MatchEventType.values()) {
        assertRejected(in(closed), eventOf(type), MatchLifecycle.NOT_ALLOWED);
      }
    }
  }

  @Test
  void apply_acceptInRequested_rejectedByNotAllowed() {
    assertRejected(run(anaRequests(M1)), MatchEvent.accepted(M1, hours(1), as(S1)), MatchLifecycle.NOT_ALLOWED);
    accept(offeredToS1(), MatchEvent.accepted(M1, hours(1), as(S1)));
  }

  @Test
  void apply_eventBeforeLastEvent_rejectedByOutOfOrder() {
    Match m = offeredToS1();

    assertRejected(m, MatchEvent.accepted(M1, hours(1).minusSeconds(1), as(S1)), MatchLifecycle.OUT_OF_ORDER);
    accept(m, MatchEvent.accepted(M1, hours(1), as(S1)));
  }

  @Test
  void apply_acceptAtWindowEnd_rejectedByOfferWindowPassed() {
    Match m = offeredToS1();

    assertRejected(m, MatchEvent.accepted(M1, EXPIRY, as(S1)), MatchLifecycle.OFFER_WINDOW_PASSED);
    accept(m, MatchEvent.accepted(M1, ONE_SECOND_BEFORE_EXPIRY, as(S1)));
  }

  @Test
  void apply_declineAtWindowEnd_rejectedByOfferWindowPassed() {
    Match m = offeredToS1();

    assertRejected(m, MatchEvent.declined(M1, EXPIRY, as(S1)), MatchLifecycle.OFFER_WINDOW_PASSED);
    accept(m, MatchEvent.declined(M1, ONE_SECOND_BEFORE_EXPIRY, as(S1)));
  }

  @Test
  void apply_expiryBeforeWindowEnd_rejectedByOfferWindowOpen() {
    Match m = offeredToS1();

    assertRejected(m, MatchEvent.offerExpired(M1, ONE_SECOND_BEFORE_EXPIRY, Actor.system()), MatchLifecycle.OFFER_WINDOW_OPEN);
    accept(m, MatchEvent.offerExpired(M1, EXPIRY, Actor.system()));
  }

  @Test
  void apply_offerWindowIsData_customWindowDecidesExpiry() {
    MatchLifecycle fiveDays = MatchLifecycle.builder().offerWindow(Duration.ofDays(5)).build();
    Match m = fiveDays.apply(run(anaRequests(M1)), MatchEvent.offerNext(M1, T0, COORDINATOR), s -> true).match().orElseThrow();

    assertThat(fiveDays.apply(m, MatchEvent.offerExpired(M1, days(5).minusSeconds(1), Actor.system()), s -> true).refusedBy())
        .contains(MatchLifecycle.OFFER_WINDOW_OPEN);
    assertThat(fiveDays.apply(m, MatchEvent.offerExpired(M1, days(5), Actor.system()), s -> true).succeeded()).isTrue();
  }

  @Test
  void apply_offerToSupporterAlreadyOffered_rejectedByDuplicateOffer() {
    Match m = exhausted();

    assertRejected(m, MatchEvent.offer(M1, S2, days(3), COORDINATOR), MatchLifecycle.DUPLICATE_OFFER);
    accept(m, MatchEvent.offer(M1, S4, days(3), COORDINATOR));
  }

  @Test
  void apply_offerToSupporterWithoutRoom_rejectedBySupporterAtCapacity() {
    Match m = run(anaRequests(M1));
    Predicate<SupporterId> s3Full = s -> !s.equals(S3);

    assertRejected(m, MatchEvent.offer(M1, S3, hours(1), COORDINATOR), s3Full, MatchLifecycle.SUPPORTER_AT_CAPACITY);
    assertThat(LIFECYCLE.apply(m, MatchEvent.offer(M1, S2, hours(1), COORDINATOR), s3Full).offer().orElseThrow().supporter()).isEqualTo(S2);
  }

  @Test
  void apply_nextRankedOfferInManualMatchWithNobodyLeft_rejectedByCandidatesExhausted() {
    Match m = exhausted();

    assertRejected(m, MatchEvent.offerNext(M1, days(3), COORDINATOR), MatchLifecycle.CANDIDATES_EXHAUSTED);
  }

  @Test
  void apply_nextRankedOfferInManualMatchWithSkippedCandidateNowFree_offersIt() {
    // S2 had no room when S1 declined, so the request went to a manual match with S2 never offered
    Match m = run(requested(M1, ANA, KIDNEY, T0, S1, S2), MatchEvent.offerNext(M1, hours(1), COORDINATOR));
    Match manual = LIFECYCLE.apply(m, MatchEvent.declined(M1, hours(2), as(S1)), s -> !s.equals(S2)).match().orElseThrow();
    assertThat(manual.status()).isEqualTo(MatchStatus.NEEDS_MANUAL_MATCH);

    assertRejected(manual, MatchEvent.offerNext(M1, hours(3), COORDINATOR), s -> !s.equals(S2), MatchLifecycle.CANDIDATES_EXHAUSTED);
    assertThat(accept(manual, MatchEvent.offerNext(M1, hours(3), COORDINATOR)).offer().orElseThrow().supporter()).isEqualTo(S2);
  }

  @Test
  void apply_answerByAnotherPerson_rejectedByActorNotOfferedSupporter() {
    Match m = offeredToS1();

    assertRejected(m, MatchEvent.accepted(M1, hours(2), as(S2)), MatchLifecycle.ACTOR_NOT_OFFERED_SUPPORTER);
    assertRejected(m, MatchEvent.accepted(M1, hours(2), as(ANA)), MatchLifecycle.ACTOR_NOT_OFFERED_SUPPORTER);
    assertRejected(m, MatchEvent.declined(M1, hours(2), Actor.system()), MatchLifecycle.ACTOR_NOT_OFFERED_SUPPORTER);
    accept(m, MatchEvent.accepted(M1, hours(2), as(S1)));
    accept(m, MatchEvent.accepted(M1, hours(2), Actor.role(CareRole.COORDINATOR)));
  }

  @Test
  void open_withoutConsentToBeContacted_rejectedByConsentRequired() {
    ConsentRecord matchedOnly = ConsentRecord.grantedAt(T0, ConsentScope.BE_MATCHED);
    MatchTransition t = LIFECYCLE.open(MatchEvent.requested(M1, request(ANA, KIDNEY, T0, matchedOnly, S1), as(ANA)));

    assertThat(t.refusedBy()).contains(MatchLifecycle.CONSENT_REQUIRED);
    assertThat(t.match()).isEmpty();
    assertThat(t.fromStatus()).isEmpty();
    assertThat(LIFECYCLE.open(MatchEvent.requested(M2, request(ANA, KIDNEY, T0, ConsentRecord.none(), S1), as(ANA))).refusedBy())
        .contains(MatchLifecycle.CONSENT_REQUIRED);
    ConsentRecord both = matchedOnly.grant(ConsentScope.BE_CONTACTED, T0);
    assertThat(LIFECYCLE.open(MatchEvent.requested(M1, request(ANA, KIDNEY, T0, both, S1), as(ANA))).succeeded()).isTrue();
  }

  @Test
  void apply_offerOrAcceptAfterConsentWithdrawn_rejectedByConsentRequired() {
    ConsentRecord withdrawnOnDayOne = CONSENTED.withdraw(ConsentScope.BE_MATCHED, days(1));
    Match requestedMatch = run(MatchEvent.requested(M1, request(ANA, KIDNEY, T0, withdrawnOnDayOne, S1, S2), as(ANA)));

    assertRejected(requestedMatch, MatchEvent.offerNext(M1, days(1), COORDINATOR), MatchLifecycle.CONSENT_REQUIRED);
    assertRejected(requestedMatch, MatchEvent.offer(M1, S2, days(1), COORDINATOR), MatchLifecycle.CONSENT_REQUIRED);
    Match offered = accept(requestedMatch, MatchEvent.offerNext(M1, days(1).minusSeconds(1), COORDINATOR)).match().orElseThrow();
    assertRejected(offered, MatchEvent.accepted(M1, days(1), as(S1)), MatchLifecycle.CONSENT_REQUIRED);
    accept(offered, MatchEvent.accepted(M1, days(1).minusSeconds(1), as(S1)));
  }

  @Test
  void apply_rematchDeclinedWithoutReport_rejectedByNoOpenReport() {
    Match m = acceptedByS1();

    assertRejected(m, MatchEvent.rematchDeclined(M1, days(3), as(ANA)), MatchLifecycle.NO_OPEN_REPORT);
    Match reported = accept(m, MatchEvent.reportedNotWorking(M1, days(3), as(ANA))).match().orElseThrow();
    Match kept = accept(reported, MatchEvent.rematchDeclined(M1, days(4), as(ANA))).match().orElseThrow();
    assertThat(kept.notWorkingReportedAt()).isEmpty();
    assertThat(kept.status()).isEqualTo(MatchStatus.ACCEPTED);
  }

  // ---- programming errors -----------------------------------------------------------------------

  @Test
  void apply_eventForAnotherMatch_throws() {
    assertThatThrownBy(() -> LIFECYCLE.apply(offeredToS1(), MatchEvent.accepted(M2, hours(2), as(S1)), s -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event: names another match than the one given");
  }

  @Test
  void open_eventOtherThanRequest_throws() {
    assertThatThrownBy(() -> LIFECYCLE.open(MatchEvent.offerNext(M1, T0, COORDINATOR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event: open takes a REQUESTED event but was OFFERED");
  }

  @Test
  void builder_nonPositiveOfferWindow_throws() {
    assertThatThrownBy(() -> MatchLifecycle.builder().offerWindow(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("offerWindow: must be more than 0").hasMessageEndingWith("but was PT0S");
    assertThat(MatchLifecycle.standard().offerWindow()).isEqualTo(Duration.ofDays(3));
  }
}
