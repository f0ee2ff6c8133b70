package io.github.peersupport.matching.stable;

import io.github.peersupport.core.internal.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An independent certificate for a {@link StableMatching.Result}: its blocking pairs, and before
 * that whether it is a matching of the problem at all (capacities and acceptability).
 *
 * <p>A <em>blocking pair</em> is an acceptable seeker–supporter pair, not matched together, where the
 * seeker is unassigned or prefers the supporter to its own, and the supporter has a free place or
 * prefers the seeker to its worst assigned seeker. A result is stable exactly when {@link #find}
 * returns an empty list.
 *
 * <p>Both checks run in O(n + m + L) time for n seekers, m supporters and L the total length of the
 * preference lists, using the rank tables of {@link StableProblem}.
 */
public final class BlockingPairs {
  private BlockingPairs() {}

  /**
   * Returns every blocking pair, ordered by seeker index and then by the seeker's preference.
   *
   * @param problem the problem
   * @param result a matching of that problem
   * @return the blocking pairs; empty exactly when the result is stable
   * @throws IllegalArgumentException if the result has a different number of seekers or supporters,
   *     exceeds a capacity or uses an unacceptable pair; the message names the first such violation
   * @throws NullPointerException if any argument is null
   */
  public static List<StablePair> find(StableProblem problem, StableMatching.Result result) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(result, "result");
    List<String> violations = violations(problem, result);
    if (!violations.isEmpty()) {
      throw Require.invalid("result", "not a matching of the problem: " + violations.get(0)
          + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
    }
    int n = problem.seekerCount();
    int m = problem.supporterCount();
    int[] seekerStart = problem.seekerStart();
    int[] seekerList = problem.seekerList();
    int[] rankAtSupporter = problem.rankAtSupporter();
    int[] capacity = problem.capacities();
    // each seeker's own position in its list; each supporter's worst rank among its seekers
    int[] ownPosition = new int[n];
    int[] worst = new int[m];
    Arrays.fill(worst, -1);
    for (int i = 0; i < n; i++) {
      int h = result.supporterOf(i);
      ownPosition[i] = seekerStart[i + 1];
      for (int k = seekerStart[i]; h >= 0 && k < seekerStart[i + 1]; k++) {
        if (seekerList[k] == h) {
          ownPosition[i] = k;
          worst[h] = Math.max(worst[h], rankAtSupporter[k]);
          break;
        }
      }
    }
    List<StablePair> blocking = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int k = seekerStart[i]; k < ownPosition[i]; k++) {
        int h = seekerList[k];
        int rank = rankAtSupporter[k];
        if (rank >= 0 && (result.load(h) < capacity[h] || rank < worst[h])) {
          blocking.add(StablePair.of(problem.seeker(i), problem.supporter(h)));
        }
      }
    }
    return List.copyOf(blocking);
  }

  /**
   * Returns why a result is not a matching of the problem: a size mismatch, a supporter over
   * capacity, or a seeker assigned to a supporter that one of them does not list. Messages name the
   * ids involved, which are opaque.
   *
   * @param problem the problem
   * @param result the result to check
   * @return the violations; empty when the result respects capacities and acceptability
   */
  public static List<String> violations(StableProblem problem, StableMatching.Result result) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(result, "result");
    int n = problem.seekerCount();
    int m = problem.supporterCount();
    if (result.problem().seekerCount() != n || result.problem().supporterCount() != m) {
      return List.of("the result has " + result.problem().seekerCount() + " seekers and " + result.problem().supporterCount()
          + " supporters but the problem has " + n + " and " + m);
    }
    List<String> violations = new ArrayList<>();
    for (int h = 0; h < m; h++) {
      if (result.load(h) > problem.capacity(h)) {
        violations.add("supporter " + problem.supporter(h) + " has " + result.load(h) + " seekers but capacity " + problem.capacity(h));
      }
    }
    int[] seekerStart = problem.seekerStart();
    int[] seekerList = problem.seekerList();
    int[] rankAtSupporter = problem.rankAtSupporter();
    for (int i = 0; i < n; i++) {
      int h = result.supporterOf(i);
      if (h < 0) {
        continue;
      }
      int listed = -1;
      for (int k = seekerStart[i]; k < seekerStart[i + 1]; k++) {
        if (seekerList[k] == h) {
          listed = k;
          break;
        }
      }
      if (listed < 0) {
        violations.add("seeker " + problem.seeker(i) + " is assigned to supporter " + problem.supporter(h) + ", whom the seeker does not list");
      } else if (rankAtSupporter[listed] < 0) {
        violations.add("seeker " + problem.seeker(i) + " is assigned to supporter " + problem.supporter(h) + ", who does not list the seeker");
      }
    }
    return List.copyOf(violations);
  }
}
