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
import static io.github.peersupport.matching.lifecycle.Fixtures.S3;
import static io.github.peersupport.matching.lifecycle.Fixtures.S4;
import static io.github.peersupport.matching.lifecycle.Fixtures.T0;
import static io.github.peersupport.matching.lifecycle.Fixtures.anaRequests;
import static io.github.peersupport.matching.lifecycle.Fixtures.as;
import static io.github.peersupport.matching.lifecycle.Fixtures.book;
import static io.github.peersupport.matching.lifecycle.Fixtures.days;
import static io.github.peersupport.matching.lifecycle.Fixtures.hours;
import static io.github.peersupport.matching.lifecycle.Fixtures.requested;
import static io.github.peersupport.matching.lifecycle.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.testing.CapturingLogs;
import io.github.peersupport.core.testing.CoreGen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated // one test reads the log lines every test class writes: runs alone
class MatchBookTest {
  private static BookTransition assertRejected(MatchBook book, MatchEvent event, RuleId rule) {
    BookTransition t = book.apply(event);
    assertThat(t.refusedBy()).as("rejection of %s", t).contains(rule);
    assertThat(t.succeeded()).isFalse();
    assertThat(t.book()).isSameAs(book);
    assertThat(t.transition().match()).isEqualTo(book.match(event.matchId()));
    return t;
  }

  private static BookTransition assertAccepted(MatchBook book, MatchEvent event) {
    BookTransition t = book.apply(event);
    assertThat(t.refusedBy()).as("rejection of %s", t).isEmpty();
    assertThat(t.book().match(event.matchId())).isEqualTo(t.transition().match());
    return t;
  }

  /** Ana's kidney request M1, offered to S1 at hour 1. */
  private static MatchBook anaOffered(MatchBook start) {
    return book(start, anaRequests(M1), MatchEvent.offerNext(M1, hours(1), COORDINATOR));
  }

  @Test
  void of_supporters_takesTheirCapacities() {
    io.github.peersupport.core.person.Supporter one = io.github.peersupport.core.person.Supporter.builder().id(S1)
        .experience(io.github.peersupport.core.person.LivedExperience.builder()
            .addConditions(io.github.peersupport.core.Taxonomy.standardConditions().code("kidney-transplant")).build())
        .capacity(1).build();
    MatchBook b = MatchBook.of(List.of(one));
    assertThat(b.capacityOf(S1)).isEqualTo(1);
    MatchBook offered = anaOffered(b);
    assertThat(offered.hasRoom(S1)).isFalse();
  }

  @Test
  void apply_consentWithdrawn_cancelsTheMatchAndNothingLaterGoesThrough() {
    MatchBook b = anaOffered(MatchBook.empty());
    ConsentRecord withdrawn = b.match(M1).orElseThrow().request().consent().withdraw(ConsentScope.BE_CONTACTED, hours(2));

    BookTransition t = assertAccepted(b, MatchEvent.consentUpdated(M1, withdrawn, hours(2), COORDINATOR));

    Match after = t.book().match(M1).orElseThrow();
    assertThat(after.status()).isEqualTo(MatchStatus.CANCELLED);
    assertThat(after.closure().orElseThrow().reason()).isEqualTo(CloseReason.CONSENT_WITHDRAWN);
    assertThat(t.book().loadOf(S1)).isZero();
    assertRejected(t.book(), MatchEvent.accepted(M1, hours(3), as(S1)), MatchLifecycle.NOT_ALLOWED);
  }

  @Test
  void apply_consentStillGiven_keepsTheMatchWithTheNewRecord() {
    MatchBook b = anaOffered(MatchBook.empty());
    ConsentRecord more = b.match(M1).orElseThrow().request().consent().grant(ConsentScope.SHARE_CONTACT_DETAILS, hours(2));

    BookTransition t = assertAccepted(b, MatchEvent.consentUpdated(M1, more, hours(2), COORDINATOR));

    assertThat(t.book().match(M1).orElseThrow().status()).isEqualTo(MatchStatus.OFFERED);
    assertThat(t.book().match(M1).orElseThrow().request().consent()).isEqualTo(more);
  }

