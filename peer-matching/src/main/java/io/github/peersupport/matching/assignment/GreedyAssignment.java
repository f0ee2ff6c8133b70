package io.github.peersupport.matching.assignment;

import java.util.Arrays;
import java.util.Objects;

/**
 * A greedy baseline for capacitated assignment, for comparison and as a fast fallback.
 *
 * <p><b>Problem.</b> As {@link CapacitatedAssignment}: assign each of n items to at most one of m
 * targets through one of E candidate pairs without exceeding capacities.
 *
 * <p><b>Method.</b> Candidate pairs are sorted by ascending cost, then item index, then target
 * index (this is also the complete tie-breaking rule, so the result is deterministic), and each pair
 * is taken when its item is still free and its target still has room. With {@link
 * Objective#MIN_COST} only pairs of negative cost are considered (the same semantics as the optimal
 * solver: a pair is taken only if it lowers the total); with {@link Objective#COVERAGE_FIRST} every
 * pair is considered. The result is a maximal assignment, not an optimal one: its total cost is at
 * least the optimum for {@link Objective#MIN_COST}, and it may assign fewer items than possible for
 * {@link Objective#COVERAGE_FIRST}. It carries no certificate. Greedy selection for weighted
 * b-matching is the classical baseline (see e.g. Ahuja, Magnanti and Orlin, <i>Network Flows</i>,
 * 1993, for the exact algorithm it is compared with).
 *
 * <p><b>Complexity.</b> O(n + m + E log E) time (a merge sort of the pairs) and O(n + m + E) space.
 *
 * <p>Instances are immutable; {@link #solve} is reusable and thread-safe.
 */
public final class GreedyAssignment implements CapacitatedAssignment {
  private final Objective objective;

  private GreedyAssignment(Objective objective) {
    this.objective = objective;
  }

  /**
   * Returns a greedy solver for an objective.
   *
   * @param objective the objective
   * @return the solver
   */
  public static GreedyAssignment of(Objective objective) {
    return new GreedyAssignment(Objects.requireNonNull(objective, "objective"));
  }

  /**
   * Returns a greedy solver that takes only pairs of negative cost, cheapest first.
   *
   * @return the solver
   */
  public static GreedyAssignment minCost() {
    return new GreedyAssignment(Objective.MIN_COST);
  }

  /**
   * Returns a greedy solver that takes any pair that fits, cheapest first.
   *
   * @return the solver
   */
  public static GreedyAssignment coverageFirst() {
    return new GreedyAssignment(Objective.COVERAGE_FIRST);
  }

  @Override
  public Objective objective() {
    return objective;
  }

  @Override
  public boolean optimal() {
    return false;
  }

  @Override
  public <S, T> Result<S, T> solve(AssignmentProblem<S, T> problem) {
    Objects.requireNonNull(problem, "problem");
    int n = problem.itemCount();
    int e = problem.pairCount();
    int[] seekers = problem.pairItemsArray();
    int[] supporters = problem.pairTargetsArray();
    long[] costs = problem.pairCostsArray();
    int[] order = new int[e];
    for (int k = 0; k < e; k++) {
      order[k] = k;
    }
    sort(order, 0, e, new int[e], costs, seekers, supporters);
    int[] room = problem.capacitiesArray().clone();
    int[] pairOf = new int[n];
    Arrays.fill(pairOf, -1);
    for (int k : order) {
      if (objective == Objective.MIN_COST && costs[k] >= 0) {
        break;
      }
      int i = seekers[k];
      int j = supporters[k];
      if (pairOf[i] < 0 && room[j] > 0) {
        pairOf[i] = k;
        room[j]--;
      }
    }
    return Result.owning(problem, pairOf, null);
  }

  @Override
  public String toString() {
    return "GreedyAssignment[" + objective + "]";
  }

  private static boolean before(int a, int b, long[] costs, int[] seekers, int[] supporters) {
    if (costs[a] != costs[b]) {
      return costs[a] < costs[b];
    }
    if (seekers[a] != seekers[b]) {
      return seekers[a] < seekers[b];
    }
    return supporters[a] < supporters[b];
  }

  /** Merge sort of {@code a[from, to)} by (cost, item, target). */
  private static void sort(int[] a, int from, int to, int[] scratch, long[] costs, int[] seekers, int[] supporters) {
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int item = a[i];
        int j = i - 1;
        while (j >= from && before(item, a[j], costs, seekers, supporters)) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = item;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    sort(a, from, mid, scratch, costs, seekers, supporters);
    sort(a, mid, to, scratch, costs, seekers, supporters);
    int i = from;
    int j = mid;
    int out = from;
    while (i < mid && j < to) {
      scratch[out++] = before(a[j], a[i], costs, seekers, supporters) ? a[j++] : a[i++];
    }
    while (i < mid) {
      scratch[out++] = a[i++];
    }
    while (j < to) {
      scratch[out++] = a[j++];
    }
    System.arraycopy(scratch, from, a, from, to - from);
  }
}
