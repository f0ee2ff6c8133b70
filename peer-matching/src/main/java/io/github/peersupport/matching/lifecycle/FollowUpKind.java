package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.rule.RuleId;

/**
 * The follow-up tasks a match can have, each with the stable id of the timer that schedules it (see
 * {@link FollowUpTimers} for when each is due and what clears it). Tasks are for the coordinator,
 * except {@link #SUPPORTER_REMINDER}. The last three follow a match's planned duration ({@link
 * MatchTerm}).
 */
public enum FollowUpKind {
  /** Propose a match for a new request: due at once, overdue after 48 hours (Parent to Parent USA). */
  PROPOSE_MATCH("followup.propose-match"),
  /** Record that the offer window passed, which offers the next-ranked candidate (Together: 3 days). */
  EXPIRE_OFFER("followup.expire-offer"),
  /** Pick a supporter by hand, or end the request: the ranked candidates ran out. */
  MANUAL_MATCH("followup.manual-match"),
  /** Check that the supporter made first contact: 7 days after acceptance, overdue at 14. */
  FIRST_CONTACT_CHECK("followup.first-contact-check"),
  /** Remind the supporter to make first contact: 21 days after acceptance without it. */
  SUPPORTER_REMINDER("followup.supporter-reminder"),
  /** Check in on a match with fewer than about 4 contacts in its first 8 weeks (Parent to Parent). */
  CONTACT_CADENCE_CHECK("followup.contact-cadence"),
  /** Offer the seeker a rematch: the match was reported not working (Joo et al. 2022). */
  OFFER_REMATCH("followup.offer-rematch"),
  /**
   * Review a match before its planned end ({@link MatchTerm#reviewBefore()}): extend it or close it
   * as completed; overdue at the end for a term reviewed at its end ({@link TermEnd#REVIEW}).
   */
  END_REVIEW("followup.end-review"),
  /**
   * The match runs past its planned end without a review: close it as completed ({@link
   * TermEnd#CLOSE}) or review it now ({@link TermEnd#REVIEW}).
   */
  PLANNED_END_PASSED("followup.planned-end-passed"),
  /**
   * Record the anchor event the term is counted from: its expected instant has come and it is not yet
   * recorded as happened, so the match has no planned end.
   */
  ANCHOR_CHECK("followup.anchor-check");

  private final RuleId timer;

  FollowUpKind(String timer) {
    this.timer = RuleId.of(timer);
  }

  /**
   * Returns the stable id of the timer that schedules this task.
   *
   * @return the timer id
   */
  public RuleId timer() {
    return timer;
  }
}
