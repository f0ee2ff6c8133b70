package io.github.peersupport.core.lifecycle;

import io.github.peersupport.core.Tag;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A certification held by a supporter or facilitator, e.g. {@code peer-mentor} or {@code
 * group-facilitator}, valid from its issue until its expiry (exclusive), if it has one.
 */
@Value.Immutable
@PeerStyle
public abstract class Certification {
  Certification() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Certification}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableCertification.Builder {
    /** Creates an empty builder; prefer {@link Certification#builder()}. */
    public Builder() {}
  }

  /**
   * A certification of a kind issued at an instant and valid until another.
   *
   * @param kind the kind tag, e.g. {@code peer-mentor}
   * @param issuedAt when it was issued
   * @param expiresAt when it expires, after {@code issuedAt}
   * @return the certification
   */
  public static Certification of(String kind, Instant issuedAt, Instant expiresAt) {
    return builder().kind(Tag.of(kind)).issuedAt(issuedAt).expiresAt(expiresAt).build();
  }

  /**
   * Returns the kind of certification.
   *
   * @return the kind tag
   */
  public abstract Tag kind();

  /**
   * Returns when it was issued.
   *
   * @return the instant
   */
  public abstract Instant issuedAt();

  /**
   * Returns when it expires, if it does.
   *
   * @return the expiry instant (exclusive)
   */
  public abstract Optional<Instant> expiresAt();

  @Value.Check
  final void check() {
    expiresAt().ifPresent(e -> {
      if (!e.isAfter(issuedAt())) {
        throw Require.invalid("expiresAt", "must be after issuedAt " + issuedAt(), e);
      }
    });
  }

  /**
   * Tells whether the certification is valid at an instant.
   *
   * @param at the instant
   * @return true if issued at or before {@code at} and not yet expired
   */
  public final boolean validAt(Instant at) {
    return !at.isBefore(issuedAt()) && expiresAt().map(at::isBefore).orElse(true);
  }
}
