package io.github.peersupport.groups;

/** Where a group stands in the programme's vetting. Only {@link #VETTED} groups can be prescribed. */
public enum VettingStatus {
  /** Submitted, not yet reviewed. */
  PENDING,
  /** Reviewed and approved. */
  VETTED,
  /** Reviewed and not approved. */
  REJECTED,
  /** Approved earlier, now withdrawn pending a new review. */
  SUSPENDED
}
