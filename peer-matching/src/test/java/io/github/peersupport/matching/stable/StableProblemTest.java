package io.github.peersupport.matching.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building problems: accessors, defensive copies, the score tie rule, and errors naming the item. */
class StableProblemTest {
  private static final List<SeekerId> TWO_SEEKERS = StableGen.seekers(2);
  private static final List<SupporterId> TWO_SUPPORTERS = StableGen.supporters(2);

  @Test
  void of_validLists_exposesThemAndTheirRanks() {
    StableProblem p = Textbook.hospitals();
    assertThat(p.seekerCount()).isEqualTo(6);
    assertThat(p.supporterCount()).isEqualTo(3);
    assertThat(p.totalListLength()).isEqualTo(15 + 15);
    assertThat(p.seeker(3)).isEqualTo(SeekerId.of("s3"));
    assertThat(p.supporter(2)).isEqualTo(SupporterId.of("h2"));
    assertThat(p.seekers()).hasSize(6);
    assertThat(p.supporters()).containsExactly(SupporterId.of("h0"), SupporterId.of("h1"), SupporterId.of("h2"));
    assertThat(p.seekerIndex(SeekerId.of("s4"))).hasValue(4);
    assertThat(p.seekerIndex(SeekerId.of("nobody"))).isEmpty();
    assertThat(p.supporterIndex(SupporterId.of("h1"))).hasValue(1);
    assertThat(p.supporterIndex(SupporterId.of("nobody"))).isEmpty();
    assertThat(p.capacity(0)).isEqualTo(2);
    assertThat(p.seekerPreferences(2)).containsExactly(1, 2, 0);
    assertThat(p.supporterPreferences(0)).containsExactly(2, 4, 5, 1);
    assertThat(p.seekerRank(2, 0)).isEqualTo(2);
    assertThat(p.seekerRank(0, 1)).isEqualTo(-1);
    assertThat(p.supporterRank(0, 1)).isEqualTo(3);
    assertThat(p.isAcceptable(3, 0)).isFalse(); // listed by the seeker only
    assertThat(p.isAcceptable(0, 1)).isFalse(); // listed by the supporter only
    assertThat(p.isAcceptable(1, 0)).isTrue();
    assertThat(p).hasToString("StableProblem[6 seekers, 3 supporters, capacity 5, L = 30]");
  }

  @Test
  void of_inputArraysChangedAfterwards_problemUnchanged() {
    int[] capacities = {1, 1};
    int[][] seekerLists = {{0, 1}, {1}};
    StableProblem p = StableProblem.of(TWO_SEEKERS, TWO_SUPPORTERS, capacities, seekerLists, new int[][] {{0, 1}, {1, 0}});
    capacities[0] = 9;
    seekerLists[0][0] = 1;
    p.seekerPreferences(0)[0] = 1;
    assertThat(p.capacity(0)).isEqualTo(1);
    assertThat(p.seekerPreferences(0)).containsExactly(0, 1);
  }

  @Test
  void of_badInput_throwsNamingTheItem() {
    int[][] ok = {{0}, {1}};
    assertThatThrownBy(() -> StableProblem.of(List.of(SeekerId.of("a"), SeekerId.of("a")), TWO_SUPPORTERS, new int[] {1, 1}, ok, ok))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("seekers[1]: duplicate id a (first at seekers[0])");
    assertThatThrownBy(() -> StableProblem.of(TWO_SEEKERS, List.of(SupporterId.of("h"), SupporterId.of("h")), new int[] {1, 1}, ok, ok))
        .hasMessage("supporters[1]: duplicate id h (first at supporters[0])");
    assertThatThrownBy(() -> StableProblem.of(TWO_SEEKERS, TWO_SUPPORTERS, new int[] {1, -1}, ok, ok))
        .hasMessage("capacities[1]: must be at least 0 but was -1");
    assertThatThrownBy(() -> StableProblem.of(TWO_SEEKERS, TWO_SUPPORTERS, new int[] {1}, ok, ok))
        .hasMessage("capacities: length 1 does not match 2 supporters");
    assertThatThrownBy(() -> StableProblem.of(TWO_SEEKERS, TWO_SUPPORTERS, new int[] {1, 1}, new int[][] {{0}, {1, 17}}, ok))
        .hasMessage("seekerPreferences[1][1]: unknown supporter index 17");
    assertThatThrownBy(() -> StableProblem.of(TWO_SEEKERS, TWO_SUPPORTERS, new int[] {1, 1}, new int[][] {{0, 1, 0}, {}}, ok))
        .hasMessage("seekerPreferences[0][2]: repeats supporter index 0 (first at seekerPreferences[0][0])");
    assertThatThrownBy(() -> StableProblem.of(TWO_SEEKERS, TWO_SUPPORTERS, new int[] {1, 1}, ok, new int[][] {{-1}, {}}))
        .hasMessage("supporterPreferences[0][0]: unknown seeker index -1");
    assertThatThrownBy(() -> StableProblem.of(TWO_SEEKERS, TWO_SUPPORTERS, new int[] {1, 1}, ok, new int[][] {{}, {1, 1}}))
        .hasMessage("supporterPreferences[1][1]: repeats seeker index 1 (first at supporterPreferences[1][0])");
    assertThatThrownBy(() -> StableProblem.of(TWO_SEEKERS, TWO_SUPPORTERS, new int[] {1, 1}, new int[][] {{0}}, ok))
        .hasMessage("seekerPreferences: length 1 does not match 2 seekers");
    assertThatThrownBy(() -> StableProblem.of(TWO_SEEKERS, TWO_SUPPORTERS, new int[] {1, 1}, ok, new int[][] {{0}}))
        .hasMessage("supporterPreferences: length 1 does not match 2 supporters");
  }

