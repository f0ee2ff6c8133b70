package io.github.peersupport.groups.session;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One part of a {@link SessionFormat}: its kind, its minimum, ideal and maximum durations, whether
 * every attending member takes a turn in it (check-in, a feedback round), and whether it is required.
 * Invariants: {@code 0 < minimum ≤ ideal ≤ maximum ≤ 8 h}, whole seconds; a guest role is present
 * exactly for {@link SegmentKind#GUEST_SPEAKER}.
 *
 * <p>When the minimums of a format do not fit the session, {@link AgendaPlanner} omits optional segments
 * (and says so in {@link Agenda#omitted()}); a required segment is never omitted.
 */
@Value.Immutable
@PeerStyle
public abstract class SegmentTemplate {
  /** The longest accepted segment: eight hours. */
  public static final Duration MAX_SEGMENT = Duration.ofHours(8);

  SegmentTemplate() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SegmentTemplate}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableSegmentTemplate.Builder {
    /** Creates an empty builder; prefer {@link SegmentTemplate#builder()}. */
    public Builder() {}
  }

  /**
   * A template with durations in whole minutes.
   *
   * @param kind the kind
   * @param minimum the minimum, in minutes
   * @param ideal the ideal, in minutes
   * @param maximum the maximum, in minutes
   * @return a builder with these set, to add the flags and build
   */
  public static Builder minutes(SegmentKind kind, int minimum, int ideal, int maximum) {
    Builder b = builder();
    b.kind(kind).minimum(Duration.ofMinutes(minimum)).ideal(Duration.ofMinutes(ideal)).maximum(Duration.ofMinutes(maximum));
    return b;
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract SegmentKind kind();

  /**
   * Returns the shortest useful duration.
   *
   * @return more than 0, whole seconds
   */
  public abstract Duration minimum();

  /**
   * Returns the duration the format aims for.
   *
   * @return between minimum and maximum
   */
  public abstract Duration ideal();

  /**
   * Returns the longest duration.
   *
   * @return at most {@link #MAX_SEGMENT}
   */
  public abstract Duration maximum();

  /**
   * Tells whether every attending member takes a turn in this segment; the agenda then gives each a
   * share of at least the policy's minimum turn (default false).
   *
   * @return true for a round of turns
   */
  @Value.Default
  public boolean memberTurns() {
    return false;
  }

  /**
   * Tells whether the segment must be kept even when time is short (default false).
   *
   * @return true if required
   */
  @Value.Default
  public boolean required() {
    return false;
  }

  /**
   * Returns the guest speaker's role; present exactly for {@link SegmentKind#GUEST_SPEAKER}.
   *
   * @return the role
   */
  public abstract Optional<GuestRole> guest();

  @Value.Check
  final void check() {
    wholeSeconds("minimum", minimum());
    wholeSeconds("ideal", ideal());
    wholeSeconds("maximum", maximum());
    if (minimum().isZero()) {
      throw Require.invalid("minimum", "must be more than 0", minimum());
    }
    if (ideal().compareTo(minimum()) < 0 || maximum().compareTo(ideal()) < 0) {
      throw Require.invalid("ideal", "must satisfy minimum <= ideal <= maximum", minimum() + " / " + ideal() + " / " + maximum());
    }
    if (maximum().compareTo(MAX_SEGMENT) > 0) {
      throw Require.invalid("maximum", "must be at most " + MAX_SEGMENT, maximum());
    }
    if (guest().isPresent() != (kind() == SegmentKind.GUEST_SPEAKER)) {
      throw Require.invalid("guest", "must be present exactly for GUEST_SPEAKER (kind " + kind() + ")");
    }
  }

  static void wholeSeconds(String field, Duration d) {
    if (d.isNegative() || d.getNano() != 0) {
      throw Require.invalid(field, "must be a non-negative whole number of seconds", d);
    }
  }

  /** Returns e.g. {@code SegmentTemplate[CHECK_IN 10m/20m/30m turns required]}. */
  @Override
  public final String toString() {
    return "SegmentTemplate[" + kind() + " " + minimum().toMinutes() + "m/" + ideal().toMinutes() + "m/" + maximum().toMinutes() + "m"
        + (memberTurns() ? " turns" : "") + (required() ? " required" : "") + guest().map(g -> " " + g).orElse("") + "]";
  }
}
