package io.github.peersupport.core.escalation;

/**
 * What a peer or facilitator may observe and report (Joo et al. 2022: signs of depression go to a nurse
 * or social worker; the group challenges of the facilitation curriculum in docs/domain.md).
 */
public enum SignKind {
  /** Any mention of suicide in a peer conversation (7 Cups: give crisis resources and hand off). */
  SUICIDE_MENTION,
  /** Signs of depression. */
  DEPRESSION_SIGNS,
  /** Expressed hopelessness. */
  HOPELESSNESS,
  /** The supporter's own distress (self-care needed). */
  SUPPORTER_DISTRESS,
  /** Emotional entanglement between peer and seeker. */
  EMOTIONAL_ENTANGLEMENT,
  /** A disruptive group member. */
  DISRUPTIVE_BEHAVIOUR,
  /** A group dominated by complaints. */
  COMPLAINT_DOMINATED_GROUP,
  /** Competitive comparison of whose condition is worse. */
  COMPETITIVE_COMPARISON,
  /** Medical or medication advice given by a peer or member. */
  MEDICAL_ADVICE_GIVEN,
  /** Medical advice asked of a peer. */
  MEDICAL_ADVICE_REQUESTED,
  /** Another boundary concern. */
  BOUNDARY_CONCERN,
  /** Agreed contacts missed. */
  MISSED_CONTACTS
}
