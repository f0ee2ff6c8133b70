package io.github.peersupport.groups.attendance;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.prescription.Adherence;
import io.github.peersupport.core.style.PeerStyle;
import org.immutables.value.Value;

/**
 * One member's attendance over a series of a group's sessions: sessions offered (the member was
 * expected), attended, excused, and the longest run of unexcused absences (excused sessions neither
 * extend nor break a run). Invariants: {@code attended + excused ≤ offered}; the longest run is at most
 * the unexcused absences.
 */
@Value.Immutable
@PeerStyle
public abstract class AttendanceSummary {
  AttendanceSummary() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AttendanceSummary}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableAttendanceSummary.Builder {
    /** Creates an empty builder; prefer {@link Attendance#summarise(java.util.List)}. */
    public Builder() {}
  }

  /**
   * Returns the member.
   *
   * @return the member's id
   */
  public abstract SeekerId member();

  /**
   * Returns the group.
   *
   * @return the group id
   */
  public abstract GroupId group();

  /**
   * Returns the sessions at which the member was expected.
   *
   * @return 0 or more
   */
  public abstract int offered();

  /**
   * Returns the sessions attended.
   *
   * @return 0 to offered
   */
  public abstract int attended();

  /**
   * Returns the sessions missed with an excuse.
   *
   * @return 0 to offered - attended
   */
  public abstract int excused();

  /**
   * Returns the longest run of consecutive unexcused absences, in session order.
   *
   * @return 0 to {@link #absent()}
   */
  public abstract int longestAbsenceStreak();

  @Value.Check
  final void check() {
    Require.inRange("offered", offered(), 0, Integer.MAX_VALUE);
    Require.inRange("attended", attended(), 0, offered());
    Require.inRange("excused", excused(), 0, offered() - attended());
    Require.inRange("longestAbsenceStreak", longestAbsenceStreak(), 0, absent());
  }

  /**
   * Returns the sessions missed without an excuse.
   *
   * @return offered - attended - excused
   */
  public final int absent() {
    return offered() - attended() - excused();
  }

  /**
   * Returns the attendance rate: attended ÷ offered, 1 when nothing was offered (as {@link Adherence}).
   *
   * @return between 0 and 1
   */
  public final double rate() {
    return asAdherence().raw();
  }

  /**
   * Returns attendance as peer-core's adherence figure: attended against offered.
   *
   * @return the figure
   */
  public final Adherence asAdherence() {
    return Adherence.of(attended(), offered());
  }

  /** Returns e.g. {@code AttendanceSummary[s-1 in g-1: 7/10, 1 excused, longest absence 2]}. */
  @Override
  public final String toString() {
    return "AttendanceSummary[" + member() + " in " + group() + ": " + attended() + "/" + offered() + ", " + excused() + " excused, longest absence "
        + longestAbsenceStreak() + "]";
  }
}
