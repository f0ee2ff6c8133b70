package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import java.util.List;
import java.util.Objects;

/**
 * An estimate with an interval, as a chart shows it: a mean (or mean difference) and the low and high
 * ends of its interval, e.g. a 95% t interval over seeds ({@link #ofSample(List)}) or a bootstrap
 * interval (which need not be symmetric).
 *
 * @param mean the estimate
 * @param low the interval's low end, at most the mean
 * @param high the interval's high end, at least the mean
 */
public record Estimate(double mean, double low, double high) {
  /**
   * Checks the order of the three numbers.
   *
   * @param mean the estimate
   * @param low the interval's low end
   * @param high the interval's high end
   * @throws IllegalArgumentException if a number is not finite or {@code low ≤ mean ≤ high} fails
   */
  public Estimate {
    if (!Double.isFinite(mean) || !Double.isFinite(low) || !Double.isFinite(high)) {
      throw Require.invalid("estimate", "must be finite numbers: mean " + mean + ", low " + low + ", high " + high);
    }
    if (low > mean || mean > high) {
      throw Require.invalid("estimate", "must have low <= mean <= high: " + low + ", " + mean + ", " + high);
    }
  }

  /**
   * Returns the mean of a sample with its 95% Student t interval, {@code mean ± t(0.975, n − 1) · s /
   * √n} (Student 1908; e.g. Law 2015, "Simulation Modeling and Analysis", 5th ed., §4.5), for the mean
   * of a figure over independent seeds. One value gives a zero-width interval. Cost: linear in n.
   *
   * @param sample the values, at least one, all finite
   * @return the estimate
   * @throws IllegalArgumentException if the sample is empty or holds a value that is not finite
   * @throws NullPointerException if any argument is null
   */
  public static Estimate ofSample(List<Double> sample) {
    Objects.requireNonNull(sample, "sample");
    int n = sample.size();
    if (n == 0) {
      throw Require.invalid("sample", "must not be empty");
    }
    double sum = 0;
    for (double v : sample) {
      if (!Double.isFinite(v)) {
        throw Require.invalid("sample", "must hold finite values only", v);
      }
      sum += v;
    }
    double mean = sum / n;
    if (n == 1) {
      return new Estimate(mean, mean, mean);
    }
    double squares = 0;
    for (double v : sample) {
      squares += (v - mean) * (v - mean);
    }
    double half = studentT975(n - 1) * Math.sqrt(squares / (n - 1) / n);
    return new Estimate(mean, Math.min(mean, mean - half), Math.max(mean, mean + half));
  }

  /** t quantiles at 0.975 for 1 to 30 degrees of freedom (Fisher &amp; Yates tables; any statistics text). */
  private static final double[] T975 = {12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157,
    2.228139, 2.200985, 2.178813, 2.160369, 2.144787, 2.131450, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963, 2.079614,
    2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.045230, 2.042272};

  /**
   * Returns the 0.975 quantile of Student's t with {@code df} degrees of freedom: the table up to 30,
   * beyond it the Cornish–Fisher expansion in 1/df (Abramowitz &amp; Stegun 1964, 26.7.5), within 1e-5.
   *
   * @param df the degrees of freedom, at least 1
   * @return the quantile
   */
  static double studentT975(int df) {
    if (df < 1) {
      throw Require.invalid("df", "must be at least 1", df);
    }
    if (df <= T975.length) {
      return T975[df - 1];
    }
    double z = 1.959963984540054;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    double z7 = z5 * z * z;
    double v = df;
    return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
  }
}
