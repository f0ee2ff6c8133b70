package io.github.peersupport.matching.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.SeekerId;
import org.junit.jupiter.api.Test;

/** The roommates certificate on hand-checked pairings: stable, blocked, malformed and absent. */
class RoommatesBlockingPairsTest {
  /** m0: m1 m2 m3; m1: m0 m3 m2; m2: m3 m0 m1; m3: m2 m1 m0 (first choices are mutual). */
  private static final RoommatesProblem MUTUAL = RoommatesProblem.of(RoommatesPropertyTest.members(4),
      new int[][] {{1, 2, 3}, {0, 3, 2}, {3, 0, 1}, {2, 1, 0}});

  @Test
  void find_solversPairing_hasNoBlockingPair() {
    StableRoommatesMatching.Result r = IrvingStableRoommates.create().solve(MUTUAL);
    assertThat(RoommatesBlockingPairs.violations(MUTUAL, r)).isEmpty();
    assertThat(RoommatesBlockingPairs.find(MUTUAL, r)).isEmpty();
  }

  @Test
  void find_pairingAgainstMutualFirstChoices_reportsBothBlockingPairs() {
    StableRoommatesMatching.Result crossed = StableRoommatesMatching.Result.of(MUTUAL, new int[] {2, 3, 0, 1});
    assertThat(RoommatesBlockingPairs.violations(MUTUAL, crossed)).isEmpty();
    assertThat(RoommatesBlockingPairs.find(MUTUAL, crossed)).containsExactly(
        BuddyPair.of(SeekerId.of("m0"), SeekerId.of("m1")), BuddyPair.of(SeekerId.of("m2"), SeekerId.of("m3")));
  }

  @Test
  void find_unmatchedMembersWhoListEachOther_block() {
    StableRoommatesMatching.Result nobody = StableRoommatesMatching.Result.of(MUTUAL, new int[] {-1, -1, -1, -1});
    assertThat(RoommatesBlockingPairs.find(MUTUAL, nobody)).hasSize(6);
  }

  @Test
  void find_oneSidedEntry_isNotABlockingPair() {
    // m1 lists m0 but m0 lists nobody: they are not acceptable to each other
    RoommatesProblem p = RoommatesProblem.of(RoommatesPropertyTest.members(2), new int[][] {{}, {0}});
    assertThat(RoommatesBlockingPairs.find(p, StableRoommatesMatching.Result.of(p, new int[] {-1, -1}))).isEmpty();
  }

  @Test
  void violations_malformedPairings_areNamed() {
    assertThat(RoommatesBlockingPairs.violations(MUTUAL, StableRoommatesMatching.Result.of(MUTUAL, new int[] {1, 2, 1, -1})))
        .containsExactly("member m0 is paired with m1, who is paired with m2");
    assertThat(RoommatesBlockingPairs.violations(MUTUAL, StableRoommatesMatching.Result.of(MUTUAL, new int[] {0, -1, -1, -1})))
        .containsExactly("member m0 is paired with themselves");
    RoommatesProblem oneSided = RoommatesProblem.of(RoommatesPropertyTest.members(2), new int[][] {{}, {0}});
    assertThat(RoommatesBlockingPairs.violations(oneSided, StableRoommatesMatching.Result.of(oneSided, new int[] {1, 0})))
        .containsExactly("member m0 is paired with m1, whom they do not list");
    RoommatesProblem two = RoommatesProblem.of(RoommatesPropertyTest.members(2), new int[][] {{1}, {0}});
    assertThat(RoommatesBlockingPairs.violations(MUTUAL, IrvingStableRoommates.create().solve(two)))
        .containsExactly("the result has 2 members but the problem has 4");
    assertThatThrownBy(() -> RoommatesBlockingPairs.find(oneSided, StableRoommatesMatching.Result.of(oneSided, new int[] {1, 0})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("result: not a pairing of the problem: member m0 is paired with m1, whom they do not list");
  }

  @Test
  void find_noStablePairing_hasNothingToCheck() {
    RoommatesProblem galeShapley = RoommatesProblem.of(RoommatesPropertyTest.members(4),
        new int[][] {{1, 2, 3}, {2, 0, 3}, {0, 1, 3}, {0, 1, 2}});
    StableRoommatesMatching.Result none = IrvingStableRoommates.create().solve(galeShapley);
    assertThat(RoommatesBlockingPairs.violations(galeShapley, none)).isEmpty();
    assertThatThrownBy(() -> RoommatesBlockingPairs.find(galeShapley, none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("result: holds no pairing");
  }

  @Test
  void resultOf_badShape_isRejected() {
    assertThatThrownBy(() -> StableRoommatesMatching.Result.of(MUTUAL, new int[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("partners: length 3 does not match 4 members");
    assertThatThrownBy(() -> StableRoommatesMatching.Result.of(MUTUAL, new int[] {0, 0, 0, 4}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("partners[3]: unknown member index 4");
    assertThat(StableRoommatesMatching.Result.of(MUTUAL, new int[] {1, 0, -1, -1}).pairs()).hasSize(1);
  }
}
