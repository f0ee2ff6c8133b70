package io.github.peersupport.matching;

/**
 * The rung of the fallback ladder a ranking used (Imerman Angels; Joo et al. 2022).
 */
public enum Fallback {
  /** Candidates share the seeker's condition closely enough ({@link MatchingPolicy#conditionThreshold()}). */
  CONDITION,
  /** Nobody shares it that closely: candidates share a broader ancestor in the taxonomy. */
  BROADER_CONDITION,
  /** Nobody shares any ancestry: candidates share at least {@link MatchingPolicy#minSharedIssues()} issues. */
  ISSUES,
  /** No candidate; {@link MatchResult#noMatchReason()} says why. */
  NONE
}
