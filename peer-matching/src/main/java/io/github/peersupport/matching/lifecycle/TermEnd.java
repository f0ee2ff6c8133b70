package io.github.peersupport.matching.lifecycle;

/** What happens when a match reaches the planned end of its {@link MatchTerm}. */
public enum TermEnd {
  /**
   * A coordinator reviews the match before its end and extends it ({@link MatchEvent#termExtended})
   * or closes it as completed; a match not reviewed by its end is reported past its end.
   */
  REVIEW,
  /**
   * The match closes as completed at its end ({@link MatchEvent#completed} with {@link
   * CloseReason#PLANNED_END}); a coordinator may still extend it before then.
   */
  CLOSE
}
