package io.github.peersupport.core.lifecycle;

import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of applying a {@link LifecycleEvent}: the resulting standing and an audit record of the
 * change (from, to, event), or a rejection naming the rule that blocked it, in which case the standing
 * is unchanged. Rejection is a business outcome, not an exception.
 */
@Value.Immutable
@PeerStyle
public abstract class Transition {
  Transition() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Transition}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableTransition.Builder {
    /** Creates an empty builder; prefer {@link Transition#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the event that was applied.
   *
   * @return the event
   */
  public abstract LifecycleEvent event();

  /**
   * Returns the status before the event.
   *
   * @return the status
   */
  public abstract PeerStatus fromStatus();

  /**
   * Returns the standing after the event (unchanged when refused).
   *
   * @return the standing
   */
  public abstract PeerStanding standing();

  /**
   * Returns the rule that refused the event, if one did.
   *
   * @return the rule id
   */
  public abstract Optional<RuleId> refusedBy();

  /**
   * Tells whether the event succeeded: no rule refused it.
   *
   * @return true if no rule refused the event
   */
  public final boolean succeeded() {
    return refusedBy().isEmpty();
  }

  /**
   * Returns the status after the event.
   *
   * @return the status
   */
  public final PeerStatus toStatus() {
    return standing().status();
  }

  /** Returns e.g. {@code Transition[ACTIVATED at 2026-01-01T00:00:00Z: CERTIFIED -> ACTIVE]}. */
  @Override
  public final String toString() {
    return "Transition[" + event().type() + " at " + event().at() + ": " + fromStatus() + " -> " + toStatus()
        + refusedBy().map(r -> ", refused by " + r).orElse("") + "]";
  }
}
