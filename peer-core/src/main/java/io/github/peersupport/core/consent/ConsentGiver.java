package io.github.peersupport.core.consent;

/**
 * Who gave or withdrew a consent event: the person themself, a parent or legal guardian on behalf of a
 * child, or another legally authorised representative (a proxy). The terms follow the US Common Rule:
 * "permission" is the agreement of a child's parent or guardian, "assent" a child's own affirmative
 * agreement (45 CFR 46.402(b)–(e)); a "legally authorized representative" is a person or body
 * authorised under applicable law to consent on behalf of another (45 CFR 46.102). The American Academy
 * of Pediatrics treats parental permission and the child's assent as two parts of one process (Katz,
 * Webb and AAP Committee on Bioethics 2016, "Informed Consent in Decision-Making in Pediatric
 * Practice", Pediatrics 138(2):e20161484/e20161485).
 *
 * <p>For a minor, a grant given by {@link #SELF} is the minor's assent, not consent; a grant by {@link
 * #GUARDIAN} or {@link #PROXY} is the permission that stands in for consent. For an adult, {@link #SELF}
 * is consent, and {@link #PROXY} serves an adult who cannot consent for themself.
 */
public enum ConsentGiver {
  /** The person themself: consent for an adult, assent for a minor. The default of every event. */
  SELF,
  /** A parent or legal guardian, authorised to consent on the person's behalf (45 CFR 46.402(c)–(e)). */
  GUARDIAN,
  /**
   * Another legally authorised representative: a court-appointed guardian, an agency holding
   * parental responsibility, or a proxy for an adult who cannot consent (45 CFR 46.102).
   */
  PROXY
}
