package io.github.peersupport.core.boundary;

import io.github.peersupport.core.Identifier;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/** Opaque identifier of an {@link InteractionRecord}; breaches cite records by these ids. */
@Value.Immutable
@PeerTuple
public abstract class InteractionId implements Identifier {
  InteractionId() {}

  /**
   * Creates an id.
   *
   * @param value 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -}
   * @return the id
   */
  public static InteractionId of(String value) {
    return ImmutableInteractionId.of(value);
  }

  /** {@inheritDoc} */
  @Override
  public abstract String value();

  @Value.Check
  final void check() {
    Require.id("interactionId", value());
  }

  /** Returns the id text. */
  @Override
  public final String toString() {
    return value();
  }
}
