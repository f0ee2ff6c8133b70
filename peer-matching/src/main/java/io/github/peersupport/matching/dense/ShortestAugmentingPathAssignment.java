package io.github.peersupport.matching.dense;

import java.util.Arrays;
import java.util.Objects;

/**
 * Minimum-cost dense assignment by shortest augmenting paths (the Jonker–Volgenant family), in the
 * rectangular form of Crouse, as in SciPy's {@code linear_sum_assignment}.
 *
 * <p><b>Problem.</b> See {@link DenseAssignment}: assign k = min(n, m) seekers to distinct supporters
 * over allowed pairs at minimum total cost; an infeasible result if forbidden pairs leave no such
 * assignment.
 *
 * <p><b>Method.</b> When n &gt; m the matrix is transposed, so that there are r = min(n, m) rows and
 * c = max(n, m) columns. Rows are then added one at a time in index order: from the new row a
 * Dijkstra search over reduced costs {@code c[i][j] - u[i] - v[j]} (never negative) finds a shortest
 * alternating path to an unassigned column, the potentials are updated so that reduced costs stay
 * non-negative and are zero along the assigned pairs, and the path is augmented. A square matrix is
 * first column-reduced (Jonker and Volgenant's initialisation: each column's potential is its least
 * cost, and each column in index order takes the first row reaching it if that row is free), so that
 * only the rows left free need a search; a rectangular one is not (its free columns must keep
 * potential 0), and every row is inserted by a full search. If a
 * search reaches no unassigned column, no assignment of all rows exists (a path from the new row
 * would exist otherwise, by Berge's argument) and the result is infeasible.
 *
 * <p><b>Complexity.</b> O(r · r · c) = O(min(n, m)² · max(n, m)) time in the worst case: each of
 * the r searches scans at most r + 1 rows, each against the c columns not yet reached. O(n · m)
 * extra space only when transposing, O(n + m) otherwise; nothing is allocated inside the searches.
 * All arithmetic is exact in {@code long}: by the cost bound of {@link DenseProblem}, no sum or
 * potential comes near overflow.
 *
 * <p><b>Ties.</b> The result is a deterministic function of the cost matrix. Column reduction takes
 * the first row of least cost in each column; rows left free are then inserted in
 * index order (of the transposed matrix when n &gt; m, that is, in supporter order). In a search,
 * the next column reached is one with the smallest tentative distance, preferring an unassigned
 * column, then the smallest column index; a column's predecessor row is the first row scanned that
 * gave it its distance. Among several optimal assignments, which one is returned follows from these
 * rules and is not otherwise specified.
 *
 * <p><b>Not checked.</b> Nothing beyond {@link DenseProblem}'s own checks; the certificate in the
 * result can be verified independently.
 *
 * <p>References: R. Jonker and A. Volgenant, "A shortest augmenting path algorithm for dense and
 * sparse linear assignment problems", Computing 38 (1987) 325–340; D. F. Crouse, "On implementing
 * 2D rectangular assignment algorithms", IEEE Transactions on Aerospace and Electronic Systems 52(4)
 * (2016) 1679–1696.
 */
public final class ShortestAugmentingPathAssignment implements DenseAssignment {
  private static final ShortestAugmentingPathAssignment INSTANCE = new ShortestAugmentingPathAssignment();
  private static final long INF = Long.MAX_VALUE;

  private ShortestAugmentingPathAssignment() {}

  /**
   * Returns the solver. It has no configuration, so this is always the same instance.
   *
   * @return the solver
   */
  public static ShortestAugmentingPathAssignment create() {
    return INSTANCE;
  }

  @Override
  public Result solve(DenseProblem problem) {
    Objects.requireNonNull(problem, "problem");
    int n = problem.seekerCount();
    int m = problem.supporterCount();
    boolean transpose = n > m;
    int rows = transpose ? m : n;
    int cols = transpose ? n : m;
    long[] cost = transpose ? transposed(problem.flat(), n, m) : problem.flat();
    long[] u = new long[rows];
    long[] v = new long[cols];
    int[] col4row = new int[rows];
    if (!augmentAll(cost, rows, cols, u, v, col4row)) {
      return Result.infeasible(problem);
    }
    if (!transpose) {
      return Result.owning(problem, col4row, u, v);
    }
    int[] columnOf = new int[n];
    Arrays.fill(columnOf, -1);
    for (int j = 0; j < m; j++) {
      columnOf[col4row[j]] = j;
    }
    return Result.owning(problem, columnOf, v, u);
  }

  private static long[] transposed(long[] cost, int n, int m) {
    long[] t = new long[cost.length];
    for (int i = 0; i < n; i++) {
      int base = i * m;
      for (int j = 0; j < m; j++) {
        t[j * n + i] = cost[base + j];
      }
    }
    return t;
  }

