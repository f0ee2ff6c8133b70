package io.github.peersupport.matching.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.matching.assignment.CapacitatedAssignment.Objective;
import org.junit.jupiter.api.Test;

class GreedyMinCostTest extends CapacitatedAssignmentContract {
  @Override
  CapacitatedAssignment solver() {
    return GreedyAssignment.minCost();
  }

  @Override
  int[] exampleExpected() {
    return new int[] {0, -1, -1, -1};
  }

  @Test
  void solve_anyProblem_hasNoCertificate() {
    assertThat(solver().solve(example()).certificate()).isEmpty();
    assertThat(solver().objective()).isEqualTo(Objective.MIN_COST);
    assertThat(GreedyAssignment.of(Objective.MIN_COST).solve(example()).assignment()).containsExactly(exampleExpected());
  }
}
