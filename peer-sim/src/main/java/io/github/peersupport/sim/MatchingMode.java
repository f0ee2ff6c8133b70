package io.github.peersupport.sim;

/** How a scenario turns referrals into offers. */
public enum MatchingMode {
  /**
   * Each referral is ranked on arrival ({@code PeerMatcher.rank}) and offered to its candidates in
   * rank order (the Together model: one offer at a time, the next-ranked on decline or expiry).
   */
  RANKING,
  /**
   * Referrals wait for the day's batch; the batch is solved optimally ({@code
   * MinCostFlowAssignment.coverageFirst()}: most seekers first, then the best total score) and each
   * seeker's first offer goes to the assigned supporter, later offers down the ranking.
   */
  BATCH_OPTIMAL,
  /** As {@link #BATCH_OPTIMAL} with the greedy baseline ({@code GreedyAssignment.coverageFirst()}). */
  BATCH_GREEDY
}
