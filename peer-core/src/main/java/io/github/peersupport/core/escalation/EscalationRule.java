package io.github.peersupport.core.escalation;

import io.github.peersupport.core.consent.ConfidentialityLimit;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One escalation rule: when its {@link #trigger()} fires, escalate at {@link #level()} with {@link
 * #actions()}, to the level's routing unless the rule overrides roles or deadline. A rule that names a
 * {@link #confidentialityLimit()} lets the care team hear of it even without the person's consent,
 * when the programme's confidentiality policy holds that limit.
 */
@Value.Immutable
@PeerStyle
public abstract class EscalationRule {
  EscalationRule() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationRule}. */
  public static class Builder extends ImmutableEscalationRule.Builder {
    /** Creates an empty builder; prefer {@link EscalationRule#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the stable rule id.
   *
   * @return the id
   */
  public abstract RuleId id();

  /**
   * Returns which signals fire the rule.
   *
   * @return the trigger
   */
  public abstract Trigger trigger();

  /**
   * Returns the escalation level.
   *
   * @return the level
   */
  public abstract Severity level();

  /**
   * Returns the actions asked of the host ({@link EscalationAction#NOTIFY} by default).
   *
   * @return the actions
   */
  @Value.Default
  public Set<EscalationAction> actions() {
    return Set.of(EscalationAction.NOTIFY);
  }

  /**
   * Returns roles that replace the level's routing, if set.
   *
   * @return the roles, empty to use the level's
   */
  public abstract Set<CareRole> targetRoles();

  /**
   * Returns a deadline that replaces the level's, if set.
   *
   * @return the deadline
   */
  public abstract Optional<Duration> deadline();

  /**
   * Returns the limit of confidentiality this rule falls under, if any.
   *
   * @return the limit
   */
  public abstract Optional<ConfidentialityLimit> confidentialityLimit();

  @Value.Check
  final void check() {
    deadline().ifPresent(d -> Require.duration("deadline", d, true));
  }
}
