package io.github.peersupport.core.boundary;

/** What a breach leads to. */
public enum BoundaryConsequence {
  /** The facilitator or coordinator reminds the peer of the boundary. */
  FACILITATOR_PROMPT,
  /** The coordinator reviews the matter with the peer. */
  COORDINATOR_REVIEW,
  /** A signal goes to the escalation policy ({@link Breach#toSignal}). */
  ESCALATION_SIGNAL,
  /** A decertification review is opened. */
  DECERTIFICATION_REVIEW
}
