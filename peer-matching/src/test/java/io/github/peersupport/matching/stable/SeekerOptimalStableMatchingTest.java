package io.github.peersupport.matching.stable;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contract for {@link DeferredAcceptanceStableMatching#seekerOptimal()}. */
class SeekerOptimalStableMatchingTest extends StableMatchingContract {
  @Override
  StableMatching solver() {
    return DeferredAcceptanceStableMatching.seekerOptimal();
  }

  @Override
  int[] galeShapley1Expected() {
    return Textbook.GALE_SHAPLEY_1_MEN_OPTIMAL;
  }

  @Override
  int[] hospitalsExpected() {
    return Textbook.HOSPITALS_SEEKER_OPTIMAL;
  }

  @Override
  int[] bruteForceOptimum(StableProblem problem) {
    return StableGen.seekerOptimal(problem);
  }

  @Test
  void factories_seekerSide_returnTheSameConfiguration() {
    assertThat(DeferredAcceptanceStableMatching.of(DeferredAcceptanceStableMatching.Side.SEEKER_OPTIMAL))
        .isSameAs(DeferredAcceptanceStableMatching.seekerOptimal());
    assertThat(DeferredAcceptanceStableMatching.seekerOptimal().side()).isEqualTo(DeferredAcceptanceStableMatching.Side.SEEKER_OPTIMAL);
    assertThat(DeferredAcceptanceStableMatching.seekerOptimal()).hasToString("DeferredAcceptanceStableMatching[SEEKER_OPTIMAL]");
  }
}
