package io.github.peersupport.core.escalation;

/**
 * How an escalation was resolved. Assumption: these codes cover what the seeds describe (a peer
 * refers, a clinician assesses, abuse is reported); a host records detail in its own system.
 */
public enum EscalationOutcome {
  /** Assessed by the assigned role; no further action needed. */
  ASSESSED_NO_FURTHER_ACTION,
  /** Referred for care (a clinician, the person's care team, a treatment service). */
  REFERRED_FOR_CARE,
  /** The person was connected with a crisis line. */
  CRISIS_LINE_CONNECTED,
  /** Emergency services were called. */
  EMERGENCY_SERVICES_CALLED,
  /** The jurisdiction's mandated report (child, elder or dependent-adult abuse) was filed. */
  MANDATED_REPORT_FILED,
  /** The person could not be reached after the attempts the programme requires. */
  NOT_REACHED
}
