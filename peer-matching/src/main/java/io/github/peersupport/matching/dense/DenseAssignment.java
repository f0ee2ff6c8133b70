package io.github.peersupport.matching.dense;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A solver of the dense assignment problem ({@link DenseProblem}): assign k = min(n, m) seekers to
 * distinct supporters, one each, using allowed pairs only, at minimum total cost. When n ≤ m every
 * seeker is assigned and m − n supporters are left over; when n &gt; m every supporter is assigned
 * and n − m seekers are left over.
 *
 * <p><b>Infeasibility.</b> When forbidden pairs leave no assignment of k pairs, the solver returns
 * an infeasible {@link Result} ({@link Result#feasible()} false, nothing assigned), never an
 * exception and never a smaller assignment.
 *
 * <p>Implementations are immutable configuration; {@link #solve} is reusable and thread-safe.
 */
public interface DenseAssignment {
  /**
   * Solves a problem.
   *
   * @param problem the problem
   * @return a minimum-cost assignment of min(n, m) pairs with its optimality certificate, or an
   *     infeasible result
   */
  Result solve(DenseProblem problem);

  /**
   * The outcome of a {@link DenseAssignment}: for each seeker (row) its supporter (column) or -1,
   * the total cost, and dual potentials {@code u} (one per row) and {@code v} (one per column) that
   * certify optimality.
   *
   * <p><b>Certificate.</b> For a feasible result, with c the cost matrix:
   *
   * <ol>
   *   <li>{@code u[i] + v[j] <= c[i][j]} for every allowed pair;
   *   <li>{@code u[i] + v[j] == c[i][j]} for every assigned pair;
   *   <li>if n ≤ m, {@code v[j] <= 0} for every column and {@code v[j] == 0} for every unassigned
   *       column; if n &gt; m, the same holds for {@code u} and the rows.
   * </ol>
   *
   * <p>These are the constraints and complementary slackness of the linear programming dual, so for
   * any assignment of k pairs, its cost ≥ Σu + Σv = {@link #totalCost()}: the result is optimal.
   * When n = m, condition 3 is vacuous for unassigned items but the sign condition still holds.
   */
  final class Result {
    private final boolean feasible;
    private final int[] columnOf;
    private final int[] rowOf;
    private final long totalCost;
    private final int assignedCount;
    private final long[] u;
    private final long[] v;

    private Result(boolean feasible, int[] columnOf, int[] rowOf, long totalCost, long[] u, long[] v) {
      this.feasible = feasible;
      this.columnOf = columnOf;
      this.rowOf = rowOf;
      this.totalCost = totalCost;
      this.u = u;
      this.v = v;
      int count = 0;
      for (int j : columnOf) {
        if (j >= 0) {
          count++;
        }
      }
      this.assignedCount = count;
    }

    /** A feasible result over arrays the caller will not touch again (the solvers). */
    static Result owning(DenseProblem problem, int[] columnOf, long[] u, long[] v) {
      int[] rowOf = new int[problem.supporterCount()];
      Arrays.fill(rowOf, -1);
      long total = 0;
      for (int i = 0; i < columnOf.length; i++) {
        int j = columnOf[i];
        if (j >= 0) {
          rowOf[j] = i;
          total += problem.cost(i, j);
        }
      }
      return new Result(true, columnOf, rowOf, total, u, v);
    }

    /** The infeasible result for a problem: nothing assigned, no potentials. */
    static Result infeasible(DenseProblem problem) {
      int[] columnOf = new int[problem.seekerCount()];
      Arrays.fill(columnOf, -1);
      int[] rowOf = new int[problem.supporterCount()];
      Arrays.fill(rowOf, -1);
      return new Result(false, columnOf, rowOf, 0, new long[0], new long[0]);
    }

    /**
     * Returns whether an assignment of min(n, m) allowed pairs exists. If not, nothing is assigned,
     * the total is 0 and there are no potentials.
     *
     * @return true if the result holds an optimal assignment
     */
    public boolean feasible() {
      return feasible;
    }

    /**
     * Returns the supporter (column) assigned to a seeker (row).
     *
     * @param seeker the row index
     * @return the column index, or -1 if the seeker is unassigned
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public int columnOf(int seeker) {
      return columnOf[seeker];
    }

    /**
     * Returns the seeker (row) assigned to a supporter (column).
     *
     * @param supporter the column index
     * @return the row index, or -1 if the supporter is unassigned
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public int rowOf(int supporter) {
      return rowOf[supporter];
    }

    /**
     * Returns each seeker's column, or -1.
     *
     * @return a new array of length n
     */
    public int[] assignment() {
      return columnOf.clone();
    }

    /**
     * Returns the number of assigned pairs: min(n, m) if feasible, otherwise 0.
     *
     * @return the count
     */
    public int assignedCount() {
      return assignedCount;
    }

    /**
     * Returns the sum of the costs of the assigned pairs (0 if infeasible).
     *
     * @return the total cost
     */
    public long totalCost() {
      return totalCost;
    }

    /**
     * Returns the row potentials {@code u}, one per seeker (empty if infeasible).
     *
     * @return a new array
     */
    public long[] rowPotentials() {
      return u.clone();
    }

    /**
     * Returns the column potentials {@code v}, one per supporter (empty if infeasible).
     *
     * @return a new array
     */
    public long[] columnPotentials() {
      return v.clone();
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Result r
          && feasible == r.feasible
          && totalCost == r.totalCost
          && Arrays.equals(columnOf, r.columnOf)
          && Arrays.equals(u, r.u)
          && Arrays.equals(v, r.v);
    }

    @Override
    public int hashCode() {
      return Objects.hash(feasible, totalCost, Arrays.hashCode(columnOf), Arrays.hashCode(u), Arrays.hashCode(v));
    }

    @Override
    public String toString() {
      return feasible
          ? "DenseAssignment.Result[total=" + totalCost + ", assignment=" + Arrays.toString(columnOf) + "]"
          : "DenseAssignment.Result[infeasible]";
    }
  }
}
