package io.github.peersupport.core.escalation;

/**
 * Where an {@link EscalationRecord} stands: raised, acknowledged by an assigned role, resolved. A
 * reassignment returns an open record to {@link #RAISED}, for the new roles to acknowledge.
 */
public enum EscalationState {
  /** Raised and not yet acknowledged by a role it is assigned to. */
  RAISED,
  /** Acknowledged: someone assigned has taken it on. */
  ACKNOWLEDGED,
  /** Resolved with an outcome; final. */
  RESOLVED
}
