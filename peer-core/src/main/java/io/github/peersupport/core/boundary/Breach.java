package io.github.peersupport.core.boundary;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.escalation.Reporter;
import io.github.peersupport.core.escalation.SignKind;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A breached boundary: the rule, the peer, the records involved, when, the consequences and whether
 * it is serious (a code-of-conduct matter that counts towards a decertification review).
 */
@Value.Immutable
@PeerStyle
public abstract class Breach {
  Breach() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Breach}. */
  public static class Builder extends ImmutableBreach.Builder {
    /** Creates an empty builder; prefer {@link Breach#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the rule breached.
   *
   * @return the rule id
   */
  public abstract RuleId rule();

  /**
   * Returns the peer who breached it.
   *
   * @return the peer's id
   */
  public abstract PersonId peer();

  /**
   * Returns the records involved.
   *
   * @return the record ids
   */
  public abstract List<InteractionId> records();

  /**
   * Returns when (the last record involved).
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns the consequences.
   *
   * @return the consequences
   */
  public abstract Set<BoundaryConsequence> consequences();

  /**
   * Returns whether the breach is serious.
   *
   * @return true for code-of-conduct breaches
   */
  public abstract boolean serious();

  /**
   * Returns the sign to feed to the escalation policy, when a consequence is {@link
   * BoundaryConsequence#ESCALATION_SIGNAL}.
   *
   * @return the sign
   */
  public abstract Optional<SignKind> escalationSign();

  /**
   * Returns the escalation signal for this breach, about the peer.
   *
   * @param signalId the host's id for the new signal
   * @param reporter who reported the interaction
   * @return the signal, or empty when the breach has no escalation consequence
   */
  public final Optional<Signal> toSignal(String signalId, Reporter reporter) {
    return escalationSign().map(sign -> Signal.sign(signalId, peer(), reporter, at(), sign));
  }
}