  /**
   * Assigns every row (rows ≤ cols), filling {@code col4row} and the potentials; returns false if
   * some row cannot be assigned.
   */
  private static boolean augmentAll(long[] cost, int rows, int cols, long[] u, long[] v, int[] col4row) {
    int[] row4col = new int[cols];
    int[] path = new int[cols];
    int[] remaining = new int[cols];
    long[] dist = new long[cols];
    boolean[] scannedRow = new boolean[rows];
    boolean[] scannedCol = new boolean[cols];
    Arrays.fill(col4row, -1);
    Arrays.fill(row4col, -1);
    if (rows == cols) {
      reduceColumns(cost, rows, v, col4row, row4col);
    }
    for (int cur = 0; cur < rows; cur++) {
      if (col4row[cur] >= 0) {
        continue;
      }
      Arrays.fill(dist, INF);
      Arrays.fill(scannedRow, false);
      Arrays.fill(scannedCol, false);
      for (int j = 0; j < cols; j++) {
        remaining[j] = j;
      }
      int numRemaining = cols;
      long minVal = 0;
      int i = cur;
      int sink = -1;
      while (sink < 0) {
        scannedRow[i] = true;
        int base = i * cols;
        long ui = u[i];
        int index = -1;
        int best = -1;
        long lowest = INF;
        for (int it = 0; it < numRemaining; it++) {
          int j = remaining[it];
          long c = cost[base + j];
          if (c != DenseProblem.FORBIDDEN) {
            long r = minVal + c - ui - v[j];
            if (r < dist[j]) {
              path[j] = i;
              dist[j] = r;
            }
          }
          long d = dist[j];
          if (d < lowest || (d == lowest && d != INF && preferred(j, best, row4col))) {
            lowest = d;
            index = it;
            best = j;
          }
        }
        if (lowest == INF) {
          return false;
        }
        minVal = lowest;
        scannedCol[best] = true;
        remaining[index] = remaining[--numRemaining];
        if (row4col[best] < 0) {
          sink = best;
        } else {
          i = row4col[best];
        }
      }
      u[cur] += minVal;
      for (int r = 0; r < rows; r++) {
        if (scannedRow[r] && r != cur) {
          u[r] += minVal - dist[col4row[r]];
        }
      }
      for (int j = 0; j < cols; j++) {
        if (scannedCol[j]) {
          v[j] -= minVal - dist[j];
        }
      }
      int j = sink;
      while (true) {
        int r = path[j];
        row4col[j] = r;
        int previous = col4row[r];
        col4row[r] = j;
        j = previous;
        if (r == cur) {
          break;
        }
      }
    }
    if (rows == cols) {
      // the certificate's form keeps column potentials at most 0: shift by the largest one (the
      // square case only, where every row and column is assigned, so Σu + Σv is unchanged)
      long shift = 0;
      for (long x : v) {
        shift = Math.max(shift, x);
      }
      for (int j = 0; j < cols; j++) {
        v[j] -= shift;
      }
      for (int r = 0; r < rows; r++) {
        u[r] += shift;
      }
    }
    return true;
  }

  /**
   * Column reduction for a square matrix (Jonker and Volgenant 1987, initialisation): each column's
   * potential is its least allowed cost, and each column, in index order, takes the first row reaching
   * that least cost if the row is still free. Every reduced cost is then non-negative and 0 on the
   * pairs taken, as the augmentation requires; O(n²), reading the matrix row by row.
   */
  private static void reduceColumns(long[] cost, int n, long[] v, int[] col4row, int[] row4col) {
    long[] least = new long[n];
    int[] argLeast = new int[n];
    Arrays.fill(least, INF);
    Arrays.fill(argLeast, -1);
    for (int i = 0; i < n; i++) {
      int base = i * n;
      for (int j = 0; j < n; j++) {
        long c = cost[base + j];
        if (c != DenseProblem.FORBIDDEN && c < least[j]) {
          least[j] = c;
          argLeast[j] = i;
        }
      }
    }
    for (int j = 0; j < n; j++) {
      int i = argLeast[j];
      if (i < 0) {
        continue; // a column with no allowed cell: the augmentation reports the problem infeasible
      }
      v[j] = least[j];
      if (col4row[i] < 0) {
        col4row[i] = j;
        row4col[j] = i;
      }
    }
  }

  /** Whether column j beats the current best on a tie: unassigned first, then smaller index. */
  private static boolean preferred(int j, int best, int[] row4col) {
    boolean freeJ = row4col[j] < 0;
    boolean freeBest = row4col[best] < 0;
    return freeJ != freeBest ? freeJ : j < best;
  }

  @Override
  public String toString() {
    return "ShortestAugmentingPathAssignment";
  }
}
