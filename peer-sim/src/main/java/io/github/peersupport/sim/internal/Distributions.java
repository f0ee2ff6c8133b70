package io.github.peersupport.sim.internal;

import io.github.peersupport.core.internal.Require;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded draws from simple distributions; every method consumes the stream deterministically and uses
 * {@link StrictMath}, so a seed gives the same draws on every JVM.
 */
public final class Distributions {
  private Distributions() {}

  /**
   * Draws a key with probability proportional to its weight, in the map's iteration order.
   *
   * @param <K> the key type
   * @param r the stream
   * @param weights positive weights, at least one
   * @return the key
   */
  public static <K> K weighted(SplittableRandom r, Map<K, Double> weights) {
    double total = 0;
    for (double w : weights.values()) {
      total += w;
    }
    double x = r.nextDouble() * total;
    K last = null;
    for (Map.Entry<K, Double> e : weights.entrySet()) {
      last = e.getKey();
      x -= e.getValue();
      if (x < 0) {
        return last;
      }
    }
    if (last == null) {
      throw Require.invalid("weights", "must not be empty");
    }
    return last;
  }

  /**
   * Draws one element uniformly.
   *
   * @param <T> the element type
   * @param r the stream
   * @param values at least one value
   * @return the value
   */
  public static <T> T oneOf(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  /**
   * Tells whether an event of probability {@code p} happens.
   *
   * @param r the stream
   * @param p the probability
   * @return true with probability p
   */
  public static boolean chance(SplittableRandom r, double p) {
    return r.nextDouble() < p;
  }

  /**
   * Draws a Poisson count (Knuth's product method for small means, a rounded normal above 30).
   *
   * @param r the stream
   * @param mean the mean, at least 0
   * @return the count
   */
  public static int poisson(SplittableRandom r, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 30) {
      return (int) Math.max(0, Math.round(mean + StrictMath.sqrt(mean) * normal(r)));
    }
    double limit = StrictMath.exp(-mean);
    double p = 1;
    int k = 0;
    do {
      k++;
      p *= r.nextDouble();
    } while (p > limit);
    return k - 1;
  }

  /**
   * Draws a standard normal value (Box–Muller, one of the pair).
   *
   * @param r the stream
   * @return the value
   */
  public static double normal(SplittableRandom r) {
    double u = 1.0 - r.nextDouble();
    double v = r.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
  }

  /**
   * Draws an exponential value.
   *
   * @param r the stream
   * @param mean the mean
   * @return the value
   */
  public static double exponential(SplittableRandom r, double mean) {
    return -mean * StrictMath.log(1.0 - r.nextDouble());
  }
}