  @Test
  void apply_happyPath_bookHoldsMatchThroughCompletion() {
    MatchBook b = book(MatchBook.empty(), anaRequests(M1), MatchEvent.offerNext(M1, hours(1), COORDINATOR),
        MatchEvent.accepted(M1, hours(5), as(S1)), MatchEvent.firstContactConfirmed(M1, days(4), as(S1)),
        MatchEvent.activated(M1, days(8), COORDINATOR));
    assertThat(b.liveMatchOf(ANA, KIDNEY).map(Match::id)).contains(M1);
    assertThat(b.loadOf(S1)).isEqualTo(1);

    BookTransition t = assertAccepted(b, MatchEvent.completed(M1, days(90), COORDINATOR, CloseReason.GOALS_MET));

    assertThat(t.transition().closeOutSurveyRequested()).isTrue();
    assertThat(t.book().match(M1).orElseThrow().status()).isEqualTo(MatchStatus.COMPLETED);
    assertThat(t.book().liveMatchOf(ANA, KIDNEY)).isEmpty();
    assertThat(t.book().loadOf(S1)).isZero();
    assertThat(t.toString()).startsWith("BookTransition[MatchTransition[COMPLETED");
  }

  @Test
  void apply_eventForUnknownMatch_rejectedByUnknownMatch() {
    BookTransition t = assertRejected(MatchBook.empty(), MatchEvent.offerNext(M1, hours(1), COORDINATOR), MatchBook.UNKNOWN_MATCH);

    assertThat(t.transition().match()).isEmpty();
    assertThat(t.transition().fromStatus()).isEmpty();
    assertAccepted(book(MatchBook.empty(), anaRequests(M1)), MatchEvent.offerNext(M1, hours(1), COORDINATOR));
  }

  @Test
  void apply_requestWithIdInUse_rejectedByIdInUse() {
    MatchBook b = book(MatchBook.empty(), anaRequests(M1));

    assertRejected(b, requested(M1, BO, KIDNEY, hours(1), S2), MatchBook.ID_IN_USE);
    assertAccepted(b, requested(M2, BO, KIDNEY, hours(1), S2));
  }

  @Test
  void apply_offerWhileSeekerHasLiveMatchInProgramme_rejectedBySeekerAlreadyActive() {
    MatchBook b = book(anaOffered(MatchBook.empty()), requested(M2, ANA, KIDNEY, hours(2), S2, S3));
    assertThat(b.match(M2).orElseThrow().status()).as("a new request may open").isEqualTo(MatchStatus.REQUESTED);

    assertRejected(b, MatchEvent.offerNext(M2, hours(3), COORDINATOR), MatchBook.SEEKER_ALREADY_ACTIVE);
    assertRejected(b, MatchEvent.offer(M2, S3, hours(3), COORDINATOR), MatchBook.SEEKER_ALREADY_ACTIVE);
  }

  @Test
  void apply_offerInAnotherProgrammeOrAfterClosing_isAccepted() {
    MatchBook b = book(anaOffered(MatchBook.empty()), requested(M2, ANA, CANCER, hours(2), S2), requested(M3, ANA, KIDNEY, hours(2), S3));

    assertAccepted(b, MatchEvent.offerNext(M2, hours(3), COORDINATOR));
    MatchBook closed = book(b, MatchEvent.cancelled(M1, hours(3), COORDINATOR, CloseReason.SUPPORTER_UNAVAILABLE));
    assertAccepted(closed, MatchEvent.offerNext(M3, hours(4), COORDINATOR));
  }

  @Test
  void apply_rematchFlow_newRequestOfferedOnceOldMatchIsRematched() {
    MatchBook b = book(anaOffered(MatchBook.empty()), MatchEvent.accepted(M1, hours(2), as(S1)),
        MatchEvent.reportedNotWorking(M1, days(20), as(ANA)), requested(M2, ANA, KIDNEY, days(21), S2, S1));
    assertRejected(b, MatchEvent.offerNext(M2, days(21), COORDINATOR), MatchBook.SEEKER_ALREADY_ACTIVE);

    MatchBook rematched = book(b, MatchEvent.rematched(M1, days(22), COORDINATOR, CloseReason.NOT_WORKING),
        MatchEvent.offerNext(M2, days(22), COORDINATOR));

    assertThat(rematched.match(M2).orElseThrow().currentOffer().orElseThrow().supporter()).isEqualTo(S2);
    assertThat(rematched.liveMatchOf(ANA, KIDNEY).map(Match::id)).contains(M2);
  }

