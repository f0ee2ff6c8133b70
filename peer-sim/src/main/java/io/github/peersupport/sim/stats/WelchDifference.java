package io.github.peersupport.sim.stats;

import java.util.Locale;
import java.util.Objects;

/**
 * The unpaired comparison of two independent samples, for arms whose runs cannot be paired (different
 * seeds, or seeds missing from one arm): the difference of the means, its standard error √(s₁²/n₁ +
 * s₂²/n₂), the Welch–Satterthwaite degrees of freedom, the t interval and the two-sided p-value of
 * Welch's test (Welch 1947, "The generalization of 'Student's' problem when several different population
 * variances are involved", <i>Biometrika</i> 34; the figures of R's {@code t.test(arm, reference)}).
 * Immutable.
 */
public final class WelchDifference {
  private final int referenceCount;
  private final int armCount;
  private final double referenceMean;
  private final double armMean;
  private final double standardError;
  private final double degreesOfFreedom;

  private WelchDifference(int referenceCount, int armCount, double referenceMean, double armMean, double standardError,
      double degreesOfFreedom) {
    this.referenceCount = referenceCount;
    this.armCount = armCount;
    this.referenceMean = referenceMean;
    this.armMean = armMean;
    this.standardError = standardError;
    this.degreesOfFreedom = degreesOfFreedom;
  }

  /**
   * Compares two independent samples. O(n₁ + n₂).
   *
   * @param reference the reference arm's values, at least two, finite
   * @param arm the other arm's values, at least two, finite
   * @return the comparison
   * @throws IllegalArgumentException if a sample holds fewer than two values or a value that is not finite
   * @throws NullPointerException if any argument is null
   */
  public static WelchDifference of(double[] reference, double[] arm) {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(arm, "arm");
    Sample.check(reference, 2);
    Sample.check(arm, 2);
    double m1 = Sample.mean(reference);
    double m2 = Sample.mean(arm);
    double s1 = Sample.standardDeviation(reference, m1);
    double s2 = Sample.standardDeviation(arm, m2);
    double v1 = s1 * s1 / reference.length;
    double v2 = s2 * s2 / arm.length;
    double se = Math.sqrt(v1 + v2);
    double df = v1 + v2 == 0 ? reference.length + arm.length - 2
        : (v1 + v2) * (v1 + v2) / (v1 * v1 / (reference.length - 1) + v2 * v2 / (arm.length - 1));
    return new WelchDifference(reference.length, arm.length, m1, m2, se, df);
  }

  /**
   * Returns the number of reference values.
   *
   * @return n₁
   */
  public int referenceCount() {
    return referenceCount;
  }

  /**
   * Returns the number of the other arm's values.
   *
   * @return n₂
   */
  public int armCount() {
    return armCount;
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
   * Returns the difference of the means, arm − reference.
   *
   * @return the difference
   */
  public double difference() {
    return armMean - referenceMean;
  }

  /**
   * Returns the standard error of the difference.
   *
   * @return √(s₁²/n₁ + s₂²/n₂)
   */
  public double standardError() {
    return standardError;
  }

  /**
   * Returns the Welch–Satterthwaite degrees of freedom (n₁ + n₂ − 2 when both samples are constant).
   *
   * @return the degrees of freedom
   */
  public double degreesOfFreedom() {
    return degreesOfFreedom;
  }

  /**
   * Returns the two-sided p-value of Welch's test: 0 when both samples are constant and their means
   * differ, 1 when they are equal.
   *
   * @return the p-value, 0 to 1
   */
  public double pValue() {
    double d = difference();
    if (standardError == 0) {
      return d == 0 ? 1 : 0;
    }
    return StudentT.twoSidedP(d / standardError, degreesOfFreedom);
  }

  /**
   * Returns the t interval of the difference at a confidence level.
   *
   * @param level the level, e.g. 0.95
   * @return the interval
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public Interval interval(double level) {
    Interval.checkLevel(level);
    double half = StudentT.quantile(1 - (1 - level) / 2, degreesOfFreedom) * standardError;
    return Interval.of(difference() - half, difference() + half);
  }

  /** Returns e.g. {@code WelchDifference[n 40 and 38, difference -3.20000 [-4.10000, -2.30000], p 1.2e-07]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "WelchDifference[n %d and %d, difference %.6g %s, p %.2g]", referenceCount, armCount,
        difference(), interval(0.95), pValue());
  }
}
