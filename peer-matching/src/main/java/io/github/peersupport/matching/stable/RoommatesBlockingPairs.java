package io.github.peersupport.matching.stable;

import io.github.peersupport.core.internal.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An independent certificate for a {@link StableRoommatesMatching.Result}: its blocking pairs, and
 * before that whether it is a pairing of the problem at all (symmetric, nobody paired with
 * themselves, partners mutually acceptable). It does not use the solver's working table; it reads the
 * problem's preference lists only.
 *
 * <p>A <em>blocking pair</em> is two mutually acceptable members, not paired together, each of whom
 * is unmatched or prefers the other to their own partner (Irving 1985; Gusfield and Irving 1989,
 * chapter 4). A pairing is stable exactly when {@link #find} returns an empty list. A result that
 * says no stable pairing exists holds no pairing to check; the brute-force property tests check that
 * finding.
 *
 * <p>Both checks run in O(n + L log L) time and O(n + L) space for n members and L the total length
 * of the preference lists (each "prefers" relation is an entry before one's own partner; a pair blocks
 * when both directions are present, found by binary search over the sorted relations).
 */
public final class RoommatesBlockingPairs {
  private RoommatesBlockingPairs() {}

  /**
   * Returns every blocking pair, each once with its lower-index member first, ordered by that member's
   * index and then by its preference.
   *
   * @param problem the problem
   * @param result a pairing of that problem
   * @return the blocking pairs; empty exactly when the pairing is stable
   * @throws IllegalArgumentException if the result holds no pairing (no stable pairing exists), or is
   *     not a pairing of the problem; the message names the first violation
   * @throws NullPointerException if any argument is null
   */
  public static List<BuddyPair> find(RoommatesProblem problem, StableRoommatesMatching.Result result) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(result, "result");
    if (!result.succeeded()) {
      throw Require.invalid("result", "holds no pairing: it says no stable pairing exists");
    }
    List<String> violations = violations(problem, result);
    if (!violations.isEmpty()) {
      throw Require.invalid("result", "not a pairing of the problem: " + violations.get(0)
          + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
    }
    int n = problem.size();
    int[][] lists = problem.lists();
    int[] partner = result.partners();
    // each member's own position in its list (its list's length when unmatched)
    int[] own = new int[n];
    int relations = 0;
    for (int i = 0; i < n; i++) {
      own[i] = lists[i].length;
      for (int r = 0; r < lists[i].length; r++) {
        if (lists[i][r] == partner[i]) {
          own[i] = r;
          break;
        }
      }
      relations += own[i];
    }
    // i → j when i lists j before its own partner: i would rather be with j
    long[] prefers = new long[relations];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < own[i]; r++) {
        prefers[k++] = (long) i * n + lists[i][r];
      }
    }
    Arrays.sort(prefers);
    List<BuddyPair> blocking = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < own[i]; r++) {
        int j = lists[i][r];
        if (j > i && Arrays.binarySearch(prefers, (long) j * n + i) >= 0) {
          blocking.add(BuddyPair.of(problem.member(i), problem.member(j)));
        }
      }
    }
    return List.copyOf(blocking);
  }

  /**
   * Returns why a result is not a pairing of the problem: a size mismatch, a member paired with
   * themselves, an asymmetric pair, or partners who do not both list each other. Messages name the
   * ids involved, which are opaque.
   *
   * @param problem the problem
   * @param result the result to check
   * @return the violations; empty when the result is a pairing of acceptable partners, or holds no
   *     pairing
   * @throws NullPointerException if any argument is null
   */
  public static List<String> violations(RoommatesProblem problem, StableRoommatesMatching.Result result) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(result, "result");
    int n = problem.size();
    if (result.problem().size() != n) {
      return List.of("the result has " + result.problem().size() + " members but the problem has " + n);
    }
    if (!result.succeeded()) {
      return List.of();
    }
    int[][] lists = problem.lists();
    int[] partner = result.partners();
    List<String> violations = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int j = partner[i];
      if (j < 0) {
        continue;
      }
      if (j == i) {
        violations.add("member " + problem.member(i) + " is paired with themselves");
      } else if (partner[j] != i) {
        violations.add("member " + problem.member(i) + " is paired with " + problem.member(j) + ", who is paired with "
            + (partner[j] < 0 ? "nobody" : problem.member(partner[j]).toString()));
      } else if (!lists(lists[i], j)) {
        violations.add("member " + problem.member(i) + " is paired with " + problem.member(j) + ", whom they do not list");
      }
    }
    return List.copyOf(violations);
  }

  private static boolean lists(int[] list, int member) {
    for (int j : list) {
      if (j == member) {
        return true;
      }
    }
    return false;
  }
}
