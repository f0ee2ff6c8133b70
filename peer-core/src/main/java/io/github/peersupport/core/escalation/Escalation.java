package io.github.peersupport.core.escalation;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.consent.ConfidentialityLimit;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One escalation in a decision: the rule that fired, for whom, the evidence (signal ids), the level,
 * the actions, whom to notify by when, and on what basis details may be shared with the care team.
 * {@link #notifies()} is false when the same rule already notified for this person within the policy's
 * de-duplication window at the same or a higher level: the evidence is recorded, the notification
 * is not repeated. {@code toString()} omits the person.
 */
@Value.Immutable
@PeerStyle
public abstract class Escalation {
  Escalation() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Escalation}. */
  public static class Builder extends ImmutableEscalation.Builder {
    /** Creates an empty builder; prefer {@link Escalation#builder()}. */
    public Builder() {}
  }

  /**
   * Returns whom it concerns.
   *
   * @return the person's id
   */
  public abstract PersonId person();

  /**
   * Returns the rule that fired.
   *
   * @return the rule id
   */
  public abstract RuleId rule();

  /**
   * Returns the level.
   *
   * @return the level
   */
  public abstract Severity level();

  /**
   * Returns the actions asked of the host.
   *
   * @return the actions
   */
  public abstract Set<EscalationAction> actions();

  /**
   * Returns the roles to notify.
   *
   * @return the roles
   */
  public abstract Set<CareRole> targetRoles();

  /**
   * Returns the instant of the first signal that fired the rule.
   *
   * @return the instant
   */
  public abstract Instant firstSignalAt();

  /**
   * Returns the response deadline.
   *
   * @return the instant
   */
  public abstract Instant deadline();

  /**
   * Returns the signals that fired the rule within the window, in time order.
   *
   * @return the signal ids
   */
  public abstract List<SignalId> evidence();

  /**
   * Returns on what basis details may be shared with the care team.
   *
   * @return the basis
   */
  public abstract SharingBasis sharing();

  /**
   * Returns the limit of confidentiality that overrides a missing consent; present exactly when
   * {@link #sharing()} is {@link SharingBasis#CONFIDENTIALITY_LIMIT}.
   *
   * @return the limit
   */
  public abstract Optional<ConfidentialityLimit> overridingLimit();

  /**
   * Returns whether the host should send a notification (false for a repeat within the window).
   *
   * @return true to notify
   */
  @Value.Default
  public boolean notifies() {
    return true;
  }

  /** Returns level, rule, deadline, evidence count and sharing basis; never the person. */
  @Override
  public final String toString() {
    return "Escalation[" + level() + " " + rule() + ", deadline " + deadline() + ", " + evidence().size()
        + " signal(s), " + actions() + " to " + targetRoles() + ", sharing " + sharing()
        + overridingLimit().map(l -> " (" + l + ")").orElse("") + (notifies() ? "" : ", repeat: no new notification") + "]";
  }
}
