package io.github.peersupport.matching.assignment;

import io.github.peersupport.core.SupporterId;

import io.github.peersupport.core.SeekerId;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.matching.assignment.CapacitatedAssignment.Objective;
import io.github.peersupport.matching.assignment.CapacitatedAssignment.Result;
import org.junit.jupiter.api.Test;

class MinCostFlowCoverageFirstTest extends CapacitatedAssignmentContract {
  @Override
  CapacitatedAssignment solver() {
    return MinCostFlowAssignment.coverageFirst();
  }

  @Override
  int[] exampleExpected() {
    return new int[] {1, 0, -1, 1};
  }

  @Test
  void solve_example_assignsEveryoneWhoCanBeAssignedAtLeastCost() {
    AssignmentProblem<SeekerId, SupporterId> p = example();
    Result<SeekerId, SupporterId> r = solver().solve(p);
    assertThat(r.assignedCount()).isEqualTo(3);
    assertThat(r.totalCost()).isEqualTo(1);
    assertThat(AssignmentGen.certificateViolations(p, r, Objective.COVERAGE_FIRST)).isEmpty();
    assertThat(solver().objective()).isEqualTo(Objective.COVERAGE_FIRST);
    assertThat(solver()).hasToString("MinCostFlowAssignment[COVERAGE_FIRST]");
  }

  @Test
  void solve_extremeCosts_doNotOverflow() {
    long big = AssignmentProblem.MAX_ABS_COST;
    AssignmentProblem<SeekerId, SupporterId> p = AssignmentProblem.of(AssignmentGen.seekers(3), AssignmentGen.supporters(2), new int[] {1, 2},
        new int[] {0, 0, 1, 1, 2}, new int[] {0, 1, 0, 1, 1}, new long[] {big, -big, big, big - 1, big});
    Result<SeekerId, SupporterId> r = solver().solve(p);
    long[] best = AssignmentGen.bruteForce(p, Objective.COVERAGE_FIRST);
    assertThat(r.assignedCount()).isEqualTo(best[0]).isEqualTo(3);
    assertThat(r.totalCost()).isEqualTo(best[1]);
    assertThat(AssignmentGen.certificateViolations(p, r, Objective.COVERAGE_FIRST)).isEmpty();
  }
}
