package io.github.peersupport.matching.assignment;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.matching.assignment.CapacitatedAssignment.Objective;
import io.github.peersupport.matching.assignment.CapacitatedAssignment.Reason;
import org.junit.jupiter.api.Test;

class GreedyCoverageFirstTest extends CapacitatedAssignmentContract {
  @Override
  CapacitatedAssignment solver() {
    return GreedyAssignment.coverageFirst();
  }

  @Override
  int[] exampleExpected() {
    return new int[] {0, -1, -1, 1};
  }

  @Test
  void solve_example_takesCheapestFirstAndCanMissCoverage() {
    CapacitatedAssignment.Result<SeekerId, SupporterId> r = solver().solve(example());
    assertThat(r.assignedCount()).isEqualTo(2);
    assertThat(r.totalCost()).isEqualTo(-3);
    assertThat(r.unassignedReason(1)).contains(Reason.CAPACITY);
    assertThat(solver().objective()).isEqualTo(Objective.COVERAGE_FIRST);
    assertThat(solver()).hasToString("GreedyAssignment[COVERAGE_FIRST]");
  }
}
