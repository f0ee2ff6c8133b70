package io.github.peersupport.matching.dense;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

/** Random dense problems, a brute-force optimum and an independent certificate checker. */
final class DenseGen {
  private DenseGen() {}

  /**
   * A random problem: n, m in [0, maxSize], costs in [-range, range], and with probability 1/2 each
   * pair forbidden with probability forbidRate.
   */
  static DenseProblem random(SplittableRandom random, int maxSize, int range, double forbidRate) {
    int n = random.nextInt(maxSize + 1);
    int m = random.nextInt(maxSize + 1);
    boolean forbidSome = random.nextBoolean();
    long[][] costs = new long[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        costs[i][j] = forbidSome && random.nextDouble() < forbidRate
            ? DenseProblem.FORBIDDEN
            : random.nextInt(-range, range + 1);
      }
    }
    return DenseProblem.of(costs);
  }

  /** The minimum cost of min(n, m) pairs over allowed pairs, or null if there is no such assignment. */
  static Long bruteForce(DenseProblem p) {
    int n = p.seekerCount();
    int m = p.supporterCount();
    long best = n <= m
        ? search(p, 0, new boolean[m], 0, false)
        : search(p, 0, new boolean[n], 0, true);
    return best == Long.MAX_VALUE ? null : best;
  }

  /** Assigns each item of the smaller side, in order, to an unused item of the other side. */
  private static long search(DenseProblem p, int k, boolean[] used, long sofar, boolean byColumn) {
    int small = byColumn ? p.supporterCount() : p.seekerCount();
    if (k == small) {
      return sofar;
    }
    long best = Long.MAX_VALUE;
    for (int o = 0; o < used.length; o++) {
      long c = byColumn ? p.cost(o, k) : p.cost(k, o);
      if (used[o] || c == DenseProblem.FORBIDDEN) {
        continue;
      }
      used[o] = true;
      best = Math.min(best, search(p, k + 1, used, sofar + c, byColumn));
      used[o] = false;
    }
    return best;
  }

  /**
   * Checks the shape of any result: rows and columns used at most once and consistently, no
   * forbidden pair, the total equal to the sum of the assigned costs, min(n, m) pairs if feasible and
   * none otherwise.
   */
  static void checkShape(DenseProblem p, DenseAssignment.Result r) {
    int n = p.seekerCount();
    int m = p.supporterCount();
    boolean[] usedColumn = new boolean[m];
    long sum = 0;
    int count = 0;
    for (int i = 0; i < n; i++) {
      int j = r.columnOf(i);
      if (j < 0) {
        assertThat(j).isEqualTo(-1);
        continue;
      }
      assertThat(j).isLessThan(m);
      assertThat(usedColumn[j]).as("column %d used twice", j).isFalse();
      usedColumn[j] = true;
      assertThat(p.allowed(i, j)).as("forbidden pair (%d, %d) used", i, j).isTrue();
      assertThat(r.rowOf(j)).isEqualTo(i);
      sum += p.cost(i, j);
      count++;
    }
    for (int j = 0; j < m; j++) {
      assertThat(usedColumn[j]).isEqualTo(r.rowOf(j) >= 0);
    }
    assertThat(r.totalCost()).isEqualTo(sum);
    assertThat(r.assignedCount()).isEqualTo(count).isEqualTo(r.feasible() ? Math.min(n, m) : 0);
    assertThat(r.assignment()).hasSize(n);
  }

  /**
   * Checks a feasible result's certificate, independently of any solver: (1) u[i] + v[j] ≤ c[i][j]
   * for every allowed pair; (2) equality on every assigned pair; (3) if n ≤ m, v[j] ≤ 0 for every
   * column and v[j] = 0 for every unassigned column, else u[i] ≤ 0 for every row and u[i] = 0 for
   * every unassigned row; (4) Σu + Σv equals the total cost. Together these prove optimality by weak
   * LP duality.
   */
  static void checkCertificate(DenseProblem p, DenseAssignment.Result r) {
    int n = p.seekerCount();
    int m = p.supporterCount();
    long[] u = r.rowPotentials();
    long[] v = r.columnPotentials();
    assertThat(r.feasible()).isTrue();
    assertThat(u).hasSize(n);
    assertThat(v).hasSize(m);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        if (p.allowed(i, j)) {
          assertThat(u[i] + v[j]).as("u[%d] + v[%d] <= c", i, j).isLessThanOrEqualTo(p.cost(i, j));
        }
      }
      if (r.columnOf(i) >= 0) {
        assertThat(u[i] + v[r.columnOf(i)]).as("u[%d] + v[%d] == c", i, r.columnOf(i)).isEqualTo(p.cost(i, r.columnOf(i)));
      }
    }
    if (n <= m) {
      for (int j = 0; j < m; j++) {
        assertThat(v[j]).as("v[%d] <= 0", j).isLessThanOrEqualTo(0);
        if (r.rowOf(j) < 0) {
          assertThat(v[j]).as("v[%d] of an unassigned column", j).isZero();
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        assertThat(u[i]).as("u[%d] <= 0", i).isLessThanOrEqualTo(0);
        if (r.columnOf(i) < 0) {
          assertThat(u[i]).as("u[%d] of an unassigned row", i).isZero();
        }
      }
    }
    long dual = 0;
    for (long x : u) {
      dual += x;
    }
    for (long x : v) {
      dual += x;
    }
    assertThat(dual).as("dual objective").isEqualTo(r.totalCost());
  }
}
