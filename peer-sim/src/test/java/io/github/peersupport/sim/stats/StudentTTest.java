package io.github.peersupport.sim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.peersupport.core.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Student t, normal and special functions against published values: t quantiles from the table of
 * Abramowitz and Stegun 1964 (Table 26.10) and any statistics textbook's t table, Φ from Table 26.1,
 * Γ from its closed forms.
 */
class StudentTTest {
  @ParameterizedTest(name = "t({0}, {1}) = {2}")
  @CsvSource({
    "0.975, 9, 2.262", "0.975, 29, 2.045", "0.975, 1, 12.706", "0.995, 1, 63.657", "0.95, 5, 2.015", "0.975, 120, 1.980",
    "0.995, 30, 2.750", "0.9995, 10, 4.587",
  })
  void quantile_publishedTable_agreesToThreeDecimals(double p, double df, double expected) {
    assertThat(StudentT.quantile(p, df)).isCloseTo(expected, within(0.0005));
    assertThat(StudentT.quantile(1 - p, df)).isCloseTo(-expected, within(0.0005));
  }

  @Test
  void quantile_manyDigits_matchesReferenceValues() {
    // qt(0.975, 9) and qt(0.975, 29) in R: 2.262157162798205, 2.045229642132703
    assertThat(StudentT.quantile(0.975, 9)).isCloseTo(2.262157162798205, within(1e-12));
    assertThat(StudentT.quantile(0.975, 29)).isCloseTo(2.045229642132703, within(1e-12));
    assertThat(StudentT.quantile(0.975, 1e7)).isCloseTo(Normal.quantile(0.975), within(1e-6));
    assertThat(StudentT.quantile(0.5, 4)).isZero();
  }

  @Test
  void cdf_knownValues() {
    // pt(-2.5, 3) = 0.04385332350403278; with one degree of freedom T is Cauchy: F(t) = 1/2 + atan(t)/π
    assertThat(StudentT.cdf(-2.5, 3)).isCloseTo(0.04385332350403278, within(1e-13));
    for (double t : new double[] {-30, -2, -0.3, 0, 0.7, 5, 100}) {
      assertThat(StudentT.cdf(t, 1)).as("t %s", t).isCloseTo(0.5 + Math.atan(t) / Math.PI, within(1e-13));
    }
    assertThat(StudentT.cdf(Double.POSITIVE_INFINITY, 3)).isEqualTo(1);
    assertThat(StudentT.twoSidedP(0, 5)).isEqualTo(1);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void quantile_invertsCdf_andIsIncreasing(long seed) {
    Seeds.forEachCase(seed, 200, r -> {
      double df = r.nextBoolean() ? r.nextInt(1, 200) : r.nextDouble(0.5, 50);
      double p = r.nextDouble(1e-6, 1 - 1e-6);
      double t = StudentT.quantile(p, df);
      assertThat(StudentT.cdf(t, df)).as("df %s p %s", df, p).isCloseTo(p, within(1e-11));
      assertThat(StudentT.quantile(Math.min(p + 1e-4, 1 - 1e-7), df)).isGreaterThan(t);
      assertThat(StudentT.twoSidedP(t, df)).isCloseTo(2 * Math.min(p, 1 - p), within(1e-11));
    });
  }

  @Test
  void normal_publishedValues() {
    // Abramowitz and Stegun, Table 26.1 and 26.5: Φ(1.96) = 0.9750021, z(0.975) = 1.959963985
    assertThat(Normal.cdf(1.96)).isCloseTo(0.9750021048517795, within(1e-14));
    assertThat(Normal.cdf(-1)).isCloseTo(0.15865525393145707, within(1e-14));
    assertThat(Normal.cdf(0)).isEqualTo(0.5);
    assertThat(Normal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-12));
    assertThat(Normal.quantile(1e-4)).isCloseTo(-3.7190164854556804, within(1e-11));
    assertThat(Normal.quantile(1e-6)).isCloseTo(-4.753424308822899, within(1e-9));
    assertThat(Normal.density(0)).isCloseTo(1 / Math.sqrt(2 * Math.PI), within(1e-15));
  }

  @Test
  void specialFunctions_closedForms() {
    assertThat(SpecialFunctions.lnGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
    assertThat(SpecialFunctions.lnGamma(10)).isCloseTo(Math.log(362_880), within(1e-13));
    assertThat(SpecialFunctions.lnGamma(1)).isCloseTo(0, within(1e-14));
    for (double x : new double[] {0.01, 0.2, 0.5, 0.77, 0.99}) {
      assertThat(SpecialFunctions.regularizedIncompleteBeta(3.5, 1, x)).isCloseTo(Math.pow(x, 3.5), within(1e-14));
      assertThat(SpecialFunctions.regularizedIncompleteBeta(1, 4, x)).isCloseTo(1 - Math.pow(1 - x, 4), within(1e-14));
      assertThat(SpecialFunctions.regularizedIncompleteBeta(250, 0.5, x) + SpecialFunctions.regularizedIncompleteBeta(0.5, 250, 1 - x))
          .isCloseTo(1, within(1e-13));
    }
    assertThat(SpecialFunctions.regularizedIncompleteBeta(7, 7, 0.5)).isCloseTo(0.5, within(1e-14));
  }

  @Test
  void badArguments_throwNamingTheArgument() {
    assertThatThrownBy(() -> StudentT.quantile(1, 3)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("p: ");
    assertThatThrownBy(() -> StudentT.cdf(1, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("df: ");
    assertThatThrownBy(() -> StudentT.cdf(Double.NaN, 3)).hasMessageStartingWith("t: ");
    assertThatThrownBy(() -> Normal.quantile(0)).hasMessageStartingWith("p: ");
    assertThatThrownBy(() -> StudentT.meanInterval(new double[] {1}, 0.95)).hasMessageStartingWith("values: ");
    assertThatThrownBy(() -> StudentT.meanInterval(new double[] {1, 2}, 1)).hasMessageStartingWith("level: ");
  }
}
