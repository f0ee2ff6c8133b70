package io.github.peersupport.groups.session;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A member's acknowledgement of a version of a group's {@link GroundRules}, at an instant. A new
 * version of the rules needs a new acknowledgement.
 */
@Value.Immutable
@PeerStyle
public abstract class Acknowledgement {
  Acknowledgement() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Acknowledgement}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableAcknowledgement.Builder {
    /** Creates an empty builder; prefer {@link GroundRules#acknowledgedBy(SeekerId, Instant)}. */
    public Builder() {}
  }

  /**
   * Returns the member who acknowledged.
   *
   * @return the member's id
   */
  public abstract SeekerId member();

  /**
   * Returns the id of the ground rules acknowledged.
   *
   * @return the rules' id
   */
  public abstract Tag rules();

  /**
   * Returns the version acknowledged.
   *
   * @return 1 or more
   */
  public abstract int version();

  /**
   * Returns when.
   *
   * @return the instant
   */
  public abstract Instant at();

  @Value.Check
  final void check() {
    Require.inRange("version", version(), 1, Integer.MAX_VALUE);
  }

  /** Returns e.g. {@code Acknowledgement[s-1, comfort-agreement v1, 2026-01-05T09:00:00Z]}. */
  @Override
  public final String toString() {
    return "Acknowledgement[" + member() + ", " + rules() + " v" + version() + ", " + at() + "]";
  }
}
