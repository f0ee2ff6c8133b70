package io.github.peersupport.core.referral;

/**
 * The care events a programme may count a match's term from (Joo et al. 2022, Table 2: new mothers
 * are supported "for 12 weeks after delivery" and connected with mentors "prior to their discharge
 * from the hospital"; parents of a child with a disability are reached "anytime you get that new
 * diagnosis"; transplant programmes support patients around their transplant).
 */
public enum AnchorKind {
  /** Admission to hospital. */
  ADMISSION,
  /** Discharge from hospital. */
  DISCHARGE,
  /** Delivery of a baby. */
  DELIVERY,
  /** The diagnosis the request is about: the seeker's own or, for a caregiver, the cared-for person's. */
  DIAGNOSIS,
  /** The start of treatment. */
  TREATMENT_START,
  /** The end of treatment. */
  TREATMENT_END,
  /** An organ transplant. */
  TRANSPLANT,
  /** The death of the person cared for. */
  BEREAVEMENT
}
