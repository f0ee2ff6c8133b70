package io.github.peersupport.matching.dense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.testing.Seeds;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cross-checks {@link ShortestAugmentingPathAssignment} against brute force (all injections of the
 * smaller side into the larger) on 150 small instances per seed, 1,500 over the ten fixed seeds: n and
 * m in [0, 6] independently (square, wide and tall), costs in [-5, 5] so that ties abound, and in
 * half of them each pair forbidden with probability 0.35 so that some are infeasible. The optimum,
 * feasibility and the certificate (see {@link DenseGen#checkCertificate}) must all agree.
 */
class DenseAssignmentCrossCheckTest {
  private static final int CASES = 150;

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void solve_smallInstances_matchesBruteForceAndCertifiesOptimality(long seed) {
    AtomicInteger infeasible = new AtomicInteger();
    AtomicInteger rectangular = new AtomicInteger();
    Seeds.forEachCase(seed, CASES, random -> {
      DenseProblem p = DenseGen.random(random, 6, 5, 0.35);
      DenseAssignment.Result r = ShortestAugmentingPathAssignment.create().solve(p);
      DenseGen.checkShape(p, r);
      Long best = DenseGen.bruteForce(p);
      if (best == null) {
        infeasible.incrementAndGet();
        assertThat(r.feasible()).as("feasible").isFalse();
      } else {
        assertThat(r.feasible()).as("feasible").isTrue();
        assertThat(r.totalCost()).as("optimum").isEqualTo(best);
        DenseGen.checkCertificate(p, r);
      }
      if (p.seekerCount() != p.supporterCount()) {
        rectangular.incrementAndGet();
      }
    });
    // The generator really exercises both infeasible and rectangular instances.
    assertThat(infeasible.get()).isPositive();
    assertThat(rectangular.get()).isPositive();
  }

  @Test
  void checkCertificate_rejectsABrokenCertificate() {
    DenseProblem p = DenseProblem.of(new long[][] {{4, 1, 3}, {2, 0, 5}});
    DenseAssignment.Result r = ShortestAugmentingPathAssignment.create().solve(p);
    DenseGen.checkCertificate(p, r);
    // The same assignment with a deliberately wrong cost matrix: the reduced costs no longer fit.
    DenseProblem other = DenseProblem.of(new long[][] {{4, 1, 3}, {2, 0, -5}});
    assertThatThrownBy(() -> DenseGen.checkCertificate(other, r)).isInstanceOf(AssertionError.class);
  }
}
