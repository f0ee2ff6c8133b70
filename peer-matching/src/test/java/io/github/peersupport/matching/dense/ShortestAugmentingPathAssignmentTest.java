package io.github.peersupport.matching.dense;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contract for {@link ShortestAugmentingPathAssignment}, and its documented tie rule. */
class ShortestAugmentingPathAssignmentTest extends DenseAssignmentContract {
  @Override
  DenseAssignment solver() {
    return ShortestAugmentingPathAssignment.create();
  }

  @Test
  void solve_allCostsEqual_assignsByTheTieRule() {
    // Row 0 takes the smallest free column; later rows prefer a free column over a path through
    // an assigned one at equal distance, then the smallest index: the identity.
    DenseAssignment.Result square = solver().solve(DenseProblem.of(new long[3][3]));
    assertThat(square.assignment()).containsExactly(0, 1, 2);
    DenseAssignment.Result wide = solver().solve(DenseProblem.of(new long[2][4]));
    assertThat(wide.assignment()).containsExactly(0, 1);
    // Transposed: supporters are inserted in order, each taking the smallest free seeker.
    DenseAssignment.Result tall = solver().solve(DenseProblem.of(new long[4][2]));
    assertThat(tall.assignment()).containsExactly(0, 1, -1, -1);
  }

  @Test
  void create_returnsTheSameStatelessInstance() {
    assertThat(ShortestAugmentingPathAssignment.create()).isSameAs(ShortestAugmentingPathAssignment.create());
    assertThat(ShortestAugmentingPathAssignment.create()).hasToString("ShortestAugmentingPathAssignment");
  }
}
