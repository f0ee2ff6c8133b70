package io.github.peersupport.core.consent;

/**
 * A limit of confidentiality: a situation in which a peer or facilitator shares what they learned
 * with the care team or authorities even without the person's consent. Stated at the first session
 * (facilitation curriculum; ESRD Network peer mentoring guidelines).
 */
public enum ConfidentialityLimit {
  /** Danger to self (suicide risk). */
  DANGER_TO_SELF,
  /** Danger to others. */
  DANGER_TO_OTHERS,
  /** Abuse of a child. */
  CHILD_ABUSE,
  /** Abuse of an elder or dependent adult, where local law requires reporting. */
  ELDER_OR_DEPENDENT_ADULT_ABUSE
}
