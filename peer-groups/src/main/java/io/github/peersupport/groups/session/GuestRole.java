package io.github.peersupport.groups.session;

/**
 * Who a guest speaker of an education session is. Support groups may invite guest speakers and mix
 * education with emotional support (IPFCC, delivery models).
 */
public enum GuestRole {
  /** A physician. */
  PHYSICIAN("physician"),
  /** A nurse. */
  NURSE("nurse"),
  /** A social worker. */
  SOCIAL_WORKER("social worker"),
  /** A psychologist or counsellor. */
  PSYCHOLOGIST("psychologist"),
  /** A dietitian. */
  DIETITIAN("dietitian"),
  /** A patient (or caregiver) further along, sharing their experience. */
  PATIENT("patient");

  private final String label;

  GuestRole(String label) {
    this.label = label;
  }

  /**
   * Returns a readable English label, e.g. {@code "social worker"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
