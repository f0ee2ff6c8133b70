package io.github.peersupport.matching.assignment;

import io.github.peersupport.core.SupporterId;

import io.github.peersupport.core.SeekerId;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.matching.assignment.CapacitatedAssignment.Objective;
import io.github.peersupport.matching.assignment.CapacitatedAssignment.Reason;
import io.github.peersupport.matching.assignment.CapacitatedAssignment.Result;
import org.junit.jupiter.api.Test;

class MinCostFlowMinCostTest extends CapacitatedAssignmentContract {
  @Override
  CapacitatedAssignment solver() {
    return MinCostFlowAssignment.minCost();
  }

  @Override
  int[] exampleExpected() {
    return new int[] {0, -1, -1, -1};
  }

  @Test
  void solve_example_takesOnlyPairsThatLowerTheTotal() {
    AssignmentProblem<SeekerId, SupporterId> p = example();
    Result<SeekerId, SupporterId> r = solver().solve(p);
    assertThat(r.totalCost()).isEqualTo(-5);
    assertThat(r.unassignedReason(1)).contains(Reason.CAPACITY);
    assertThat(r.unassignedReason(3)).contains(Reason.NOT_CHOSEN);
    assertThat(AssignmentGen.certificateViolations(p, r, Objective.MIN_COST)).isEmpty();
    assertThat(r.certificate().orElseThrow().unitBonus()).isZero();
    assertThat(solver().objective()).isEqualTo(Objective.MIN_COST);
    assertThat(MinCostFlowAssignment.of(Objective.MIN_COST).solve(p).assignment()).containsExactly(exampleExpected());
  }

  @Test
  void solve_zeroCostPair_isNotTaken() {
    AssignmentProblem<SeekerId, SupporterId> p = AssignmentProblem.of(AssignmentGen.seekers(1), AssignmentGen.supporters(1), new int[] {1},
        new int[] {0}, new int[] {0}, new long[] {0});
    Result<SeekerId, SupporterId> r = solver().solve(p);
    assertThat(r.assignedCount()).isZero();
    assertThat(r.unassignedReason(0)).contains(Reason.NOT_CHOSEN);
  }

  @Test
  void solve_extremeCosts_doNotOverflow() {
    long big = AssignmentProblem.MAX_ABS_COST;
    AssignmentProblem<SeekerId, SupporterId> p = AssignmentProblem.of(AssignmentGen.seekers(3), AssignmentGen.supporters(2), new int[] {1, 2},
        new int[] {0, 0, 1, 1, 2}, new int[] {0, 1, 0, 1, 1}, new long[] {-big, big, -big, -big + 1, -big});
    Result<SeekerId, SupporterId> r = solver().solve(p);
    assertThat(r.totalCost()).isEqualTo(AssignmentGen.bruteForce(p, Objective.MIN_COST)[1]).isEqualTo(-3 * big + 1);
    assertThat(AssignmentGen.certificateViolations(p, r, Objective.MIN_COST)).isEmpty();
  }
}
