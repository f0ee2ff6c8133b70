package io.github.peersupport.sim.stats;

import java.util.Locale;
import java.util.Objects;

/**
 * The paired comparison of two arms observed on the same units (in a simulation, the same seeds: common
 * random numbers, Law 2015, <i>Simulation Modeling and Analysis</i>, 5th ed., §11.2): the mean of the
 * differences d_i = arm_i − reference_i, its standard error s_d/√n, the t interval d̄ ± t(1 − α/2, n −
 * 1) · s_d/√n and the two-sided p-value of the paired t test (Student 1908; the same figures as R's
 * {@code t.test(arm, reference, paired = TRUE)}). Immutable.
 */
public final class PairedDifference {
  /** The confidence level of {@link #interval()}: 0.95. */
  public static final double LEVEL = 0.95;

  private final int n;
  private final double referenceMean;
  private final double armMean;
  private final double difference;
  private final double standardDeviation;

  private PairedDifference(int n, double referenceMean, double armMean, double difference, double standardDeviation) {
    this.n = n;
    this.referenceMean = referenceMean;
    this.armMean = armMean;
    this.difference = difference;
    this.standardDeviation = standardDeviation;
  }

  /**
   * Compares paired observations. O(n).
   *
   * @param reference the reference arm's values
   * @param arm the other arm's values, {@code arm[i]} paired with {@code reference[i]}
   * @return the comparison
   * @throws IllegalArgumentException if the arrays differ in length, hold fewer than two pairs, or hold a
   *     value that is not finite
   * @throws NullPointerException if any argument is null
   */
  public static PairedDifference of(double[] reference, double[] arm) {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(arm, "arm");
    if (reference.length != arm.length) {
      throw new IllegalArgumentException("arm: must pair every reference value but holds " + arm.length + " values for "
          + reference.length);
    }
    Sample.check(reference, 2);
    Sample.check(arm, 2);
    double[] d = differences(reference, arm);
    double mean = Sample.mean(d);
    return new PairedDifference(d.length, Sample.mean(reference), Sample.mean(arm), mean, Sample.standardDeviation(d, mean));
  }

  /**
   * Returns the differences arm_i − reference_i.
   *
   * @param reference the reference arm's values
   * @param arm the other arm's values, as long
   * @return the differences
   * @throws IllegalArgumentException if the arrays differ in length
   * @throws NullPointerException if any argument is null
   */
  public static double[] differences(double[] reference, double[] arm) {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(arm, "arm");
    if (reference.length != arm.length) {
      throw new IllegalArgumentException("arm: must pair every reference value but holds " + arm.length + " values for "
          + reference.length);
    }
    double[] d = new double[arm.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = arm[i] - reference[i];
    }
    return d;
  }

  /**
   * Returns the number of pairs.
   *
   * @return n, at least 2
   */
  public int n() {
    return n;
  }

  /**
   * Returns the reference arm's mean.
   *
   * @return the mean
   */
  public double referenceMean() {
    return referenceMean;
  }

  /**
   * Returns the other arm's mean.
   *
   * @return the mean
   */
  public double armMean() {
    return armMean;
  }

  /**
   * Returns the mean difference, arm minus reference.
   *
   * @return d̄
   */
  public double difference() {
    return difference;
  }

  /**
   * Returns the standard error of the mean difference, s_d/√n.
   *
   * @return the standard error
   */
  public double standardError() {
    return standardDeviation / Math.sqrt(n);
  }

  /**
   * Returns the t statistic d̄ / (s_d/√n): ±infinity when every difference is the same non-zero value,
   * 0 when every difference is 0.
   *
   * @return t
   */
  public double t() {
    double se = standardError();
    if (se == 0) {
      return difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
    }
    return difference / se;
  }

  /**
   * Returns the two-sided p-value of the paired t test with n − 1 degrees of freedom: 0 when every
   * difference is the same non-zero value, 1 when every difference is 0.
   *
   * @return the p-value, 0 to 1
   */
  public double pValue() {
    return StudentT.twoSidedP(t(), n - 1);
  }

  /**
   * Returns the 95% t interval of the mean difference.
   *
   * @return the interval
   */
  public Interval interval() {
    return interval(LEVEL);
  }

  /**
   * Returns the t interval of the mean difference at a confidence level.
   *
   * @param level the level, e.g. 0.95
   * @return the interval
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public Interval interval(double level) {
    Interval.checkLevel(level);
    double half = StudentT.quantile(1 - (1 - level) / 2, n - 1) * standardError();
    return Interval.of(difference - half, difference + half);
  }

  /** Returns e.g. {@code PairedDifference[n 40, difference -3.20000 [-4.10000, -2.30000], p 1.2e-07]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "PairedDifference[n %d, difference %.6g %s, p %.2g]", n, difference, interval(),
        pValue());
  }
}
