package io.github.peersupport.sim.stats;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A closed interval [low, high] of finite numbers, e.g. a confidence interval. Immutable. */
public final class Interval {
  private final double low;
  private final double high;

  private Interval(double low, double high) {
    this.low = low;
    this.high = high;
  }

  /**
   * Returns the interval [low, high].
   *
   * @param low the low end
   * @param high the high end, at least {@code low}
   * @return the interval
   * @throws IllegalArgumentException if an end is not finite or high is below low
   */
  public static Interval of(double low, double high) {
    if (!Double.isFinite(low) || !Double.isFinite(high) || high < low) {
      throw new IllegalArgumentException("interval: ends must be finite with low <= high but were " + low + ", " + high);
    }
    return new Interval(low, high);
  }

  /**
   * Returns the low end.
   *
   * @return the low end
   */
  public double low() {
    return low;
  }

  /**
   * Returns the high end.
   *
   * @return the high end
   */
  public double high() {
    return high;
  }

  /**
   * Returns whether x lies in the interval, ends included.
   *
   * @param x the value
   * @return whether low ≤ x ≤ high
   */
  public boolean contains(double x) {
    return low <= x && x <= high;
  }

  static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level: must be strictly between 0 and 1 but was " + level);
    }
  }

  /** Returns whether the other object is an interval with the same ends. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Interval i && Double.compare(low, i.low) == 0 && Double.compare(high, i.high) == 0;
  }

  /** Returns a hash of the ends. */
  @Override
  public int hashCode() {
    return 31 * Double.hashCode(low) + Double.hashCode(high);
  }

  /** Returns e.g. {@code [1.25000, 3.50000]}, six significant digits, {@link Locale#ROOT}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "[%.6g, %.6g]", low, high);
  }
}
