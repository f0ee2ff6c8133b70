package io.github.peersupport.bench;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import com.google.ortools.graph.LinearSumAssignment;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.assignment.AssignmentProblem;
import io.github.peersupport.matching.assignment.CapacitatedAssignment;
import io.github.peersupport.matching.assignment.MinCostFlowAssignment;
import io.github.peersupport.matching.dense.DenseAssignment;
import io.github.peersupport.matching.dense.DenseProblem;
import io.github.peersupport.matching.dense.ShortestAugmentingPathAssignment;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cross-checks the library's optimal solvers against OR-Tools on seeded random instances larger than
 * brute force can enumerate (the brute-force cross-checks live in peer-matching): capacitated
 * assignment under both objectives against MinCostFlow, and dense assignment against
 * LinearSumAssignment. 10 seeds × 100 instances of each kind.
 */
class ReferenceSolversCrossCheckTest {
  private static final int CASES = 100;

  @BeforeAll
  static void loadOrTools() {
    Loader.loadNativeLibraries();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void coverageFirst_randomInstances_equalsOrToolsMaxFlowWithMinCost(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      Random3 r = Random3.generate(random);
      CapacitatedAssignment.Result<SeekerId, SupporterId> ours = MinCostFlowAssignment.coverageFirst().solve(r.problem());
      MinCostFlow flow = r.network(false);
      assertThat(flow.solveMaxFlowWithMinCost()).isEqualTo(MinCostFlowBase.Status.OPTIMAL);
      assertThat(ours.assignedCount()).isEqualTo(flow.getMaximumFlow());
      assertThat(ours.totalCost()).isEqualTo(flow.getOptimalCost());
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void minCost_randomInstances_equalsOrToolsMinCostFlowWithSkipArcs(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      Random3 r = Random3.generate(random);
      CapacitatedAssignment.Result<SeekerId, SupporterId> ours = MinCostFlowAssignment.minCost().solve(r.problem());
      // every seeker sends its unit through a pair or straight to the sink at cost 0 (unassigned)
      MinCostFlow flow = r.network(true);
      assertThat(flow.solve()).isEqualTo(MinCostFlowBase.Status.OPTIMAL);
      assertThat(ours.totalCost()).isEqualTo(flow.getOptimalCost());
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void dense_randomSquareMatrices_equalsOrToolsLinearSumAssignment(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      int n = 1 + random.nextInt(60);
      long[][] costs = new long[n][n];
      for (long[] row : costs) {
        for (int j = 0; j < n; j++) {
          row[j] = random.nextInt(1_000_000);
        }
      }
      DenseAssignment.Result ours = ShortestAugmentingPathAssignment.create().solve(DenseProblem.of(costs));
      LinearSumAssignment reference = new LinearSumAssignment();
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          reference.addArcWithCost(i, j, costs[i][j]);
        }
      }
      assertThat(reference.solve()).isEqualTo(LinearSumAssignment.Status.OPTIMAL);
      assertThat(ours.totalCost()).isEqualTo(reference.getOptimalCost());
    });
  }

  /** A random capacitated instance: up to 80 seekers, 25 supporters, capacities 0–4, costs −50…200. */
  private record Random3(int n, int m, int[] capacities, int[] seekers, int[] supporters, long[] costs) {
    static Random3 generate(SplittableRandom random) {
      int n = 1 + random.nextInt(80);
      int m = 1 + random.nextInt(25);
      int[] capacities = new int[m];
      for (int j = 0; j < m; j++) {
        capacities[j] = random.nextInt(5);
      }
      int[] seekers = new int[n * m];
      int[] supporters = new int[n * m];
      long[] costs = new long[n * m];
      int e = 0;
      double density = 0.05 + 0.5 * random.nextDouble();
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
          if (random.nextDouble() < density) {
            seekers[e] = i;
            supporters[e] = j;
            costs[e] = -50 + random.nextInt(251);
            e++;
          }
        }
      }
      return new Random3(n, m, capacities, java.util.Arrays.copyOf(seekers, e), java.util.Arrays.copyOf(supporters, e),
          java.util.Arrays.copyOf(costs, e));
    }

    AssignmentProblem<SeekerId, SupporterId> problem() {
      return AssignmentProblem.of(Instances.seekerIds(n), Instances.supporterIds(m), capacities, seekers, supporters, costs);
    }

    /** Source n+m, sink n+m+1; with skip arcs the source's supply n is always feasible. */
    MinCostFlow network(boolean skipArcs) {
      int source = n + m;
      int sink = n + m + 1;
      MinCostFlow flow = new MinCostFlow();
      for (int i = 0; i < n; i++) {
        flow.addArcWithCapacityAndUnitCost(source, i, 1, 0);
        if (skipArcs) {
          flow.addArcWithCapacityAndUnitCost(i, sink, 1, 0);
        }
      }
      for (int k = 0; k < costs.length; k++) {
        flow.addArcWithCapacityAndUnitCost(seekers[k], n + supporters[k], 1, costs[k]);
      }
      for (int j = 0; j < m; j++) {
        flow.addArcWithCapacityAndUnitCost(n + j, sink, capacities[j], 0);
      }
      flow.setNodeSupply(source, n);
      flow.setNodeSupply(sink, -n);
      return flow;
    }
  }
}
