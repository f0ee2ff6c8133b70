package io.github.peersupport.core;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/**
 * Opaque identifier of a support group facilitator. It carries no personal data: hosts map it to their own records.
 * Valid ids have 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -} and start with a letter or digit.
 */
@Value.Immutable
@PeerTuple
public abstract class FacilitatorId implements PersonId {
  FacilitatorId() {}

  /**
   * Creates an id.
   *
   * @param value the opaque id text
   * @return the id
   * @throws IllegalArgumentException if the value is empty, too long or has other characters
   */
  public static FacilitatorId of(String value) {
    return ImmutableFacilitatorId.of(value);
  }

  /** {@inheritDoc} */
  @Override
  public abstract String value();

  @Value.Check
  final void check() {
    Require.id("facilitatorId", value());
  }

  /** Returns the id text itself. */
  @Override
  public final String toString() {
    return value();
  }
}
