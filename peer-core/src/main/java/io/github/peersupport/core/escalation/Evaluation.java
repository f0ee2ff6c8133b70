package io.github.peersupport.core.escalation;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.consent.ConfidentialityLimit;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.rule.RuleId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evaluation of {@link EscalationPolicy#evaluate}: pure, O(s·r + s log s) for s signals and r
 * rules. Signals are taken in time order (ties by signal id); for each person and rule the first
 * firing signal opens an escalation and firings within the policy's de-duplication window join it.
 */
final class Evaluation {
  private static final Logger LOG = LoggerFactory.getLogger(EscalationPolicy.class);

  private Evaluation() {}

  static EscalationDecision evaluate(EscalationPolicy policy, List<Signal> signals, Function<PersonId, ConsentRecord> consents,
      Instant at, List<Escalation> alreadyNotified) {
    Set<SignalId> seen = new HashSet<>();
    for (Signal s : signals) {
      if (!seen.add(s.id())) {
        throw Require.invalid("signals", "duplicate signal id " + s.id());
      }
      if (s.at().isAfter(at)) {
        throw Require.invalid("signals", "signal " + s.id() + " is after the evaluation instant " + at);
      }
    }
    List<Signal> ordered = new ArrayList<>(signals);
    ordered.sort(Comparator.comparing(Signal::at).thenComparing(s -> s.id().value()));

    // (person, rule) -> its escalations so far, each a window of firings
    Map<Key, List<Open>> open = new LinkedHashMap<>();
    for (Signal s : ordered) {
      for (EscalationRule rule : policy.rules()) {
        if (!rule.trigger().matches(s)) {
          continue;
        }
        List<Open> windows = open.computeIfAbsent(new Key(s.person(), rule.id()), k -> new ArrayList<>());
        Open last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
        if (last != null && s.at().isBefore(last.first.plus(policy.dedupeWindow()))) {
          last.evidence.add(s.id());
        } else {
          Open o = new Open(rule, s.person(), s.at());
          o.evidence.add(s.id());
          windows.add(o);
        }
      }
    }

    List<Escalation> escalations = new ArrayList<>();
    boolean crisis = false;
    for (List<Open> windows : open.values()) {
      for (Open o : windows) {
        Escalation e = toEscalation(policy, o, consents.apply(o.person), at, alreadyNotified);
        crisis |= e.actions().contains(EscalationAction.GIVE_CRISIS_RESOURCES);
        escalations.add(e);
      }
    }
    escalations.sort(Comparator.comparing(Escalation::level).reversed()
        .thenComparing(Escalation::deadline)
        .thenComparing(e -> e.person().value())
        .thenComparing(e -> e.person().getClass().getSimpleName())
        .thenComparing(Escalation::rule)
        .thenComparing(Escalation::firstSignalAt));
    EscalationDecision decision = EscalationDecision.builder().evaluatedAt(at).escalations(escalations)
        .crisisResources(crisis ? policy.crisisResources() : List.of()).build();
    if (LOG.isDebugEnabled()) {
      LOG.debug("evaluated {} signals: {} escalations, highest {}", signals.size(), escalations.size(), decision.highest().map(Enum::name).orElse("none"));
    }
    return decision;
  }

  private static Escalation toEscalation(EscalationPolicy policy, Open o, ConsentRecord consent, Instant at, List<Escalation> alreadyNotified) {
    EscalationRule rule = o.rule;
    Routing routing = policy.routingOf(rule);
    Escalation.Builder b = Escalation.builder().person(o.person).rule(rule.id()).level(rule.level())
        .actions(rule.actions()).targetRoles(routing.roles()).firstSignalAt(o.first).deadline(o.first.plus(routing.deadline()))
        .evidence(o.evidence);
    Optional<ConfidentialityLimit> limit = rule.confidentialityLimit().filter(policy.confidentiality()::overridesConsent);
    if (consent.permits(ConsentScope.SHARE_WITH_CARE_TEAM, at)) {
      b.sharing(SharingBasis.CONSENT);
    } else if (limit.isPresent()) {
      b.sharing(SharingBasis.CONFIDENTIALITY_LIMIT).overridingLimit(limit);
    } else {
      b.sharing(SharingBasis.ASK_PERMISSION);
    }
    Duration window = policy.dedupeWindow();
    boolean repeat = alreadyNotified.stream().anyMatch(p -> p.notifies() && p.person().equals(o.person) && p.rule().equals(rule.id())
        && p.level().atLeast(rule.level()) && Duration.between(p.firstSignalAt(), o.first).abs().compareTo(window) < 0);
    return b.notifies(!repeat).build();
  }

  /** A person and a rule: the unit of de-duplication. */
  private record Key(PersonId person, RuleId rule) {}

  /** An escalation being assembled during evaluation. */
  private static final class Open {
    final EscalationRule rule;
    final PersonId person;
    final Instant first;
    final List<SignalId> evidence = new ArrayList<>();

    Open(EscalationRule rule, PersonId person, Instant first) {
      this.rule = rule;
      this.person = person;
      this.first = first;
    }
  }
}
