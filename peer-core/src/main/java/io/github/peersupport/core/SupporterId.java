package io.github.peersupport.core;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/**
 * Opaque identifier of a supporter (a trained peer mentor, visitor, guide or buddy). It carries no personal data: hosts map it to their own records.
 * Valid ids have 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -} and start with a letter or digit.
 */
@Value.Immutable
@PeerTuple
public abstract class SupporterId implements PersonId {
  SupporterId() {}

  /**
   * Creates an id.
   *
   * @param value the opaque id text
   * @return the id
   * @throws IllegalArgumentException if the value is empty, too long or has other characters
   */
  public static SupporterId of(String value) {
    return ImmutableSupporterId.of(value);
  }

  /** {@inheritDoc} */
  @Override
  public abstract String value();

  @Value.Check
  final void check() {
    Require.id("supporterId", value());
  }

  /** Returns the id text itself. */
  @Override
  public final String toString() {
    return value();
  }
}
