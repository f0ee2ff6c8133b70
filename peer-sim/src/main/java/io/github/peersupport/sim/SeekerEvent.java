package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * One event in a seeker's course through a run ({@link SeekerLog#events()}): the referral, and every
 * change the match book applied to the seeker's matches (request, offers, answers, contacts, closure).
 * It names the seeker by position and the event by codes, never personal or health data.
 */
@Value.Immutable
@PeerStyle
public abstract class SeekerEvent {
  SeekerEvent() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SeekerEvent}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableSeekerEvent.Builder {
    /** Creates an empty builder; prefer {@link SeekerEvent#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the seeker's position in referral order ({@link SeekerOutcome#index()}).
   *
   * @return from 1
   */
  public abstract int seeker();

  /**
   * Returns when the event happened.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns the kind of event: {@code referred}, or the match event's type in lower case with hyphens
   * ({@code requested}, {@code offered}, {@code declined}, {@code offer-expired}, {@code accepted},
   * {@code first-contact-confirmed}, {@code no-match-found}, {@code completed} …).
   *
   * @return the kind
   */
  public abstract String kind();

  /**
   * Returns the event's detail: the route of a referral ({@code one-to-one}, {@code group-only}), or the
   * rule id or reason tag of a match event, or its closing reason in lower case; empty if none.
   *
   * @return the detail
   */
  @Value.Default
  public String detail() {
    return "";
  }

  @Value.Check
  final void check() {
    Require.inRange("seeker", seeker(), 1, Integer.MAX_VALUE);
    Require.text("kind", kind(), 100);
    if (detail().length() > 200) {
      throw Require.invalid("detail", "length " + detail().length() + " exceeds 200");
    }
  }

  /** Returns e.g. {@code SeekerEvent[3, 2027-01-05T09:00:00Z, offered]}. */
  @Override
  public final String toString() {
    return "SeekerEvent[" + seeker() + ", " + at() + ", " + kind() + (detail().isEmpty() ? "" : ", " + detail()) + "]";
  }
}