  @Test
  void fromScores_ties_brokenByTheOtherSidesId() {
    // supporters "b" and "a" (index 0 and 1) tie for seeker "y"; seekers "y" and "x" tie for supporter "b"
    List<SeekerId> seekers = List.of(SeekerId.of("y"), SeekerId.of("x"));
    List<SupporterId> supporters = List.of(SupporterId.of("b"), SupporterId.of("a"));
    StableProblem p = StableProblem.fromScores(seekers, supporters, new int[] {1, 1},
        new int[] {0, 0, 1}, new int[] {0, 1, 0}, new double[] {0.5, 0.5, 0.9}, new double[] {0.7, 0.1, 0.7});
    assertThat(p.seekerPreferences(0)).containsExactly(1, 0); // "a" before "b"
    assertThat(p.seekerPreferences(1)).containsExactly(0);
    assertThat(p.supporterPreferences(0)).containsExactly(1, 0); // "x" before "y"
    assertThat(p.supporterPreferences(1)).containsExactly(0);
    assertThat(p.isAcceptable(1, 1)).isFalse(); // not a candidate pair
  }

  @Test
  void fromScores_higherScores_comeFirst() {
    StableProblem p = StableProblem.fromScores(TWO_SEEKERS, TWO_SUPPORTERS, new int[] {1, 1},
        new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}, new double[] {0.1, 0.9, -3, 2}, new double[] {1, 2, 3, 0});
    assertThat(p.seekerPreferences(0)).containsExactly(1, 0);
    assertThat(p.seekerPreferences(1)).containsExactly(1, 0);
    assertThat(p.supporterPreferences(0)).containsExactly(1, 0);
    assertThat(p.supporterPreferences(1)).containsExactly(0, 1);
  }

  @Test
  void fromScores_badInput_throwsNamingTheItem() {
    int[] caps = {1, 1};
    assertThatThrownBy(() -> StableProblem.fromScores(TWO_SEEKERS, TWO_SUPPORTERS, caps,
        new int[] {0, 1}, new int[] {0, 1}, new double[] {1, Double.NaN}, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("seekerScores[1]: must be finite but was NaN");
    assertThatThrownBy(() -> StableProblem.fromScores(TWO_SEEKERS, TWO_SUPPORTERS, caps,
        new int[] {0}, new int[] {0}, new double[] {1}, new double[] {Double.NEGATIVE_INFINITY}))
        .hasMessage("supporterScores[0]: must be finite but was -Infinity");
    assertThatThrownBy(() -> StableProblem.fromScores(TWO_SEEKERS, TWO_SUPPORTERS, caps,
        new int[] {0, 2}, new int[] {0, 1}, new double[] {1, 1}, new double[] {1, 1}))
        .hasMessage("pairSeekers[1]: unknown seeker index 2");
    assertThatThrownBy(() -> StableProblem.fromScores(TWO_SEEKERS, TWO_SUPPORTERS, caps,
        new int[] {0, 1}, new int[] {0, 17}, new double[] {1, 1}, new double[] {1, 1}))
        .hasMessage("pairSupporters[1]: unknown supporter index 17");
    assertThatThrownBy(() -> StableProblem.fromScores(TWO_SEEKERS, TWO_SUPPORTERS, caps,
        new int[] {1, 0, 1}, new int[] {1, 0, 1}, new double[] {1, 1, 1}, new double[] {1, 1, 1}))
        .hasMessage("pairSeekers[2]: repeats the pair of seeker 1 and supporter 1 (first at pairSeekers[0])");
    assertThatThrownBy(() -> StableProblem.fromScores(TWO_SEEKERS, TWO_SUPPORTERS, caps,
        new int[] {0}, new int[] {0, 1}, new double[] {1}, new double[] {1}))
        .hasMessageStartingWith("pairSupporters: pairSeekers, pairSupporters, seekerScores and supporterScores lengths differ");
    assertThatThrownBy(() -> StableProblem.fromScores(TWO_SEEKERS, TWO_SUPPORTERS, new int[] {-2, 1},
        new int[] {0}, new int[] {0}, new double[] {1}, new double[] {1}))
        .hasMessage("capacities[0]: must be at least 0 but was -2");
  }
}
