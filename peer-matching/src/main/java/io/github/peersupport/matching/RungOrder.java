package io.github.peersupport.matching;

/**
 * How a ranking walks the fallback ladder ({@link Fallback}), a {@link MatchingPolicy} option.
 *
 * <p>Each eligible supporter stands on at most one rung: the first rung, in the order's ladder, whose
 * test they pass. The tests, with c the {@link Criterion#CONDITION} similarity and n the number of the
 * seeker's issues the supporter shares (counted as {@link Criterion#ISSUES} counts them): {@link
 * Fallback#CONDITION} c ≥ {@link MatchingPolicy#conditionThreshold()}; {@link
 * Fallback#BROADER_CONDITION} c &gt; 0; {@link Fallback#ISSUES} n ≥ {@link
 * MatchingPolicy#minSharedIssues()}. A supporter who passes none is no candidate.
 *
 * <p>Every {@link Candidate} names its rung ({@link Candidate#rung()}), and {@link
 * MatchResult#fallback()} is the rung of the first candidate.
 */
public enum RungOrder {
  /**
   * The ladder {@code CONDITION → BROADER_CONDITION → ISSUES}, and only the first rung that holds an
   * eligible supporter is ranked: any supporter who shares a broader condition hides every supporter
   * who shares only issues. The default, and the library's behaviour before this option existed.
   */
  CONDITION_FIRST,
  /**
   * The ladder {@code CONDITION → ISSUES → BROADER_CONDITION}, and every rung is ranked: candidates are
   * ordered by rung in that order, then as within a rung (score, then supporter id), and the first
   * {@link MatchingPolicy#topK()} are kept. A supporter below the condition threshold who shares
   * enough issues stands on the ISSUES rung whatever their condition, so issue-sharing supporters rank
   * ahead of distant, broader-condition ones, which still follow them. Joo et al. (2022), programme E:
   * "I try to match on issues" (a man with a heart transplant worried about rejection matched with a
   * woman in her 60s who had been through rejection).
   *
   * <p>Compared with {@link #CONDITION_FIRST}, a ranking loses a candidate only to the top-k cut: each
   * candidate {@code CONDITION_FIRST} returns is also returned, unless {@link MatchingPolicy#topK()}
   * candidates are ordered ahead of it (issue-sharing supporters, or supporters of the rung it moved
   * from); when the first rung of {@code CONDITION_FIRST} is CONDITION or ISSUES, its candidates are the
   * first candidates here, in the same order.
   */
  ISSUES_BEFORE_BROADER
}
