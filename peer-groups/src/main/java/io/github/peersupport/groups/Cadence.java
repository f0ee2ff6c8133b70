package io.github.peersupport.groups;

/** How often a group meets: weekly, every other week or monthly (NAMI Connection, CancerChatCanada). */
public enum Cadence {
  /** Once a week. */
  WEEKLY,
  /** Every other week. */
  BIWEEKLY,
  /** Once a month. */
  MONTHLY
}
