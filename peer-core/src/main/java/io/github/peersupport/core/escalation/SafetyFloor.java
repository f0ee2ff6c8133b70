package io.github.peersupport.core.escalation;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.rule.RuleId;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The checks every {@link EscalationPolicy} passes when built: unique rule ids, every level routed,
 * the crisis resources of its country, and the safety floor. Pure; O(r·f) for r rules and f floor rules.
 */
final class SafetyFloor {
  private SafetyFloor() {}

  static void check(EscalationPolicy policy) {
    Set<RuleId> ids = new HashSet<>();
    for (int i = 0; i < policy.rules().size(); i++) {
      if (!ids.add(policy.rules().get(i).id())) {
        throw Require.invalid("rules[" + i + "].id", "duplicate rule id " + policy.rules().get(i).id());
      }
    }
    for (Severity level : Severity.values()) {
      if (!policy.routing().containsKey(level)) {
        throw Require.invalid("routing", "must route level " + level);
      }
    }
    if (!reachesHelp(policy.routing().get(Severity.IMMEDIATE).roles())) {
      throw Require.invalid("routing", "IMMEDIATE must reach the crisis line or a clinician (safety floor)");
    }
    if (policy.dedupeWindow().isNegative() || policy.dedupeWindow().compareTo(Duration.ofDays(30)) > 0) {
      throw Require.invalid("dedupeWindow", "must be between 0 and 30 days", policy.dedupeWindow());
    }
    CrisisResource.country("country", policy.country());
    if (policy.crisisResources().isEmpty()) {
      throw Require.invalid("crisisDirectory", "must hold a crisis resource serving the programme's country " + policy.country());
    }
    for (EscalationRule rule : policy.rules()) {
      if (rule.level() != Severity.IMMEDIATE) {
        continue;
      }
      Routing routing = policy.routingOf(rule);
      if (routing.deadline().compareTo(EscalationPolicy.IMMEDIATE_MAX_DEADLINE) > 0) {
        throw Require.invalid("rules", "IMMEDIATE rule " + rule.id() + " must have a deadline of at most "
            + EscalationPolicy.IMMEDIATE_MAX_DEADLINE + " (safety floor)");
      }
      if (!reachesHelp(routing.roles())) {
        throw Require.invalid("rules", "IMMEDIATE rule " + rule.id() + " must reach the crisis line or a clinician (safety floor)");
      }
    }
    for (EscalationRule floor : StandardRules.SAFETY_FLOOR) {
      checkFloor(policy, floor);
    }
  }

  /**
   * A default IMMEDIATE rule stays, at IMMEDIATE, with its trigger, actions and limit of
   * confidentiality; where the default routes it on its own (abuse to the mandated-reporting route),
   * a policy may add roles or shorten the deadline, never drop a role or lengthen it.
   */
  private static void checkFloor(EscalationPolicy policy, EscalationRule floor) {
    Optional<EscalationRule> configured = policy.rule(floor.id());
    if (configured.isEmpty()) {
      throw Require.invalid("rules", "rule " + floor.id() + " cannot be dropped: it is IMMEDIATE by default (safety floor)");
    }
    EscalationRule rule = configured.get();
    if (rule.level() != Severity.IMMEDIATE) {
      throw Require.invalid("rules", "rule " + floor.id() + " cannot be lowered to " + rule.level() + ": it is IMMEDIATE by default (safety floor)");
    }
    if (!rule.trigger().equals(floor.trigger())) {
      throw Require.invalid("rules", "rule " + floor.id() + " cannot change its trigger (safety floor)");
    }
    if (!rule.actions().containsAll(floor.actions())) {
      throw Require.invalid("rules", "rule " + floor.id() + " must keep the actions " + floor.actions() + " (safety floor)");
    }
    if (!rule.confidentialityLimit().equals(floor.confidentialityLimit())) {
      throw Require.invalid("rules", "rule " + floor.id() + " must keep its limit of confidentiality "
          + floor.confidentialityLimit().map(Enum::name).orElse("none") + " (safety floor)");
    }
    Routing routing = policy.routingOf(rule);
    if (!routing.roles().containsAll(floor.targetRoles())) {
      throw Require.invalid("rules", "rule " + floor.id() + " must keep reaching " + floor.targetRoles()
          + "; its routing may add roles, not drop them (safety floor)");
    }
    if (floor.deadline().filter(d -> routing.deadline().compareTo(d) > 0).isPresent()) {
      throw Require.invalid("rules", "rule " + floor.id() + " must keep a deadline of at most " + floor.deadline().orElseThrow()
          + "; its routing may shorten the deadline, not lengthen it (safety floor)");
    }
  }

  static boolean reachesHelp(Set<CareRole> roles) {
    return roles.stream().anyMatch(r -> r == CareRole.CRISIS_LINE || r.isClinical());
  }
}
