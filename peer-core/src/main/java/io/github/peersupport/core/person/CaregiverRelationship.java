package io.github.peersupport.core.person;

/** How a caregiver is related to the person they care for. */
public enum CaregiverRelationship {
  /** Parent of a child (or adult child) with the condition. */
  PARENT,
  /** Spouse or partner. */
  PARTNER,
  /** Adult child caring for a parent. */
  CHILD,
  /** Brother or sister. */
  SIBLING,
  /** Another relative. */
  OTHER_FAMILY,
  /** A friend or neighbour. */
  FRIEND
}
