package io.github.peersupport.sim.stats;

import java.util.function.DoubleUnaryOperator;

/**
 * A root of an increasing function by Newton's method safeguarded by bisection (Press et al.,
 * <i>Numerical Recipes</i>, 3rd ed., 2007, §9.4, {@code rtsafe}): a Newton step that leaves the bracket
 * or shrinks it too slowly is replaced by a bisection, so the root is always found.
 */
final class Roots {
  private static final int MAX_ITERATIONS = 200;

  private Roots() {}

  /**
   * Returns x in [low, high] with f(x) = target, for f increasing on the bracket with f(low) ≤ target ≤
   * f(high). At most 200 steps; each step at least halves the bracket or converges quadratically.
   *
   * @param f the function
   * @param derivative its derivative
   * @param target the value sought
   * @param low the bracket's low end
   * @param high the bracket's high end
   * @return the root, to about 1e-15 relative
   */
  static double increasing(DoubleUnaryOperator f, DoubleUnaryOperator derivative, double target, double low, double high) {
    double lo = low;
    double hi = high;
    double x = 0.5 * (lo + hi);
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      double fx = f.applyAsDouble(x) - target;
      if (fx == 0) {
        return x;
      }
      if (fx < 0) {
        lo = x;
      } else {
        hi = x;
      }
      double slope = derivative.applyAsDouble(x);
      double next = slope > 0 ? x - fx / slope : Double.NaN;
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
      }
      if (Math.abs(next - x) <= 4 * Math.ulp(x) || hi - lo <= 4 * Math.ulp(hi)) {
        return next;
      }
      x = next;
    }
    return x;
  }
}
