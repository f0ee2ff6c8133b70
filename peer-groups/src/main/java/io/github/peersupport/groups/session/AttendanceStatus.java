package io.github.peersupport.groups.session;

/** A member's attendance at one session. */
public enum AttendanceStatus {
  /** Attended. */
  PRESENT,
  /** Did not attend and did not send apologies. */
  ABSENT,
  /** Did not attend, excused in advance (illness, treatment, travel). */
  EXCUSED
}
