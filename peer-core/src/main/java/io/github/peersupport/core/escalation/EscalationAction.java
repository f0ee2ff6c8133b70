package io.github.peersupport.core.escalation;

/** What an escalation asks the host to do. */
public enum EscalationAction {
  /** Notify the target care roles before the deadline. */
  NOTIFY,
  /** Give the person crisis resources now (e.g. the 988 Suicide &amp; Crisis Lifeline in the US). */
  GIVE_CRISIS_RESOURCES,
  /** Administer a PHQ-9 (after a positive PHQ-2). */
  ADMINISTER_PHQ9,
  /** Pause the one-to-one match. */
  PAUSE_MATCH,
  /** Pause the supporter (self-care). */
  PAUSE_SUPPORTER,
  /** Close the peer chat and hand off to the crisis line or clinician. */
  CLOSE_CHAT,
  /** Prompt the group facilitator to address it in the session. */
  FACILITATOR_PROMPT,
  /** Open a boundary review of the supporter. */
  OPEN_BOUNDARY_REVIEW
}
