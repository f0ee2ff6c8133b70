package io.github.peersupport.sim.internal;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.person.Milestone;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.referral.AnchorEvent;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.matching.Fallback;
import io.github.peersupport.matching.lifecycle.Actor;
import io.github.peersupport.matching.lifecycle.BookTransition;
import io.github.peersupport.matching.lifecycle.MatchBook;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import io.github.peersupport.matching.lifecycle.MatchLifecycle;
import io.github.peersupport.matching.lifecycle.MatchRequest;
import io.github.peersupport.matching.lifecycle.MatchTerm;
import io.github.peersupport.matching.lifecycle.MatchTransition;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The run's matches, kept in a {@link MatchBook} as a host keeps them: every match is opened, offered,
 * accepted and closed by applying a {@link MatchEvent}, and supporters' loads are the book's ({@link
 * MatchBook#loadOf}), so the book's rules (one live match per seeker, no supporter above capacity, no
 * second offer to the same supporter) hold for every run. The book archives closed matches, so it
 * holds the open ones only. Besides the book the ledger keeps the run's view of each open match
 * ({@link MatchState}) and counts offers, declines, expiries, acceptances and rematches. Mutable,
 * owned by one run.
 */
final class MatchLedger {
  /** The programme every simulated request belongs to. */
  static final ProgrammeId PROGRAMME = ProgrammeId.of("sim");
  private final SupporterRoster roster;
  private final MatchCourse course;
  private final RunObserver observer;
  private MatchBook book;
  /** Open matches in the order they were requested; closed ones are dropped at the end of each day. */
  private final List<MatchState> live = new ArrayList<>();
  private int matchCounter;
  private int offers;
  private int declines;
  private int expiries;
  private int accepted;
  private int rematches;

  /**
   * Creates an empty ledger.
   *
   * @param lifecycle the lifecycle every match follows
   * @param roster the supporters (capacities, and who served)
   * @param course the draws made when a match is accepted
   */
  MatchLedger(MatchLifecycle lifecycle, SupporterRoster roster, MatchCourse course) {
    this(lifecycle, roster, course, RunObserver.NONE);
  }

  /**
   * Creates an empty ledger that tells an observer of each change to a match.
   *
   * @param lifecycle the lifecycle every match follows
   * @param roster the supporters (capacities, and who served)
   * @param course the draws made when a match is accepted
   * @param observer told of each change ({@link RunObserver#matchChanged})
   */
  MatchLedger(MatchLifecycle lifecycle, SupporterRoster roster, MatchCourse course, RunObserver observer) {
    this.roster = roster;
    this.course = course;
    this.observer = observer;
    this.book = MatchBook.builder().lifecycle(lifecycle).archiveClosed(true).capacities(roster.bookCapacities()).build();
  }

  /** Returns the book: the open matches and the supporters' loads. */
  MatchBook book() {
    return book;
  }

  /** Gives the book the roster's current capacities (0 for paused and retired supporters). */
  void syncCapacities() {
    Map<SupporterId, Integer> capacities = roster.bookCapacities();
    if (!capacities.equals(book.capacities())) { // unchanged capacities leave the book as it is
      book = MatchBook.builder().from(book).capacities(capacities).build();
    }
  }

  /**
   * Opens a match: applies the request to the book.
   *
   * @param st the seeker
   * @param at when
   * @param candidates the supporters to offer, in order
   * @param fallback the ranking's fallback rung
   * @return the match, or empty when the request was rejected (the seeker's reason says why)
   */
  Optional<MatchState> open(SeekerState st, Instant at, List<SupporterId> candidates, Fallback fallback) {
    MatchId id = MatchId.of("m-" + (++matchCounter));
    MatchRequest request = MatchRequest.builder().seeker(st.seeker.id()).programme(PROGRAMME).requestedAt(at)
        .candidates(candidates).consent(st.seeker.consent()).anchors(anchors(st, at)).build();
    MatchEvent requested = MatchEvent.requested(id, request, Actor.system());
    BookTransition t = book.apply(requested);
    if (!t.succeeded()) {
      st.reason = t.refusedBy().orElseThrow().value();
      return Optional.empty();
    }
    book = t.book();
    MatchState ms = new MatchState(t.transition().match().orElseThrow(), st, fallback);
    st.current = Optional.of(ms);
    live.add(ms);
    tell(ms, requested, Set.of());
    return Optional.of(ms);
  }

  /**
   * The care events a request carries when the programme's term counts from the delivery: the
   * seeker's delivery (occurred, the day of their {@code DELIVERY} milestone) and their discharge, two
   * days after the referral (expected while the request comes before it: mothers are referred before
   * discharge, Joo et al. 2022, programme C; assumption: two days). Else none.
   */
  private List<AnchorEvent> anchors(SeekerState st, Instant at) {
    LocalDate delivered = st.seeker.experience().milestones().get(Milestone.DELIVERY);
    if (book.lifecycle().term().flatMap(MatchTerm::anchor).filter(k -> k == AnchorKind.DELIVERY).isEmpty() || delivered == null) {
      return List.of();
    }
    Instant discharge = st.referredAt.plus(Duration.ofDays(2));
    return List.of(AnchorEvent.occurred(AnchorKind.DELIVERY, AnchorEvent.on(delivered, ZoneOffset.UTC)),
        discharge.isAfter(at) ? AnchorEvent.expected(AnchorKind.DISCHARGE, discharge) : AnchorEvent.occurred(AnchorKind.DISCHARGE, discharge));
  }

  /**
   * Applies an event to an open match through the book and counts it.
   *
   * @param ms the match
   * @param event the event
   * @return whether the book accepted it
   */
  boolean step(MatchState ms, MatchEvent event) {
    Set<SupporterId> noRoom = observer == RunObserver.NONE ? Set.of() : noRoom(ms, event);
    BookTransition bt = book.apply(event);
    if (!bt.succeeded()) {
      return false;
    }
    book = bt.book();
    MatchTransition t = bt.transition();
    ms.match = t.match().orElseThrow();
    t.offer().ifPresent(o -> {
      offers++;
      ms.seeker.pastSupporters.add(o.supporter());
    });
    switch (event.type()) {
      case DECLINED:
        declines++;
        break;
      case OFFER_EXPIRED:
        expiries++;
        break;
      case ACCEPTED:
        accepted(ms, event.at());
        break;
      case REMATCHED:
        rematches++;
        break;
      default:
        break;
    }
    ms.wakeAt = Instant.MIN;
    if (ms.match.status().isClosed()) {
      ms.closed = true;
      ms.seeker.current = Optional.empty();
    }
    tell(ms, event, noRoom);
    return true;
  }

  /** The request's candidates without room in the book now, for an event that may offer down the ranking. */
  private Set<SupporterId> noRoom(MatchState ms, MatchEvent event) {
    switch (event.type()) {
      case OFFERED:
      case DECLINED:
      case OFFER_EXPIRED:
        Set<SupporterId> out = new HashSet<>();
        for (SupporterId s : ms.match.request().candidates()) {
          if (!book.hasRoom(s)) {
            out.add(s);
          }
        }
        return out;
      default:
        return Set.of();
    }
  }

  private void tell(MatchState ms, MatchEvent event, Set<SupporterId> noRoom) {
    if (observer != RunObserver.NONE) {
      Optional<Supporter> supporter = ms.match.supporter().map(roster::indexOf).filter(j -> j >= 0).map(roster::get);
      observer.matchChanged(new MatchChange(ms.seeker.seeker, event, ms.match, supporter, Set.copyOf(noRoom)));
    }
  }

  private void accepted(MatchState ms, Instant at) {
    accepted++;
    roster.served(ms.match.supporter().orElseThrow());
    SeekerState st = ms.seeker;
    if (st.hoursToMatch < 0) {
      st.hoursToMatch = Duration.between(st.referredAt, at).toMinutes() / 60.0;
      st.fallback = ms.fallback;
    }
    course.planAccepted(ms, at);
  }

  /** Tells whether the book lets a supporter take one more live match. */
  boolean hasRoom(SupporterId supporter) {
    return book.hasRoom(supporter);
  }

  /** Returns the open matches, in the order they were requested (closed ones until the day ends). */
  List<MatchState> live() {
    return live;
  }

  /** Drops the matches closed during the day. */
  void endDay() {
    live.removeIf(ms -> ms.closed);
  }

  /** Returns the capacity the book applies to each supporter (for tests). */
  Map<SupporterId, Integer> capacities() {
    return book.capacities();
  }

  /** Returns how many offers were made. */
  int offers() {
    return offers;
  }

  /** Returns how many offers were declined. */
  int declines() {
    return declines;
  }

  /** Returns how many offers expired unanswered. */
  int expiries() {
    return expiries;
  }

  /** Returns how many offers were accepted. */
  int accepted() {
    return accepted;
  }

  /** Returns how many matches ended in a rematch. */
  int rematches() {
    return rematches;
  }
}
