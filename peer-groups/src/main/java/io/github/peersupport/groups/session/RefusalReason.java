package io.github.peersupport.groups.session;

/** Why {@link AgendaPlanner} could not build an agenda. */
public enum RefusalReason {
  /**
   * Too many attending members for every one of them to get the minimum turn within the session (or
   * within a round's maximum); {@link AgendaRefusal#membersThatFit()} says how many would fit.
   */
  TOO_MANY_MEMBERS,
  /** The minimums of the required segments alone exceed the session length, whatever the number of members. */
  REQUIRED_MINIMUMS_EXCEED_LENGTH
}
