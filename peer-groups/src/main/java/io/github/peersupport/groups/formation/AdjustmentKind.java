package io.github.peersupport.groups.formation;

/** What an {@link Adjustment} suggests. */
public enum AdjustmentKind {
  /** Merge an undersized group into a compatible group; the merged size stays within the cap. */
  MERGE,
  /** Split a full group with a long waitlist into two groups. */
  SPLIT,
  /** The group is below its minimum viable size and no compatible group can take it: recruit or close. */
  UNDERSIZED
}