  @Test
  void apply_offerToSupporterAtCapacity_rejectedBySupporterAtCapacity() {
    MatchBook b = book(MatchBook.builder().putCapacities(S1, 1).build(),
        anaRequests(M1), MatchEvent.offer(M1, S1, hours(1), COORDINATOR), requested(M2, BO, KIDNEY, hours(1), S1, S2));
    assertThat(b.loadOf(S1)).as("a pending offer takes a place").isEqualTo(1);
    assertThat(b.hasRoom(S1)).isFalse();

    assertRejected(b, MatchEvent.offer(M2, S1, hours(2), COORDINATOR), MatchLifecycle.SUPPORTER_AT_CAPACITY);
    MatchBook declined = book(b, MatchEvent.declined(M1, hours(2), as(S1)));
    assertThat(declined.loadOf(S1)).isZero();
    assertAccepted(declined, MatchEvent.offer(M2, S1, hours(3), COORDINATOR));
  }

  @Test
  void apply_defaultCapacity_threeLiveMatchesThenFull() {
    List<SeekerId> seekers = List.of(SeekerId.of("sk-1"), SeekerId.of("sk-2"), SeekerId.of("sk-3"), SeekerId.of("sk-4"));
    MatchBook b = MatchBook.empty();
    for (int i = 0; i < 4; i++) {
      b = book(b, requested(MatchId.of("m-" + i), seekers.get(i), KIDNEY, hours(i), S1));
    }
    for (int i = 0; i < 3; i++) {
      b = book(b, MatchEvent.offer(MatchId.of("m-" + i), S1, hours(10), COORDINATOR), MatchEvent.accepted(MatchId.of("m-" + i), hours(11), as(S1)));
    }
    assertThat(b.capacityOf(S1)).isEqualTo(MatchBook.DEFAULT_CAPACITY).isEqualTo(3);
    assertThat(b.loadOf(S1)).isEqualTo(3);

    assertRejected(b, MatchEvent.offer(MatchId.of("m-3"), S1, hours(12), COORDINATOR), MatchLifecycle.SUPPORTER_AT_CAPACITY);
    BookTransition next = assertAccepted(b, MatchEvent.offerNext(MatchId.of("m-3"), hours(12), COORDINATOR));
    assertThat(next.transition().toStatus()).as("the only candidate is full").contains(MatchStatus.NEEDS_MANUAL_MATCH);
  }

  @Test
  void apply_capacityZero_supporterNeverOffered() {
    MatchBook b = book(MatchBook.builder().putCapacities(S1, 0).build(), anaRequests(M1));

    assertRejected(b, MatchEvent.offer(M1, S1, hours(1), COORDINATOR), MatchLifecycle.SUPPORTER_AT_CAPACITY);
    assertThat(assertAccepted(b, MatchEvent.offerNext(M1, hours(1), COORDINATOR)).transition().offer().orElseThrow().supporter())
        .as("S1 is skipped").isEqualTo(S2);
  }

  @Test
  void apply_declineWhenNextCandidateIsFull_skipsToFollowingCandidate() {
    MatchBook b = book(MatchBook.builder().putCapacities(S2, 1).build(),
        requested(M2, BO, KIDNEY, T0, S2), MatchEvent.offerNext(M2, T0, COORDINATOR),
        anaRequests(M1), MatchEvent.offerNext(M1, hours(1), COORDINATOR));

    BookTransition t = assertAccepted(b, MatchEvent.declined(M1, hours(2), as(S1)));

    assertThat(t.transition().offer().orElseThrow().supporter()).isEqualTo(S3);
  }

