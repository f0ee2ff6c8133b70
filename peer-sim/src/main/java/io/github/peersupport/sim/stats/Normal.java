package io.github.peersupport.sim.stats;

/**
 * The standard normal distribution: its distribution function by Marsaglia's Taylor series
 * (G. Marsaglia, "Evaluating the Normal Distribution", <i>Journal of Statistical Software</i> 11(4),
 * 2004; absolute error near 1e-15) and its quantile by inverting it ({@code rtsafe}, Press et al.,
 * <i>Numerical Recipes</i>, 3rd ed., 2007, §9.4; about 1e-11 for p between 1e-4 and 1 − 1e-4, less in the
 * far tails, where the absolute error of Φ dominates). Used by the BCa bootstrap interval.
 */
public final class Normal {
  private static final double LN_SQRT_2PI = 0.91893853320467274178;

  private Normal() {}

  /**
   * Returns Φ(x), the probability that a standard normal variable is at most x. O(x²) terms; 0 below
   * −38 and 1 above 38.
   *
   * @param x the value
   * @return Φ(x), 0 to 1
   * @throws IllegalArgumentException if x is NaN
   */
  public static double cdf(double x) {
    if (Double.isNaN(x)) {
      throw new IllegalArgumentException("x: must be a number but was NaN");
    }
    if (x < -38) {
      return 0;
    }
    if (x > 38) {
      return 1;
    }
    double q = x * x;
    double s = x;
    double t = 0;
    double b = x;
    double i = 1;
    while (s != t) {
      t = s;
      i += 2;
      b *= q / i;
      s = t + b;
    }
    return Math.min(1, Math.max(0, 0.5 + s * StrictMath.exp(-0.5 * q - LN_SQRT_2PI)));
  }

  /**
   * Returns the density φ(x) = exp(−x²/2) / √(2π).
   *
   * @param x the value
   * @return φ(x)
   */
  public static double density(double x) {
    return StrictMath.exp(-0.5 * x * x - LN_SQRT_2PI);
  }

  /**
   * Returns the p-quantile z with Φ(z) = p.
   *
   * @param p the probability, strictly between 0 and 1
   * @return the quantile
   * @throws IllegalArgumentException if p is not strictly between 0 and 1
   */
  public static double quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p: must be strictly between 0 and 1 but was " + p);
    }
    if (p == 0.5) {
      return 0;
    }
    if (p > 0.5) {
      return -quantile(1 - p);
    }
    return Roots.increasing(Normal::cdf, Normal::density, p, -38, 0);
  }
}
