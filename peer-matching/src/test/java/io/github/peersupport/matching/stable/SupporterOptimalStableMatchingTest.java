package io.github.peersupport.matching.stable;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contract for {@link DeferredAcceptanceStableMatching#supporterOptimal()}. */
class SupporterOptimalStableMatchingTest extends StableMatchingContract {
  @Override
  StableMatching solver() {
    return DeferredAcceptanceStableMatching.supporterOptimal();
  }

  @Override
  int[] galeShapley1Expected() {
    return Textbook.GALE_SHAPLEY_1_WOMEN_OPTIMAL;
  }

  @Override
  int[] hospitalsExpected() {
    return Textbook.HOSPITALS_SUPPORTER_OPTIMAL;
  }

  @Override
  int[] bruteForceOptimum(StableProblem problem) {
    return StableGen.supporterOptimal(problem);
  }

  @Test
  void factories_supporterSide_returnTheSameConfiguration() {
    assertThat(DeferredAcceptanceStableMatching.of(DeferredAcceptanceStableMatching.Side.SUPPORTER_OPTIMAL))
        .isSameAs(DeferredAcceptanceStableMatching.supporterOptimal());
    assertThat(DeferredAcceptanceStableMatching.supporterOptimal().side()).isEqualTo(DeferredAcceptanceStableMatching.Side.SUPPORTER_OPTIMAL);
    assertThat(DeferredAcceptanceStableMatching.supporterOptimal()).hasToString("DeferredAcceptanceStableMatching[SUPPORTER_OPTIMAL]");
  }
}
