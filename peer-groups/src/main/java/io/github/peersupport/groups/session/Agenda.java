package io.github.peersupport.groups.session;

import io.github.peersupport.core.Tag;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The timed plan of one session: ordered segments from offset 0, back to back, ending within the
 * session length. Invariants: at least one segment; segments contiguous from 0; total at most the
 * session length; a {@link SegmentKind#CONFIDENTIALITY_REMINDER} in every agenda and the {@link
 * SegmentKind#CONFIDENTIALITY_LIMITS_AND_GROUND_RULES} in a first session's (the safety floor of
 * {@link SessionPolicy}). Built by {@link AgendaPlanner#build}; {@link #render()} prints it for people.
 */
@Value.Immutable
@PeerStyle
public abstract class Agenda {
  Agenda() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agenda}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableAgenda.Builder {
    /** Creates an empty builder; prefer {@link Agenda#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the id of the format the agenda follows.
   *
   * @return the format id
   */
  public abstract Tag format();

  /**
   * Returns the readable name of the format.
   *
   * @return the name
   */
  public abstract String formatName();

  /**
   * Returns the session length.
   *
   * @return the length
   */
  public abstract Duration sessionLength();

  /**
   * Returns the number of attending members the agenda was built for.
   *
   * @return 1 or more
   */
  public abstract int attending();

  /**
   * Tells whether this is the group's first session.
   *
   * @return true for the first session
   */
  public abstract boolean firstSession();

  /**
   * Returns the segments in order.
   *
   * @return the segments
   */
  public abstract List<AgendaSegment> segments();

  /**
   * Returns the optional segments of the format left out because the minimums did not fit, in format order.
   *
   * @return the omitted kinds, usually empty
   */
  public abstract List<SegmentKind> omitted();

  @Value.Check
  final void check() {
    Require.inRange("attending", attending(), 1, AgendaPlanner.MAX_ATTENDING);
    if (segments().isEmpty()) {
      throw Require.invalid("segments", "must contain at least one segment");
    }
    Duration at = Duration.ZERO;
    for (int i = 0; i < segments().size(); i++) {
      if (!segments().get(i).start().equals(at)) {
        throw Require.invalid("segments[" + i + "].start", "must be " + at + " (back to back from 0)", segments().get(i).start());
      }
      at = segments().get(i).end();
    }
    if (at.compareTo(sessionLength()) > 0) {
      throw Require.invalid("segments", "must end within the session length " + sessionLength() + " but end at " + at);
    }
    if (segment(SegmentKind.CONFIDENTIALITY_REMINDER).isEmpty()) {
      throw Require.invalid("segments", "must contain a CONFIDENTIALITY_REMINDER (safety floor)");
    }
    if (firstSession() && segment(SegmentKind.CONFIDENTIALITY_LIMITS_AND_GROUND_RULES).isEmpty()) {
      throw Require.invalid("segments", "a first session must contain CONFIDENTIALITY_LIMITS_AND_GROUND_RULES (safety floor)");
    }
  }

  /**
   * Finds the segment of a kind.
   *
   * @param kind the kind
   * @return the segment, or empty
   */
  public final Optional<AgendaSegment> segment(SegmentKind kind) {
    return segments().stream().filter(s -> s.kind() == kind).findFirst();
  }

  /**
   * Returns the planned time: the end of the last segment.
   *
   * @return the total, at most the session length
   */
  public final Duration total() {
    return segments().get(segments().size() - 1).end();
  }

  /**
   * Returns the session time left unplanned (every segment at its maximum, or less than one
   * granularity unit left over).
   *
   * @return session length - total
   */
  public final Duration unallocated() {
    return sessionLength().minus(total());
  }

  /**
   * Prints the agenda for people, one segment a line with its clock offset ({@code h:mm}, or {@code
   * h:mm:ss} off the minute) and duration in aligned columns, the guest's role, the turn each member
   * gets in a round of turns, the end, and the segments omitted for time if any:
   *
   * <pre>{@code
   * First session - Curriculum - 10 members - 90 min
   * 0:00  12 min  Limits of confidentiality and ground rules
   * 0:12  20 min  Check-in (10 turns of 2 min)
   * ...
   * 1:30          End
   * }</pre>
   *
   * @return the text, lines separated by {@code \n}
   */
  public final String render() {
    StringBuilder out = new StringBuilder();
    out.append(firstSession() ? "First session" : "Session").append(" - ").append(formatName()).append(" - ")
        .append(attending()).append(attending() == 1 ? " member" : " members").append(" - ").append(minutes(sessionLength())).append('\n');
    int clockWidth = clock(total()).length();
    int durationWidth = 0;
    for (AgendaSegment s : segments()) {
      clockWidth = Math.max(clockWidth, clock(s.start()).length());
      durationWidth = Math.max(durationWidth, minutes(s.duration()).length());
    }
    clockWidth += 2;
    durationWidth += 2;
    for (AgendaSegment s : segments()) {
      out.append(pad(clock(s.start()), clockWidth)).append(pad(minutes(s.duration()), durationWidth)).append(s.kind().label());
      s.guest().ifPresent(g -> out.append(" (").append(g.label()).append(')'));
      s.turnPerMember().ifPresent(t -> out.append(" (").append(attending()).append(attending() == 1 ? " turn of " : " turns of ")
          .append(minutes(t)).append(')'));
      out.append('\n');
    }
    out.append(pad(clock(total()), clockWidth + durationWidth)).append("End");
    if (!omitted().isEmpty()) {
      out.append("\nOmitted for time:");
      omitted().forEach(k -> out.append(' ').append(k.label()).append(k == omitted().get(omitted().size() - 1) ? "" : ","));
    }
    return out.toString();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  static String clock(Duration d) {
    long s = d.getSeconds();
    String base = (s / 3600) + ":" + String.format(java.util.Locale.ROOT, "%02d", (s / 60) % 60);
    return s % 60 == 0 ? base : base + String.format(java.util.Locale.ROOT, ":%02d", s % 60);
  }

  static String minutes(Duration d) {
    long s = d.getSeconds();
    if (s % 60 == 0) {
      return (s / 60) + " min";
    }
    return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
  }

  /** Returns e.g. {@code Agenda[curriculum, first, 10 members, 7 segments, PT1H30M of PT1H30M]}. */
  @Override
  public final String toString() {
    return "Agenda[" + format() + (firstSession() ? ", first" : "") + ", " + attending() + " members, " + segments().size()
        + " segments, " + total() + " of " + sessionLength() + "]";
  }
}
