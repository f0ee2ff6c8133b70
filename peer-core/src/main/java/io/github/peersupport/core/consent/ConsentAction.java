package io.github.peersupport.core.consent;

/** Whether a consent event grants or withdraws a scope. */
public enum ConsentAction {
  /** Consent given. */
  GRANTED,
  /** Consent withdrawn; takes effect for every later decision. */
  WITHDRAWN
}
