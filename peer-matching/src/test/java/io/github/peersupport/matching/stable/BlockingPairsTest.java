package io.github.peersupport.matching.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import org.junit.jupiter.api.Test;

/** Blocking pairs planted in deliberately broken results, and results that are not matchings. */
class BlockingPairsTest {
  @Test
  void find_stableMatchingsOfGaleShapleyExample1_findsNone() {
    StableProblem p = Textbook.galeShapley1();
    for (int[] m : new int[][] {Textbook.GALE_SHAPLEY_1_MEN_OPTIMAL, Textbook.GALE_SHAPLEY_1_WOMEN_OPTIMAL,
        Textbook.GALE_SHAPLEY_1_SECOND_CHOICES}) {
      assertThat(BlockingPairs.find(p, StableMatching.Result.of(p, m))).isEmpty();
    }
  }

  @Test
  void find_swappedPartnersInGaleShapleyExample1_findsThePlantedPair() {
    // αB βA γC: β prefers C to A, and C prefers β to γ
    StableProblem p = Textbook.galeShapley1();
    assertThat(BlockingPairs.find(p, StableMatching.Result.of(p, new int[] {1, 0, 2})))
        .containsExactly(StablePair.of(SeekerId.of("s1"), SupporterId.of("h2")));
  }

  @Test
  void find_unassignedSeekerAndFreePlace_findsEveryPlantedPair() {
    // hospitals instance with s1 and s4 taken out: both have free places they want and that want them
    StableProblem p = Textbook.hospitals();
    int[] broken = Textbook.HOSPITALS_SEEKER_OPTIMAL.clone();
    broken[1] = -1;
    broken[4] = -1;
    assertThat(BlockingPairs.find(p, StableMatching.Result.of(p, broken))).containsExactly(
        StablePair.of(SeekerId.of("s1"), SupporterId.of("h0")),
        StablePair.of(SeekerId.of("s1"), SupporterId.of("h1")),
        StablePair.of(SeekerId.of("s4"), SupporterId.of("h1")),
        StablePair.of(SeekerId.of("s4"), SupporterId.of("h0")));
  }

  @Test
  void find_overCapacity_throwsNamingTheSupporter() {
    StableProblem p = Textbook.hospitals();
    StableMatching.Result r = StableMatching.Result.of(p, new int[] {0, 0, 0, -1, -1, -1});
    assertThat(BlockingPairs.violations(p, r)).contains("supporter h0 has 3 seekers but capacity 2");
    assertThatThrownBy(() -> BlockingPairs.find(p, r))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("result: not a matching of the problem: supporter h0 has 3 seekers but capacity 2");
  }

  @Test
  void violations_unacceptablePairs_nameBothSides() {
    StableProblem p = Textbook.hospitals();
    // s0 does not list h1; s3 lists h0, but h0 does not list s3
    StableMatching.Result r = StableMatching.Result.of(p, new int[] {1, -1, -1, 0, -1, -1});
    assertThat(BlockingPairs.violations(p, r)).containsExactly(
        "seeker s0 is assigned to supporter h1, whom the seeker does not list",
        "seeker s3 is assigned to supporter h0, who does not list the seeker");
    assertThatThrownBy(() -> BlockingPairs.find(p, r)).hasMessageContaining("(and 1 more)");
  }

  @Test
  void violations_resultOfADifferentlySizedProblem_saysSo() {
    StableMatching.Result r = DeferredAcceptanceStableMatching.seekerOptimal().solve(Textbook.galeShapley2());
    assertThat(BlockingPairs.violations(Textbook.galeShapley1(), r))
        .containsExactly("the result has 4 seekers and 4 supporters but the problem has 3 and 3");
  }

  @Test
  void resultOf_badShape_throwsNamingTheItem() {
    StableProblem p = Textbook.galeShapley1();
    assertThatThrownBy(() -> StableMatching.Result.of(p, new int[] {0, 1}))
        .hasMessage("supporterOf: length 2 does not match 3 seekers");
    assertThatThrownBy(() -> StableMatching.Result.of(p, new int[] {0, 7, -1}))
        .hasMessage("supporterOf[1]: unknown supporter index 7");
  }
}
