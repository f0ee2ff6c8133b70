package io.github.peersupport.sim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.peersupport.core.testing.Seeds;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PairedDifferenceTest {
  /**
   * Student's (1908) sleep data, hours of extra sleep of ten patients under two drugs (Cushny and
   * Peebles 1905), as R's {@code datasets::sleep}. R's {@code t.test(extra ~ group, data = sleep, paired
   * = TRUE)} (the example of {@code ?t.test}) prints t = -4.0621, df = 9, p-value = 0.002833, 95 percent
   * confidence interval -2.4598858 -0.7001142, mean difference -1.58.
   */
  private static final double[] DRUG_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
  private static final double[] DRUG_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

  @Test
  void sleepData_matchesRsPairedTTest() {
    PairedDifference d = PairedDifference.of(DRUG_2, DRUG_1);
    assertThat(d.n()).isEqualTo(10);
    assertThat(d.difference()).isCloseTo(-1.58, within(1e-12));
    assertThat(d.referenceMean()).isCloseTo(2.33, within(1e-12));
    assertThat(d.armMean()).isCloseTo(0.75, within(1e-12));
    assertThat(d.t()).isCloseTo(-4.0621, within(5e-5));
    assertThat(d.pValue()).isCloseTo(0.002833, within(5e-7));
    assertThat(d.interval().low()).isCloseTo(-2.4598858, within(5e-8));
    assertThat(d.interval().high()).isCloseTo(-0.7001142, within(5e-8));
    assertThat(d.standardError()).isCloseTo(0.3889587, within(5e-8));
  }

  /**
   * R's {@code t.test(extra ~ group, data = sleep)} (Welch, the other example of {@code ?t.test}): t =
   * -1.8608, df = 17.776, p-value = 0.07939, 95 percent confidence interval -3.3654832 0.2054832.
   */
  @Test
  void sleepData_unpaired_matchesRsWelchTest() {
    WelchDifference w = WelchDifference.of(DRUG_2, DRUG_1);
    assertThat(w.difference()).isCloseTo(-1.58, within(1e-12));
    assertThat(w.difference() / w.standardError()).isCloseTo(-1.8608, within(5e-5));
    assertThat(w.degreesOfFreedom()).isCloseTo(17.776, within(5e-4));
    assertThat(w.pValue()).isCloseTo(0.07939, within(5e-6));
    assertThat(w.interval(0.95).low()).isCloseTo(-3.3654832, within(5e-8));
    assertThat(w.interval(0.95).high()).isCloseTo(0.2054832, within(5e-8));
    WelchDifference swapped = WelchDifference.of(DRUG_1, DRUG_2);
    assertThat(swapped.difference()).isEqualTo(-w.difference());
    assertThat(swapped.pValue()).isEqualTo(w.pValue());
    assertThat(WelchDifference.of(new double[] {1, 1}, new double[] {2, 2}).pValue()).isZero();
  }

  @Test
  void sleepData_bootstrapIntervals_deterministicAndNearTheTInterval() {
    double[] diff = PairedDifference.differences(DRUG_2, DRUG_1);
    Bootstrap boot = Bootstrap.standard();
    Interval percentile = boot.percentile(diff, 0.95);
    Interval bca = boot.bca(diff, 0.95);
    assertThat(boot.percentile(diff, 0.95)).isEqualTo(percentile);
    assertThat(Bootstrap.of(2_000, 1).bca(diff, 0.95)).isEqualTo(bca);
    assertThat(Bootstrap.of(2_000, 2).bca(diff, 0.95)).isNotEqualTo(bca);
    // SciPy 1.17's bootstrap(method='BCa', n_resamples=2000) gives about [-2.63, -1.07] (other draws)
    assertThat(bca.low()).isBetween(-2.9, -2.3);
    assertThat(bca.high()).isBetween(-1.25, -0.9);
    assertThat(percentile.low()).isBetween(-2.6, -2.0);
    assertThat(percentile.high()).isBetween(-1.1, -0.8);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void anyPairs_intervalsContainTheDifference_pBelow5PercentIffIntervalExcludesZero_swapFlipsSigns(long seed) {
    Seeds.forEachCase(seed, 100, r -> {
      double[][] arms = arms(r);
      PairedDifference d = PairedDifference.of(arms[0], arms[1]);
      Interval t = d.interval();
      assertThat(t.contains(d.difference())).isTrue();
      assertThat(d.pValue() < 0.05).as("p %s, interval %s", d.pValue(), t).isEqualTo(!t.contains(0));
      assertThat(d.interval(0.99).low()).isLessThanOrEqualTo(t.low());
      double[] diff = PairedDifference.differences(arms[0], arms[1]);
      Bootstrap boot = Bootstrap.of(500, seed);
      assertThat(boot.percentile(diff, 0.95).contains(d.difference())).isTrue();
      assertThat(boot.bca(diff, 0.95).contains(d.difference())).isTrue();
      assertThat(StudentT.meanInterval(arms[1], 0.95).contains(d.armMean())).isTrue();

      PairedDifference swapped = PairedDifference.of(arms[1], arms[0]);
      assertThat(swapped.difference()).isEqualTo(-d.difference());
      assertThat(swapped.pValue()).isEqualTo(d.pValue());
      assertThat(swapped.standardError()).isEqualTo(d.standardError());
      assertThat(swapped.interval().low()).isCloseTo(-t.high(), within(1e-12));
      assertThat(swapped.interval().high()).isCloseTo(-t.low(), within(1e-12));
      assertThat(swapped.referenceMean()).isEqualTo(d.armMean());
    });
  }

  @Test
  void equalDifferences_degenerateButDefined() {
    PairedDifference same = PairedDifference.of(new double[] {1, 2, 3}, new double[] {1, 2, 3});
    assertThat(same.pValue()).isEqualTo(1);
    assertThat(same.interval()).isEqualTo(Interval.of(0, 0));
    PairedDifference shifted = PairedDifference.of(new double[] {1, 2, 3}, new double[] {2, 3, 4});
    assertThat(shifted.pValue()).isZero();
    assertThat(shifted.interval()).isEqualTo(Interval.of(1, 1));
    assertThat(Bootstrap.standard().bca(new double[] {1, 1, 1}, 0.95)).isEqualTo(Interval.of(1, 1));
  }

  @Test
  void badArguments_throwNamingTheArgument() {
    assertThatThrownBy(() -> PairedDifference.of(new double[] {1, 2}, new double[] {1})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("arm: ");
    assertThatThrownBy(() -> PairedDifference.of(new double[] {1}, new double[] {1})).hasMessageStartingWith("values: ");
    assertThatThrownBy(() -> PairedDifference.of(new double[] {1, Double.NaN}, new double[] {1, 2}))
        .hasMessageStartingWith("values[1]: ");
    assertThatThrownBy(() -> Bootstrap.of(10, 1)).hasMessageStartingWith("resamples: ");
    assertThatThrownBy(() -> Interval.of(2, 1)).hasMessageStartingWith("interval: ");
  }

  /** Two paired arms: a shared unit effect, a shift (zero a third of the time) and skewed noise. */
  private static double[][] arms(SplittableRandom r) {
    int n = r.nextInt(2, 60);
    double shift = r.nextInt(3) == 0 ? 0 : r.nextGaussian() * 2;
    double[][] out = new double[2][n];
    for (int i = 0; i < n; i++) {
      double unit = r.nextDouble(0, 100);
      out[0][i] = unit + r.nextGaussian();
      out[1][i] = unit + shift + (r.nextBoolean() ? -Math.log(r.nextDouble()) : r.nextGaussian());
    }
    return out;
  }
}
