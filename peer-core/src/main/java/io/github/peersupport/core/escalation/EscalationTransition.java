package io.github.peersupport.core.escalation;

import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of applying an {@link EscalationEvent} to an {@link EscalationRecord}: the record after
 * the event, or a refusal naming the rule that blocked it, in which case the record is unchanged.
 * Refusal is a business outcome, not an exception.
 */
@Value.Immutable
@PeerStyle
public abstract class EscalationTransition {
  EscalationTransition() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationTransition}. */
  public static class Builder extends ImmutableEscalationTransition.Builder {
    /** Creates an empty builder; prefer {@link EscalationTransition#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the event that was applied or refused.
   *
   * @return the event
   */
  public abstract EscalationEvent event();

  /**
   * Returns the state before the event.
   *
   * @return the state
   */
  public abstract EscalationState fromState();

  /**
   * Returns the record after the event (unchanged when refused).
   *
   * @return the record
   */
  public abstract EscalationRecord record();

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
   * Returns the state after the event.
   *
   * @return the state
   */
  public final EscalationState toState() {
    return record().state();
  }

  /** Returns e.g. {@code EscalationTransition[ACKNOWLEDGED at ... by NURSE: RAISED -> ACKNOWLEDGED]}. */
  @Override
  public final String toString() {
    return "EscalationTransition[" + event().type() + " at " + event().at() + " by " + event().role() + ": " + fromState()
        + " -> " + toState() + refusedBy().map(r -> ", refused by " + r).orElse("") + "]";
  }
}
