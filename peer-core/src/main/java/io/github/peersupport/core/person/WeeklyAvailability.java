package io.github.peersupport.core.person;

import io.github.peersupport.core.style.PeerStyle;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * When a person is free each week: windows of local time in a time zone. Two people in different
 * zones are compared on real instants of a given week, so daylight-saving changes are respected.
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
   * Minutes per week both people are free, on the week that contains a date.
   *
   * <p>O(w₁·w₂) for w₁ and w₂ windows.
   *
   * @param other the other person's availability
   * @param week any date of the week to compare on (the week starts on Monday)
   * @return the overlap in minutes, 0 or more
   */
  public final long overlapMinutes(WeeklyAvailability other, LocalDate week) {
    List<Instant[]> mine = intervals(week);
    List<Instant[]> theirs = other.intervals(week);
    long seconds = 0;
    for (Instant[] a : mine) {
      for (Instant[] b : theirs) {
        Instant start = a[0].isAfter(b[0]) ? a[0] : b[0];
        Instant end = a[1].isBefore(b[1]) ? a[1] : b[1];
        if (end.isAfter(start)) {
          seconds += end.getEpochSecond() - start.getEpochSecond();
        }
      }
    }
    return seconds / 60;
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

  private List<Instant[]> intervals(LocalDate week) {
    LocalDate monday = week.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<Instant[]> result = new ArrayList<>(windows().size());
    for (TimeWindow w : windows()) {
      LocalDate day = monday.plusDays(w.day().getValue() - 1L);
      result.add(new Instant[] {
        day.atTime(w.start()).atZone(zone()).toInstant(), day.atTime(w.end()).atZone(zone()).toInstant()
      });
    }
    return result;
  }
}
