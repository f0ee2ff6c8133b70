package io.github.peersupport.matching.lifecycle;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of match event, each with the statuses it may be applied in; see {@link MatchLifecycle}
 * for the guards and the resulting status.
 */
public enum MatchEventType {
  /** A seeker asked for a match (payload: {@link MatchRequest}); opens the match. */
  REQUESTED(EnumSet.noneOf(MatchStatus.class)),
  /**
   * A supporter was offered the match: the one the event names, or else the highest-ranked candidate
   * not yet offered who has room.
   */
  OFFERED(EnumSet.of(MatchStatus.REQUESTED, MatchStatus.NEEDS_MANUAL_MATCH)),
  /** The offered supporter accepted within the offer window. */
  ACCEPTED(EnumSet.of(MatchStatus.OFFERED)),
  /** The offered supporter declined within the offer window; the next-ranked candidate is offered. */
  DECLINED(EnumSet.of(MatchStatus.OFFERED)),
  /** The offer window passed without an answer; the next-ranked candidate is offered. */
  OFFER_EXPIRED(EnumSet.of(MatchStatus.OFFERED)),
  /** The supporter's first contact with the seeker was confirmed; it counts as a contact. */
  FIRST_CONTACT_CONFIRMED(EnumSet.of(MatchStatus.ACCEPTED)),
  /** After first contact, the pair agreed to continue. */
  ACTIVATED(EnumSet.of(MatchStatus.FIRST_CONTACT_CONFIRMED)),
  /** A later contact between the pair took place. */
  CONTACT_LOGGED(EnumSet.of(MatchStatus.FIRST_CONTACT_CONFIRMED, MatchStatus.ACTIVE)),
  /** The seeker, the supporter or a coordinator reported that the match is not working. */
  REPORTED_NOT_WORKING(EnumSet.of(MatchStatus.ACCEPTED, MatchStatus.FIRST_CONTACT_CONFIRMED, MatchStatus.ACTIVE)),
  /** The seeker was offered a rematch after a report and chose to continue; clears the report. */
  REMATCH_DECLINED(EnumSet.of(MatchStatus.ACCEPTED, MatchStatus.FIRST_CONTACT_CONFIRMED, MatchStatus.ACTIVE)),
  /** The match ran its course (payload: {@link CloseReason}). */
  COMPLETED(EnumSet.of(MatchStatus.ACTIVE)),
  /** The match or request ended early (payload: {@link CloseReason}). */
  CANCELLED(EnumSet.of(MatchStatus.REQUESTED, MatchStatus.OFFERED, MatchStatus.NEEDS_MANUAL_MATCH,
      MatchStatus.ACCEPTED, MatchStatus.FIRST_CONTACT_CONFIRMED, MatchStatus.ACTIVE)),
  /** The match ended so that the seeker can be matched again (payload: {@link CloseReason}). */
  REMATCHED(EnumSet.of(MatchStatus.ACCEPTED, MatchStatus.FIRST_CONTACT_CONFIRMED, MatchStatus.ACTIVE)),
  /** A coordinator found no supporter for the request (payload: {@link CloseReason}). */
  NO_MATCH_FOUND(EnumSet.of(MatchStatus.NEEDS_MANUAL_MATCH)),
  /**
   * The seeker's consent record changed (payload: the current {@link
   * io.github.peersupport.core.consent.ConsentRecord}). It replaces the request's record for every
   * later decision; when it no longer permits being matched and contacted, the match is cancelled
   * with {@link CloseReason#CONSENT_WITHDRAWN} (withdrawal takes effect for every later
   * decision).
   */
  CONSENT_UPDATED(EnumSet.of(MatchStatus.REQUESTED, MatchStatus.OFFERED, MatchStatus.NEEDS_MANUAL_MATCH,
      MatchStatus.ACCEPTED, MatchStatus.FIRST_CONTACT_CONFIRMED, MatchStatus.ACTIVE)),
  /**
   * An anchor event happened, or its expected instant changed (payload: an {@link
   * io.github.peersupport.core.referral.AnchorEvent}); it takes the place of the anchor of its kind
   * for every later decision, and a {@link MatchTerm} counted from it starts when it happened.
   */
  ANCHOR_RECORDED(EnumSet.of(MatchStatus.REQUESTED, MatchStatus.OFFERED, MatchStatus.NEEDS_MANUAL_MATCH,
      MatchStatus.ACCEPTED, MatchStatus.FIRST_CONTACT_CONFIRMED, MatchStatus.ACTIVE)),
  /**
   * A coordinator reviewed the match and extended its term (payload: the extension, a positive
   * {@link java.time.Duration}); the planned end moves by the extension.
   */
  TERM_EXTENDED(EnumSet.of(MatchStatus.ACCEPTED, MatchStatus.FIRST_CONTACT_CONFIRMED, MatchStatus.ACTIVE));

  private final Set<MatchStatus> allowedFrom;

  MatchEventType(Set<MatchStatus> allowedFrom) {
    this.allowedFrom = Collections.unmodifiableSet(EnumSet.copyOf(allowedFrom));
  }

  /**
   * Returns the statuses this event may be applied in; empty for {@link #REQUESTED}, which opens a
   * new match.
   *
   * @return the statuses, never a closed one
   */
  public Set<MatchStatus> allowedFrom() {
    return allowedFrom;
  }

  /**
   * Tells whether this event closes the match and so carries a {@link CloseReason}.
   *
   * @return true for COMPLETED, CANCELLED, REMATCHED and NO_MATCH_FOUND
   */
  public boolean isClosing() {
    return this == COMPLETED || this == CANCELLED || this == REMATCHED || this == NO_MATCH_FOUND;
  }

  /**
   * Returns the status a closing event leads to.
   *
   * @return the closed status
   * @throws IllegalStateException if this event does not close the match
   */
  public MatchStatus closedStatus() {
    switch (this) {
      case COMPLETED:
        return MatchStatus.COMPLETED;
      case CANCELLED:
        return MatchStatus.CANCELLED;
      case REMATCHED:
        return MatchStatus.REMATCHED;
      case NO_MATCH_FOUND:
        return MatchStatus.NO_MATCH_FOUND;
      default:
        throw new IllegalStateException(this + " does not close a match");
    }
  }
}
