package io.github.peersupport.core;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/**
 * Opaque identifier of a support group. It carries no personal data: hosts map it to their own records.
 * Valid ids have 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -} and start with a letter or digit.
 */
@Value.Immutable
@PeerTuple
public abstract class GroupId implements Identifier {
  GroupId() {}

  /**
   * Creates an id.
   *
   * @param value the opaque id text
   * @return the id
   * @throws IllegalArgumentException if the value is empty, too long or has other characters
   */
  public static GroupId of(String value) {
    return ImmutableGroupId.of(value);
  }

  /** {@inheritDoc} */
  @Override
  public abstract String value();

  @Value.Check
  final void check() {
    Require.id("groupId", value());
  }

  /** Returns the id text itself. */
  @Override
  public final String toString() {
    return value();
  }
}
