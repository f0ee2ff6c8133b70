package io.github.peersupport.sim.internal;

import java.util.Arrays;
import java.util.List;

/** Order statistics and inequality measures over small samples. */
public final class SampleStatistics {
  private SampleStatistics() {}

  /**
   * Returns the q-quantile by the nearest-rank method (Hyndman and Fan 1996, definition 1), or 0 for
   * an empty sample. O(n log n).
   *
   * @param values the sample
   * @param q the quantile, 0 to 1
   * @return the quantile
   */
  public static double quantile(List<Double> values, double q) {
    if (values.isEmpty()) {
      return 0;
    }
    double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    int rank = (int) Math.ceil(q * a.length);
    return a[Math.max(0, Math.min(a.length - 1, rank - 1))];
  }

  /**
   * Returns the Gini coefficient of non-negative values (0 = all equal, towards 1 = concentrated), by
   * the sorted-rank formula G = Σ (2i − n − 1) x_i / (n Σ x_i); 0 for an empty or all-zero sample.
   * O(n log n).
   *
   * @param values the values
   * @return the coefficient
   */
  public static double gini(List<Integer> values) {
    int n = values.size();
    if (n == 0) {
      return 0;
    }
    int[] a = values.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(a);
    double sum = 0;
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      sum += a[i];
      weighted += (2.0 * (i + 1) - n - 1) * a[i];
    }
    return sum == 0 ? 0 : weighted / (n * sum);
  }

  /**
   * Returns the share {@code part / whole}, or 0 when {@code whole} is 0.
   *
   * @param part the part
   * @param whole the whole
   * @return the share
   */
  public static double share(double part, double whole) {
    return whole == 0 ? 0 : part / whole;
  }
}
