package io.github.peersupport.core.escalation;

/** Who observed or reported a signal. */
public enum Reporter {
  /** The matched peer supporter. */
  PEER,
  /** A group facilitator. */
  FACILITATOR,
  /** The person themselves (a self-completed questionnaire, a message). */
  SELF_REPORT,
  /** A screening administered by programme or clinical staff. */
  SCREENER
}
