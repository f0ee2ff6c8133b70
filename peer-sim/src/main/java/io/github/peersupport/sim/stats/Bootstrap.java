package io.github.peersupport.sim.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Bootstrap confidence intervals of a sample's mean (Efron and Tibshirani 1993, <i>An Introduction to the
 * Bootstrap</i>, Chapman &amp; Hall): the percentile interval (§13.3) and the bias-corrected and
 * accelerated (BCa) interval (Efron 1987, "Better Bootstrap Confidence Intervals", <i>JASA</i> 82(397);
 * Efron and Tibshirani 1993, §14.3), which corrects the percentile interval for the bias and skewness of
 * the mean's sampling distribution, for skewed metrics such as times to match. Resamples are drawn from
 * a {@link SplittableRandom} with a fixed seed and the replicates' quantiles are interpolated (Hyndman
 * and Fan 1996, definition 7), so the same sample, resamples and seed give the same interval on any JDK.
 * Each interval is O(B · n + B log B) for B resamples of n values. Immutable.
 */
public final class Bootstrap {
  /** The default number of resamples, 2,000 (Efron and Tibshirani 1993, §19.3: 1,000 or more for percentiles). */
  public static final int DEFAULT_RESAMPLES = 2_000;
  /** The default seed of the resampling stream. */
  public static final long DEFAULT_SEED = 1L;

  private final int resamples;
  private final long seed;

  private Bootstrap(int resamples, long seed) {
    this.resamples = resamples;
    this.seed = seed;
  }

  /**
   * Returns the bootstrap with {@link #DEFAULT_RESAMPLES} resamples and seed {@link #DEFAULT_SEED}.
   *
   * @return the bootstrap
   */
  public static Bootstrap standard() {
    return new Bootstrap(DEFAULT_RESAMPLES, DEFAULT_SEED);
  }

  /**
   * Returns a bootstrap.
   *
   * @param resamples the number of resamples, 100 to 1,000,000
   * @param seed the seed of the resampling stream
   * @return the bootstrap
   * @throws IllegalArgumentException if the number of resamples is out of range
   */
  public static Bootstrap of(int resamples, long seed) {
    if (resamples < 100 || resamples > 1_000_000) {
      throw new IllegalArgumentException("resamples: must be between 100 and 1000000 but was " + resamples);
    }
    return new Bootstrap(resamples, seed);
  }

  /**
   * Returns the number of resamples.
   *
   * @return B
   */
  public int resamples() {
    return resamples;
  }

  /**
   * Returns the seed of the resampling stream.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the percentile interval of the mean: the (1 − level)/2 and (1 + level)/2 quantiles of the
   * resampled means.
   *
   * @param values the sample, at least two finite values
   * @param level the confidence level, e.g. 0.95
   * @return the interval
   * @throws IllegalArgumentException if fewer than two values are given, one is not finite, or the level
   *     is not strictly between 0 and 1
   */
  public Interval percentile(double[] values, double level) {
    Objects.requireNonNull(values, "values");
    Sample.check(values, 2);
    Interval.checkLevel(level);
    double[] means = replicates(values);
    double alpha = (1 - level) / 2;
    return Interval.of(quantile(means, alpha), quantile(means, 1 - alpha));
  }

  /**
   * Returns the BCa interval of the mean: the percentile interval at the levels Φ(z₀ + (z₀ + z_α)/(1 −
   * a(z₀ + z_α))), with the bias correction z₀ = Φ⁻¹(share of resampled means below the sample mean, ties
   * counted half) and the acceleration a from the jackknife (Efron and Tibshirani 1993, (14.14) and
   * (14.15)). A sample of equal values gives the one-point interval.
   *
   * @param values the sample, at least two finite values
   * @param level the confidence level, e.g. 0.95
   * @return the interval
   * @throws IllegalArgumentException if fewer than two values are given, one is not finite, or the level
   *     is not strictly between 0 and 1
   */
  public Interval bca(double[] values, double level) {
    Objects.requireNonNull(values, "values");
    Sample.check(values, 2);
    Interval.checkLevel(level);
    int n = values.length;
    double mean = Sample.mean(values);
    if (Arrays.stream(values).allMatch(v -> v == values[0])) {
      return Interval.of(mean, mean);
    }
    double[] means = replicates(values);
    int below = 0;
    int equal = 0;
    for (double m : means) {
      if (m < mean) {
        below++;
      } else if (m == mean) {
        equal++;
      }
    }
    double share = (below + 0.5 * equal) / resamples;
    double z0 = Normal.quantile(Math.min(1 - 0.5 / resamples, Math.max(0.5 / resamples, share)));
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double[] jack = new double[n];
    for (int i = 0; i < n; i++) {
      jack[i] = (sum - values[i]) / (n - 1);
    }
    double jackMean = Sample.mean(jack);
    double squares = 0;
    double cubes = 0;
    for (double j : jack) {
      double d = jackMean - j;
      squares += d * d;
      cubes += d * d * d;
    }
    double a = squares == 0 ? 0 : cubes / (6 * StrictMath.pow(squares, 1.5));
    double alpha = (1 - level) / 2;
    double low = quantile(means, adjusted(z0, a, Normal.quantile(alpha)));
    double high = quantile(means, adjusted(z0, a, Normal.quantile(1 - alpha)));
    return Interval.of(Math.min(low, high), Math.max(low, high));
  }

  private static double adjusted(double z0, double a, double z) {
    return Normal.cdf(z0 + (z0 + z) / (1 - a * (z0 + z)));
  }

  /** The sorted means of B resamples with replacement. */
  private double[] replicates(double[] values) {
    int n = values.length;
    SplittableRandom random = new SplittableRandom(seed);
    double[] means = new double[resamples];
    for (int b = 0; b < resamples; b++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        // a 31-bit draw scaled to [0, n): the same index on every JDK
        sum += values[(int) (((random.nextLong() >>> 33) * n) >>> 31)];
      }
      means[b] = sum / n;
    }
    Arrays.sort(means);
    return means;
  }

  /** The q-quantile of sorted values, interpolated (Hyndman and Fan 1996, definition 7). */
  private static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * Math.min(1, Math.max(0, q));
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  /** Returns e.g. {@code Bootstrap[2000 resamples, seed 1]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Bootstrap[%d resamples, seed %d]", resamples, seed);
  }
}
