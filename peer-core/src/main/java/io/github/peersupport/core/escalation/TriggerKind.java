package io.github.peersupport.core.escalation;

/** The kinds of {@link Trigger}. */
public enum TriggerKind {
  /** A PHQ-2 whose total is at least {@code min}. */
  PHQ2_TOTAL_AT_LEAST,
  /** A PHQ-9 whose total lies between {@code min} and {@code max}, inclusive. */
  PHQ9_TOTAL_BETWEEN,
  /** A PHQ-9 whose item 9 (thoughts of self-harm) is anything but "not at all". */
  PHQ9_ITEM9_POSITIVE,
  /** An EPDS whose total lies between {@code min} and {@code max}, inclusive. */
  EPDS_TOTAL_BETWEEN,
  /** An EPDS whose item 10 (the thought of harming myself) scores anything but 0. */
  EPDS_ITEM10_POSITIVE,
  /** A distress thermometer rating of at least {@code min}. */
  DISTRESS_AT_LEAST,
  /** A C-SSRS screener triaged at exactly {@code risk}. */
  CSSRS_RISK,
  /** An observed sign of kind {@code sign}. */
  SIGN,
  /** A disclosure of kind {@code disclosure}. */
  DISCLOSURE,
  /** An "other" signal whose declared severity is {@code declared}. */
  DECLARED
}
