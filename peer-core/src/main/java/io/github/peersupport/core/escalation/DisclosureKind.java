package io.github.peersupport.core.escalation;

import io.github.peersupport.core.consent.ConfidentialityLimit;

/** A disclosure that falls under a limit of confidentiality. */
public enum DisclosureKind {
  /** Intent or threat to harm another person. */
  DANGER_TO_OTHERS(ConfidentialityLimit.DANGER_TO_OTHERS),
  /** Abuse of a child. */
  CHILD_ABUSE(ConfidentialityLimit.CHILD_ABUSE),
  /** Abuse of an elder or dependent adult. */
  ELDER_OR_DEPENDENT_ADULT_ABUSE(ConfidentialityLimit.ELDER_OR_DEPENDENT_ADULT_ABUSE);

  private final ConfidentialityLimit limit;

  DisclosureKind(ConfidentialityLimit limit) {
    this.limit = limit;
  }

  /**
   * Returns the limit of confidentiality this disclosure falls under.
   *
   * @return the limit
   */
  public ConfidentialityLimit limit() {
    return limit;
  }
}
