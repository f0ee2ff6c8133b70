package io.github.peersupport.core.person;

/** Whether a facilitator is paid (as Presently pays its facilitators) or a volunteer. */
public enum Engagement {
  /** Paid facilitator. */
  PAID,
  /** Volunteer facilitator. */
  VOLUNTEER
}
