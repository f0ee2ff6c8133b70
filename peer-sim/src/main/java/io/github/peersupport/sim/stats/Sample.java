package io.github.peersupport.sim.stats;

/** Sample moments, summed in index order so that the same sample gives the same bits everywhere. */
final class Sample {
  private Sample() {}

  static void check(double[] values, int min) {
    if (values.length < min) {
      throw new IllegalArgumentException("values: must hold at least " + min + " values but holds " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("values[" + i + "]: must be finite but was " + values[i]);
      }
    }
  }

  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** The sample standard deviation (divisor n − 1) by the two-pass formula. */
  static double standardDeviation(double[] values, double mean) {
    double sum = 0;
    for (double v : values) {
      double d = v - mean;
      sum += d * d;
    }
    return Math.sqrt(sum / (values.length - 1));
  }
}
