package io.github.peersupport.sim;

import java.util.function.ToDoubleFunction;

/** A headline figure of {@link Metrics}, by name, for sweep tables and charts. */
public enum Metric {
  /** {@link Metrics#matchRate()}. */
  MATCH_RATE("match rate", Metrics::matchRate),
  /** {@link Metrics#medianHoursToMatch()}. */
  MEDIAN_HOURS_TO_MATCH("median hours to match", Metrics::medianHoursToMatch),
  /** {@link Metrics#p90HoursToMatch()}. */
  P90_HOURS_TO_MATCH("p90 hours to match", Metrics::p90HoursToMatch),
  /** {@link Metrics#within48hShare()}. */
  WITHIN_48H("share matched within 48 h", Metrics::within48hShare),
  /** {@link Metrics#loadGini()}. */
  LOAD_GINI("load Gini", Metrics::loadGini),
  /** {@link Metrics#rematchRate()}. */
  REMATCH_RATE("rematch rate", Metrics::rematchRate),
  /** {@link Metrics#groupFill()}. */
  GROUP_FILL("group fill", Metrics::groupFill),
  /** {@link Metrics#groupPlaced()} ÷ {@link Metrics#groupRequests()} (0 when nobody asked for a group). */
  GROUP_PLACED("share placed in a group", m -> m.groupRequests() == 0 ? 0 : (double) m.groupPlaced() / m.groupRequests()),
  /** {@link Metrics#meanWaitlist()}. */
  MEAN_WAITLIST("mean group waitlist", Metrics::meanWaitlist),
  /** {@link Metrics#attendanceRate()}. */
  ATTENDANCE("attendance", Metrics::attendanceRate),
  /** {@link Metrics#adherence()}. */
  ADHERENCE("adherence", Metrics::adherence),
  /** {@link Metrics#escalationCount()}. */
  ESCALATIONS("escalations", m -> m.escalationCount());

  private final String label;
  private final ToDoubleFunction<Metrics> value;

  Metric(String label, ToDoubleFunction<Metrics> value) {
    this.label = label;
    this.value = value;
  }

  /**
   * Returns the label used in tables and on chart axes.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Reads this figure from a run's metrics.
   *
   * @param metrics the metrics
   * @return the value
   */
  public double of(Metrics metrics) {
    return value.applyAsDouble(metrics);
  }
}
