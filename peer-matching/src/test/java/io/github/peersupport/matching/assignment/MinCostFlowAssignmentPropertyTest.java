package io.github.peersupport.matching.assignment;

import io.github.peersupport.core.SupporterId;

import io.github.peersupport.core.SeekerId;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.assignment.CapacitatedAssignment.Objective;
import io.github.peersupport.matching.assignment.CapacitatedAssignment.Result;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cross-checks on seeded small instances (≤ 6 seekers, ≤ 4 supporters, capacities ≤ 2, random sparse
 * pairs, costs in [-5, 5]): 150 per seed and objective, 1,500 per objective with the ten fixed seeds.
 */
class MinCostFlowAssignmentPropertyTest {
  private static final int CASES = 150;

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void minCost_smallInstances_equalsBruteForceAndCertificateVerifies(long seed) {
    crossCheck(seed, Objective.MIN_COST);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void coverageFirst_smallInstances_equalsBruteForceAndCertificateVerifies(long seed) {
    crossCheck(seed, Objective.COVERAGE_FIRST);
  }

  private static void crossCheck(long seed, Objective objective) {
    AtomicInteger checked = new AtomicInteger();
    Seeds.forEachCase(seed, CASES, random -> {
      AssignmentProblem<SeekerId, SupporterId> p = AssignmentGen.problem(random, 6, 4, 2, random.nextDouble(), 5);
      Result<SeekerId, SupporterId> r = MinCostFlowAssignment.of(objective).solve(p);
      long[] best = AssignmentGen.bruteForce(p, objective);
      assertThat(r.assignedCount()).as("assigned count").isEqualTo(best[0]);
      assertThat(r.totalCost()).as("total cost").isEqualTo(best[1]);
      assertThat(AssignmentGen.certificateViolations(p, r, objective)).as("certificate").isEmpty();
      CapacitatedAssignmentContract.checkInvariants(p, r);
      checked.incrementAndGet();
    });
    assertThat(checked.get()).isEqualTo(CASES);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void greedy_smallInstances_isFeasibleAndNoBetterThanTheOptimum(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      AssignmentProblem<SeekerId, SupporterId> p = AssignmentGen.problem(random, 6, 4, 2, random.nextDouble(), 5);
      Result<SeekerId, SupporterId> greedy = GreedyAssignment.minCost().solve(p);
      CapacitatedAssignmentContract.checkInvariants(p, greedy);
      assertThat(greedy.totalCost()).isGreaterThanOrEqualTo(AssignmentGen.bruteForce(p, Objective.MIN_COST)[1]);
      Result<SeekerId, SupporterId> greedyCoverage = GreedyAssignment.coverageFirst().solve(p);
      CapacitatedAssignmentContract.checkInvariants(p, greedyCoverage);
      assertThat((long) greedyCoverage.assignedCount())
          .isLessThanOrEqualTo(AssignmentGen.bruteForce(p, Objective.COVERAGE_FIRST)[0]);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void minCostFlow_mediumInstances_certificateVerifiesAndBeatsGreedy(long seed) {
    Seeds.forEachCase(seed, 20, random -> {
      AssignmentProblem<SeekerId, SupporterId> p = AssignmentGen.problem(random, 120, 30, 4, 0.15, 1000);
      for (Objective objective : Objective.values()) {
        Result<SeekerId, SupporterId> r = MinCostFlowAssignment.of(objective).solve(p);
        Result<SeekerId, SupporterId> greedy = GreedyAssignment.of(objective).solve(p);
        assertThat(AssignmentGen.certificateViolations(p, r, objective)).as("certificate").isEmpty();
        if (objective == Objective.MIN_COST) {
          assertThat(r.totalCost()).isLessThanOrEqualTo(greedy.totalCost());
        } else {
          assertThat(r.assignedCount()).isGreaterThanOrEqualTo(greedy.assignedCount());
        }
      }
    });
  }
}
