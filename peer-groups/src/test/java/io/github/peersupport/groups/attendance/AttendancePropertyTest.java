package io.github.peersupport.groups.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.groups.session.AttendanceStatus;
import io.github.peersupport.groups.session.SessionRecord;
import io.github.peersupport.groups.testing.SessionGen;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of {@link Attendance}: 10 fixed seeds × 1,000 random series per property. */
class AttendancePropertyTest {
  private static final int CASES = 1_000;

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void summarise_anySeries_countsAddUpAndOrderDoesNotMatter(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      List<SessionRecord> series = SessionGen.series(r, GroupId.of("g-1"));
      List<SessionRecord> reversed = new ArrayList<>(series);
      java.util.Collections.reverse(reversed);

      List<AttendanceSummary> summaries = Attendance.summarise(series);

      assertThat(Attendance.summarise(reversed)).isEqualTo(summaries);
      assertThat(summaries).extracting(s -> s.member().value()).isSorted();
      int expectedSlots = series.stream().mapToInt(s -> s.attendance().size()).sum();
      assertThat(summaries.stream().mapToInt(AttendanceSummary::offered).sum()).isEqualTo(expectedSlots);
      for (AttendanceSummary s : summaries) {
        long present = series.stream().filter(rec -> rec.status(s.member()).orElse(null) == AttendanceStatus.PRESENT).count();
        assertThat(s.attended()).isEqualTo((int) present);
        assertThat(s.attended() + s.excused() + s.absent()).isEqualTo(s.offered());
        assertThat(s.longestAbsenceStreak()).isBetween(s.absent() > 0 ? 1 : 0, s.absent());
        assertThat(s.rate()).isBetween(0.0, 1.0);
        assertThat(Attendance.summary(s.member(), series)).isEqualTo(s);
      }
    });
  }
}
