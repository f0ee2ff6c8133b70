package io.github.peersupport.core.person;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerTuple;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.immutables.value.Value;

/** A weekly recurring window of local time, e.g. Tuesday 18:00 to 20:00. */
@Value.Immutable
@PeerTuple
public abstract class TimeWindow {
  TimeWindow() {}

  /**
   * Creates a window.
   *
   * @param day the day of the week
   * @param start the local start time
   * @param end the local end time, after {@code start} on the same day
   * @return the window
   */
  public static TimeWindow of(DayOfWeek day, LocalTime start, LocalTime end) {
    return ImmutableTimeWindow.of(day, start, end);
  }

  /**
   * Returns the day.
   *
   * @return the day of the week
   */
  public abstract DayOfWeek day();

  /**
   * Returns the start.
   *
   * @return the local start time
   */
  public abstract LocalTime start();

  /**
   * Returns the end.
   *
   * @return the local end time
   */
  public abstract LocalTime end();

  @Value.Check
  final void check() {
    if (!end().isAfter(start())) {
      throw Require.invalid("end", "must be after start " + start(), end());
    }
  }

  /** Returns e.g. {@code TUESDAY 18:00-20:00}. */
  @Override
  public final String toString() {
    return day() + " " + start() + "-" + end();
  }
}
