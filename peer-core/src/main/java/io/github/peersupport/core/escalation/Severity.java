package io.github.peersupport.core.escalation;

/** How urgently a signal must reach someone beyond the peer, lowest first. */
public enum Severity {
  /** Logistics or a minor boundary matter; the coordinator sees it in the normal course. */
  INFO,
  /** Distress, inappropriate medical advice, competitive comparison, PHQ-9 10–14: the coordinator within days. */
  CONCERN,
  /** PHQ-9 ≥ 15, C-SSRS moderate risk: a clinician within 24 hours. */
  URGENT,
  /** Suicide risk or disclosed danger or abuse: act now, crisis line, clinician the same day. */
  IMMEDIATE;

  /**
   * Tells whether this level is at least another.
   *
   * @param other the other level
   * @return true if this is as severe or more
   */
  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
