package io.github.peersupport.matching.lifecycle;

import static io.github.peersupport.matching.lifecycle.Fixtures.ANA;
import static io.github.peersupport.matching.lifecycle.Fixtures.COORDINATOR;
import static io.github.peersupport.matching.lifecycle.Fixtures.M1;
import static io.github.peersupport.matching.lifecycle.Fixtures.S1;
import static io.github.peersupport.matching.lifecycle.Fixtures.S2;
import static io.github.peersupport.matching.lifecycle.Fixtures.as;
import static io.github.peersupport.matching.lifecycle.FollowUpKind.ANCHOR_CHECK;
import static io.github.peersupport.matching.lifecycle.FollowUpKind.END_REVIEW;
import static io.github.peersupport.matching.lifecycle.FollowUpKind.PLANNED_END_PASSED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.referral.AnchorEvent;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.testing.MatchingGen;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planned duration of a match ({@link MatchTerm}) and the timers that review or close it at its
 * end, on seeded random matches (10 seeds × 200 cases per property): the new-mother match of Joo et al.
 * 2022 (Table 2, programme C: 12 weeks after delivery, connected before discharge), any generated term,
 * extensions, closing, anchors recorded late, and determinism of the tasks.
 */
class MatchTermPropertyTest {
  private static final int CASES = 200;
  private static final FollowUpTimers TIMERS = FollowUpTimers.standard();
  private static final Duration TWELVE_WEEKS = Duration.ofDays(84);
  private static final Duration NANO = Duration.ofNanos(1);
  private static final ProgrammeId NEW_MOTHERS = ProgrammeId.of("prog-new-mothers");

  /** A new mother's active match, its book and its milestones. */
  private record NewMother(MatchBook book, Instant delivery, Instant activeAt, MatchTerm term) {}

  private static MatchTerm twelveWeeksAfterDelivery(SplittableRandom r) {
    return MatchTerm.builder().from(MatchTerm.fromAnchor(AnchorKind.DELIVERY, TWELVE_WEEKS))
        .reviewBefore(Duration.ofDays(r.nextInt(0, 29))).build();
  }

  private static ConsentRecord consentedBefore(Instant at) {
    return ConsentRecord.grantedAt(at.minusSeconds(60), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);
  }

  /**
   * A mother delivers, asks for a mentor within 3 days and before her expected discharge, and her
   * match is offered, accepted, contacted and activated within about three weeks.
   */
  private static NewMother newMother(SplittableRandom r, MatchTerm term) {
    Instant delivery = CoreGen.instant(r);
    Instant requested = delivery.plusSeconds(r.nextLong(0, 3 * 86_400L));
    Instant discharge = requested.plusSeconds(r.nextLong(3_600, 4 * 86_400L));
    MatchRequest request = MatchRequest.builder().seeker(ANA).programme(NEW_MOTHERS).requestedAt(requested)
        .consent(consentedBefore(requested)).addCandidates(S1, S2).referral(CoreGen.referral(r, requested))
        .addAnchors(AnchorEvent.occurred(AnchorKind.DELIVERY, delivery), AnchorEvent.expected(AnchorKind.DISCHARGE, discharge))
        .build();
    Instant offered = requested.plusSeconds(r.nextLong(60, 86_400));
    Instant accepted = offered.plusSeconds(r.nextLong(60, 2 * 86_400L));
    Instant contact = accepted.plusSeconds(r.nextLong(60, 7 * 86_400L));
    Instant active = contact.plusSeconds(r.nextLong(60, 7 * 86_400L));
    MatchBook book = Fixtures.book(MatchBook.builder().lifecycle(MatchLifecycle.builder().term(term).build()).build(),
        MatchEvent.requested(M1, request, as(ANA)), MatchEvent.offerNext(M1, offered, COORDINATOR),
        MatchEvent.accepted(M1, accepted, as(S1)), MatchEvent.firstContactConfirmed(M1, contact, as(S1)),
        MatchEvent.activated(M1, active, COORDINATOR));
    return new NewMother(book, delivery, active, term);
  }

