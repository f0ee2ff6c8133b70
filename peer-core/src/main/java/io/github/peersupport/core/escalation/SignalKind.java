package io.github.peersupport.core.escalation;

/** The kinds of {@link Signal}. */
public enum SignalKind {
  /** PHQ-2 answers (2 items, 0–3 each). */
  PHQ2,
  /** PHQ-9 answers (9 items, 0–3 each; item 9 asks about thoughts of self-harm). */
  PHQ9,
  /** C-SSRS screener answers. */
  CSSRS,
  /**
   * Edinburgh Postnatal Depression Scale answers (10 items, 0–3 each as scored; item 10 asks about
   * thoughts of self-harm). Cox, Holden &amp; Sagovsky 1987.
   */
  EPDS,
  /** An NCCN Distress Thermometer rating (one answer, 0–10). NCCN Guidelines: Distress Management. */
  DISTRESS_THERMOMETER,
  /** A sign observed by a peer or facilitator. */
  SIGN,
  /** A disclosure under a limit of confidentiality. */
  DISCLOSURE,
  /** Anything else, with a severity declared by the host. */
  OTHER
}