  @Test
  void apply_offerSameSupporterTwiceInOneRequest_rejectedByDuplicateOffer() {
    MatchBook b = book(MatchBook.empty(), requested(M1, ANA, KIDNEY, T0, S1), MatchEvent.offerNext(M1, hours(1), COORDINATOR),
        MatchEvent.declined(M1, hours(2), as(S1)));
    assertThat(b.match(M1).orElseThrow().status()).isEqualTo(MatchStatus.NEEDS_MANUAL_MATCH);

    assertRejected(b, MatchEvent.offer(M1, S1, hours(3), COORDINATOR), MatchLifecycle.DUPLICATE_OFFER);
    assertAccepted(b, MatchEvent.offer(M1, S4, hours(3), COORDINATOR));
  }

  @Test
  void apply_sameSupporterInAnotherRequest_isNotADuplicate() {
    MatchBook b = book(MatchBook.empty(), requested(M1, ANA, KIDNEY, T0, S1), MatchEvent.offerNext(M1, hours(1), COORDINATOR),
        MatchEvent.declined(M1, hours(2), as(S1)), requested(M2, ANA, CANCER, hours(2), S1));

    assertAccepted(b, MatchEvent.offer(M2, S1, hours(3), COORDINATOR));
  }

  @Test
  void applyAll_sameEvents_equalBookAndRejectedEventsChangeNothing() {
    List<MatchEvent> events = List.of(anaRequests(M1), MatchEvent.accepted(M1, hours(1), as(S1)), MatchEvent.offerNext(M1, hours(1), COORDINATOR),
        MatchEvent.offerNext(M3, hours(1), COORDINATOR), requested(M2, BO, CANCER, hours(2), S1), MatchEvent.offerNext(M2, hours(2), COORDINATOR));
    MatchBook stepwise = MatchBook.empty();
    List<BookTransition> transitions = new ArrayList<>();
    for (MatchEvent e : events) {
      BookTransition t = stepwise.apply(e);
      transitions.add(t);
      stepwise = t.book();
    }

    assertThat(MatchBook.empty().applyAll(events)).isEqualTo(stepwise);
    assertThat(transitions).extracting(BookTransition::succeeded).containsExactly(true, false, true, false, true, true);
    assertThat(stepwise.matches().keySet()).containsExactly(M1, M2);
    assertThat(stepwise.loadOf(S1)).isEqualTo(2);
  }

