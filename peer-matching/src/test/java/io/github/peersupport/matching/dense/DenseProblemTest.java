package io.github.peersupport.matching.dense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Construction, copies and bad input of {@link DenseProblem}. */
class DenseProblemTest {
  @Test
  void of_costs_namesRowsAndColumnsByIndexAndCopiesTheMatrix() {
    long[][] costs = {{1, 2, 3}, {4, DenseProblem.FORBIDDEN, 6}};
    DenseProblem p = DenseProblem.of(costs);
    costs[0][0] = 99;
    assertThat(p.seekerCount()).isEqualTo(2);
    assertThat(p.supporterCount()).isEqualTo(3);
    assertThat(p.cost(0, 0)).isEqualTo(1);
    assertThat(p.allowed(1, 1)).isFalse();
    assertThat(p.allowed(1, 2)).isTrue();
    assertThat(p.seeker(1)).isEqualTo(SeekerId.of("seeker-1"));
    assertThat(p.supporters()).containsExactly(SupporterId.of("supporter-0"), SupporterId.of("supporter-1"), SupporterId.of("supporter-2"));
    long[][] copy = p.costs();
    copy[1][2] = 0;
    assertThat(p.cost(1, 2)).isEqualTo(6);
    assertThat(p).hasToString("DenseProblem[2 × 3]");
  }

  @Test
  void of_costBounds_areInclusive() {
    DenseProblem p = DenseProblem.of(new long[][] {{DenseProblem.MAX_COST, -DenseProblem.MAX_COST}});
    assertThat(p.cost(0, 1)).isEqualTo(-1_000_000_000_000L);
  }

  @Test
  void of_raggedRow_namesTheRow() {
    assertThatThrownBy(() -> DenseProblem.of(new long[][] {{1, 2, 3}, {1, 2, 3}, {1, 2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("costs[2]: row length 2 but expected 3");
  }

  @Test
  void of_nullRow_namesTheRow() {
    assertThatThrownBy(() -> DenseProblem.of(new long[][] {{1}, null}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("costs[1]: row is null");
  }

  @Test
  void of_costOutOfRange_namesTheCell() {
    assertThatThrownBy(() -> DenseProblem.of(new long[][] {{1, 2}, {3, 1_000_000_000_001L}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("costs[1][1]: cost 1000000000001 is outside [-1000000000000, 1000000000000]");
    assertThatThrownBy(() -> DenseProblem.of(new long[][] {{Long.MIN_VALUE}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("costs[0][0]: cost " + Long.MIN_VALUE);
  }

  @Test
  void of_labelled_checksCountsAndDuplicates() {
    List<SeekerId> seekers = List.of(SeekerId.of("a"), SeekerId.of("b"));
    List<SupporterId> supporters = List.of(SupporterId.of("x"), SupporterId.of("y"));
    assertThatThrownBy(() -> DenseProblem.of(seekers, supporters, new long[][] {{1, 2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("costs: length 1 does not match 2 seekers");
    assertThatThrownBy(() -> DenseProblem.of(seekers, supporters, new long[][] {{1, 2}, {1, 2, 3}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("costs[1]: row length 3 but expected 2");
    assertThatThrownBy(() -> DenseProblem.of(List.of(SeekerId.of("a"), SeekerId.of("a")), supporters, new long[][] {{1, 2}, {1, 2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seekers[1]: duplicate id a (first at seekers[0])");
    assertThatThrownBy(() -> DenseProblem.of(seekers, List.of(SupporterId.of("x"), SupporterId.of("x")), new long[][] {{1, 2}, {1, 2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("supporters[1]: duplicate id");
  }

  @Test
  void cost_outOfRangeIndex_throws() {
    DenseProblem p = DenseProblem.of(new long[][] {{1, 2}});
    assertThatThrownBy(() -> p.cost(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> p.cost(1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
