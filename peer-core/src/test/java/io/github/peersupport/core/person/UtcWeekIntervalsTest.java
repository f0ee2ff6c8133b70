package io.github.peersupport.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class UtcWeekIntervalsTest {
  private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static TimeWindow window(DayOfWeek day, int fromHour, int fromMinute, int toHour, int toMinute) {
    return TimeWindow.of(day, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
  }

  @Test
  void of_aucklandMondayEarly_isSundayAtTheEndOfTheUtcWeek() {
    LocalDate week = LocalDate.parse("2026-02-11"); // NZDT, UTC+13
    UtcWeekIntervals seeker = UtcWeekIntervals.of(window(DayOfWeek.MONDAY, 0, 30, 2, 0), AUCKLAND, week);
    UtcWeekIntervals group = UtcWeekIntervals.of(window(DayOfWeek.SUNDAY, 11, 30, 13, 0), ZoneOffset.UTC, week);

    assertThat(seeker).isEqualTo(group).isEqualTo(UtcWeekIntervals.ofMinutes(6 * 1440 + 690, 6 * 1440 + 780));
    assertThat(seeker).hasToString("UtcWeekIntervals[SUNDAY 11:30-13:00]");
    assertThat(seeker.overlapMinutes(group)).isEqualTo(90);
    assertThat(seeker.covers(group)).isTrue();
  }

  @Test
  void of_windowAcrossTheWeeksEnd_splitIntoEndAndStart() {
    // Sunday 18:00-21:00 in New York in January (UTC-5) is Sunday 23:00 to Monday 02:00 UTC
    UtcWeekIntervals iv = UtcWeekIntervals.of(window(DayOfWeek.SUNDAY, 18, 0, 21, 0), NEW_YORK, LocalDate.parse("2026-01-12"));

    assertThat(iv.size()).isEqualTo(2);
    assertThat(iv.start(0)).isZero();
    assertThat(iv.end(0)).isEqualTo(120);
    assertThat(iv.start(1)).isEqualTo(UtcWeekIntervals.MINUTES_PER_WEEK - 60);
    assertThat(iv.end(1)).isEqualTo(UtcWeekIntervals.MINUTES_PER_WEEK);
    assertThat(iv.totalMinutes()).isEqualTo(180);
    assertThat(iv).hasToString("UtcWeekIntervals[MONDAY 00:00-02:00, SUNDAY 23:00-24:00]");
  }

  @Test
  void of_overlappingAndTouchingWindows_mergedOnce() {
    List<TimeWindow> windows = List.of(window(DayOfWeek.TUESDAY, 18, 0, 20, 0), window(DayOfWeek.TUESDAY, 19, 0, 21, 0),
        window(DayOfWeek.TUESDAY, 21, 0, 22, 0), window(DayOfWeek.MONDAY, 9, 0, 10, 0));

    UtcWeekIntervals iv = UtcWeekIntervals.of(windows, ZoneOffset.UTC, LocalDate.parse("2026-01-05"));

    assertThat(iv).hasToString("UtcWeekIntervals[MONDAY 09:00-10:00, TUESDAY 18:00-22:00]");
    assertThat(iv.totalMinutes()).isEqualTo(300);
  }

  @Test
  void of_springForwardAndFallBack_lengthChangesByTheOffsetChange() {
    TimeWindow sundayNight = window(DayOfWeek.SUNDAY, 1, 0, 4, 0);

    assertThat(UtcWeekIntervals.of(sundayNight, NEW_YORK, LocalDate.parse("2026-03-02")).totalMinutes()).isEqualTo(120);
    assertThat(UtcWeekIntervals.of(sundayNight, NEW_YORK, LocalDate.parse("2026-10-26")).totalMinutes()).isEqualTo(240);
    assertThat(UtcWeekIntervals.of(sundayNight, NEW_YORK, LocalDate.parse("2026-10-19")).totalMinutes()).isEqualTo(180);
    // wholly inside the gap: both ends move an hour later, the length is kept
    UtcWeekIntervals inGap = UtcWeekIntervals.of(window(DayOfWeek.SUNDAY, 2, 0, 2, 30), NEW_YORK, LocalDate.parse("2026-03-02"));
    assertThat(inGap).hasToString("UtcWeekIntervals[SUNDAY 07:00-07:30]");
    // Lord Howe moves its clocks by 30 minutes
    assertThat(UtcWeekIntervals.of(sundayNight, ZoneId.of("Australia/Lord_Howe"), LocalDate.parse("2026-04-01")).totalMinutes())
        .isEqualTo(210);
  }

  @Test
  void of_weekBeforeAndAfterTransition_offsetOfTheWeekGiven() {
    TimeWindow tuesdayEvening = window(DayOfWeek.TUESDAY, 18, 0, 19, 0);

    assertThat(UtcWeekIntervals.of(tuesdayEvening, NEW_YORK, LocalDate.parse("2026-03-05")))
        .hasToString("UtcWeekIntervals[TUESDAY 23:00-24:00]");
    assertThat(UtcWeekIntervals.of(tuesdayEvening, NEW_YORK, LocalDate.parse("2026-03-12")))
        .hasToString("UtcWeekIntervals[TUESDAY 22:00-23:00]");
  }

  @Test
  void ofMinutes_outOfRange_throwsNamingTheField() {
    assertThat(UtcWeekIntervals.ofMinutes(10, 10)).isEqualTo(UtcWeekIntervals.empty());
    assertThatThrownBy(() -> UtcWeekIntervals.ofMinutes(-1, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("from:");
    assertThatThrownBy(() -> UtcWeekIntervals.ofMinutes(20, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("until:");
    assertThatThrownBy(() -> UtcWeekIntervals.ofMinutes(0, UtcWeekIntervals.MINUTES_PER_WEEK + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("until:");
  }

  @Test
  void contains_boundsOfAnInterval_startInEndOut() {
    UtcWeekIntervals iv = UtcWeekIntervals.ofMinutes(100, 200).union(UtcWeekIntervals.ofMinutes(300, 400));

    assertThat(iv.contains(99)).isFalse();
    assertThat(iv.contains(100)).isTrue();
    assertThat(iv.contains(199)).isTrue();
    assertThat(iv.contains(200)).isFalse();
    assertThat(iv.contains(300)).isTrue();
    assertThat(iv.contains(-5)).isFalse();
    assertThat(iv.contains(UtcWeekIntervals.MINUTES_PER_WEEK)).isFalse();
    assertThat(UtcWeekIntervals.empty().contains(0)).isFalse();
  }

  @Test
  void weekHelpers_mondayStartAndSessionStart() {
    assertThat(UtcWeekIntervals.mondayOf(LocalDate.parse("2026-03-08"))).isEqualTo(LocalDate.parse("2026-03-02"));
    assertThat(UtcWeekIntervals.mondayOf(Instant.parse("2026-03-08T23:30:00Z"))).isEqualTo(LocalDate.parse("2026-03-02"));
    assertThat(UtcWeekIntervals.weekStart(LocalDate.parse("2026-03-04"))).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    assertThat(UtcWeekIntervals.startOf(window(DayOfWeek.MONDAY, 0, 30, 2, 0), AUCKLAND, LocalDate.parse("2026-02-11")))
        .isEqualTo(Instant.parse("2026-02-08T11:30:00Z"));
  }

  @Test
  void equalsAndHashCode_sameMinutes_equal() {
    UtcWeekIntervals a = UtcWeekIntervals.ofMinutes(0, 60).union(UtcWeekIntervals.ofMinutes(60, 90));

    assertThat(a).isEqualTo(UtcWeekIntervals.ofMinutes(0, 90)).hasSameHashCodeAs(UtcWeekIntervals.ofMinutes(0, 90));
    assertThat(a).isNotEqualTo(UtcWeekIntervals.ofMinutes(0, 91)).isNotEqualTo("0-90");
    assertThat(UtcWeekIntervals.empty()).hasToString("UtcWeekIntervals[]");
  }
}
