package io.github.peersupport.core.person;

import io.github.peersupport.core.style.PeerStyle;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * When a person is free each week: windows of local time in a time zone. Two people in different
 * zones are compared on real instants of a given week, so daylight-saving changes are respected:
 * {@link #utcIntervals(LocalDate)} turns the windows into minutes of that UTC week ({@link
 * UtcWeekIntervals}, the model matching and group placement share).
 */
@Value.Immutable
@PeerStyle
public abstract class WeeklyAvailability {
  WeeklyAvailability() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WeeklyAvailability}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableWeeklyAvailability.Builder {
    /** Creates an empty builder; prefer {@link WeeklyAvailability#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the time zone the windows are in.
   *
   * @return the zone
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /**
   * Returns the windows.
   *
   * @return the weekly windows
   */
  public abstract List<TimeWindow> windows();

  /**
   * Returns the windows as minutes of the UTC week that contains a date, with the zone's offset on
   * that week: sorted and merged, split across the end of the week (see {@link UtcWeekIntervals} for
   * the rules, including days of a daylight-saving transition).
   *
   * <p>O(w log w) for w windows.
   *
   * @param week any date of the week (the week starts on Monday)
   * @return the intervals, empty when there are no windows
   * @throws NullPointerException if {@code week} is null
   */
  public final UtcWeekIntervals utcIntervals(LocalDate week) {
    return UtcWeekIntervals.of(windows(), zone(), week);
  }

  /**
   * Minutes per week both people are free, on the week that contains a date: the {@link
   * UtcWeekIntervals#overlapMinutes overlap} of both people's {@link #utcIntervals(LocalDate)}. Windows
   * are compared as weekly recurring time, so a window that falls on another UTC day (or across the
   * end of the UTC week) still meets the other person's window at the same instants; overlapping
   * windows of one person count once.
   *
   * <p>O(w log w) for w windows of both people together.
   *
   * @param other the other person's availability
   * @param week any date of the week to compare on (the week starts on Monday)
   * @return the overlap in minutes, 0 or more
   * @throws NullPointerException if an argument is null
   */
  public final long overlapMinutes(WeeklyAvailability other, LocalDate week) {
    Objects.requireNonNull(other, "other");
    return utcIntervals(week).overlapMinutes(other.utcIntervals(week));
  }

  /**
   * Total minutes per week of all windows (overlapping windows count twice).
   *
   * @return the total minutes
   */
  public final long totalMinutes() {
    long minutes = 0;
    for (TimeWindow w : windows()) {
      minutes += (w.end().toSecondOfDay() - w.start().toSecondOfDay()) / 60;
    }
    return minutes;
  }
}
