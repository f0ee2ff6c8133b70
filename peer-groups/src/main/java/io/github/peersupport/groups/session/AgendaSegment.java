package io.github.peersupport.groups.session;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One timed part of an {@link Agenda}: its kind, its start offset from the beginning of the session,
 * its duration, and for a round of turns the time each attending member gets.
 */
@Value.Immutable
@PeerStyle
public abstract class AgendaSegment {
  AgendaSegment() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgendaSegment}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableAgendaSegment.Builder {
    /** Creates an empty builder; prefer {@link AgendaSegment#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract SegmentKind kind();

  /**
   * Returns the offset from the start of the session.
   *
   * @return 0 or more, whole seconds
   */
  public abstract Duration start();

  /**
   * Returns the duration.
   *
   * @return more than 0, whole seconds
   */
  public abstract Duration duration();

  /**
   * Returns each attending member's turn, for a round of turns: the duration divided by the number
   * of attending members, rounded down to the second (so the turns never overrun the segment).
   *
   * @return the turn, or empty when members do not take turns
   */
  public abstract Optional<Duration> turnPerMember();

  /**
   * Returns the guest speaker's role, for a guest speaker segment.
   *
   * @return the role, or empty
   */
  public abstract Optional<GuestRole> guest();

  @Value.Check
  final void check() {
    SegmentTemplate.wholeSeconds("start", start());
    SegmentTemplate.wholeSeconds("duration", duration());
    if (duration().isZero()) {
      throw Require.invalid("duration", "must be more than 0", duration());
    }
    turnPerMember().ifPresent(t -> {
      SegmentTemplate.wholeSeconds("turnPerMember", t);
      if (t.isZero() || t.compareTo(duration()) > 0) {
        throw Require.invalid("turnPerMember", "must be more than 0 and at most the duration " + duration(), t);
      }
    });
  }

  /**
   * Returns the offset at which the segment ends.
   *
   * @return start + duration
   */
  public final Duration end() {
    return start().plus(duration());
  }

  /** Returns e.g. {@code AgendaSegment[CHECK_IN +PT12M PT20M turn PT2M]}. */
  @Override
  public final String toString() {
    return "AgendaSegment[" + kind() + " +" + start() + " " + duration() + turnPerMember().map(t -> " turn " + t).orElse("") + "]";
  }
}
