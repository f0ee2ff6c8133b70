package io.github.peersupport.groups.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.ClinicianId;
import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.prescription.Adherence;
import io.github.peersupport.core.prescription.GroupPrescription;
import io.github.peersupport.core.prescription.PrescriptionMode;
import io.github.peersupport.groups.session.AttendanceStatus;
import io.github.peersupport.groups.session.SessionRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceTest {
  private static final GroupId GROUP = GroupId.of("g-fibro");
  private static final SeekerId A = SeekerId.of("s-a");
  private static final SeekerId B = SeekerId.of("s-b");
  private static final Instant FIRST = Instant.parse("2026-01-05T18:00:00Z"); // a Monday evening, UTC
  private static final ZoneId UTC = ZoneId.of("UTC");

  /** Weekly sessions; {@code a} and {@code b} give each member's status per session: P present, A absent, E excused, - not expected. */
  private static List<SessionRecord> weekly(String a, String b) {
    List<SessionRecord> out = new ArrayList<>();
    for (int i = 0; i < a.length(); i++) {
      SessionRecord.Builder r = SessionRecord.builder();
      r.group(GROUP).number(i + 1).at(FIRST.plus(Duration.ofDays(7L * i))).facilitator(FacilitatorId.of("f-1"));
      put(r, A, a.charAt(i));
      put(r, B, b.charAt(i));
      out.add(r.build());
    }
    return out;
  }

  private static void put(SessionRecord.Builder r, SeekerId m, char c) {
    if (c != '-') {
      r.putAttendance(m, c == 'P' ? AttendanceStatus.PRESENT : c == 'A' ? AttendanceStatus.ABSENT : AttendanceStatus.EXCUSED);
    }
  }

  @Test
  void summarise_series_countsRatesAndLongestUnexcusedRun() {
    // A: absent, absent, excused, absent, present: the excused week neither breaks nor extends the run
    List<AttendanceSummary> summaries = Attendance.summarise(weekly("AAEAPP", "--PPPA"));

    AttendanceSummary a = summaries.get(0);
    assertThat(a.member()).isEqualTo(A);
    assertThat(a.offered()).isEqualTo(6);
    assertThat(a.attended()).isEqualTo(2);
    assertThat(a.excused()).isEqualTo(1);
    assertThat(a.absent()).isEqualTo(3);
    assertThat(a.longestAbsenceStreak()).isEqualTo(3);
    assertThat(a.rate()).isEqualTo(2.0 / 6);
    AttendanceSummary b = summaries.get(1);
    assertThat(b.offered()).isEqualTo(4);
    assertThat(b.attended()).isEqualTo(3);
    assertThat(b.longestAbsenceStreak()).isEqualTo(1);
    assertThat(b.asAdherence()).isEqualTo(Adherence.of(3, 4));
    assertThat(b).hasToString("AttendanceSummary[s-b in g-fibro: 3/4, 0 excused, longest absence 1]");
  }

  @Test
  void summary_memberNeverExpected_allZeroAndRateOne() {
    AttendanceSummary s = Attendance.summary(SeekerId.of("s-new"), weekly("PP", "PP"));

    assertThat(s.offered()).isZero();
    assertThat(s.rate()).isEqualTo(1.0);
  }

  @Test
  void summarise_twoGroups_throwsNamingTheRecord() {
    List<SessionRecord> series = new ArrayList<>(weekly("PP", "PP"));
    series.add(SessionRecord.builder().from(series.get(0)).group(GroupId.of("g-other")).number(9).build());

    assertThatThrownBy(() -> Attendance.summarise(series)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series[2].group: must be g-fibro (one group's series) but was g-other");
  }

  @Test
  void summarise_repeatedNumber_throws() {
    List<SessionRecord> series = new ArrayList<>(weekly("PP", "PP"));
    series.add(series.get(0));

    assertThatThrownBy(() -> Attendance.summarise(series)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series[2].number: duplicate session number 1");
  }

  @Test
  void adherence_monthlyPrescription_attendedAgainstExpectedSoFar() {
    // "participate in 1 online conversation monthly for 3 months", from 5 January
    GroupPrescription p = GroupPrescription.builder().seeker(A).group(GROUP).prescriber(ClinicianId.of("c-1")).sessionsPerPeriod(1)
        .period(Period.ofMonths(1)).duration(Period.ofMonths(3)).mode(PrescriptionMode.ONLINE).start(LocalDate.of(2026, 1, 5)).build();
    // weekly sessions from 5 January for 12 weeks; A comes to weeks 1, 6 and 7
    List<SessionRecord> series = weekly("PAAAAPPAAAAA", "PPPPPPPPPPPP");

    // as of 10 February one month has completed: 1 expected; attended 5 January and 9 February (ahead of schedule)
    assertThat(Attendance.adherence(p, series, LocalDate.of(2026, 2, 10), UTC)).isEqualTo(Adherence.of(2, 1));
    // as of 5 February one month has completed (5 Jan to 5 Feb): sessions before 5 February count
    assertThat(Attendance.adherence(p, series, LocalDate.of(2026, 2, 5), UTC)).isEqualTo(Adherence.of(1, 1));
    // at the end (5 April), three expected, three attended (5 Jan, 9 Feb, 16 Feb)
    Adherence end = Attendance.adherence(p, series, LocalDate.of(2026, 6, 1), UTC);
    assertThat(end).isEqualTo(Adherence.of(3, 3));
    assertThat(end.capped()).isEqualTo(1.0);
  }

  @Test
  void adherence_beforeTheStartAndOtherMembers_doNotCount() {
    GroupPrescription p = GroupPrescription.builder().seeker(B).group(GROUP).prescriber(ClinicianId.of("c-1")).sessionsPerPeriod(2)
        .period(Period.ofWeeks(2)).duration(Period.ofWeeks(4)).mode(PrescriptionMode.IN_PERSON).start(LocalDate.of(2026, 1, 12)).build();
    // B attends every week including 5 January, before the prescription starts
    List<SessionRecord> series = weekly("PPPPPP", "PPPPPP");

    // as of 9 February: two complete 2-week periods (12 Jan to 9 Feb) -> 4 expected; attended 12, 19, 26 Jan and 2 Feb
    assertThat(Attendance.adherence(p, series, LocalDate.of(2026, 2, 9), UTC)).isEqualTo(Adherence.of(4, 4));
  }

  @Test
  void adherence_seriesOfAnotherGroup_throws() {
    GroupPrescription p = GroupPrescription.builder().seeker(A).group(GroupId.of("g-other")).prescriber(ClinicianId.of("c-1")).sessionsPerPeriod(1)
        .period(Period.ofMonths(1)).duration(Period.ofMonths(3)).mode(PrescriptionMode.ONLINE).start(LocalDate.of(2026, 1, 5)).build();

    assertThatThrownBy(() -> Attendance.adherence(p, weekly("P", "P"), LocalDate.of(2026, 3, 1), UTC)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series: is of group g-fibro but the prescription is for group g-other");
  }

  @Test
  void adherence_zoneDecidesTheDate() {
    GroupPrescription p = GroupPrescription.builder().seeker(A).group(GROUP).prescriber(ClinicianId.of("c-1")).sessionsPerPeriod(1)
        .period(Period.ofWeeks(1)).duration(Period.ofWeeks(4)).mode(PrescriptionMode.ONLINE).start(LocalDate.of(2026, 1, 6)).build();
    // the first session is Monday 18:00 UTC = Tuesday 07:00 in Auckland: on or after the 6 January start there only
    List<SessionRecord> series = weekly("P", "P");

    assertThat(Attendance.adherence(p, series, LocalDate.of(2026, 1, 13), UTC).attended()).isZero();
    assertThat(Attendance.adherence(p, series, LocalDate.of(2026, 1, 13), ZoneId.of("Pacific/Auckland")).attended()).isEqualTo(1);
  }
}
