package io.github.peersupport.groups.session;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What happened at one session of a group: who was expected and whether they came, the talk time per
 * member when the host captures it, and the facilitator's flags. Invariants: session number 1 to
 * 10,000; at least one member in the attendance; talk time only for present members, whole seconds,
 * each at most 8 hours; a flag about a member names a present member. {@code toString()} shows the
 * group, number, instant and counts only.
 */
@Value.Immutable
@PeerStyle
public abstract class SessionRecord {
  SessionRecord() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionRecord}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableSessionRecord.Builder {
    /** Creates an empty builder; prefer {@link SessionRecord#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the group.
   *
   * @return the group id
   */
  public abstract GroupId group();

  /**
   * Returns the session's number in the group's series, starting at 1.
   *
   * @return 1 to 10,000
   */
  public abstract int number();

  /**
   * Returns when the session started.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns the lead facilitator, who receives the prompts about the session as a whole.
   *
   * @return the facilitator's id
   */
  public abstract FacilitatorId facilitator();

  /**
   * Returns each expected member's attendance.
   *
   * @return at least one member
   */
  public abstract Map<SeekerId, AttendanceStatus> attendance();

  /**
   * Returns the talk time of present members, if the host captured it.
   *
   * @return talk time per member, possibly empty
   */
  public abstract Map<SeekerId, Duration> talkTime();

  /**
   * Returns the facilitator's flags, in the order raised.
   *
   * @return the flags, possibly empty
   */
  public abstract List<FacilitatorFlag> flags();

  @Value.Check
  final void check() {
    Require.inRange("number", number(), 1, 10_000);
    if (attendance().isEmpty()) {
      throw Require.invalid("attendance", "must contain at least one member");
    }
    int entry = 0;
    for (Map.Entry<SeekerId, Duration> e : talkTime().entrySet()) {
      // the member is named by position, never by id: a host may have used a name as an id
      if (attendance().get(e.getKey()) != AttendanceStatus.PRESENT) {
        throw Require.invalid("talkTime", "entry " + entry + " is for a member who is not present");
      }
      entry++;
      SegmentTemplate.wholeSeconds("talkTime", e.getValue());
      if (e.getValue().compareTo(SegmentTemplate.MAX_SEGMENT) > 0) {
        throw Require.invalid("talkTime", "must be at most " + SegmentTemplate.MAX_SEGMENT, e.getValue());
      }
    }
    for (int i = 0; i < flags().size(); i++) {
      Optional<SeekerId> member = flags().get(i).member();
      if (member.isPresent() && attendance().get(member.get()) != AttendanceStatus.PRESENT) {
        throw Require.invalid("flags[" + i + "].member", "must be a member who is present");
      }
    }
  }

  /**
   * Returns a member's attendance.
   *
   * @param member the member
   * @return the status, or empty if the member was not expected
   */
  public final Optional<AttendanceStatus> status(SeekerId member) {
    return Optional.ofNullable(attendance().get(member));
  }

  /**
   * Returns the present members, ordered by id text.
   *
   * @return the present members
   */
  public final List<SeekerId> present() {
    return attendance().entrySet().stream().filter(e -> e.getValue() == AttendanceStatus.PRESENT).map(Map.Entry::getKey)
        .sorted(Comparator.comparing(SeekerId::value)).collect(Collectors.toUnmodifiableList());
  }

  /** Returns e.g. {@code SessionRecord[g-1 #3 2026-01-05T18:00:00Z, 8 of 10 present, 1 flag]}. */
  @Override
  public final String toString() {
    return "SessionRecord[" + group() + " #" + number() + " " + at() + ", " + present().size() + " of " + attendance().size() + " present, "
        + flags().size() + (flags().size() == 1 ? " flag]" : " flags]");
  }
}
