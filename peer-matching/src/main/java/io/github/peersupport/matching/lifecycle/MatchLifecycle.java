package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.referral.AnchorEvent;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle of one match as a guarded state machine (Parent to Parent USA; Joo et al. 2022;
 * see {@link MatchStatus} for the diagram and {@link MatchEventType#allowedFrom()} for the statuses
 * each event may be applied in).
 *
 * <p>A request opens the match in REQUESTED, or in NEEDS_MANUAL_MATCH when it ranks no candidate. An
 * offer goes to one supporter for the {@link #offerWindow() offer window} (3 days, Together). When the
 * supporter declines or the window passes, the highest-ranked candidate not yet offered who has room
 * is offered at once; when none is left, or the seeker's consent no longer permits an offer, the
 * request needs a manual match, where a coordinator may offer a supporter they pick or end the
 * request as NO_MATCH_FOUND. Closing records who, when and why, and requests the close-out survey.
 *
 * <p>Guards, checked in this order, each with a stable rule id: the event must be allowed in the
 * current status ({@link #NOT_ALLOWED}; closed matches take no event); it may not be earlier than the
 * match's last event ({@link #OUT_OF_ORDER}); acceptances and declines come from the offered supporter
 * or a care role ({@link #ACTOR_NOT_OFFERED_SUPPORTER}) before the window ends ({@link
 * #OFFER_WINDOW_PASSED}), expiries at or after it ({@link #OFFER_WINDOW_OPEN}); requests, offers and
 * acceptances need the seeker's consent to be matched and contacted ({@link #CONSENT_REQUIRED},
 * Parent to Parent USA); a supporter is offered a request at most once ({@link #DUPLICATE_OFFER}) and
 * only with room ({@link #SUPPORTER_AT_CAPACITY}); a next-ranked offer from NEEDS_MANUAL_MATCH needs a
 * candidate left ({@link #CANDIDATES_EXHAUSTED}); a rematch can be declined only after a report
 * ({@link #NO_OPEN_REPORT}).
 *
 * <p>Planned duration: a lifecycle may carry a {@link #term()} (none by default: matches have no
 * planned end). Each match records the term as it opens ({@link Match#term()}), and {@link
 * Match#plannedEnd()} follows from it, the anchor events and the extensions. A request whose term is
 * counted from an anchor event must carry that anchor, expected or happened ({@link
 * #ANCHOR_MISSING}); {@link MatchEventType#ANCHOR_RECORDED} updates an anchor until it has happened
 * ({@link #ANCHOR_ALREADY_OCCURRED}); a review extends the term ({@link
 * MatchEventType#TERM_EXTENDED}) only of a match that has one ({@link #NO_PLANNED_END}) and not
 * beyond {@link MatchTerm#longest()} ({@link #EXTENSION_BEYOND_LIMIT}), or closes the match as
 * completed ({@link MatchEvent#completed} with {@link CloseReason#PLANNED_END}). If the anchor never
 * happens, the match has no planned end and {@link FollowUpTimers} keeps an anchor check due from the
 * expected instant until a coordinator records it, moves it or closes the match.
 *
 * <p>Whether a supporter has room is the caller's knowledge: {@link MatchBook} passes its capacity
 * check. {@link #apply} is pure and O(c + o) for c candidates and o offers; instances are immutable
 * and thread-safe. Decisions are logged at DEBUG with event type, statuses and rule id only, never an
 * id of a person.
 */
@Value.Immutable
@PeerStyle
public abstract class MatchLifecycle {
  /** The event is not allowed in the match's current status (closed matches take no event). */
  public static final RuleId NOT_ALLOWED = RuleId.of("match.not-allowed-from-state");
  /** The event is earlier than the match's last accepted event. */
  public static final RuleId OUT_OF_ORDER = RuleId.of("match.event-out-of-order");
  /** An acceptance or a decline came at or after the end of the offer window. */
  public static final RuleId OFFER_WINDOW_PASSED = RuleId.of("match.offer-window-passed");
  /** An expiry was recorded before the end of the offer window. */
  public static final RuleId OFFER_WINDOW_OPEN = RuleId.of("match.offer-window-open");
  /** The supporter was already offered this request. */
  public static final RuleId DUPLICATE_OFFER = RuleId.of("match.duplicate-offer");
  /** The supporter has no room for another live match. */
  public static final RuleId SUPPORTER_AT_CAPACITY = RuleId.of("match.supporter-at-capacity");
  /** No ranked candidate is left to offer; a coordinator must name a supporter or end the request. */
  public static final RuleId CANDIDATES_EXHAUSTED = RuleId.of("match.candidates-exhausted");
  /** Only the offered supporter, or someone in a care role for them, may accept or decline. */
  public static final RuleId ACTOR_NOT_OFFERED_SUPPORTER = RuleId.of("match.actor-not-offered-supporter");
  /** The seeker has not consented to be matched and contacted at the event's instant. */
  public static final RuleId CONSENT_REQUIRED = RuleId.of("match.consent-required");
  /** A rematch can be declined only while a "not working" report is open. */
  public static final RuleId NO_OPEN_REPORT = RuleId.of("match.no-open-report");
  /** The term is counted from an anchor event the request does not carry, expected or happened. */
  public static final RuleId ANCHOR_MISSING = RuleId.of("match.anchor-missing");
  /** The anchor event of this kind already happened; it cannot be recorded again. */
  public static final RuleId ANCHOR_ALREADY_OCCURRED = RuleId.of("match.anchor-already-occurred");
  /** The match has no term, so there is no planned end to extend. */
  public static final RuleId NO_PLANNED_END = RuleId.of("match.no-planned-end");
  /** The extension would take the term past {@link MatchTerm#longest()}. */
  public static final RuleId EXTENSION_BEYOND_LIMIT = RuleId.of("match.extension-beyond-limit");

  private static final Logger LOG = LoggerFactory.getLogger(MatchLifecycle.class);

  MatchLifecycle() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MatchLifecycle}; {@code build()} checks that the offer window is positive. */
  public static class Builder extends ImmutableMatchLifecycle.Builder {
    /** Creates an empty builder; prefer {@link MatchLifecycle#builder()}. */
    public Builder() {}
  }

  /**
   * The default lifecycle: a 3-day offer window.
   *
   * @return the lifecycle
   */
  public static MatchLifecycle standard() {
    return builder().build();
  }

  /**
   * Returns how long an offered supporter has to accept (Together: 3 days).
   *
   * @return the window, positive
   */
  @Value.Default
  public Duration offerWindow() {
    return Duration.ofDays(3);
  }

  /**
   * Returns the planned duration of the matches this lifecycle opens, which each match records as it
   * opens.
   *
   * @return the term; absent (the default) for matches with no planned end
   */
  public abstract Optional<MatchTerm> term();

  @Value.Check
  final void check() {
    Require.duration("offerWindow", offerWindow(), false);
  }

  /**
   * Opens a match from a request.
   *
   * @param event a {@link MatchEventType#REQUESTED} event
   * @return the transition: a new match in REQUESTED (NEEDS_MANUAL_MATCH when no candidate is
   *     ranked) under this lifecycle's {@link #term()}, or a rejection by {@link #CONSENT_REQUIRED} or
   *     {@link #ANCHOR_MISSING}
   * @throws IllegalArgumentException if the event is not a request
   * @throws NullPointerException if any argument is null
   */
  public final MatchTransition open(MatchEvent event) {
    Objects.requireNonNull(event, "event");
    return logged(opened(event));
  }

  /**
   * Applies an event to a match.
   *
   * @param match the match
   * @param event an event for this match
   * @param hasRoom tells whether a supporter can take one more live match now ({@link MatchBook}
   *     passes its capacity check; {@code s -> true} ignores capacity)
   * @return the transition: the new match and audit data, or a rejection naming the rule
   * @throws IllegalArgumentException if the event names another match
   * @throws NullPointerException if any argument is null
   */
  public final MatchTransition apply(Match match, MatchEvent event, Predicate<SupporterId> hasRoom) {
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(hasRoom, "hasRoom");
    return logged(applied(match, event, hasRoom));
  }

  /** {@link #open} without logging, for callers that may still reject the transition. */
  final MatchTransition opened(MatchEvent event) {
    if (event.type() != MatchEventType.REQUESTED) {
      throw Require.invalid("event", "open takes a REQUESTED event", event.type());
    }
    MatchRequest request = event.request().orElseThrow();
    if (!request.consentsAt(event.at())) {
      return MatchTransition.refused(event, Optional.empty(), CONSENT_REQUIRED);
    }
    Optional<AnchorKind> anchor = term().flatMap(MatchTerm::anchor);
    if (anchor.isPresent() && request.anchor(anchor.get()).isEmpty()) {
      return MatchTransition.refused(event, Optional.empty(), ANCHOR_MISSING);
    }
    MatchStatus status = request.candidates().isEmpty() ? MatchStatus.NEEDS_MANUAL_MATCH : MatchStatus.REQUESTED;
    Match match = Match.builder().id(event.matchId()).request(request).status(status)
        .statusSince(event.at()).lastEventAt(event.at()).term(term()).build();
    return MatchTransition.applied(event, Optional.empty(), match, Optional.empty());
  }

  /** {@link #apply} without logging, for callers that may still reject the transition. */
  final MatchTransition applied(Match match, MatchEvent event, Predicate<SupporterId> hasRoom) {
    if (!event.matchId().equals(match.id())) {
      throw Require.invalid("event", "names another match than the one given");
    }
    Optional<RuleId> rejection = guard(match, event, hasRoom);
    return rejection.isPresent() ? MatchTransition.refused(event, Optional.of(match), rejection.get()) : next(match, event, hasRoom);
  }

  /** Logs a decision at DEBUG: event type, statuses and rule id, never an id. */
  static MatchTransition logged(MatchTransition t) {
    if (!LOG.isDebugEnabled()) {
      return t;
    }
    String from = t.fromStatus().map(Enum::name).orElse("none");
    if (t.succeeded()) {
      LOG.debug("match event {} accepted: {} -> {}", t.event().type(), from, t.toStatus().orElseThrow());
    } else {
      LOG.debug("match event {} rejected from {} by {}", t.event().type(), from, t.refusedBy().orElseThrow());
    }
    return t;
  }

  private Optional<RuleId> guard(Match m, MatchEvent e, Predicate<SupporterId> hasRoom) {
    if (!e.type().allowedFrom().contains(m.status())) {
      return Optional.of(NOT_ALLOWED);
    }
    if (e.at().isBefore(m.lastEventAt())) {
      return Optional.of(OUT_OF_ORDER);
    }
    switch (e.type()) {
      case OFFERED:
        return offerGuard(m, e, hasRoom);
      case ACCEPTED:
        return answerGuard(m, e).or(() -> consent(m, e.at()));
      case DECLINED:
        return answerGuard(m, e);
      case OFFER_EXPIRED:
        return m.currentOffer().orElseThrow().openAt(e.at()) ? Optional.of(OFFER_WINDOW_OPEN) : Optional.empty();
      case REMATCH_DECLINED:
        return m.notWorkingReportedAt().isPresent() ? Optional.empty() : Optional.of(NO_OPEN_REPORT);
      case ANCHOR_RECORDED:
        return m.anchor(e.anchor().orElseThrow().kind()).filter(AnchorEvent::occurred).isPresent()
            ? Optional.of(ANCHOR_ALREADY_OCCURRED) : Optional.empty();
      case TERM_EXTENDED:
        return extensionGuard(m, e.extension().orElseThrow());
      default:
        return Optional.empty();
    }
  }

  private static Optional<RuleId> offerGuard(Match m, MatchEvent e, Predicate<SupporterId> hasRoom) {
    Optional<RuleId> consent = consent(m, e.at());
    if (consent.isPresent()) {
      return consent;
    }
    Optional<SupporterId> chosen = e.supporter();
    if (chosen.isEmpty()) {
      boolean exhausted = m.status() == MatchStatus.NEEDS_MANUAL_MATCH && nextCandidate(m, hasRoom).isEmpty();
      return exhausted ? Optional.of(CANDIDATES_EXHAUSTED) : Optional.empty();
    }
    if (m.wasOffered(chosen.get())) {
      return Optional.of(DUPLICATE_OFFER);
    }
    return hasRoom.test(chosen.get()) ? Optional.empty() : Optional.of(SUPPORTER_AT_CAPACITY);
  }

  private static Optional<RuleId> extensionGuard(Match m, Duration extension) {
    if (m.term().isEmpty()) {
      return Optional.of(NO_PLANNED_END);
    }
    MatchTerm term = m.term().get();
    Duration total = term.length().plus(m.extendedBy()).plus(extension);
    return term.longest().filter(longest -> total.compareTo(longest) > 0).isPresent()
        ? Optional.of(EXTENSION_BEYOND_LIMIT) : Optional.empty();
  }

  private static Optional<RuleId> answerGuard(Match m, MatchEvent e) {
    MatchOffer offer = m.currentOffer().orElseThrow();
    boolean bySupporter = e.actor().person().filter(p -> p.equals(offer.supporter())).isPresent();
    boolean byRole = e.actor().role().isPresent();
    if (!bySupporter && !byRole) {
      return Optional.of(ACTOR_NOT_OFFERED_SUPPORTER);
    }
    return offer.openAt(e.at()) ? Optional.empty() : Optional.of(OFFER_WINDOW_PASSED);
  }

  private static Optional<RuleId> consent(Match m, Instant at) {
    return m.request().consentsAt(at) ? Optional.empty() : Optional.of(CONSENT_REQUIRED);
  }

  /** The highest-ranked candidate not yet offered this request who has room. */
  private static Optional<SupporterId> nextCandidate(Match m, Predicate<SupporterId> hasRoom) {
    for (SupporterId s : m.request().candidates()) {
      if (!m.wasOffered(s) && hasRoom.test(s)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private MatchTransition next(Match m, MatchEvent e, Predicate<SupporterId> hasRoom) {
    Instant at = e.at();
    Match.Builder b = Match.builder();
    b.from(m).lastEventAt(at);
    switch (e.type()) {
      case OFFERED: {
        Optional<SupporterId> supporter = e.supporter().or(() -> nextCandidate(m, hasRoom));
        return supporter.isPresent() ? offered(m, e, b, supporter.get()) : needsManualMatch(m, e, b);
      }
      case ACCEPTED:
        return moved(m, e, b.status(MatchStatus.ACCEPTED).statusSince(at).acceptedAt(at));
      case DECLINED:
      case OFFER_EXPIRED: {
        Optional<SupporterId> supporter = m.request().consentsAt(at) ? nextCandidate(m, hasRoom) : Optional.empty();
        return supporter.isPresent() ? offered(m, e, b, supporter.get()) : needsManualMatch(m, e, b);
      }
      case FIRST_CONTACT_CONFIRMED:
        return moved(m, e, b.status(MatchStatus.FIRST_CONTACT_CONFIRMED).statusSince(at).firstContactAt(at).addContacts(at));
      case ACTIVATED:
        return moved(m, e, b.status(MatchStatus.ACTIVE).statusSince(at).activatedAt(at));
      case CONTACT_LOGGED:
        return moved(m, e, b.addContacts(at));
      case REPORTED_NOT_WORKING:
        return moved(m, e, b.notWorkingReportedAt(m.notWorkingReportedAt().orElse(at)));
      case REMATCH_DECLINED:
        return moved(m, e, b.notWorkingReportedAt(Optional.empty()));
      case ANCHOR_RECORDED:
        return moved(m, e, b.anchors(withAnchor(m.anchors(), e.anchor().orElseThrow())));
      case TERM_EXTENDED:
        return moved(m, e, b.addExtensions(e.extension().orElseThrow()));
      case CONSENT_UPDATED: {
        MatchRequest request = MatchRequest.builder().from(m.request()).consent(e.consent().orElseThrow()).build();
        b.request(request);
        if (request.consentsAt(at)) {
          return moved(m, e, b);
        }
        MatchClosure closure = MatchClosure.builder().at(at).by(e.actor()).reason(CloseReason.CONSENT_WITHDRAWN).build();
        return moved(m, e, b.status(MatchStatus.CANCELLED).statusSince(at).closure(closure).notWorkingReportedAt(Optional.empty()));
      }
      case COMPLETED:
      case CANCELLED:
      case REMATCHED:
      case NO_MATCH_FOUND: {
        MatchClosure closure = MatchClosure.builder().at(at).by(e.actor()).reason(e.closeReason().orElseThrow()).build();
        return moved(m, e, b.status(e.type().closedStatus()).statusSince(at).closure(closure).notWorkingReportedAt(Optional.empty()));
      }
      default:
        throw new IllegalStateException("unhandled event type " + e.type());
    }
  }

  /** The anchors with {@code anchor} in place of the one of its kind, or added at the end. */
  private static List<AnchorEvent> withAnchor(List<AnchorEvent> anchors, AnchorEvent anchor) {
    List<AnchorEvent> next = new ArrayList<>(anchors.size() + 1);
    boolean replaced = false;
    for (AnchorEvent a : anchors) {
      replaced |= a.kind() == anchor.kind();
      next.add(a.kind() == anchor.kind() ? anchor : a);
    }
    if (!replaced) {
      next.add(anchor);
    }
    return next;
  }

  private MatchTransition offered(Match m, MatchEvent e, Match.Builder b, SupporterId supporter) {
    MatchOffer offer = MatchOffer.builder().supporter(supporter).offeredAt(e.at()).expiresAt(e.at().plus(offerWindow())).build();
    b.status(MatchStatus.OFFERED).statusSince(e.at()).addOffers(offer);
    return MatchTransition.applied(e, Optional.of(m), b.build(), Optional.of(offer));
  }

  private static MatchTransition needsManualMatch(Match m, MatchEvent e, Match.Builder b) {
    return moved(m, e, b.status(MatchStatus.NEEDS_MANUAL_MATCH).statusSince(e.at()));
  }

  private static MatchTransition moved(Match m, MatchEvent e, Match.Builder b) {
    return MatchTransition.applied(e, Optional.of(m), b.build(), Optional.empty());
  }
}
