package io.github.peersupport.core.escalation;

import io.github.peersupport.core.Identifier;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/**
 * Opaque identifier of a {@link Signal}; escalations cite their evidence by these ids, so an audit
 * trail can point at the host's records without copying them.
 */
@Value.Immutable
@PeerTuple
public abstract class SignalId implements Identifier {
  SignalId() {}

  /**
   * Creates an id.
   *
   * @param value 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -}
   * @return the id
   */
  public static SignalId of(String value) {
    return ImmutableSignalId.of(value);
  }

  /** {@inheritDoc} */
  @Override
  public abstract String value();

  @Value.Check
  final void check() {
    Require.id("signalId", value());
  }

  /** Returns the id text. */
  @Override
  public final String toString() {
    return value();
  }
}
