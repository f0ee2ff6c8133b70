package io.github.peersupport.core.boundary;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One interaction between a peer (supporter or facilitator) and another person, with declared flags.
 * No content: only who, when, how and what kind of thing happened. {@code toString()} shows id,
 * channel and instant only.
 */
@Value.Immutable
@PeerStyle
public abstract class InteractionRecord {
  InteractionRecord() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InteractionRecord}. */
  public static class Builder extends ImmutableInteractionRecord.Builder {
    /** Creates an empty builder; prefer {@link InteractionRecord#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the id.
   *
   * @return the record id
   */
  public abstract InteractionId id();

  /**
   * Returns the peer whose boundaries are checked.
   *
   * @return the peer's id
   */
  public abstract PersonId peer();

  /**
   * Returns the other person.
   *
   * @return their id
   */
  public abstract PersonId other();

  /**
   * Returns when it happened.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns the channel.
   *
   * @return the channel
   */
  public abstract Channel channel();

  /**
   * Returns the declared flags.
   *
   * @return the flags
   */
  @Value.Redacted
  public abstract Set<InteractionFlag> flags();

  /**
   * Returns the value of a gift or of money exchanged, in the programme's currency; present only
   * with {@link InteractionFlag#GIFT} or {@link InteractionFlag#MONEY_OR_LOAN}.
   *
   * @return the value, zero or more
   */
  @Value.Redacted
  public abstract Optional<BigDecimal> giftValue();

  @Value.Check
  final void check() {
    if (peer().equals(other())) {
      throw Require.invalid("other", "must differ from peer");
    }
    giftValue().ifPresent(v -> {
      if (!flags().contains(InteractionFlag.GIFT) && !flags().contains(InteractionFlag.MONEY_OR_LOAN)) {
        throw Require.invalid("giftValue", "allowed only with the GIFT or MONEY_OR_LOAN flag");
      }
      if (v.signum() < 0) {
        throw Require.invalid("giftValue", "must not be negative");
      }
    });
  }

  /** Returns id, channel and instant, e.g. {@code InteractionRecord[i-1, PHONE, 2026-03-02T09:00:00Z]}. */
  @Override
  public final String toString() {
    return "InteractionRecord[" + id() + ", " + channel() + ", " + at() + "]";
  }
}
