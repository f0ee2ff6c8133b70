package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * An offer of a match to one supporter, open from {@link #offeredAt()} until just before {@link
 * #expiresAt()}: an acceptance or a decline must come earlier than {@code expiresAt}, an expiry at or
 * after it (Together: 3 days by default, see {@link MatchLifecycle#offerWindow()}).
 */
@Value.Immutable
@PeerStyle
public abstract class MatchOffer {
  MatchOffer() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MatchOffer}; {@code build()} checks that the window is not empty. */
  public static class Builder extends ImmutableMatchOffer.Builder {
    /** Creates an empty builder; prefer {@link MatchOffer#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the supporter offered the match.
   *
   * @return the supporter's id
   */
  public abstract SupporterId supporter();

  /**
   * Returns when the offer was made.
   *
   * @return the instant
   */
  public abstract Instant offeredAt();

  /**
   * Returns the end of the offer window (exclusive).
   *
   * @return the instant
   */
  public abstract Instant expiresAt();

  /**
   * Tells whether the offer can still be answered at an instant.
   *
   * @param at the instant
   * @return true if {@code at} is before {@link #expiresAt()}
   */
  public final boolean openAt(Instant at) {
    return at.isBefore(expiresAt());
  }

  @Value.Check
  final void check() {
    if (!expiresAt().isAfter(offeredAt())) {
      throw Require.invalid("expiresAt", "must be after offeredAt");
    }
  }
}