  private static List<FollowUpKind> kindsDue(MatchBook book, Instant at) {
    return TIMERS.dueTasks(book, at).stream().map(FollowUpTask::kind).collect(Collectors.toList());
  }

  private static Optional<FollowUpTask> pending(Match m, FollowUpKind kind) {
    return TIMERS.pending(m).stream().filter(t -> t.kind() == kind).findFirst();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void newMotherMatch_neverReviewed_endReviewDueBeforeEndAndReportedPastItsEnd(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      NewMother nm = newMother(r, twelveWeeksAfterDelivery(r));
      Match m = nm.book().match(M1).orElseThrow();
      Instant end = nm.delivery().plus(TWELVE_WEEKS);
      Instant reviewDue = end.minus(nm.term().reviewBefore());

      assertThat(m.termStartedAt()).contains(nm.delivery());
      assertThat(m.plannedEnd()).contains(end);
      assertThat(kindsDue(nm.book(), reviewDue.minus(NANO))).doesNotContain(END_REVIEW, PLANNED_END_PASSED);
      assertThat(kindsDue(nm.book(), reviewDue)).contains(END_REVIEW);
      FollowUpTask review = pending(m, END_REVIEW).orElseThrow();
      assertThat(review.dueAt()).isEqualTo(reviewDue);
      assertThat(review.overdueAt()).contains(end);
      assertThat(review.isOverdueAt(end.minus(NANO))).isFalse();
      assertThat(kindsDue(nm.book(), end.minus(NANO))).doesNotContain(PLANNED_END_PASSED);
      assertThat(kindsDue(nm.book(), end)).contains(END_REVIEW, PLANNED_END_PASSED);
      Instant later = end.plusSeconds(r.nextLong(0, 365L * 86_400));
      List<FollowUpTask> passed = TIMERS.dueTasks(nm.book(), Clock.fixed(later, ZoneOffset.UTC)).stream()
          .filter(t -> t.kind() == PLANNED_END_PASSED).collect(Collectors.toList());
      assertThat(passed).singleElement().satisfies(t -> {
        assertThat(t.dueAt()).isEqualTo(end);
        assertThat(t.timer().value()).isEqualTo("followup.planned-end-passed");
      });
      assertThat(review.timer().value()).isEqualTo("followup.end-review");
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void termExtended_movesPlannedEndByEachExtension_reviewFallsDueBeforeTheNewEnd(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      NewMother nm = newMother(r, twelveWeeksAfterDelivery(r));
      Instant end = nm.delivery().plus(TWELVE_WEEKS);
      MatchBook book = nm.book();
      Instant t = nm.activeAt();
      Duration total = Duration.ZERO;
      for (int i = r.nextInt(1, 4); i > 0; i--) {
        t = t.plusSeconds(r.nextLong(60, 60L * 86_400)); // a review may come late, after the end passed
        Duration extension = Duration.ofDays(r.nextInt(1, 57));
        BookTransition extended = book.apply(MatchEvent.termExtended(M1, extension, t, COORDINATOR));
        assertThat(extended.refusedBy()).isEmpty();
        book = extended.book();
        total = total.plus(extension);
        Match m = book.match(M1).orElseThrow();
        Instant newEnd = end.plus(total);

        assertThat(m.status()).isEqualTo(MatchStatus.ACTIVE);
        assertThat(m.extendedBy()).isEqualTo(total);
        assertThat(m.plannedEnd()).contains(newEnd);
        assertThat(pending(m, END_REVIEW).orElseThrow().dueAt()).isEqualTo(newEnd.minus(nm.term().reviewBefore()));
        assertThat(pending(m, END_REVIEW).orElseThrow().overdueAt()).contains(newEnd);
        assertThat(pending(m, PLANNED_END_PASSED).orElseThrow().dueAt()).isEqualTo(newEnd);
        assertThat(kindsDue(book, newEnd.minus(NANO))).doesNotContain(PLANNED_END_PASSED);
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void termExtended_pastLongest_refusedByNamedRuleAndBookUnchanged(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Duration headroom = Duration.ofDays(7L * r.nextInt(0, 13));
      MatchTerm term = MatchTerm.builder().from(twelveWeeksAfterDelivery(r)).longest(TWELVE_WEEKS.plus(headroom)).build();
      NewMother nm = newMother(r, term);
      Instant at = nm.activeAt().plusSeconds(r.nextLong(60, 30L * 86_400));
      Duration tooMuch = headroom.plusSeconds(r.nextLong(1, 30L * 86_400));

      BookTransition refused = nm.book().apply(MatchEvent.termExtended(M1, tooMuch, at, COORDINATOR));
      assertThat(refused.refusedBy()).contains(MatchLifecycle.EXTENSION_BEYOND_LIMIT);
      assertThat(refused.book()).isSameAs(nm.book());

      if (!headroom.isZero()) {
        BookTransition toTheLimit = nm.book().apply(MatchEvent.termExtended(M1, headroom, at, COORDINATOR));
        assertThat(toTheLimit.refusedBy()).isEmpty();
        assertThat(toTheLimit.book().match(M1).orElseThrow().plannedEnd()).contains(nm.delivery().plus(TWELVE_WEEKS).plus(headroom));
        assertThat(toTheLimit.book().apply(MatchEvent.termExtended(M1, Duration.ofSeconds(1), at, COORDINATOR)).refusedBy())
            .contains(MatchLifecycle.EXTENSION_BEYOND_LIMIT);
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void completedAtReview_closesAsCompletedAndClearsEveryTask(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      NewMother nm = newMother(r, twelveWeeksAfterDelivery(r));
      Instant end = nm.delivery().plus(TWELVE_WEEKS);
      Instant at = end.plusSeconds(r.nextLong(-28L * 86_400, 28L * 86_400));
      Instant closedAt = at.isBefore(nm.activeAt()) ? nm.activeAt() : at;

      BookTransition closed = nm.book().apply(MatchEvent.completed(M1, closedAt, COORDINATOR, CloseReason.PLANNED_END));
      Match m = closed.book().match(M1).orElseThrow();
      assertThat(closed.refusedBy()).isEmpty();
      assertThat(closed.transition().closeOutSurveyRequested()).isTrue();
      assertThat(m.status()).isEqualTo(MatchStatus.COMPLETED);
      assertThat(m.closure().orElseThrow().reason()).isEqualTo(CloseReason.PLANNED_END);
      assertThat(TIMERS.pending(m)).isEmpty();
      assertThat(TIMERS.dueTasks(closed.book(), end.plus(Duration.ofDays(365)))).isEmpty();
      assertThat(closed.book().apply(MatchEvent.termExtended(M1, Duration.ofDays(7), closedAt, COORDINATOR)).refusedBy())
          .contains(MatchLifecycle.NOT_ALLOWED);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void requestBeforeDischarge_endCountedFromDischargeOnceItIsRecorded(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      MatchTerm term = MatchTerm.builder().from(MatchTerm.fromAnchor(AnchorKind.DISCHARGE, TWELVE_WEEKS))
          .atEnd(CoreGen.oneOf(r, TermEnd.values())).build();
      Instant requested = CoreGen.instant(r);
      Instant expected = requested.plusSeconds(r.nextLong(3_600, 10 * 86_400L));
      MatchRequest request = MatchRequest.builder().seeker(ANA).programme(NEW_MOTHERS).requestedAt(requested)
          .consent(consentedBefore(requested)).addCandidates(S1)
          .addAnchors(AnchorEvent.expected(AnchorKind.DISCHARGE, expected)).build();
      Instant accepted = requested.plusSeconds(r.nextLong(120, 86_400));
      MatchBook book = Fixtures.book(MatchBook.builder().lifecycle(MatchLifecycle.builder().term(term).build()).build(),
          MatchEvent.requested(M1, request, as(ANA)), MatchEvent.offerNext(M1, requested.plusSeconds(60), COORDINATOR),
          MatchEvent.accepted(M1, accepted, as(S1)));
      Match before = book.match(M1).orElseThrow();

      // not yet discharged: no planned end, and a check that falls due when discharge is expected
      assertThat(before.plannedEnd()).isEmpty();
      assertThat(pending(before, END_REVIEW)).isEmpty();
      assertThat(pending(before, ANCHOR_CHECK).orElseThrow().dueAt()).isEqualTo(expected);
      assertThat(kindsDue(book, expected.minus(NANO))).doesNotContain(ANCHOR_CHECK);
      assertThat(kindsDue(book, expected.plus(Duration.ofDays(400)))).contains(ANCHOR_CHECK).doesNotContain(PLANNED_END_PASSED);

      // the expected date moves: the check moves with it
      Instant moved = expected.plusSeconds(r.nextLong(1, 5 * 86_400L));
      Instant t = accepted.plusSeconds(r.nextLong(1, 3_600));
      book = Fixtures.book(book, MatchEvent.anchorRecorded(M1, AnchorEvent.expected(AnchorKind.DISCHARGE, moved), t, COORDINATOR));
      assertThat(pending(book.match(M1).orElseThrow(), ANCHOR_CHECK).orElseThrow().dueAt()).isEqualTo(moved);

      // discharged: the end is counted from the discharge, whenever it is recorded
      Instant discharged = t.plusSeconds(r.nextLong(0, 20 * 86_400L));
      Instant recorded = discharged.plusSeconds(r.nextLong(0, 5 * 86_400L));
      book = Fixtures.book(book, MatchEvent.anchorRecorded(M1, AnchorEvent.occurred(AnchorKind.DISCHARGE, discharged), recorded, COORDINATOR));
      Match after = book.match(M1).orElseThrow();
      assertThat(after.anchor(AnchorKind.DISCHARGE)).contains(AnchorEvent.occurred(AnchorKind.DISCHARGE, discharged));
      assertThat(after.request()).isEqualTo(request);
      assertThat(after.plannedEnd()).contains(discharged.plus(TWELVE_WEEKS));
      assertThat(pending(after, ANCHOR_CHECK)).isEmpty();
      assertThat(pending(after, PLANNED_END_PASSED).orElseThrow().dueAt()).isEqualTo(discharged.plus(TWELVE_WEEKS));
      assertThat(pending(after, END_REVIEW).orElseThrow().overdueAt().isPresent()).isEqualTo(term.atEnd() == TermEnd.REVIEW);

      // once it happened it stays: recording it again is refused by name
      AnchorEvent again = CoreGen.oneOf(r, AnchorEvent.occurred(AnchorKind.DISCHARGE, recorded),
          AnchorEvent.expected(AnchorKind.DISCHARGE, recorded.plusSeconds(86_400)));
      BookTransition refused = book.apply(MatchEvent.anchorRecorded(M1, again, recorded, COORDINATOR));
      assertThat(refused.refusedBy()).contains(MatchLifecycle.ANCHOR_ALREADY_OCCURRED);
      assertThat(refused.book()).isSameAs(book);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void anyTerm_plannedEndAndTasksFollowTheTerm(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      MatchTerm term = MatchingGen.matchTerm(r);
      Instant requested = CoreGen.instant(r);
      List<AnchorEvent> anchors = new ArrayList<>(CoreGen.anchors(r, requested));
      term.anchor().filter(k -> anchors.stream().noneMatch(a -> a.kind() == k))
          .ifPresent(k -> anchors.add(CoreGen.anchorEvent(r, k, requested)));
      MatchRequest request = MatchRequest.builder().seeker(ANA).programme(NEW_MOTHERS).requestedAt(requested)
          .consent(consentedBefore(requested)).addCandidates(S1).anchors(anchors).build();
      Instant accepted = requested.plusSeconds(r.nextLong(120, 2 * 86_400L));
      Match m = Fixtures.book(MatchBook.builder().lifecycle(MatchLifecycle.builder().term(term).build()).build(),
          MatchEvent.requested(M1, request, as(ANA)), MatchEvent.offerNext(M1, requested.plusSeconds(60), COORDINATOR),
          MatchEvent.accepted(M1, accepted, as(S1))).match(M1).orElseThrow();
      Optional<Instant> contact = Optional.empty();
      if (r.nextBoolean()) {
        contact = Optional.of(accepted.plusSeconds(r.nextLong(60, 14 * 86_400L)));
        m = Fixtures.accept(m, MatchEvent.firstContactConfirmed(M1, contact.get(), as(S1))).match().orElseThrow();
      }
      Optional<AnchorEvent> anchor = term.anchor().flatMap(request::anchor);
      Optional<Instant> start;
      switch (term.countedFrom()) {
        case ACCEPTANCE:
          start = Optional.of(accepted);
          break;
        case FIRST_CONTACT:
          start = contact;
          break;
        default:
          start = anchor.filter(AnchorEvent::occurred).map(AnchorEvent::at);
          break;
      }
      Optional<Instant> end = start.map(s -> s.plus(term.length()));

      assertThat(m.term()).contains(term);
      assertThat(m.plannedEnd()).isEqualTo(end);
      assertThat(pending(m, PLANNED_END_PASSED).map(FollowUpTask::dueAt)).isEqualTo(end);
      assertThat(pending(m, END_REVIEW).map(FollowUpTask::dueAt)).isEqualTo(end.map(e -> e.minus(term.reviewBefore())));
      assertThat(pending(m, END_REVIEW).flatMap(FollowUpTask::overdueAt))
          .isEqualTo(term.atEnd() == TermEnd.REVIEW ? end : Optional.empty());
      assertThat(pending(m, ANCHOR_CHECK).map(FollowUpTask::dueAt))
          .isEqualTo(anchor.filter(AnchorEvent::expected).map(AnchorEvent::at));
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void sameEventsAndClock_sameTasks_whateverTheOrderOfTheMatches(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      MatchLifecycle lifecycle = MatchLifecycle.builder().term(MatchingGen.matchTerm(r)).build();
      List<MatchEvent> events = walk(r, lifecycle.term().orElseThrow());
      MatchBook empty = MatchBook.builder().lifecycle(lifecycle).build();
      MatchBook inPlace = empty.applyAll(events);
      MatchBook oneByOne = empty.applyEachOf(events);
      MatchBook again = MatchBook.builder().lifecycle(MatchLifecycle.builder().from(lifecycle).build()).build().applyAll(events);
      Instant at = events.get(events.size() - 1).at().plusSeconds(r.nextLong(0, 200L * 86_400));
      Clock clock = Clock.fixed(at, ZoneOffset.UTC);

      List<FollowUpTask> tasks = TIMERS.dueTasks(inPlace, clock);
      assertThat(oneByOne).isEqualTo(inPlace);
      assertThat(TIMERS.dueTasks(oneByOne, clock)).isEqualTo(tasks);
      assertThat(TIMERS.dueTasks(again, at)).isEqualTo(tasks);
      List<Match> shuffled = new ArrayList<>(inPlace.matches().values());
      Collections.shuffle(shuffled, new Random(r.nextLong()));
      assertThat(TIMERS.dueTasks(shuffled, at)).isEqualTo(tasks);
      assertThat(tasks).isSortedAccordingTo(FollowUpTask.ORDER);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void noTerm_noEndTasksAndExtensionRefused_anchoredTermWithoutAnchor_requestRefused(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      // today's behaviour: the standard lifecycle has no term, so matches have no end and no end tasks
      MatchTerm term = MatchingGen.matchTerm(r);
      List<MatchEvent> events = walk(r, term);
      MatchBook book = MatchBook.empty().applyAll(events);
      for (Match m : book.matches().values()) {
        assertThat(m.term()).isEmpty();
        assertThat(m.plannedEnd()).isEmpty();
        assertThat(TIMERS.pending(m)).extracting(FollowUpTask::kind).doesNotContain(END_REVIEW, PLANNED_END_PASSED, ANCHOR_CHECK);
        if (m.status().isEngaged()) {
          assertThat(book.apply(MatchEvent.termExtended(m.id(), Duration.ofDays(7), m.lastEventAt(), COORDINATOR)).refusedBy())
              .contains(MatchLifecycle.NO_PLANNED_END);
        }
      }

      AnchorKind kind = CoreGen.oneOf(r, AnchorKind.values());
      MatchLifecycle anchored = MatchLifecycle.builder().term(MatchTerm.fromAnchor(kind, TWELVE_WEEKS)).build();
      Instant requested = CoreGen.instant(r);
      List<AnchorEvent> others = new ArrayList<>();
      for (AnchorEvent a : CoreGen.anchors(r, requested)) {
        if (a.kind() != kind) {
          others.add(a);
        }
      }
      MatchRequest request = MatchRequest.builder().seeker(ANA).programme(NEW_MOTHERS).requestedAt(requested)
          .consent(consentedBefore(requested)).addCandidates(S1).anchors(others).build();
      MatchTransition refused = anchored.open(MatchEvent.requested(M1, request, as(ANA)));
      assertThat(refused.refusedBy()).contains(MatchLifecycle.ANCHOR_MISSING);
      assertThat(refused.match()).isEmpty();
    });
  }

  /**
   * Up to 20 events over three matches: requests with referrals and anchors (the term's among them),
   * offers, answers, contacts, anchors recorded, extensions and closings, legal or not.
   */
  private static List<MatchEvent> walk(SplittableRandom r, MatchTerm term) {
    List<SupporterId> supporters = List.of(S1, S2, SupporterId.of("sp-3"));
    List<MatchEvent> out = new ArrayList<>();
    Instant t = CoreGen.instant(r);
    for (int i = r.nextInt(1, 21); i > 0; i--) {
      t = t.plusSeconds(r.nextLong(60, 10 * 86_400L));
      MatchId id = MatchId.of("m-" + r.nextInt(3));
      Actor by = r.nextBoolean() ? COORDINATOR : Actor.person(CoreGen.oneOf(r, supporters));
      switch (r.nextInt(10)) {
        case 0:
        case 1: {
          List<AnchorEvent> anchors = new ArrayList<>(CoreGen.anchors(r, t));
          Instant requested = t;
          term.anchor().filter(k -> anchors.stream().noneMatch(a -> a.kind() == k))
              .ifPresent(k -> anchors.add(CoreGen.anchorEvent(r, k, requested)));
          MatchRequest request = MatchRequest.builder().seeker(Fixtures.ANA).programme(NEW_MOTHERS).requestedAt(t)
              .consent(consentedBefore(t)).candidates(CoreGen.someOf(r, supporters, 3)).referral(CoreGen.referral(r, t))
              .anchors(anchors).build();
          out.add(MatchEvent.requested(id, request, as(Fixtures.ANA)));
          break;
        }
        case 2:
          out.add(MatchEvent.offerNext(id, t, COORDINATOR));
          break;
        case 3:
          out.add(MatchEvent.accepted(id, t, by));
          break;
        case 4:
          out.add(MatchEvent.firstContactConfirmed(id, t, by));
          break;
        case 5:
          out.add(MatchEvent.activated(id, t, by));
          break;
        case 6: {
          AnchorKind kind = term.anchor().orElse(CoreGen.oneOf(r, AnchorKind.values()));
          AnchorEvent anchor = r.nextBoolean() ? AnchorEvent.occurred(kind, t.minusSeconds(r.nextLong(0, 86_400)))
              : AnchorEvent.expected(kind, t.plusSeconds(r.nextLong(0, 10 * 86_400L)));
          out.add(MatchEvent.anchorRecorded(id, anchor, t, COORDINATOR));
          break;
        }
        case 7:
          out.add(MatchEvent.termExtended(id, Duration.ofDays(r.nextInt(1, 60)), t, COORDINATOR));
          break;
        case 8:
          out.add(MatchEvent.contactLogged(id, t, by));
          break;
        default:
          out.add(MatchEvent.completed(id, t, COORDINATOR, CloseReason.PLANNED_END));
          break;
      }
    }
    return out;
  }
}
