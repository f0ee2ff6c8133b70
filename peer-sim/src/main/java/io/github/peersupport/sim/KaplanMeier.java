package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The Kaplan–Meier product-limit estimate of a survival function from right-censored times (Kaplan and
 * Meier 1958, "Nonparametric estimation from incomplete observations", J. Am. Stat. Assoc. 53:457–481):
 * S(t) = Π over event times t<sub>j</sub> ≤ t of (1 − d<sub>j</sub> / n<sub>j</sub>), with d<sub>j</sub>
 * events at t<sub>j</sub> and n<sub>j</sub> subjects at risk just before it (times ≥ t<sub>j</sub>; a
 * time censored at t<sub>j</sub> counts as at risk at t<sub>j</sub>, the usual convention).
 *
 * <p>For time to match, the event is the match and {@code 1 − S(t)} is the share of referred seekers
 * matched by t. Quantiles follow Brookmeyer and Crowley (1982, Biometrics 38:29–41): the p-quantile is
 * the smallest event time with S(t) ≤ 1 − p, and is not reached (empty) when S stays above 1 − p over
 * the follow-up. Comparisons of S with 1 − p allow 10⁻¹² for rounding, so that a product equal to 1/2
 * in exact arithmetic, such as 15/22 × 11/15 (0.5000000000000001 in floating point), reaches the median.
 *
 * <p>Instances are immutable and thread-safe. Estimating takes O(n log n) for n times; reading S(t) or a
 * quantile O(log k) or O(k) for k event times.
 */
public final class KaplanMeier {
  private static final double ROUNDING = 1e-12;

  private final double[] times;
  private final double[] survival;
  private final double lastObserved;
  private final int subjects;

  private KaplanMeier(double[] times, double[] survival, double lastObserved, int subjects) {
    this.times = times;
    this.survival = survival;
    this.lastObserved = lastObserved;
    this.subjects = subjects;
  }

  /**
   * Estimates S(t) from event times and censoring times.
   *
   * @param events the times at which the event happened, each finite and ≥ 0
   * @param censored the times at which subjects were last seen without the event, each finite and ≥ 0
   * @return the estimate
   * @throws IllegalArgumentException if a time is negative or not finite
   * @throws NullPointerException if any argument is null
   */
  public static KaplanMeier estimate(List<Double> events, List<Double> censored) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(censored, "censored");
    int n = events.size() + censored.size();
    // each observation as (time, 0 for an event, 1 for a censoring): events sort before censorings at a tie
    double[][] obs = new double[n][];
    int k = 0;
    for (int i = 0; i < events.size(); i++) {
      obs[k++] = new double[] {time("events[" + i + "]", events.get(i)), 0};
    }
    for (int i = 0; i < censored.size(); i++) {
      obs[k++] = new double[] {time("censored[" + i + "]", censored.get(i)), 1};
    }
    Arrays.sort(obs, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    List<Double> t = new ArrayList<>();
    List<Double> s = new ArrayList<>();
    double surv = 1;
    int atRisk = n;
    int i = 0;
    while (i < n) {
      double at = obs[i][0];
      int deaths = 0;
      int leaving = 0;
      while (i < n && obs[i][0] == at) {
        deaths += obs[i][1] == 0 ? 1 : 0;
        leaving++;
        i++;
      }
      if (deaths > 0) {
        surv *= 1 - (double) deaths / atRisk;
        t.add(at);
        s.add(surv);
      }
      atRisk -= leaving;
    }
    return new KaplanMeier(t.stream().mapToDouble(Double::doubleValue).toArray(), s.stream().mapToDouble(Double::doubleValue).toArray(),
        n == 0 ? 0 : obs[n - 1][0], n);
  }

  private static double time(String field, Double value) {
    Objects.requireNonNull(value, field);
    if (!Double.isFinite(value)) {
      throw Require.invalid(field, "must be finite", value);
    }
    return Require.inRange(field, value, 0, Double.MAX_VALUE);
  }

  /**
   * Returns the number of subjects (events and censored).
   *
   * @return the count
   */
  public int subjects() {
    return subjects;
  }

  /**
   * Returns the distinct event times, ascending.
   *
   * @return the times
   */
  public List<Double> times() {
    return Arrays.stream(times).boxed().toList();
  }

  /**
   * Returns S just after each event time of {@link #times()}.
   *
   * @return the survival values, non-increasing
   */
  public List<Double> survival() {
    return Arrays.stream(survival).boxed().toList();
  }

  /**
   * Returns S(t), a step function continuous from the right; empty beyond the last observed time unless
   * S has fallen to 0 (then it stays 0), and empty without subjects.
   *
   * @param t the time
   * @return S(t), or empty where the data do not determine it
   */
  public OptionalDouble survivalAt(double t) {
    if (subjects == 0 || Double.isNaN(t)) {
      return OptionalDouble.empty();
    }
    int pos = Arrays.binarySearch(times, t);
    int last = pos >= 0 ? pos : -pos - 2; // the last event time ≤ t
    double s = last < 0 ? 1 : survival[last];
    if (t > lastObserved && s > 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(s);
  }

  /**
   * Returns 1 − S(t): for time to match, the share matched by t.
   *
   * @param t the time
   * @return 1 − S(t), or empty where {@link #survivalAt} is
   */
  public OptionalDouble eventShareBy(double t) {
    OptionalDouble s = survivalAt(t);
    return s.isPresent() ? OptionalDouble.of(1 - s.getAsDouble()) : OptionalDouble.empty();
  }

  /**
   * Returns the p-quantile: the smallest event time with S(t) ≤ 1 − p.
   *
   * @param p the probability, greater than 0 and at most 1
   * @return the quantile, or empty when not reached within the follow-up
   * @throws IllegalArgumentException if p is out of range
   */
  public OptionalDouble quantile(double p) {
    if (!(p > 0 && p <= 1)) {
      throw Require.invalid("p", "must be greater than 0 and at most 1", p);
    }
    for (int j = 0; j < times.length; j++) {
      if (survival[j] <= 1 - p + ROUNDING) {
        return OptionalDouble.of(times[j]);
      }
    }
    return OptionalDouble.empty();
  }

  /**
   * Returns the median, the 0.5-quantile.
   *
   * @return the median, or empty when S stays above 1/2
   */
  public OptionalDouble median() {
    return quantile(0.5);
  }

  /** Returns e.g. {@code KaplanMeier[120 subjects, 75 event times, median 31.0]}. */
  @Override
  public String toString() {
    OptionalDouble median = median();
    return "KaplanMeier[" + subjects + " subjects, " + times.length + " event times, median "
        + (median.isPresent() ? String.format(Locale.ROOT, "%.1f", median.getAsDouble()) : "not reached") + "]";
  }
}
