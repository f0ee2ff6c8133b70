package io.github.peersupport.core;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/**
 * Opaque identifier of a seeker (a patient or family caregiver who asks for peer support). It carries no personal data: hosts map it to their own records.
 * Valid ids have 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -} and start with a letter or digit.
 */
@Value.Immutable
@PeerTuple
public abstract class SeekerId implements PersonId {
  SeekerId() {}

  /**
   * Creates an id.
   *
   * @param value the opaque id text
   * @return the id
   * @throws IllegalArgumentException if the value is empty, too long or has other characters
   */
  public static SeekerId of(String value) {
    return ImmutableSeekerId.of(value);
  }

  /** {@inheritDoc} */
  @Override
  public abstract String value();

  @Value.Check
  final void check() {
    Require.id("seekerId", value());
  }

  /** Returns the id text itself. */
  @Override
  public final String toString() {
    return value();
  }
}
