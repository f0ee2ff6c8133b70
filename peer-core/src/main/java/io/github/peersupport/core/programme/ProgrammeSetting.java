package io.github.peersupport.core.programme;

/** Where a programme runs (IPFCC). */
public enum ProgrammeSetting {
  /** Across a whole hospital. */
  HOSPITAL_WIDE,
  /** In one unit, department or clinic. */
  UNIT_OR_CLINIC,
  /** In the community. */
  COMMUNITY,
  /** A hospital partnering with a community or national programme. */
  NATIONAL_PARTNERSHIP
}
