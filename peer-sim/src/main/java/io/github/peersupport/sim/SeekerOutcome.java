package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import io.github.peersupport.matching.Fallback;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One referred seeker's course through a run ({@link SeekerLog}): when they were referred and how, when
 * they were first matched (if they were), and their outcome. It holds the seeker's opaque id and the
 * codes of the run, never personal or health data. A seeker never matched is censored at the horizon
 * (time to match as a time-to-event outcome, Kaplan &amp; Meier 1958).
 */
@Value.Immutable
@PeerStyle
public abstract class SeekerOutcome {
  SeekerOutcome() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SeekerOutcome}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableSeekerOutcome.Builder {
    /** Creates an empty builder; prefer {@link SeekerOutcome#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the seeker's position in referral order.
   *
   * @return 1 for the first seeker referred
   */
  public abstract int index();

  /**
   * Returns the seeker's opaque id, as the run drew it.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns when the seeker was referred.
   *
   * @return the instant
   */
  public abstract Instant referredAt();

  /**
   * Returns the week of the referral, from 1.
   *
   * @return the week
   */
  public abstract int week();

  /**
   * Tells whether the seeker asked for a one-to-one match (else they were referred to a group only).
   *
   * @return true for a one-to-one referral
   */
  public abstract boolean oneToOne();

  /**
   * Tells whether the seeker asked for a group place too.
   *
   * @return true if they asked for a group
   */
  public abstract boolean groupInterest();

  /**
   * Returns when a supporter first accepted the seeker, to the minute.
   *
   * @return the instant, or empty if never matched within the horizon
   */
  public abstract Optional<Instant> matchedAt();

  /**
   * Returns the fallback rung of the ranking that led to the first match.
   *
   * @return the rung ({@link Fallback#NONE} if unmatched)
   */
  public abstract Fallback fallback();

  /**
   * Returns the seeker's one-to-one outcome at the horizon: {@code sim.matched}, {@code sim.still-waiting},
   * {@code sim.group-only} for a group-only referral, or the rule id of the reason they are unmatched
   * (e.g. {@code match.candidates-exhausted}).
   *
   * @return the outcome code
   */
  public abstract String outcome();

  /**
   * Returns the seeker's group outcome at the horizon: {@code sim.seated}, {@code sim.no-group-asked},
   * {@code sim.still-waiting}, or the placement's last reason (e.g. {@code NO_SEAT}).
   *
   * @return the outcome code
   */
  public abstract String groupOutcome();

  @Value.Check
  final void check() {
    Require.inRange("index", index(), 1, Integer.MAX_VALUE);
    Require.inRange("week", week(), 1, 520);
    Require.text("id", id(), Require.MAX_ID_LENGTH);
    Require.text("outcome", outcome(), 200);
    Require.text("groupOutcome", groupOutcome(), 200);
    if (matchedAt().isPresent() && matchedAt().get().isBefore(referredAt())) {
      throw Require.invalid("matchedAt", "must not be before referredAt " + referredAt(), matchedAt().get());
    }
  }

  /**
   * Returns the hours from referral to the first match.
   *
   * @return the hours, or empty if never matched
   */
  public final OptionalDouble hoursToMatch() {
    return matchedAt().map(at -> OptionalDouble.of(Duration.between(referredAt(), at).toMinutes() / 60.0))
        .orElse(OptionalDouble.empty());
  }

  /**
   * Tells whether the seeker's time to match is censored: never matched within the horizon.
   *
   * @return true if censored
   */
  public final boolean censored() {
    return matchedAt().isEmpty();
  }

  /** Returns e.g. {@code SeekerOutcome[3, seeker-3, week 1, sim.matched]}. */
  @Override
  public final String toString() {
    return "SeekerOutcome[" + index() + ", " + id() + ", week " + week() + ", " + outcome() + "]";
  }
}
