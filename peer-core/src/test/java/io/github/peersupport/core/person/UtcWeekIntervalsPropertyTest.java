package io.github.peersupport.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.testing.Seeds;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link UtcWeekIntervals} across zones (half-hour and 45-minute offsets, ±14 h, a
 * 30-minute daylight-saving shift), weeks that contain a transition, and windows that touch or cross
 * the end of the week. Two references written from the class description, minute by minute: one
 * resolves each window's ends with {@link ZonedDateTime} and walks the minutes between them; the other
 * walks every instant of the local week and asks the zone what the wall clock shows (it is exact
 * wherever the window's day has no transition). 40 cases per seed, 400 per property.
 */
class UtcWeekIntervalsPropertyTest {
  private static final int CASES = 40;
  private static final int WEEK = UtcWeekIntervals.MINUTES_PER_WEEK;
  private static final List<ZoneId> ZONES = List.of(
      ZoneOffset.UTC, ZoneId.of("Pacific/Auckland"), ZoneId.of("Pacific/Chatham"), ZoneId.of("Asia/Kolkata"),
      ZoneId.of("America/St_Johns"), ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago"),
      ZoneId.of("Europe/London"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"),
      ZoneId.of("Asia/Kathmandu"), ZoneId.of("America/Santiago"), ZoneOffset.ofHoursMinutes(-9, -30),
      ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12));
  private static final LocalDate FIRST = LocalDate.parse("2020-01-01");
  private static final int YEARS_OF_DAYS = 15 * 365;

  /** A zone, a week (any date of it) and windows, some at the week's ends and some at a transition. */
  record Case(ZoneId zone, LocalDate week, List<TimeWindow> windows) {
    LocalDate monday() {
      return UtcWeekIntervals.mondayOf(week);
    }

    LocalDate dateOf(TimeWindow w) {
      return monday().plusDays(w.day().getValue() - 1L);
    }

    /** Local dates, in or next to this week, on which the zone's offset changes. */
    Set<LocalDate> transitionDates() {
      Set<LocalDate> dates = new HashSet<>();
      ZoneRules rules = zone.getRules();
      Instant from = monday().minusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
      Instant until = monday().plusDays(9).atStartOfDay(ZoneOffset.UTC).toInstant();
      for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(until);
          t = rules.nextTransition(t.getInstant())) {
        dates.add(t.getDateTimeBefore().toLocalDate());
        dates.add(t.getDateTimeAfter().toLocalDate());
      }
      return dates;
    }

    UtcWeekIntervals convert() {
      return UtcWeekIntervals.of(windows, zone, week);
    }

    Case withWindows(List<TimeWindow> other) {
      return new Case(zone, week, other);
    }

    @Override
    public String toString() {
      return zone + " week of " + week + " " + windows;
    }
  }

  static Case randomCase(SplittableRandom r) {
    ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
    ZoneOffsetTransition transition = r.nextBoolean()
        ? zone.getRules().nextTransition(FIRST.plusDays(r.nextInt(YEARS_OF_DAYS)).atStartOfDay(ZoneOffset.UTC).toInstant())
        : null;
    if (transition != null && transition.getInstant().isAfter(Instant.parse("2036-01-01T00:00:00Z"))) {
      transition = null;
    }
    LocalDate week = transition != null ? transition.getDateTimeBefore().toLocalDate() : FIRST.plusDays(r.nextInt(YEARS_OF_DAYS));
    int n = r.nextInt(0, 7);
    List<TimeWindow> windows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      windows.add(window(r, week, transition));
    }
    return new Case(zone, week, windows);
  }

  /** A window to the minute: often at the week's ends, or around the transition on its day. */
  private static TimeWindow window(SplittableRandom r, LocalDate week, ZoneOffsetTransition transition) {
    int kind = r.nextInt(5);
    DayOfWeek day = DayOfWeek.of(1 + r.nextInt(7));
    int last = 24 * 60 - 1;
    int start = r.nextInt(0, last);
    int end = Math.min(last, start + 1 + r.nextInt(0, 6 * 60));
    if (kind == 0) {
      day = DayOfWeek.MONDAY;
      start = r.nextInt(0, 3) * 15;
      end = start + 1 + r.nextInt(0, 4 * 60);
    } else if (kind == 1) {
      day = DayOfWeek.SUNDAY;
      end = last - r.nextInt(0, 3) * 15;
      start = Math.max(0, end - 1 - r.nextInt(0, 4 * 60));
    } else if (kind == 2 && transition != null) {
      LocalDateTime at = transition.getDateTimeBefore();
      day = at.getDayOfWeek();
      int pivot = at.getHour() * 60 + at.getMinute();
      start = Math.max(0, Math.min(last - 1, pivot - r.nextInt(0, 120)));
      end = Math.min(last, start + 1 + r.nextInt(0, 180));
    }
    return TimeWindow.of(day, LocalTime.of(start / 60, start % 60), LocalTime.of(end / 60, end % 60));
  }

  /**
   * The offset in seconds a local time of a window's day is read with, as the class description says:
   * the one in force, or for a time in a gap or an overlap the one before the transition.
   */
  private static int offsetRead(Case c, LocalTime time, TimeWindow w) {
    LocalDateTime local = c.dateOf(w).atTime(time);
    ZoneRules rules = c.zone().getRules();
    List<ZoneOffset> valid = rules.getValidOffsets(local);
    return (valid.size() == 1 ? valid.get(0) : rules.getTransition(local).getOffsetBefore()).getTotalSeconds();
  }

  private static boolean[] minutes(UtcWeekIntervals intervals) {
    boolean[] in = new boolean[WEEK];
    for (int k = 0; k < intervals.size(); k++) {
      for (int m = intervals.start(k); m < intervals.end(k); m++) {
        in[m] = true;
      }
    }
    return in;
  }

  /** Reference 1: each window's ends resolved by ZonedDateTime, every minute between them folded into the week. */
  private static boolean[] endpointReference(Case c) {
    boolean[] in = new boolean[WEEK];
    Instant weekStart = c.monday().atStartOfDay(ZoneOffset.UTC).toInstant();
    for (TimeWindow w : c.windows()) {
      Instant from = ZonedDateTime.of(c.dateOf(w), w.start(), c.zone()).toInstant();
      Instant until = ZonedDateTime.of(c.dateOf(w), w.end(), c.zone()).toInstant();
      for (Instant t = from; t.isBefore(until); t = t.plusSeconds(60)) {
        in[Math.floorMod(Duration.between(weekStart, t).toMinutes(), WEEK)] = true;
      }
    }
    return in;
  }

  /** Reference 2: every minute of real time around the local week, kept when the wall clock shows a window's day and time. */
  private static boolean[] wallClockReference(Case c) {
    boolean[] in = new boolean[WEEK];
    Instant weekStart = c.monday().atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant from = weekStart.minus(Duration.ofHours(15));
    Instant until = weekStart.plus(Duration.ofDays(7)).plus(Duration.ofHours(15));
    for (Instant t = from; t.isBefore(until); t = t.plusSeconds(60)) {
      LocalDateTime local = LocalDateTime.ofInstant(t, c.zone());
      for (TimeWindow w : c.windows()) {
        if (local.toLocalDate().equals(c.dateOf(w)) && !local.toLocalTime().isBefore(w.start())
            && local.toLocalTime().isBefore(w.end())) {
          in[Math.floorMod(Duration.between(weekStart, t).toMinutes(), WEEK)] = true;
        }
      }
    }
    return in;
  }

  private static int count(boolean[] in) {
    int n = 0;
    for (boolean b : in) {
      n += b ? 1 : 0;
    }
    return n;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void of_anyCase_sortedDisjointWithinTheWeek(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Case c = randomCase(r);
      UtcWeekIntervals iv = c.convert();
      for (int k = 0; k < iv.size(); k++) {
        assertThat(iv.start(k)).as("%s: start %d", c, k).isBetween(0, WEEK - 1).isLessThan(iv.end(k));
        assertThat(iv.end(k)).as("%s: end %d", c, k).isLessThanOrEqualTo(WEEK);
        if (k + 1 < iv.size()) {
          assertThat(iv.end(k)).as("%s: merged and sorted at %d", c, k).isLessThan(iv.start(k + 1));
        }
      }
      assertThat(iv.isEmpty()).isEqualTo(iv.size() == 0);
      assertThat(iv.totalMinutes()).isBetween(0, WEEK);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void of_anyCase_equalsMinuteByMinuteEndpointReference(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Case c = randomCase(r);
      UtcWeekIntervals iv = c.convert();
      boolean[] in = minutes(iv);
      assertThat(in).as("%s -> %s", c, iv).isEqualTo(endpointReference(c));
      boolean[] viaContains = new boolean[WEEK];
      for (int m = 0; m < WEEK; m++) {
        viaContains[m] = iv.contains(m);
      }
      assertThat(viaContains).as("contains(m) of %s", iv).isEqualTo(in);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void of_windowsOnDaysWithoutTransition_equalWallClockReference(long seed) {
    Seeds.forEachCase(seed, CASES / 2, r -> {
      Case all = randomCase(r);
      Set<LocalDate> transitions = all.transitionDates();
      List<TimeWindow> kept = new ArrayList<>();
      for (TimeWindow w : all.windows()) {
        if (!transitions.contains(all.dateOf(w))) {
          kept.add(w);
        }
      }
      Case c = all.withWindows(kept);
      assertThat(minutes(c.convert())).as("%s -> %s", c, c.convert()).isEqualTo(wallClockReference(c));
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void of_eachWindow_lengthIsWallClockLengthLessOffsetChange(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Case c = randomCase(r);
      Set<LocalDate> transitions = c.transitionDates();
      for (TimeWindow w : c.windows()) {
        long wall = Duration.between(w.start(), w.end()).toMinutes();
        long offsetChange = (offsetRead(c, w.end(), w) - offsetRead(c, w.start(), w)) / 60;
        UtcWeekIntervals one = UtcWeekIntervals.of(w, c.zone(), c.week());
        assertThat((long) one.totalMinutes()).as("%s in %s", w, c).isEqualTo(wall - offsetChange);
        assertThat(one.size()).as("%s in %s: split only at the week's end", w, c).isBetween(1, 2);
        if (one.size() == 2) {
          assertThat(one.start(0)).isZero();
          assertThat(one.end(1)).isEqualTo(WEEK);
        }
        if (!transitions.contains(c.dateOf(w))) {
          assertThat((long) one.totalMinutes()).as("%s in %s: no transition that day", w, c).isEqualTo(wall);
        }
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void of_oneWindowPerDay_totalPreservedInWeeksWithoutTransition(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Case all = randomCase(r);
      Set<DayOfWeek> days = new HashSet<>();
      List<TimeWindow> distinct = new ArrayList<>();
      long sum = 0;
      for (TimeWindow w : all.windows()) {
        if (days.add(w.day())) {
          distinct.add(w);
          sum += UtcWeekIntervals.of(w, all.zone(), all.week()).totalMinutes();
        }
      }
      Case c = all.withWindows(distinct);
      UtcWeekIntervals iv = c.convert();
      // with a transition inside the week, the first days fold onto the last ones with another offset and may meet them
      assertThat((long) iv.totalMinutes()).as("%s -> %s", c, iv).isLessThanOrEqualTo(sum);
      if (c.transitionDates().isEmpty()) {
        assertThat((long) iv.totalMinutes()).as("%s -> %s", c, iv).isEqualTo(sum);
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void of_constantOffsetWeek_isTheUtcConversionShiftedByTheOffset(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Case c = randomCase(r);
      Instant weekStart = c.monday().atStartOfDay(ZoneOffset.UTC).toInstant();
      ZoneRules rules = c.zone().getRules();
      ZoneOffsetTransition next = rules.nextTransition(weekStart.minus(Duration.ofDays(1)));
      if (next != null && next.getInstant().isBefore(weekStart.plus(Duration.ofDays(8)))) {
        return; // the offset changes near this week; the other properties cover it
      }
      int offset = rules.getOffset(weekStart).getTotalSeconds() / 60;
      boolean[] utc = minutes(UtcWeekIntervals.of(c.windows(), ZoneOffset.UTC, c.week()));
      boolean[] shifted = new boolean[WEEK];
      for (int m = 0; m < WEEK; m++) {
        shifted[Math.floorMod(m - offset, WEEK)] = utc[m];
      }
      assertThat(minutes(c.convert())).as("%s, offset %d min", c, offset).isEqualTo(shifted);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void of_anyDateOfTheWeekAnyOrder_sameIntervals(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Case c = randomCase(r);
      List<TimeWindow> shuffled = new ArrayList<>(c.windows());
      Collections.shuffle(shuffled, new java.util.Random(r.nextLong()));
      LocalDate otherDay = c.monday().plusDays(r.nextInt(7));
      assertThat(UtcWeekIntervals.of(shuffled, c.zone(), otherDay)).as("%s", c).isEqualTo(c.convert());
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void overlapMinutes_anyTwoSets_symmetricAndEqualsMinutesInBoth(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Case a = randomCase(r);
      Case b = randomCase(r);
      // compare both on one week, as matching and placement do
      b = new Case(b.zone(), a.week(), b.windows());
      UtcWeekIntervals x = a.convert();
      UtcWeekIntervals y = b.convert();
      boolean[] mx = minutes(x);
      boolean[] my = minutes(y);
      boolean[] both = new boolean[WEEK];
      boolean[] either = new boolean[WEEK];
      for (int m = 0; m < WEEK; m++) {
        both[m] = mx[m] && my[m];
        either[m] = mx[m] || my[m];
      }
      int overlap = x.overlapMinutes(y);
      assertThat(overlap).as("%s and %s", a, b).isEqualTo(count(both)).isEqualTo(y.overlapMinutes(x));
      assertThat(x.overlapMinutes(x)).isEqualTo(x.totalMinutes());
      assertThat(minutes(x.union(y))).isEqualTo(either);
      assertThat(x.union(y)).isEqualTo(y.union(x));
      assertThat(x.union(y).totalMinutes()).isEqualTo(x.totalMinutes() + y.totalMinutes() - overlap);
      assertThat(x.covers(y)).isEqualTo(count(both) == count(my));
      assertThat(x.union(y).covers(x)).isTrue();
    });
  }
}
