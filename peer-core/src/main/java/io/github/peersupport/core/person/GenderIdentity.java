package io.github.peersupport.core.person;

/** The kind of a person's gender, as they state it. */
public enum GenderIdentity {
  /** Woman. */
  WOMAN,
  /** Man. */
  MAN,
  /** Non-binary. */
  NON_BINARY,
  /** Described in the person's own words (see {@link Gender#selfDescription()}). */
  SELF_DESCRIBED,
  /** Not disclosed. */
  UNDISCLOSED
}