  @Test
  void apply_journey_logsDecisionsWithoutIds() {
    CapturingLogs.clear();
    MatchBook b = book(MatchBook.empty(), anaRequests(M1), MatchEvent.offerNext(M1, hours(1), COORDINATOR),
        MatchEvent.declined(M1, hours(2), as(S1)));
    b.apply(MatchEvent.accepted(M1, hours(3), as(S1)));
    b.apply(requested(M1, BO, KIDNEY, hours(3), S4));

    List<String> lines = CapturingLogs.lines();
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("DEBUG").contains("DECLINED accepted: OFFERED -> OFFERED"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("ACCEPTED rejected from OFFERED by match.actor-not-offered-supporter"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("REQUESTED rejected from OFFERED by match.id-in-use"));
    for (String id : List.of(ANA.value(), BO.value(), S1.value(), S2.value(), S4.value(), M1.value(), KIDNEY.value())) {
      assertThat(String.join("\n", lines)).doesNotContain(id);
    }
  }

  @Test
  void builder_twoLiveMatchesForSeekerInProgramme_throws() {
    Match first = run(anaRequests(M1), MatchEvent.offerNext(M1, hours(1), COORDINATOR));
    Match second = run(anaRequests(M2), MatchEvent.offerNext(M2, hours(1), COORDINATOR));

    assertThatThrownBy(() -> MatchBook.builder().putMatches(M1, first).putMatches(M2, second).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matches: a seeker has more than one live match in a programme");
  }

  @Test
  void builder_matchUnderAnotherId_throws() {
    Match first = run(anaRequests(M1));

    assertThatThrownBy(() -> MatchBook.builder().putMatches(M2, first).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matches: each match must be keyed by its own id");
  }

  @Test
  void builder_capacityOutOfRange_throws() {
    assertThatThrownBy(() -> MatchBook.builder().putCapacities(S1, -1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacities: must be between 0 and 50 but was -1");
    assertThatThrownBy(() -> MatchBook.builder().defaultCapacity(51).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("defaultCapacity: must be between 0 and 50 but was 51");
    assertThat(MatchBook.MAX_CAPACITY).isEqualTo(Supporter.MAX_CAPACITY);
  }

  @Test
  void builder_capacityLoweredBelowLoad_keepsMatchesAndBlocksNewOffers() {
    MatchBook b = book(anaOffered(MatchBook.empty()), MatchEvent.accepted(M1, hours(2), as(S1)), requested(M2, BO, KIDNEY, hours(2), S1));

    MatchBook paused = MatchBook.builder().from(b).capacities(Map.of(S1, 0)).build();

    assertThat(paused.loadOf(S1)).isEqualTo(1);
    assertRejected(paused, MatchEvent.offer(M2, S1, hours(3), COORDINATOR), MatchLifecycle.SUPPORTER_AT_CAPACITY);
    assertAccepted(paused, MatchEvent.firstContactConfirmed(M1, days(2), as(S1)));
  }

  @Test
  void withLoads_supporters_activeMatchesAreTheBookLoads() {
    MatchBook b = book(anaOffered(MatchBook.empty()), MatchEvent.accepted(M1, hours(2), as(S1)));
    Supporter busy = Supporter.builder().from(CoreGen.supporter(new SplittableRandom(1))).id(S1).capacity(3).activeMatches(0).build();
    Supporter idle = Supporter.builder().from(CoreGen.supporter(new SplittableRandom(2))).id(S2).capacity(3).activeMatches(2).build();

    List<Supporter> loaded = b.withLoads(List.of(busy, idle));

    assertThat(loaded).extracting(Supporter::id).containsExactly(S1, S2);
    assertThat(loaded).extracting(Supporter::activeMatches).containsExactly(1, 0);
    assertThat(loaded.get(0).hasCapacity()).isEqualTo(b.hasRoom(S1));
  }

  @Test
  void apply_archivingBook_dropsClosedMatchAndKeepsItInTheTransition() {
    MatchBook b = book(anaOffered(MatchBook.builder().archiveClosed(true).build()), MatchEvent.accepted(M1, hours(2), as(S1)));
    assertThat(b.version()).isEqualTo(3);

    BookTransition closed = b.apply(MatchEvent.cancelled(M1, hours(3), COORDINATOR, CloseReason.SEEKER_WITHDREW));

    assertThat(closed.succeeded()).isTrue();
    assertThat(closed.book().match(M1)).isEmpty();
    assertThat(closed.book().loadOf(S1)).isZero();
    assertThat(closed.book().version()).isEqualTo(4);
    assertThat(closed.transition().match().orElseThrow().status()).isEqualTo(MatchStatus.CANCELLED);
    assertRejected(closed.book(), MatchEvent.activated(M1, hours(4), COORDINATOR), MatchBook.UNKNOWN_MATCH);
  }

  @Test
  void apply_staleVersion_rejected() {
    MatchBook b = book(MatchBook.empty(), anaRequests(M1));

    BookTransition stale = b.apply(0, MatchEvent.offerNext(M1, hours(1), COORDINATOR));

    assertThat(stale.refusedBy()).contains(MatchBook.STALE_VERSION);
    assertThat(stale.book()).isSameAs(b);
    assertThat(b.apply(1, MatchEvent.offerNext(M1, hours(1), COORDINATOR)).book().version()).isEqualTo(2);
  }

  @Test
  void builder_archivingBookWithClosedMatch_throws() {
    Match closed = run(anaRequests(M1), MatchEvent.cancelled(M1, hours(1), COORDINATOR, CloseReason.SEEKER_WITHDREW));

    assertThatThrownBy(() -> MatchBook.builder().archiveClosed(true).putMatches(M1, closed).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matches: a book that archives closed matches holds none");
    assertThatThrownBy(() -> MatchBook.builder().version(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version: must not be negative but was -1");
  }
}
