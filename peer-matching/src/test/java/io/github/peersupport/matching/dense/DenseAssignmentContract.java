package io.github.peersupport.matching.dense;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of every {@link DenseAssignment}: each row and column used at most once, no forbidden
 * pair used, the total equal to the sum of the assigned costs, min(n, m) pairs for rectangular
 * problems either way, an infeasible result (not an exception) when forbidden pairs leave no full
 * assignment, a valid optimality certificate, and a deterministic, reusable, thread-safe {@code
 * solve}.
 */
abstract class DenseAssignmentContract {
  private static final long F = DenseProblem.FORBIDDEN;

  /** The solver under test. */
  abstract DenseAssignment solver();

  private DenseAssignment.Result solveChecked(DenseProblem p) {
    DenseAssignment.Result r = solver().solve(p);
    DenseGen.checkShape(p, r);
    if (r.feasible()) {
      DenseGen.checkCertificate(p, r);
    }
    return r;
  }

  @Test
  void solve_squareExample_returnsTheUniqueOptimum() {
    DenseProblem p = DenseProblem.of(new long[][] {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}});
    DenseAssignment.Result r = solveChecked(p);
    assertThat(r.assignment()).containsExactly(1, 0, 2);
    assertThat(r.totalCost()).isEqualTo(5);
  }

  @Test
  void solve_wideProblem_assignsEverySeekerToTheCheapestDistinctSupporters() {
    DenseProblem p = DenseProblem.of(new long[][] {{9, 2, 7, 8}, {6, 4, 3, 7}});
    DenseAssignment.Result r = solveChecked(p);
    assertThat(r.assignment()).containsExactly(1, 2);
    assertThat(r.totalCost()).isEqualTo(5);
    assertThat(r.rowOf(0)).isEqualTo(-1);
    assertThat(r.rowOf(3)).isEqualTo(-1);
  }

  @Test
  void solve_tallProblem_assignsEverySupporterAndLeavesSeekersOver() {
    DenseProblem p = DenseProblem.of(new long[][] {{9, 6}, {2, 4}, {7, 3}, {8, 7}});
    DenseAssignment.Result r = solveChecked(p);
    assertThat(r.assignment()).containsExactly(-1, 0, 1, -1);
    assertThat(r.totalCost()).isEqualTo(5);
    assertThat(r.assignedCount()).isEqualTo(2);
  }

  @Test
  void solve_negativeCosts_findsTheMinimum() {
    DenseProblem p = DenseProblem.of(new long[][] {{-5, -1}, {-4, 3}});
    DenseAssignment.Result r = solveChecked(p);
    assertThat(r.assignment()).containsExactly(1, 0);
    assertThat(r.totalCost()).isEqualTo(-5);
  }

  @Test
  void solve_forbiddenCheapPair_isNeverUsed() {
    DenseProblem p = DenseProblem.of(new long[][] {{F, 10}, {1, 1}});
    DenseAssignment.Result r = solveChecked(p);
    assertThat(r.assignment()).containsExactly(1, 0);
    assertThat(r.totalCost()).isEqualTo(11);
  }

  @Test
  void solve_forbiddenPairsLeaveNoFullAssignment_returnsAnInfeasibleResult() {
    DenseProblem p = DenseProblem.of(new long[][] {{1, F, 5}, {2, F, F}, {3, F, F}});
    DenseAssignment.Result r = solver().solve(p);
    DenseGen.checkShape(p, r);
    assertThat(r.feasible()).isFalse();
    assertThat(r.assignment()).containsExactly(-1, -1, -1);
    assertThat(r.assignedCount()).isZero();
    assertThat(r.totalCost()).isZero();
    assertThat(r.rowPotentials()).isEmpty();
    assertThat(r.columnPotentials()).isEmpty();
    assertThat(r).hasToString("DenseAssignment.Result[infeasible]");
  }

  @Test
  void solve_tallProblemWithAForbiddenColumn_isInfeasible() {
    DenseProblem p = DenseProblem.of(new long[][] {{1, F}, {2, F}, {3, F}});
    DenseAssignment.Result r = solver().solve(p);
    DenseGen.checkShape(p, r);
    assertThat(r.feasible()).isFalse();
  }

  @Test
  void solve_emptySides_returnAFeasibleEmptyAssignment() {
    DenseAssignment.Result none = solveChecked(DenseProblem.of(new long[0][]));
    assertThat(none.feasible()).isTrue();
    assertThat(none.assignment()).isEmpty();
    DenseProblem noSupporters = DenseProblem.of(new long[][] {{}, {}});
    DenseAssignment.Result r = solveChecked(noSupporters);
    assertThat(r.assignment()).containsExactly(-1, -1);
    assertThat(r.rowPotentials()).containsExactly(0, 0);
    DenseProblem noSeekers =
        DenseProblem.of(List.of(), List.of(SupporterId.of("a"), SupporterId.of("b")), new long[0][]);
    assertThat(solveChecked(noSeekers).columnPotentials()).containsExactly(0, 0);
  }

  @Test
  void solve_labelledProblem_indexesFollowTheLabelOrder() {
    DenseProblem p = DenseProblem.of(
        List.of(SeekerId.of("ana"), SeekerId.of("ben")),
        List.of(SupporterId.of("x"), SupporterId.of("y"), SupporterId.of("z")),
        new long[][] {{5, 1, 2}, {1, 5, 5}});
    DenseAssignment.Result r = solveChecked(p);
    assertThat(r.assignment()).containsExactly(1, 0);
    assertThat(p.supporter(r.columnOf(0))).isEqualTo(SupporterId.of("y"));
  }

  @Test
  void solve_largerRandomProblems_haveValidCertificates() {
    SplittableRandom random = new SplittableRandom(42);
    int[][] shapes = {{120, 120}, {60, 150}, {150, 60}};
    for (int[] shape : shapes) {
      long[][] costs = new long[shape[0]][shape[1]];
      for (long[] row : costs) {
        for (int j = 0; j < row.length; j++) {
          row[j] = random.nextInt(10) == 0 ? F : random.nextLong(-DenseProblem.MAX_COST, DenseProblem.MAX_COST + 1);
        }
      }
      DenseAssignment.Result r = solveChecked(DenseProblem.of(costs));
      assertThat(r.feasible()).isTrue();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void solve_randomProblems_respectsTheContractAndIsDeterministic(long seed) {
    Seeds.forEachCase(seed, 100, random -> {
      DenseProblem p = DenseGen.random(random, 8, 20, 0.3);
      DenseAssignment.Result r = solveChecked(p);
      assertThat(solver().solve(p)).isEqualTo(r);
      assertThat(solver().solve(DenseProblem.of(p.costs()))).isEqualTo(r);
    });
  }

  @Test
  void solve_concurrentCalls_agreeWithSequentialOnes() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    List<DenseProblem> problems = new ArrayList<>();
    for (int k = 0; k < 40; k++) {
      problems.add(DenseGen.random(random, 30, 1000, 0.1));
    }
    List<DenseAssignment.Result> expected = problems.stream().map(solver()::solve).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<DenseAssignment.Result>> futures = new ArrayList<>();
      for (DenseProblem p : problems) {
        futures.add(pool.submit(() -> solver().solve(p)));
      }
      for (int k = 0; k < problems.size(); k++) {
        assertThat(futures.get(k).get()).isEqualTo(expected.get(k));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
