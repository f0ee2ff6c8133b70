package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * How a match ended: when, who ended it and why (Joo et al. 2022). Every
 * closed match has one, and closing requests the close-out survey.
 */
@Value.Immutable
@PeerStyle
public abstract class MatchClosure {
  MatchClosure() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MatchClosure}. */
  public static class Builder extends ImmutableMatchClosure.Builder {
    /** Creates an empty builder; prefer {@link MatchClosure#builder()}. */
    public Builder() {}
  }

  /**
   * Returns when the match was closed.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns who closed it.
   *
   * @return the actor
   */
  public abstract Actor by();

  /**
   * Returns why it was closed.
   *
   * @return the reason
   */
  public abstract CloseReason reason();
}
