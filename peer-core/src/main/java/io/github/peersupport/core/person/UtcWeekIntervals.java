package io.github.peersupport.core.person;

import io.github.peersupport.core.internal.Require;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Weekly recurring time as minutes of the UTC week: sorted, disjoint intervals {@code [start, end)}
 * with {@code 0 <= start < end <= }{@value #MINUTES_PER_WEEK}, where minute 0 is Monday 00:00 UTC.
 * This is the one model of weekly time that matching, group formation and placement compare on:
 * windows of local time in different zones become comparable sets of minutes, and the overlap of two
 * people (or of a person and a group's slot) is {@link #overlapMinutes}.
 *
 * <h2>Converting local windows</h2>
 * {@link #of(Collection, ZoneId, LocalDate)} takes windows of local time in a zone and a week (any
 * date of it; weeks start on Monday). A window on day {@code d} is taken on the local date {@code
 * Monday + (d − 1)} of that week; its start and end are resolved to instants with the zone's rules in
 * force on that date, and measured in minutes from Monday 00:00 UTC of the same Monday date. The result
 * is folded into the week by the weekly period: a part before minute 0 or after minute {@value
 * #MINUTES_PER_WEEK} is moved by one week, so a window that crosses the end of the UTC week is split
 * into a piece at its end and a piece at its start. For example, Monday 00:30–02:00 in {@code
 * Pacific/Auckland} in January (UTC+13) is Sunday 11:30–13:00 UTC, minutes 9330–9420 of the week. The
 * pieces are then sorted and merged (overlapping or touching intervals become one; the two pieces of a
 * window split at the week's end stay two).
 *
 * <h2>Daylight-saving time</h2>
 * The offset is the zone's offset on the local date of each window in the week given, so the same
 * windows convert differently in weeks either side of a transition; callers pass the week they
 * compare. On the day of a transition, a local time that does not exist (in the gap when clocks go
 * forward) or occurs twice (in the overlap when clocks go back) is read with the offset in force
 * before the transition: a time in a gap is moved later by the length of the gap, a time in an overlap
 * takes its earlier occurrence, as {@link ZonedDateTime#of(LocalDate, java.time.LocalTime, ZoneId)}
 * does and as RFC 5545 (iCalendar) §3.3.5 prescribes for calendar times. A window is one continuous
 * stretch of real time from its resolved start to its resolved end, so its length in minutes is its
 * wall-clock length minus (offset read at its end − offset read at its start): a window that spans a
 * spring-forward transition is shorter by the gap (New York, Sunday 01:00–04:00 on the second Sunday
 * of March lasts two hours), one that spans a fall-back transition is longer by the overlap (the same
 * window on the first Sunday of November lasts four hours), and a window that ends in a gap, or lies
 * wholly inside a gap or wholly inside an overlap, keeps its length. On every other day the length is
 * preserved. In a week that contains a transition the first and last days of the local week have
 * different offsets, so a window folded from one end of the week may meet or overlap a window at the
 * other end; the merged total is then less than the sum of the windows' lengths.
 *
 * <h2>Minutes</h2>
 * Both ends are floored to whole minutes after Monday 00:00 UTC; windows given to the minute in zones
 * with whole-minute offsets (every zone since 1972) convert exactly, and a window shorter than a minute
 * may become empty.
 *
 * <p>Values are immutable and safe to share between threads. Conversion is O(w log w) for w windows;
 * {@link #overlapMinutes}, {@link #covers} and {@link #union} are O(a + b) for a and b intervals
 * (a merge of two sorted lists); {@link #contains} is O(log a).
 */
public final class UtcWeekIntervals {
  /** Minutes in a week: 7 × 24 × 60 = {@value}. */
  public static final int MINUTES_PER_WEEK = 7 * 24 * 60;

  private static final int MINUTES_PER_DAY = 24 * 60;
  private static final long SECONDS_PER_DAY = 24 * 60 * 60;
  private static final UtcWeekIntervals EMPTY = new UtcWeekIntervals(new int[0]);

  /** Starts and ends alternating: {@code bounds[2k] < bounds[2k+1] < bounds[2k+2]}. */
  private final int[] bounds;

  private UtcWeekIntervals(int[] bounds) {
    this.bounds = bounds;
  }

  /**
   * Returns the empty set of minutes.
   *
   * @return no interval
   */
  public static UtcWeekIntervals empty() {
    return EMPTY;
  }

  /**
   * Returns one interval of the UTC week; empty when {@code from == until}.
   *
   * @param from the first minute, 0 to {@value #MINUTES_PER_WEEK}
   * @param until the minute after the last, {@code from} to {@value #MINUTES_PER_WEEK}
   * @return the interval
   * @throws IllegalArgumentException naming {@code from} or {@code until} when out of range
   */
  public static UtcWeekIntervals ofMinutes(int from, int until) {
    Require.inRange("from", from, 0, MINUTES_PER_WEEK);
    Require.inRange("until", until, from, MINUTES_PER_WEEK);
    return from == until ? EMPTY : new UtcWeekIntervals(new int[] {from, until});
  }

  /**
   * Converts one window of local time in a zone to intervals of the UTC week that contains {@code
   * week}; see the class description for the rules.
   *
   * @param window the window
   * @param zone the zone of the window
   * @param week any date of the week (Monday to Sunday)
   * @return one interval, or two when the window crosses the end of the UTC week
   * @throws NullPointerException if any argument is null
   */
  public static UtcWeekIntervals of(TimeWindow window, ZoneId zone, LocalDate week) {
    Objects.requireNonNull(window, "window");
    return of(List.of(window), zone, week);
  }

  /**
   * Converts windows of local time in a zone to the sorted, merged intervals of the UTC week that
   * contains {@code week}; see the class description for the rules. O(w log w) for w windows.
   *
   * @param windows the windows, in any order, overlapping or not
   * @param zone the zone of the windows
   * @param week any date of the week (Monday to Sunday)
   * @return the intervals
   * @throws NullPointerException if any argument or window is null
   */
  public static UtcWeekIntervals of(Collection<TimeWindow> windows, ZoneId zone, LocalDate week) {
    Objects.requireNonNull(windows, "windows");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(week, "week");
    LocalDate monday = mondayOf(week);
    long weekStart = monday.toEpochDay() * SECONDS_PER_DAY;
    // each piece packed as start << 32 | end, so that sorting the longs sorts by start
    long[] pieces = new long[2 * windows.size()];
    int n = 0;
    for (TimeWindow w : windows) {
      Objects.requireNonNull(w, "windows[]");
      LocalDate day = monday.plusDays(w.day().getValue() - 1L);
      long from = Math.floorDiv(ZonedDateTime.of(day, w.start(), zone).toEpochSecond() - weekStart, 60);
      long until = Math.floorDiv(ZonedDateTime.of(day, w.end(), zone).toEpochSecond() - weekStart, 60);
      long length = Math.min(until - from, MINUTES_PER_WEEK);
      if (length <= 0) {
        continue;
      }
      long start = Math.floorMod(from, MINUTES_PER_WEEK);
      long end = start + length;
      if (end <= MINUTES_PER_WEEK) {
        pieces[n++] = start << 32 | end;
      } else {
        pieces[n++] = start << 32 | MINUTES_PER_WEEK;
        pieces[n++] = end - MINUTES_PER_WEEK;
      }
    }
    return merged(pieces, n);
  }

  /** Sorts packed pieces and merges overlapping or touching ones. */
  private static UtcWeekIntervals merged(long[] pieces, int n) {
    if (n == 0) {
      return EMPTY;
    }
    Arrays.sort(pieces, 0, n);
    int[] out = new int[2 * n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      int start = (int) (pieces[i] >>> 32);
      int end = (int) pieces[i];
      if (size > 0 && start <= out[size - 1]) {
        out[size - 1] = Math.max(out[size - 1], end);
      } else {
        out[size++] = start;
        out[size++] = end;
      }
    }
    return new UtcWeekIntervals(size == out.length ? out : Arrays.copyOf(out, size));
  }

  /**
   * Returns the Monday of the week that contains a date (the date itself when it is a Monday).
   *
   * @param date any date
   * @return the Monday on or before it
   * @throws NullPointerException if {@code date} is null
   */
  public static LocalDate mondayOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /**
   * Returns the Monday of the UTC week that contains an instant.
   *
   * @param at the instant
   * @return the Monday, as a UTC date
   * @throws NullPointerException if {@code at} is null
   */
  public static LocalDate mondayOf(Instant at) {
    Objects.requireNonNull(at, "at");
    return mondayOf(LocalDate.ofInstant(at, ZoneOffset.UTC));
  }

  /**
   * Returns minute 0 of the UTC week that contains a date: its Monday at 00:00 UTC.
   *
   * @param week any date of the week
   * @return the instant the week starts
   * @throws NullPointerException if {@code week} is null
   */
  public static Instant weekStart(LocalDate week) {
    Objects.requireNonNull(week, "week");
    return mondayOf(week).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * Returns the instant a window of local time starts in a week: its start on the local date {@code
   * Monday + (day − 1)} of that week, resolved as {@link #of(Collection, ZoneId, LocalDate)} does (so
   * it may fall in the UTC week before or after). For example, the start of a group's weekly session.
   *
   * @param window the window
   * @param zone the zone of the window
   * @param week any date of the week
   * @return the instant
   * @throws NullPointerException if any argument is null
   */
  public static Instant startOf(TimeWindow window, ZoneId zone, LocalDate week) {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(week, "week");
    LocalDate day = mondayOf(week).plusDays(window.day().getValue() - 1L);
    return ZonedDateTime.of(day, window.start(), zone).toInstant();
  }

  /**
   * Returns the number of intervals.
   *
   * @return 0 or more
   */
  public int size() {
    return bounds.length / 2;
  }

  /**
   * Returns whether there is no minute.
   *
   * @return whether empty
   */
  public boolean isEmpty() {
    return bounds.length == 0;
  }

  /**
   * Returns the first minute of an interval.
   *
   * @param k the interval, 0 to {@code size() - 1}, in increasing order of minutes
   * @return its start, 0 to {@value #MINUTES_PER_WEEK} − 1
   * @throws IndexOutOfBoundsException if {@code k} is out of range
   */
  public int start(int k) {
    return bounds[2 * Objects.checkIndex(k, size())];
  }

  /**
   * Returns the minute after the last minute of an interval.
   *
   * @param k the interval, 0 to {@code size() - 1}, in increasing order of minutes
   * @return its end, 1 to {@value #MINUTES_PER_WEEK}
   * @throws IndexOutOfBoundsException if {@code k} is out of range
   */
  public int end(int k) {
    return bounds[2 * Objects.checkIndex(k, size()) + 1];
  }

  /**
   * Returns the number of minutes in the set.
   *
   * @return 0 to {@value #MINUTES_PER_WEEK}
   */
  public int totalMinutes() {
    int total = 0;
    for (int k = 0; k < bounds.length; k += 2) {
      total += bounds[k + 1] - bounds[k];
    }
    return total;
  }

  /**
   * Returns whether a minute of the week is in the set. O(log a) by binary search.
   *
   * @param minute any minute; outside 0 to {@value #MINUTES_PER_WEEK} − 1 it is never contained
   * @return whether contained
   */
  public boolean contains(int minute) {
    int i = Arrays.binarySearch(bounds, minute);
    // found at a start (even index) is inside; between a start and its end is an odd insertion point
    return i >= 0 ? i % 2 == 0 : (-i - 1) % 2 == 1;
  }

  /**
   * Returns the minutes per week both sets contain. Symmetric; O(a + b) by merging the two sorted
   * lists, allocation-free.
   *
   * @param other the other set
   * @return 0 to the smaller total
   * @throws NullPointerException if {@code other} is null
   */
  public int overlapMinutes(UtcWeekIntervals other) {
    Objects.requireNonNull(other, "other");
    int[] a = bounds;
    int[] b = other.bounds;
    int i = 0;
    int j = 0;
    int total = 0;
    while (i < a.length && j < b.length) {
      int start = Math.max(a[i], b[j]);
      int end = Math.min(a[i + 1], b[j + 1]);
      if (end > start) {
        total += end - start;
      }
      if (a[i + 1] < b[j + 1]) {
        i += 2;
      } else {
        j += 2;
      }
    }
    return total;
  }

  /**
   * Returns whether every minute of another set is in this one, for example whether a person is free
   * for the whole of a group's slot. O(a + b).
   *
   * @param other the other set
   * @return whether this set contains it (always, when {@code other} is empty)
   * @throws NullPointerException if {@code other} is null
   */
  public boolean covers(UtcWeekIntervals other) {
    Objects.requireNonNull(other, "other");
    return overlapMinutes(other) == other.totalMinutes();
  }

  /**
   * Returns the minutes in either set, merged. O(a + b).
   *
   * @param other the other set
   * @return the union
   * @throws NullPointerException if {@code other} is null
   */
  public UtcWeekIntervals union(UtcWeekIntervals other) {
    Objects.requireNonNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    long[] pieces = new long[size() + other.size()];
    int n = 0;
    for (int[] side : new int[][] {bounds, other.bounds}) {
      for (int k = 0; k < side.length; k += 2) {
        pieces[n++] = (long) side[k] << 32 | side[k + 1];
      }
    }
    return merged(pieces, n);
  }

  /** Equal when both contain the same minutes. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UtcWeekIntervals && Arrays.equals(bounds, ((UtcWeekIntervals) o).bounds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bounds);
  }

  /**
   * Returns e.g. {@code UtcWeekIntervals[MONDAY 09:00-10:30, SUNDAY 23:00-24:00]}; an interval that
   * spans days names both, e.g. {@code TUESDAY 22:00-WEDNESDAY 01:00}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("UtcWeekIntervals[");
    for (int k = 0; k < bounds.length; k += 2) {
      int start = bounds[k];
      int end = bounds[k + 1];
      int startDay = start / MINUTES_PER_DAY;
      int endDay = (end - 1) / MINUTES_PER_DAY;
      s.append(k == 0 ? "" : ", ").append(DayOfWeek.of(1 + startDay)).append(' ').append(clock(start - startDay * MINUTES_PER_DAY))
          .append('-').append(endDay == startDay ? "" : DayOfWeek.of(1 + endDay) + " ")
          .append(clock(end - endDay * MINUTES_PER_DAY));
    }
    return s.append(']').toString();
  }

  private static String clock(int minuteOfDay) {
    return String.format(java.util.Locale.ROOT, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
  }
}
