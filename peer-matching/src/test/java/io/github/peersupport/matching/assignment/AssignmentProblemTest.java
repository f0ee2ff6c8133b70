package io.github.peersupport.matching.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentProblemTest {
  private static AssignmentProblem<SeekerId, SupporterId> of(int n, int m, int[] caps, int[] ps, int[] pj, long[] pc) {
    return AssignmentProblem.of(AssignmentGen.seekers(n), AssignmentGen.supporters(m), caps, ps, pj, pc);
  }

  @Test
  void of_validInput_exposesCopiesAndIndices() {
    int[] caps = {2, 0};
    int[] ps = {1, 0, 1};
    int[] pj = {0, 1, 1};
    long[] pc = {5, -3, 7};
    AssignmentProblem<SeekerId, SupporterId> p = of(3, 2, caps, ps, pj, pc);
    caps[0] = 9;
    pc[0] = 99;
    assertThat(p.capacity(0)).isEqualTo(2);
    assertThat(p.pairCost(0)).isEqualTo(5);
    assertThat(p.itemCount()).isEqualTo(3);
    assertThat(p.targetCount()).isEqualTo(2);
    assertThat(p.pairCount()).isEqualTo(3);
    assertThat(p.pairsOf(1)).containsExactly(0, 2);
    assertThat(p.pairsOf(2)).isEmpty();
    assertThat(p.pairOf(1, 1)).isEqualTo(2);
    assertThat(p.pairOf(2, 0)).isEqualTo(-1);
    assertThat(p.itemIndex(SeekerId.of("s2"))).hasValue(2);
    assertThat(p.targetIndex(SupporterId.of("h9"))).isEmpty();
    assertThat(p.items()).hasSize(3);
    assertThat(p.targets()).containsExactly(SupporterId.of("h0"), SupporterId.of("h1"));
    assertThat(p.item(1)).isEqualTo(SeekerId.of("s1"));
    assertThat(p.target(1)).isEqualTo(SupporterId.of("h1"));
  }

  @Test
  void of_anyItemAndTargetTypes_exposeTheTypedValues() {
    record Group(String name) {}
    AssignmentProblem<String, Group> p = AssignmentProblem.of(List.of("ann", "bo"), List.of(new Group("g1")),
        new int[] {1}, new int[] {1}, new int[] {0}, new long[] {-4});
    CapacitatedAssignment.Result<String, Group> r = MinCostFlowAssignment.minCost().solve(p);
    assertThat(r.targetOf("bo")).contains(new Group("g1"));
    assertThat(r.targetOf("ann")).isEmpty();
    assertThat(r.assigned()).containsExactly(java.util.Map.entry("bo", new Group("g1")));
    assertThat(r.unassigned()).containsExactly("ann");
    assertThat(p.targetIndex(new Group("g1"))).hasValue(0);
    assertThatThrownBy(() -> r.targetOf("cy")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("item: not in the problem");
  }

  @Test
  void of_unknownItemIndex_namesThePair() {
    int[] ps = {0, 0, 0, 0, 0, 0, 0, 12};
    int[] pj = new int[8];
    assertThatThrownBy(() -> of(2, 1, new int[] {1}, ps, pj, new long[8]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pairItems[7]: unknown item index 12");
  }

  @Test
  void of_unknownTargetIndex_namesThePair() {
    assertThatThrownBy(() -> of(1, 1, new int[] {1}, new int[] {0}, new int[] {-1}, new long[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pairTargets[0]: unknown target index -1");
  }

  @Test
  void of_duplicateIds_nameTheSecond() {
    assertThatThrownBy(() -> AssignmentProblem.of(List.of(SeekerId.of("a"), SeekerId.of("a")), List.of(), new int[0],
        new int[0], new int[0], new long[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("items[1]: duplicate id");
    assertThatThrownBy(() -> AssignmentProblem.of(List.of(), List.of(SupporterId.of("x"), SupporterId.of("x")),
        new int[2], new int[0], new int[0], new long[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("targets[1]: duplicate id");
  }

  @Test
  void of_negativeCapacity_namesTheTarget() {
    assertThatThrownBy(() -> of(1, 2, new int[] {1, -1}, new int[0], new int[0], new long[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacities[1]: must be at least 0 but was -1");
    assertThatThrownBy(() -> of(1, 2, new int[] {1}, new int[0], new int[0], new long[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("capacities: length 1");
  }

  @Test
  void of_duplicatePair_namesTheRepeat() {
    assertThatThrownBy(() -> of(2, 2, new int[] {1, 1}, new int[] {1, 0, 1}, new int[] {1, 0, 1}, new long[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pairItems[2]: repeats the pair of item 1 and target 1 (first at pairItems[0])");
  }

  @Test
  void of_costOutOfRange_namesThePair() {
    long tooBig = AssignmentProblem.MAX_ABS_COST + 1;
    assertThatThrownBy(() -> of(1, 1, new int[] {1}, new int[] {0}, new int[] {0}, new long[] {-tooBig}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pairCosts[0]: must be between");
  }

  @Test
  void of_lengthMismatch_isRejected() {
    assertThatThrownBy(() -> of(1, 1, new int[] {1}, new int[] {0}, new int[] {0, 0}, new long[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lengths differ");
  }
}
