package io.github.peersupport.sim;

import java.util.function.ToDoubleFunction;

/**
 * A headline figure of {@link Metrics}, by name, for sweep tables and charts. The constants' names are
 * stable (CSV and JSON outputs use them). Names starting {@code REFERRED_} are over every seeker referred
 * for a one-to-one match after the warm-up (time to event, Kaplan–Meier); the time-to-match figures
 * without it are over matched seekers only (see {@link Metrics} for each denominator). A figure that is
 * not reached in a run (a Kaplan–Meier median when fewer than half are matched) reads as NaN, so means
 * over such runs are NaN too.
 */
public enum Metric {
  /** {@link Metrics#matchRate()}: matched ÷ referred. */
  MATCH_RATE("match rate", Metrics::matchRate),
  /** {@link Metrics#medianHoursToMatch()}: over matched seekers. */
  MEDIAN_HOURS_TO_MATCH("median hours to match (matched)", Metrics::medianHoursToMatch),
  /** {@link Metrics#p90HoursToMatch()}: over matched seekers. */
  P90_HOURS_TO_MATCH("p90 hours to match (matched)", Metrics::p90HoursToMatch),
  /** {@link Metrics#within48hShare()}: share of matched seekers matched within 48 h. */
  WITHIN_48H("share of matched within 48 h", Metrics::within48hShare),
  /** {@link Metrics#referredMedianHoursToMatch()}: Kaplan–Meier, over referred seekers; NaN if not reached. */
  REFERRED_MEDIAN_HOURS_TO_MATCH("median hours to match (referred, KM)", m -> m.referredMedianHoursToMatch().orElse(Double.NaN)),
  /** {@link Metrics#referredP90HoursToMatch()}: Kaplan–Meier, over referred seekers; NaN if not reached. */
  REFERRED_P90_HOURS_TO_MATCH("p90 hours to match (referred, KM)", m -> m.referredP90HoursToMatch().orElse(Double.NaN)),
  /** {@link Metrics#referredWithin48hShare()}: share of referred seekers matched within 48 h (Kaplan–Meier); NaN if empty. */
  REFERRED_WITHIN_48H("share of referred within 48 h (KM)", m -> m.referredWithin48hShare().orElse(Double.NaN)),
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
