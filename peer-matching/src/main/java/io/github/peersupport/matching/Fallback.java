package io.github.peersupport.matching;

/**
 * The rung of the fallback ladder a ranking used (Imerman Angels; Joo et al. 2022). With the default
 * {@link RungOrder#CONDITION_FIRST} the rungs are tried in the order below over the <i>eligible</i>
 * supporters (those that pass the safety floor, the programme's readiness rules and the hard
 * criteria); the first rung that holds at least one of them is used, and only its supporters are
 * ranked. {@link RungOrder} states each rung's test and the other order ({@link
 * RungOrder#ISSUES_BEFORE_BROADER}); the descriptions below are the rungs of the default order.
 */
public enum Fallback {
  /** Candidates share the seeker's condition closely enough: similarity at least {@link MatchingPolicy#conditionThreshold()}. */
  CONDITION,
  /**
   * Nobody shares it that closely: candidates share a broader ancestor in the taxonomy (similarity
   * above 0, below the threshold).
   */
  BROADER_CONDITION,
  /**
   * Nobody shares any ancestry (every eligible supporter's similarity is 0): candidates share at least
   * {@link MatchingPolicy#minSharedIssues()} of the seeker's issues (counted as {@link Criterion#ISSUES}
   * counts them, through the matcher's issue vocabulary). With {@link RungOrder#ISSUES_BEFORE_BROADER}:
   * any supporter below the condition threshold who shares that many issues.
   */
  ISSUES,
  /** No candidate; {@link MatchResult#refusedBy()} says why. */
  NONE
}
