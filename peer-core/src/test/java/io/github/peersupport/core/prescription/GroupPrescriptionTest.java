package io.github.peersupport.core.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.ClinicianId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class GroupPrescriptionTest {
  private static final LocalDate START = LocalDate.parse("2026-01-05");

  /** "Participate in 1 online conversation monthly for 3 months", from 2026-01-05. */
  private static GroupPrescription.Builder monthlyForThreeMonths() {
    return GroupPrescription.builder()
        .seeker(SeekerId.of("s-1"))
        .group(GroupId.of("g-7"))
        .prescriber(ClinicianId.of("c-1"))
        .sessionsPerPeriod(1)
        .period(Period.ofMonths(1))
        .duration(Period.ofMonths(3))
        .mode(PrescriptionMode.ONLINE)
        .start(START);
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void expectedSessionsAsOf_workedExample_oneAtTheEndOfEachMonthCappedAtThree() {
    GroupPrescription p = monthlyForThreeMonths().build();

    assertThat(p.expectedSessionsAsOf(date("2025-12-01"))).isZero();
    assertThat(p.expectedSessionsAsOf(date("2026-01-05"))).isZero();
    assertThat(p.expectedSessionsAsOf(date("2026-02-04"))).isZero();
    assertThat(p.expectedSessionsAsOf(date("2026-02-05"))).isEqualTo(1);
    assertThat(p.expectedSessionsAsOf(date("2026-03-04"))).isEqualTo(1);
    assertThat(p.expectedSessionsAsOf(date("2026-03-05"))).isEqualTo(2);
    assertThat(p.expectedSessionsAsOf(date("2026-04-04"))).isEqualTo(2);
    assertThat(p.expectedSessionsAsOf(date("2026-04-05"))).isEqualTo(3);
    assertThat(p.expectedSessionsAsOf(date("2026-05-05"))).isEqualTo(3);
    assertThat(p.expectedSessionsAsOf(date("2030-01-01"))).isEqualTo(3);
    assertThat(p.totalExpectedSessions()).isEqualTo(3);
    assertThat(p.end()).isEqualTo(date("2026-04-05"));
  }

  @Test
  void adherence_workedExampleTwoOfTwo_rawAndCappedOne() {
    Adherence a = monthlyForThreeMonths().build().adherence(2, date("2026-03-05"));

    assertThat(a.attended()).isEqualTo(2);
    assertThat(a.expected()).isEqualTo(2);
    assertThat(a.raw()).isEqualTo(1.0);
    assertThat(a.capped()).isEqualTo(1.0);
    assertThat(a).hasToString("2/2");
  }

  @Test
  void adherence_workedExampleThreeAttendedOneExpected_rawThreeCappedOne() {
    Adherence a = monthlyForThreeMonths().build().adherence(3, date("2026-02-05"));

    assertThat(a.expected()).isEqualTo(1);
    assertThat(a.raw()).isEqualTo(3.0);
    assertThat(a.capped()).isEqualTo(1.0);
  }

  @Test
  void adherence_oneOfTwo_half() {
    Adherence a = monthlyForThreeMonths().build().adherence(1, date("2026-03-05"));

    assertThat(a.raw()).isEqualTo(0.5);
    assertThat(a.capped()).isEqualTo(0.5);
  }

  @Test
  void adherence_nothingExpectedYet_rawOne() {
    GroupPrescription p = monthlyForThreeMonths().build();

    assertThat(p.adherence(0, START).raw()).isEqualTo(1.0);
    assertThat(p.adherence(0, START).capped()).isEqualTo(1.0);
    assertThat(p.adherence(2, date("2026-02-04")).raw()).isEqualTo(1.0);
    assertThat(Adherence.of(0, 0).raw()).isEqualTo(1.0);
  }

  @Test
  void adherence_negativeCounts_throwNamingField() {
    assertThatThrownBy(() -> Adherence.of(-1, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("attended:");
    assertThatThrownBy(() -> Adherence.of(1, -2)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("expected:");
  }

  @Test
  void expectedSessionsAsOf_startOnMonthEnd_doesNotDrift() {
    GroupPrescription p = monthlyForThreeMonths().start(date("2026-01-31")).sessionsPerPeriod(2).build();

    assertThat(p.expectedSessionsAsOf(date("2026-02-27"))).isZero();
    assertThat(p.expectedSessionsAsOf(date("2026-02-28"))).isEqualTo(2);
    // start + 2 months is 03-31, not 02-28 + 1 month = 03-28
    assertThat(p.expectedSessionsAsOf(date("2026-03-30"))).isEqualTo(2);
    assertThat(p.expectedSessionsAsOf(date("2026-03-31"))).isEqualTo(4);
    assertThat(p.end()).isEqualTo(date("2026-04-30"));
    assertThat(p.totalExpectedSessions()).isEqualTo(6);
  }

  @Test
  void expectedSessionsAsOf_weeklyForTenDays_onlyCompletePeriodsCount() {
    GroupPrescription p = monthlyForThreeMonths().period(Period.ofWeeks(1)).duration(Period.ofDays(10)).sessionsPerPeriod(3).build();

    assertThat(p.expectedSessionsAsOf(START.plusDays(6))).isZero();
    assertThat(p.expectedSessionsAsOf(START.plusDays(7))).isEqualTo(3);
    assertThat(p.expectedSessionsAsOf(START.plusDays(100))).isEqualTo(3);
    assertThat(p.totalExpectedSessions()).isEqualTo(3);
  }

  @Test
  void toString_workedExample_readable() {
    assertThat(monthlyForThreeMonths().build()).hasToString("GroupPrescription[g-7, 1 per P1M for P3M ONLINE from 2026-01-05]");
  }

  @Test
  void build_sessionsPerPeriodOutOfRange_throwsNamingField() {
    assertThatThrownBy(() -> monthlyForThreeMonths().sessionsPerPeriod(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("sessionsPerPeriod:");
    assertThatThrownBy(() -> monthlyForThreeMonths().sessionsPerPeriod(32).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("sessionsPerPeriod:");
    assertThat(monthlyForThreeMonths().sessionsPerPeriod(31).build().totalExpectedSessions()).isEqualTo(93);
  }

  @Test
  void build_zeroOrNegativePeriod_throwsNamingField() {
    assertThatThrownBy(() -> monthlyForThreeMonths().period(Period.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("period:");
    assertThatThrownBy(() -> monthlyForThreeMonths().period(Period.ofMonths(-1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("period:");
    assertThatThrownBy(() -> monthlyForThreeMonths().period(Period.of(0, 1, -1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("period:");
  }

  @Test
  void build_durationShorterThanPeriod_throwsNamingField() {
    assertThatThrownBy(() -> monthlyForThreeMonths().duration(Period.ofWeeks(2)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("duration:");
    assertThatThrownBy(() -> monthlyForThreeMonths().duration(Period.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("duration:");
    assertThat(monthlyForThreeMonths().duration(Period.ofMonths(1)).build().totalExpectedSessions()).isEqualTo(1);
  }

  @Test
  void build_hundredYears_builds() {
    GroupPrescription p = monthlyForThreeMonths().period(Period.ofYears(100)).duration(Period.ofYears(100)).build();

    assertThat(p.totalExpectedSessions()).isEqualTo(1);
    assertThat(monthlyForThreeMonths().period(Period.ofDays(36_524)).duration(Period.ofDays(36_524)).build().totalExpectedSessions()).isEqualTo(1);
  }

  @Test
  void build_overHundredYearsCountedInDays_throwsNamingField() {
    // the days part counts towards the 100-year bound too; a huge one used to overflow (ArithmeticException) or pass
    assertThatThrownBy(() -> monthlyForThreeMonths().period(Period.ofDays(40_000)).duration(Period.ofDays(40_000)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("period:");
    assertThatThrownBy(() -> monthlyForThreeMonths().period(Period.ofDays(1_500_000_000)).duration(Period.ofDays(1_500_000_000)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("period:");
    assertThatThrownBy(() -> monthlyForThreeMonths().duration(Period.of(100, 0, 1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("duration:");
    assertThatThrownBy(() -> monthlyForThreeMonths().period(Period.ofYears(101)).duration(Period.ofYears(101)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("period:");
  }

  @Test
  void build_tooManyPeriods_throwsNamingDuration() {
    assertThatThrownBy(() -> monthlyForThreeMonths().period(Period.ofDays(1)).duration(Period.ofYears(30)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("duration:");
  }
}
