package io.github.peersupport.matching.lifecycle;

/**
 * Why a match or a match request was closed; every closing event names one (Joo et al. 2022: a match ends
 * completed, cancelled or rematched, with who ended it and why, and a close-out survey).
 */
public enum CloseReason {
  /** The seeker's goals for the match were met. */
  GOALS_MET,
  /**
   * The agreed duration ended (4–24 weeks; 6 months in kidney programmes), for a match with a {@link
   * MatchTerm} its planned end.
   */
  PLANNED_END,
  /** The seeker no longer wants peer support. */
  SEEKER_WITHDREW,
  /** The supporter stepped back (self-care, illness, leave, other commitments). */
  SUPPORTER_WITHDREW,
  /** The seeker withdrew consent to be matched or contacted. */
  CONSENT_WITHDRAWN,
  /** The pair could not be brought into contact. */
  NO_CONTACT,
  /** The match was not working for the seeker or the supporter (Joo et al. 2022: offer a rematch). */
  NOT_WORKING,
  /** A safety or boundary concern ended the match. */
  SAFETY_CONCERN,
  /** The supporter can no longer serve (decertified, retired, paused for long). */
  SUPPORTER_UNAVAILABLE,
  /** No suitable supporter could be found. */
  NO_SUITABLE_SUPPORTER,
  /** Another reason; the event's reason tag may say more. */
  OTHER
}
