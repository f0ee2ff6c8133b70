package io.github.peersupport.groups;

/** What happened to a request to join a group. */
public enum AdmissionOutcome {
  /** The seeker is now a member. */
  ADMITTED,
  /** The group has no seat for the seeker yet; they wait at a position on the waitlist. */
  WAITLISTED,
  /** A rule refuses the seeker; the admission names it. */
  REFUSED
}
