package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One arm compared with the reference arm on one metric, paired by seed: both arms' means with their
 * 95% t intervals, the mean difference (arm − reference) with its standard error, 95% t interval and
 * 95% BCa bootstrap interval, the number of pairs and the paired t test's two-sided p-value (see {@link
 * Comparison} and {@link io.github.peersupport.sim.stats.PairedDifference}).
 */
@Value.Immutable
@PeerStyle
public abstract class ComparisonRow {
  ComparisonRow() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ComparisonRow}. */
  public static class Builder extends ImmutableComparisonRow.Builder {
    /** Creates an empty builder; prefer {@link ComparisonRow#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the arm: its grid point, each varied parameter's value as text.
   *
   * @return parameter name to value
   */
  public abstract Map<String, String> arm();

  /**
   * Returns the metric's name, e.g. {@code median_hours_to_match}.
   *
   * @return the name
   */
  public abstract String metric();

  /**
   * Returns the number of pairs: seeds run in both arms.
   *
   * @return n, at least 2
   */
  public abstract int n();

  /**
   * Returns the reference arm's mean over the paired seeds.
   *
   * @return the mean
   */
  public abstract double referenceMean();

  /**
   * Returns the low end of the reference arm's mean's 95% t interval.
   *
   * @return the low end
   */
  public abstract double referenceLow();

  /**
   * Returns the high end of the reference arm's mean's 95% t interval.
   *
   * @return the high end
   */
  public abstract double referenceHigh();

  /**
   * Returns this arm's mean over the paired seeds.
   *
   * @return the mean
   */
  public abstract double armMean();

  /**
   * Returns the low end of this arm's mean's 95% t interval.
   *
   * @return the low end
   */
  public abstract double armLow();

  /**
   * Returns the high end of this arm's mean's 95% t interval.
   *
   * @return the high end
   */
  public abstract double armHigh();

  /**
   * Returns the mean paired difference, arm − reference.
   *
   * @return the difference
   */
  public abstract double difference();

  /**
   * Returns the standard error of the mean difference.
   *
   * @return the standard error, not negative
   */
  public abstract double standardError();

  /**
   * Returns the low end of the difference's 95% t interval.
   *
   * @return the low end
   */
  public abstract double tLow();

  /**
   * Returns the high end of the difference's 95% t interval.
   *
   * @return the high end
   */
  public abstract double tHigh();

  /**
   * Returns the low end of the difference's 95% BCa bootstrap interval.
   *
   * @return the low end
   */
  public abstract double bootLow();

  /**
   * Returns the high end of the difference's 95% BCa bootstrap interval.
   *
   * @return the high end
   */
  public abstract double bootHigh();

  /**
   * Returns the two-sided p-value of the paired t test of a zero mean difference.
   *
   * @return the p-value, 0 to 1
   */
  public abstract double pValue();

  /** Checks the pair count, the p-value, the standard error and that every interval's low end is at most its high end. */
  @Value.Check
  final void check() {
    Require.inRange("n", n(), 2, Integer.MAX_VALUE);
    if (!(pValue() >= 0 && pValue() <= 1)) {
      throw Require.invalid("pValue", "must be between 0 and 1", pValue());
    }
    if (!(standardError() >= 0)) {
      throw Require.invalid("standardError", "must not be negative", standardError());
    }
    ordered("reference", referenceLow(), referenceHigh());
    ordered("arm", armLow(), armHigh());
    ordered("t", tLow(), tHigh());
    ordered("boot", bootLow(), bootHigh());
  }

  private static void ordered(String name, double low, double high) {
    if (!(low <= high)) {
      throw Require.invalid(name + "Low", "must be at most " + name + "High " + high, low);
    }
  }

  /** Returns e.g. {@code ComparisonRow[{supporters=240}, median_hours_to_match, n 40, difference -3.1 [-4.0, -2.2], p 0.0000]}. */
  @Override
  public final String toString() {
    return String.format(java.util.Locale.ROOT, "ComparisonRow[%s, %s, n %d, difference %.4g [%.4g, %.4g], p %.4f]", arm(), metric(), n(),
        difference(), tLow(), tHigh(), pValue());
  }
}
