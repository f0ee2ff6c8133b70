package io.github.peersupport.sim.stats;

/**
 * The log gamma function and the regularized incomplete beta function, as Press, Teukolsky, Vetterling
 * and Flannery, <i>Numerical Recipes</i>, 3rd ed., Cambridge University Press 2007, §6.1 ({@code
 * gammln}, Lanczos approximation, relative error below 1e-15) and §6.4 ({@code betai} by the continued
 * fraction {@code betacf}, evaluated by the modified Lentz method, §5.2) compute them. {@link StrictMath}
 * throughout, so the bits are the same on every JDK and platform.
 */
final class SpecialFunctions {
  private static final double[] LANCZOS = {
    57.1562356658629235, -59.5979603554754912, 14.1360979747417471, -0.491913816097620199, .339946499848118887e-4,
    .465236289270485756e-4, -.983744753048795646e-4, .158088703224912494e-3, -.210264441724104883e-3,
    .217439618115212643e-3, -.164318106536763890e-3, .844182239838527433e-4, -.261908384015814087e-4,
    .368991826595316234e-5,
  };
  private static final double EPS = Math.ulp(1.0);
  private static final double FPMIN = Double.MIN_NORMAL / EPS;
  private static final int MAX_ITERATIONS = 100_000;

  private SpecialFunctions() {}

  /**
   * Returns ln Γ(x) for x &gt; 0 (Numerical Recipes §6.1, {@code gammln}). O(1).
   *
   * @param x the argument, positive
   * @return ln Γ(x)
   */
  static double lnGamma(double x) {
    if (!(x > 0)) {
      throw new IllegalArgumentException("x: must be positive but was " + x);
    }
    double y = x;
    double tmp = x + 5.24218750000000000;
    tmp = (x + 0.5) * StrictMath.log(tmp) - tmp;
    double ser = 0.999999999999997092;
    for (double c : LANCZOS) {
      ser += c / ++y;
    }
    return tmp + StrictMath.log(2.5066282746310005 * ser / x);
  }

  /**
   * Returns the regularized incomplete beta function I_x(a, b) (Abramowitz and Stegun 1964, 26.5.1;
   * Numerical Recipes §6.4, {@code betai}): the continued fraction 26.5.8 converges rapidly for x &lt;
   * (a + 1) / (a + b + 2), and the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) covers the rest. O(√max(a,
   * b)) terms.
   *
   * @param a the first shape, positive
   * @param b the second shape, positive
   * @param x the argument, 0 to 1
   * @return I_x(a, b), 0 to 1
   */
  static double regularizedIncompleteBeta(double a, double b, double x) {
    if (!(a > 0) || !(b > 0)) {
      throw new IllegalArgumentException("a, b: must be positive but were " + a + ", " + b);
    }
    if (!(x >= 0 && x <= 1)) {
      throw new IllegalArgumentException("x: must be between 0 and 1 but was " + x);
    }
    if (x == 0 || x == 1) {
      return x;
    }
    double front = StrictMath.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * StrictMath.log(x) + b * StrictMath.log1p(-x));
    if (x < (a + 1) / (a + b + 2)) {
      return front * continuedFraction(a, b, x) / a;
    }
    return 1 - front * continuedFraction(b, a, 1 - x) / b;
  }

  /** The continued fraction of I_x(a, b) by the modified Lentz method (Numerical Recipes §6.4, {@code betacf}). */
  private static double continuedFraction(double a, double b, double x) {
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = nonZero(1 - qab * x / qap);
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= MAX_ITERATIONS; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 / nonZero(1 + aa * d);
      c = nonZero(1 + aa / c);
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 / nonZero(1 + aa * d);
      c = nonZero(1 + aa / c);
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) <= EPS) {
        return h;
      }
    }
    throw new ArithmeticException("incomplete beta: no convergence for a " + a + ", b " + b + ", x " + x);
  }

  private static double nonZero(double v) {
    return Math.abs(v) < FPMIN ? FPMIN : v;
  }
}
