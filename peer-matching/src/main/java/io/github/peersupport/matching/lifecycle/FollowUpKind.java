package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.rule.RuleId;

/**
 * The follow-up tasks a match can have, each with the stable id of the timer that schedules it (see
 * {@link FollowUpTimers} for when each is due and what clears it). Tasks are for the coordinator,
 * except {@link #SUPPORTER_REMINDER}.
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
  OFFER_REMATCH("followup.offer-rematch");

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
