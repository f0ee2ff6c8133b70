package io.github.peersupport.core.person;

/**
 * The roles a peer hands off to. Peers screen and refer; these people assess and treat (Joo et al.
 * 2022).
 */
public enum CareRole {
  /** The leader of the peer support programme. */
  PROGRAMME_LEADER,
  /** The coordinator who makes and follows matches. */
  COORDINATOR,
  /** A clinical social worker. */
  SOCIAL_WORKER,
  /** A nurse. */
  NURSE,
  /** A psychologist. */
  PSYCHOLOGIST,
  /** A physician. */
  PHYSICIAN,
  /** A crisis line (for example 988 in the United States). */
  CRISIS_LINE,
  /**
   * The person who makes the jurisdiction's mandated report of child, elder or dependent-adult abuse
   * to the authority that receives it (child protective services, adult protective services, the
   * local authority): the designated safeguarding lead of a UK organisation, the designated reporter
   * of a US programme. Not a clinician: abuse is routed to this role together with a clinician.
   * Assumption: every programme names such a person, as the limits of confidentiality stated at the
   * first session presuppose (ESRD Network peer mentoring guidelines).
   */
  SAFEGUARDING_LEAD;

  /**
   * Tells whether this role is a clinician.
   *
   * @return true for social workers, nurses, psychologists and physicians
   */
  public boolean isClinical() {
    return this == SOCIAL_WORKER || this == NURSE || this == PSYCHOLOGIST || this == PHYSICIAN;
  }
}
