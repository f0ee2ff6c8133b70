package io.github.peersupport.groups.attendance;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.prescription.Adherence;
import io.github.peersupport.core.prescription.GroupPrescription;
import io.github.peersupport.groups.session.AttendanceStatus;
import io.github.peersupport.groups.session.SessionRecord;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Attendance over a series of one group's session records, and adherence to a group prescription.
 * Pure functions; the records may come in any order (they are taken in session-number order).
 *
 * <p>A series is valid when every record is of the same group and session numbers are distinct;
 * otherwise an {@link IllegalArgumentException} names the record. Complexity: O(r log r + r·m) for r
 * records of m members.
 */
public final class Attendance {
  private Attendance() {}

  /**
   * Summarises every member's attendance over a series.
   *
   * @param series one group's session records, in any order
   * @return one summary per member expected at any session, ordered by member id text; empty for an empty series
   * @throws IllegalArgumentException if the records are of several groups or repeat a session number
   * @throws NullPointerException if any argument is null
   */
  public static List<AttendanceSummary> summarise(List<SessionRecord> series) {
    Objects.requireNonNull(series, "series");
    List<SessionRecord> ordered = ordered(series);
    TreeMap<String, SeekerId> members = new TreeMap<>();
    for (SessionRecord r : ordered) {
      r.attendance().keySet().forEach(m -> members.put(m.value(), m));
    }
    List<AttendanceSummary> out = new ArrayList<>();
    for (SeekerId m : members.values()) {
      out.add(summarise(m, ordered.get(0).group(), ordered));
    }
    return List.copyOf(out);
  }

  /**
   * Summarises one member's attendance over a series.
   *
   * @param member the member
   * @param series one group's session records, in any order, at least one
   * @return the summary (all zero if the member was never expected)
   * @throws IllegalArgumentException if the series is empty or invalid
   * @throws NullPointerException if any argument is null
   */
  public static AttendanceSummary summary(SeekerId member, List<SessionRecord> series) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(member, "member");
    if (series.isEmpty()) {
      throw Require.invalid("series", "must contain at least one session record");
    }
    List<SessionRecord> ordered = ordered(series);
    return summarise(member, ordered.get(0).group(), ordered);
  }

  /**
   * Measures a prescribed member's adherence: sessions of the prescribed group the member attended on
   * or after the prescription's start and before {@code min(asOf, end)} (dates in {@code zone}),
   * against the sessions the prescription expects as of {@code asOf} ({@link
   * GroupPrescription#adherence(int, LocalDate)}).
   *
   * @param prescription the prescription
   * @param series the prescribed group's session records, in any order (possibly empty)
   * @param asOf the date of the measurement
   * @param zone the zone in which a session's instant is given its date
   * @return attended against expected
   * @throws IllegalArgumentException if the series is invalid or of another group
   * @throws NullPointerException if any argument is null
   */
  public static Adherence adherence(GroupPrescription prescription, List<SessionRecord> series, LocalDate asOf, ZoneId zone) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(prescription, "prescription");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(zone, "zone");
    List<SessionRecord> ordered = ordered(series);
    if (!ordered.isEmpty() && !ordered.get(0).group().equals(prescription.group())) {
      throw Require.invalid("series", "is of group " + ordered.get(0).group() + " but the prescription is for group " + prescription.group());
    }
    LocalDate until = asOf.isAfter(prescription.end()) ? prescription.end() : asOf;
    int attended = 0;
    for (SessionRecord r : ordered) {
      LocalDate day = r.at().atZone(zone).toLocalDate();
      if (!day.isBefore(prescription.start()) && day.isBefore(until)
          && r.status(prescription.seeker()).orElse(AttendanceStatus.ABSENT) == AttendanceStatus.PRESENT) {
        attended++;
      }
    }
    return prescription.adherence(attended, asOf);
  }

  private static List<SessionRecord> ordered(List<SessionRecord> series) {
    Objects.requireNonNull(series, "series");
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < series.size(); i++) {
      SessionRecord r = series.get(i);
      if (!r.group().equals(series.get(0).group())) {
        throw Require.invalid("series[" + i + "].group", "must be " + series.get(0).group() + " (one group's series)", r.group());
      }
      if (!numbers.add(r.number())) {
        throw Require.invalid("series[" + i + "].number", "duplicate session number " + r.number());
      }
    }
    List<SessionRecord> ordered = new ArrayList<>(series);
    ordered.sort(Comparator.comparingInt(SessionRecord::number));
    return ordered;
  }

  private static AttendanceSummary summarise(SeekerId member, GroupId group, List<SessionRecord> ordered) {
    int offered = 0;
    int attended = 0;
    int excused = 0;
    int run = 0;
    int longest = 0;
    for (SessionRecord r : ordered) {
      AttendanceStatus status = r.attendance().get(member);
      if (status == null) {
        continue;
      }
      offered++;
      switch (status) {
        case PRESENT:
          attended++;
          run = 0;
          break;
        case EXCUSED:
          excused++;
          break;
        case ABSENT:
        default:
          run++;
          longest = Math.max(longest, run);
          break;
      }
    }
    return AttendanceSummary.builder().member(member).group(group).offered(offered).attended(attended).excused(excused)
        .longestAbsenceStreak(longest).build();
  }
}
