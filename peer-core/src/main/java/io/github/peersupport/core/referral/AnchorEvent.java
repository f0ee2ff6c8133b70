package io.github.peersupport.core.referral;

import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A care event a programme counts from, such as a delivery or a discharge, at an instant: one that
 * happened, or one that is expected (an expected discharge date), so that a match can be requested
 * before the event (Joo et al. 2022, Table 2: new mothers are connected with mentors before their
 * discharge from hospital). A date is taken at the start of its day in the programme's zone ({@link
 * #on}).
 */
@Value.Immutable
@PeerStyle
public abstract class AnchorEvent {
  AnchorEvent() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnchorEvent}. */
  public static class Builder extends ImmutableAnchorEvent.Builder {
    /** Creates an empty builder; prefer the factories. */
    public Builder() {}
  }

  /**
   * An event that happened.
   *
   * @param kind the kind
   * @param at when it happened
   * @return the event
   */
  public static AnchorEvent occurred(AnchorKind kind, Instant at) {
    return builder().kind(kind).at(at).expected(false).build();
  }

  /**
   * An event that is expected but has not happened yet, or not been confirmed.
   *
   * @param kind the kind
   * @param at when it is expected
   * @return the event
   */
  public static AnchorEvent expected(AnchorKind kind, Instant at) {
    return builder().kind(kind).at(at).expected(true).build();
  }

  /**
   * The instant of a date: the start of the day in a zone, for events recorded by date.
   *
   * @param date the date
   * @param zone the programme's zone
   * @return the start of that day in the zone
   * @throws NullPointerException if any argument is null
   */
  public static Instant on(LocalDate date, ZoneId zone) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(zone, "zone");
    return date.atStartOfDay(zone).toInstant();
  }

  /**
   * Returns what kind of event it is.
   *
   * @return the kind
   */
  public abstract AnchorKind kind();

  /**
   * Returns when it happened or, while {@link #expected()}, when it is expected.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Tells whether the event is only expected (planned, not yet happened or not yet confirmed).
   *
   * @return true if expected; false (the default) if it happened
   */
  @Value.Default
  public boolean expected() {
    return false;
  }

  /**
   * Tells whether the event happened.
   *
   * @return true unless {@link #expected()}
   */
  public final boolean occurred() {
    return !expected();
  }
}
