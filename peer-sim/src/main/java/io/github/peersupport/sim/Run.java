package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The result of simulating a {@link Scenario} with a seed: the {@link Metrics} over the horizon, the
 * weekly series, and the samples behind the charts. Equal scenario and seed give an equal run.
 */
@Value.Immutable
@PeerStyle
public abstract class Run {
  Run() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Run}. */
  public static class Builder extends ImmutableRun.Builder {
    /** Creates an empty builder; prefer {@link Run#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the scenario's name.
   *
   * @return the name
   */
  public abstract String scenario();

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * Returns the metrics over the horizon.
   *
   * @return the metrics
   */
  public abstract Metrics metrics();

  /**
   * Returns the weekly counts, week 1 first.
   *
   * @return one entry per simulated week
   */
  public abstract List<WeekMetrics> weeks();

  /**
   * Returns each matched seeker's time to match in hours, in referral order (seekers referred after the
   * warm-up: one per {@link Metrics#matched()}). With {@link #unmatchedFollowUpHours()} it is the
   * time-to-event sample of {@link KaplanMeier}.
   *
   * @return the sample
   */
  public abstract List<Double> hoursToMatch();

  /**
   * Returns each referred seeker's follow-up in hours, from the referral to the horizon, for seekers
   * not matched by the horizon, in referral order (seekers referred after the warm-up): the censored
   * times of the time-to-match estimate, {@code KaplanMeier.estimate(hoursToMatch(),
   * unmatchedFollowUpHours())}.
   *
   * @return the sample: one per referred seeker never matched ({@link Metrics#seekers()} − {@link
   *     Metrics#matched()}), or empty in a document written before this sample existed
   */
  public abstract List<Double> unmatchedFollowUpHours();

  /**
   * Returns each supporter's number of accepted matches over the run, in supporter order.
   *
   * @return the sample
   */
  public abstract List<Integer> served();

  @Value.Check
  final void check() {
    Require.slug("scenario", scenario());
    for (int i = 0; i < weeks().size(); i++) {
      if (weeks().get(i).week() != i + 1) {
        throw Require.invalid("weeks[" + i + "].week", "must be " + (i + 1), weeks().get(i).week());
      }
    }
    if (hoursToMatch().size() != metrics().matched()) {
      throw Require.invalid("hoursToMatch", "must hold one time per matched seeker (" + metrics().matched() + ") but holds "
          + hoursToMatch().size());
    }
    for (int i = 0; i < hoursToMatch().size(); i++) {
      Require.inRange("hoursToMatch[" + i + "]", hoursToMatch().get(i), 0, Double.MAX_VALUE);
    }
    int unmatched = metrics().seekers() - metrics().matched();
    if (!unmatchedFollowUpHours().isEmpty() && unmatchedFollowUpHours().size() != unmatched) {
      throw Require.invalid("unmatchedFollowUpHours", "must hold one time per seeker never matched (" + unmatched + ") but holds "
          + unmatchedFollowUpHours().size());
    }
    for (int i = 0; i < unmatchedFollowUpHours().size(); i++) {
      Require.inRange("unmatchedFollowUpHours[" + i + "]", unmatchedFollowUpHours().get(i), 0, Double.MAX_VALUE);
    }
    for (int i = 0; i < served().size(); i++) {
      Require.inRange("served[" + i + "]", served().get(i), 0, Integer.MAX_VALUE);
    }
  }

  /** Returns e.g. {@code Run[standard, seed 42, 1300 seekers, matched 93.1%, median 31.0 h]}. */
  @Override
  public final String toString() {
    return String.format(Locale.ROOT, "Run[%s, seed %d, %d seekers, matched %.1f%%, median %.1f h, load Gini %.3f]",
        scenario(), seed(), metrics().seekers(), 100 * metrics().matchRate(), metrics().medianHoursToMatch(),
        metrics().loadGini());
  }
}
