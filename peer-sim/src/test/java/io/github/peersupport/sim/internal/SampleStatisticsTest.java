package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.testing.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SampleStatisticsTest {
  @Test
  void quantile_nearestRank_knownValues() {
    List<Double> v = List.of(5.0, 1.0, 4.0, 2.0, 3.0);
    assertThat(SampleStatistics.quantile(v, 0.5)).isEqualTo(3.0);
    assertThat(SampleStatistics.quantile(v, 0.9)).isEqualTo(5.0);
    assertThat(SampleStatistics.quantile(v, 0.2)).isEqualTo(1.0);
    assertThat(SampleStatistics.quantile(List.of(), 0.5)).isZero();
  }

  @Test
  void gini_knownValues() {
    assertThat(SampleStatistics.gini(List.of(3, 3, 3, 3))).isZero();
    assertThat(SampleStatistics.gini(List.of(0, 0, 0, 8))).isCloseTo(0.75, Offset.offset(1e-12));
    assertThat(SampleStatistics.gini(List.of(0, 0))).isZero();
    assertThat(SampleStatistics.gini(List.of())).isZero();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void gini_anyLoads_inUnitRangeAndOrderFree(long seed) {
    Seeds.forEachCase(seed, 500, random -> {
      List<Integer> loads = new ArrayList<>();
      for (int i = random.nextInt(1, 50); i > 0; i--) {
        loads.add(random.nextInt(0, 8));
      }
      double g = SampleStatistics.gini(loads);
      assertThat(g).isBetween(0.0, 1.0);
      List<Integer> shuffled = new ArrayList<>(loads);
      Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
      assertThat(SampleStatistics.gini(shuffled)).isEqualTo(g);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void poisson_anyMean_nonNegative(long seed) {
    Seeds.forEachCase(seed, 500, random -> {
      double mean = random.nextDouble() * 60;
      assertThat(Distributions.poisson(random, mean)).isGreaterThanOrEqualTo(0);
    });
  }
}
