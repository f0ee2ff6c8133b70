package io.github.peersupport.core.escalation;

/** What happened to an {@link EscalationRecord}. */
public enum EscalationEventType {
  /** An assigned role took the escalation on. */
  ACKNOWLEDGED,
  /** The escalation was handed to other roles, who must acknowledge it again. */
  REASSIGNED,
  /** An assigned role closed the escalation with an outcome. */
  RESOLVED
}
