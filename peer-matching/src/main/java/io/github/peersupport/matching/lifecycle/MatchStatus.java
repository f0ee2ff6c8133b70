package io.github.peersupport.matching.lifecycle;

/**
 * Where a one-to-one match stands (Parent to Parent USA; Joo et al. 2022).
 *
 * <pre>
 * REQUESTED --OFFERED--> OFFERED --ACCEPTED--> ACCEPTED --FIRST_CONTACT_CONFIRMED--> FIRST_CONTACT_CONFIRMED
 *   --ACTIVATED--> ACTIVE --COMPLETED--> COMPLETED
 * OFFERED --DECLINED / OFFER_EXPIRED--> OFFERED (next-ranked candidate) or NEEDS_MANUAL_MATCH
 * NEEDS_MANUAL_MATCH --OFFERED--> OFFERED;  NEEDS_MANUAL_MATCH --NO_MATCH_FOUND--> NO_MATCH_FOUND
 * any open status --CANCELLED--> CANCELLED;  ACCEPTED..ACTIVE --REMATCHED--> REMATCHED
 * </pre>
 *
 * <p>A <em>live</em> match ({@link #isLive()}: OFFERED, ACCEPTED, FIRST_CONTACT_CONFIRMED or ACTIVE)
 * holds its seeker and a place in its supporter's capacity: a seeker has at most one live match per
 * programme, and a supporter at most as many live matches as their capacity.
 */
public enum MatchStatus {
  /** Requested; waiting for a first offer (target: within 48 hours, Parent to Parent USA). */
  REQUESTED,
  /** Offered to one supporter, who has an offer window to accept (3 days by default, Together). */
  OFFERED,
  /** The supporter accepted; waiting for the supporter's first contact with the seeker. */
  ACCEPTED,
  /** The supporter's first contact with the seeker has been confirmed. */
  FIRST_CONTACT_CONFIRMED,
  /** Under way: after first contact, the pair agreed to continue. */
  ACTIVE,
  /** No ranked candidate is left to offer; a coordinator picks a supporter or ends the request. */
  NEEDS_MANUAL_MATCH,
  /** Closed: the match ran its course. */
  COMPLETED,
  /** Closed: ended early, or the request was withdrawn. */
  CANCELLED,
  /** Closed: ended because it was not working; the seeker is to be matched again under a new request. */
  REMATCHED,
  /** Closed: no supporter could be found for the request. */
  NO_MATCH_FOUND;

  /**
   * Tells whether the match is closed; no event applies to a closed match.
   *
   * @return true for COMPLETED, CANCELLED, REMATCHED and NO_MATCH_FOUND
   */
  public boolean isClosed() {
    return this == COMPLETED || this == CANCELLED || this == REMATCHED || this == NO_MATCH_FOUND;
  }

  /**
   * Tells whether the match is live: it holds the seeker (at most one live match per seeker and
   * programme) and a place in the supporter's capacity.
   *
   * @return true for OFFERED, ACCEPTED, FIRST_CONTACT_CONFIRMED and ACTIVE
   */
  public boolean isLive() {
    return this == OFFERED || isEngaged();
  }

  /**
   * Tells whether a supporter has accepted and the match is not closed.
   *
   * @return true for ACCEPTED, FIRST_CONTACT_CONFIRMED and ACTIVE
   */
  public boolean isEngaged() {
    return this == ACCEPTED || this == FIRST_CONTACT_CONFIRMED || this == ACTIVE;
  }
}
