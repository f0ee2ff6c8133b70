package io.github.peersupport.core.lifecycle;

/** Why an active supporter or facilitator paused. */
public enum PauseReason {
  /** Self-care after emotional strain. */
  SELF_CARE,
  /** The peer's own illness or recurrence. */
  ILLNESS,
  /** Leave (travel, work, family). */
  LEAVE,
  /** No certification valid any more. */
  CERTIFICATION_LAPSED,
  /** A boundary review was opened. */
  BOUNDARY_REVIEW
}
