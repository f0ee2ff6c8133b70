package io.github.peersupport.matching.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.SeekerId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stable roommates on published and hand-checked instances. The instance without a stable pairing
 * is Gale and Shapley's roommates example (1962; also quoted by Irving 1985): α, β, γ each rank
 * another of the three first and δ last, and δ ranks them α, β, γ.
 */
class IrvingStableRoommatesTest {
  private static final StableRoommatesMatching IRVING = IrvingStableRoommates.create();

  @Test
  void solve_galeShapleyRoommates_reportsThatNoStablePairingExists() {
    RoommatesProblem p = RoommatesProblem.of(RoommatesPropertyTest.members(4),
        new int[][] {{1, 2, 3}, {2, 0, 3}, {0, 1, 3}, {0, 1, 2}});
    StableRoommatesMatching.Result r = IRVING.solve(p);
    assertThat(r.succeeded()).isFalse();
    assertThat(r.pairs()).isEmpty();
    assertThat(r.unmatched()).isEmpty();
    assertThat(r).hasToString("Result[no stable pairing]");
    assertThatThrownBy(() -> r.partnerOf(0)).isInstanceOf(IllegalStateException.class)
        .hasMessage("no stable pairing exists for RoommatesProblem[4 members]");
    assertThat(RoommatesPropertyTest.bruteForceStable(p)).isEmpty();
  }

  @Test
  void solve_everyoneFirstChoiceMutual_pairsFirstChoices() {
    RoommatesProblem p = RoommatesProblem.of(RoommatesPropertyTest.members(4),
        new int[][] {{1, 2, 3}, {0, 3, 2}, {3, 0, 1}, {2, 1, 0}});
    StableRoommatesMatching.Result r = IRVING.solve(p);
    assertThat(r.succeeded()).isTrue();
    assertThat(r.partners()).containsExactly(1, 0, 3, 2);
    assertThat(r.pairs()).containsExactly(BuddyPair.of(SeekerId.of("m0"), SeekerId.of("m1")), BuddyPair.of(SeekerId.of("m2"), SeekerId.of("m3")));
    assertThat(r).hasToString("Result[2 pairs, 0 unmatched]");
    assertThat(r.problem()).isSameAs(p);
    assertThat(IRVING).hasToString("IrvingStableRoommates");
  }

  @Test
  void solve_phaseTwoNeeded_findsTheStablePairing() {
    // a complete 4-member instance (1: 3 2 4, 2: 4 3 1, 3: 2 1 4, 4: 1 3 2, 1-based) whose phase 1 leaves lists of two
    RoommatesProblem p = RoommatesProblem.of(RoommatesPropertyTest.members(4),
        new int[][] {{2, 1, 3}, {3, 2, 0}, {1, 0, 3}, {0, 2, 1}});
    StableRoommatesMatching.Result r = IRVING.solve(p);
    assertThat(r.succeeded()).isTrue();
    assertThat(RoommatesPropertyTest.bruteForceStable(p)).anySatisfy(m -> assertThat(m).containsExactly(r.partners()));
  }

  @Test
  void solve_incompleteAndOneSidedLists_leavesTheUnacceptableOut() {
    // m2 lists m0, who does not list m2; m3 lists nobody
    RoommatesProblem p = RoommatesProblem.of(RoommatesPropertyTest.members(4), new int[][] {{1}, {0, 2}, {0, 1}, {}});
    StableRoommatesMatching.Result r = IRVING.solve(p);
    assertThat(r.partners()).containsExactly(1, 0, -1, -1);
    assertThat(r.unmatched()).containsExactly(SeekerId.of("m2"), SeekerId.of("m3"));
    assertThat(r.partnerOf(2)).isEqualTo(-1);
  }

  @Test
  void solve_noMembers_returnsAnEmptyPairing() {
    StableRoommatesMatching.Result r = IRVING.solve(RoommatesProblem.of(List.of(), new int[0][]));
    assertThat(r.succeeded()).isTrue();
    assertThat(r.pairs()).isEmpty();
  }

  @Test
  void of_badInput_throwsNamingTheItem() {
    List<SeekerId> three = RoommatesPropertyTest.members(3);
    assertThatThrownBy(() -> RoommatesProblem.of(List.of(SeekerId.of("a"), SeekerId.of("a")), new int[][] {{}, {}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("members[1]: duplicate id a (first at members[0])");
    assertThatThrownBy(() -> RoommatesProblem.of(three, new int[][] {{1}, {}}))
        .hasMessage("preferences: length 2 does not match 3 members");
    assertThatThrownBy(() -> RoommatesProblem.of(three, new int[][] {{1}, {0, 5}, {}}))
        .hasMessage("preferences[1][1]: unknown member index 5");
    assertThatThrownBy(() -> RoommatesProblem.of(three, new int[][] {{1}, {0}, {2}}))
        .hasMessage("preferences[2][0]: member 2 lists itself");
    assertThatThrownBy(() -> RoommatesProblem.of(three, new int[][] {{1, 2, 1}, {0}, {}}))
        .hasMessage("preferences[0][2]: repeats member index 1 (first at preferences[0][0])");
  }

  @Test
  void problem_accessors_returnCopies() {
    int[][] lists = {{1}, {0}};
    RoommatesProblem p = RoommatesProblem.of(RoommatesPropertyTest.members(2), lists);
    lists[0][0] = 0;
    p.preferences(0)[0] = 0;
    assertThat(p.preferences(0)).containsExactly(1);
    assertThat(p.size()).isEqualTo(2);
    assertThat(p.member(1)).isEqualTo(SeekerId.of("m1"));
    assertThat(p.members()).hasSize(2);
    assertThat(p).hasToString("RoommatesProblem[2 members]");
  }
}
