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
 * #actions()}, to the level's routing unless the rule overrides roles or deadline: the per-rule
 * routing a programme sets where a level's routing does not fit (moderate depression to a social
 * worker or nurse rather than the coordinator, abuse to the mandated-reporting route rather than the
 * crisis line; see {@link #routedTo(Routing)}). A rule that names a
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

  /**
   * Returns a copy routed to a routing of its own, whatever its level's routing is: the routing's roles
   * and deadline replace the level's.
   *
   * @param routing the rule's routing
   * @return the rule with {@link #targetRoles()} and {@link #deadline()} set from it
   * @throws NullPointerException if any argument is null
   */
  public final EscalationRule routedTo(Routing routing) {
    java.util.Objects.requireNonNull(routing, "routing");
    return builder().from(this).targetRoles(routing.roles()).deadline(routing.deadline()).build();
  }

  /**
   * Returns where this rule routes under its level's routing: its own roles and deadline where it sets
   * them, the level's otherwise.
   *
   * @param levelRouting the routing of the rule's level
   * @return the effective routing
   * @throws NullPointerException if any argument is null
   */
  public final Routing effectiveRouting(Routing levelRouting) {
    java.util.Objects.requireNonNull(levelRouting, "levelRouting");
    return Routing.of(targetRoles().isEmpty() ? levelRouting.roles() : targetRoles(), deadline().orElse(levelRouting.deadline()));
  }

  @Value.Check
  final void check() {
    deadline().ifPresent(d -> Require.duration("deadline", d, true));
  }
}
