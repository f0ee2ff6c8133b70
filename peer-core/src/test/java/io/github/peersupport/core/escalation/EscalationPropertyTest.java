package io.github.peersupport.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.EscalationGen;
import io.github.peersupport.core.testing.Seeds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of escalation over any host-configured policy (10 seeds × 1,000 cases = 10,000 cases per
 * property): an IMMEDIATE trigger always escalates at IMMEDIATE; the decision does not depend on
 * signal order; the same inputs give the same decision.
 */
class EscalationPropertyTest {
  private static final int CASES_PER_SEED = 1_000;
  private static final Instant AT = CoreGen.EPOCH.plusSeconds(4 * 86_400);

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void evaluate_anyPolicyWithImmediateTrigger_escalatesImmediately(long seed) {
    Seeds.forEachCase(seed, CASES_PER_SEED, random -> {
      EscalationPolicy policy = EscalationGen.policy(random);
      List<Signal> signals = new ArrayList<>(EscalationGen.signals(random, 8));
      PersonId person = EscalationGen.person(random);
      Signal immediate = EscalationGen.immediateSignal(random, "sig-immediate", person, CoreGen.EPOCH.plusSeconds(random.nextInt(0, 3 * 86_400)));
      signals.add(random.nextInt(signals.size() + 1), immediate);

      EscalationDecision decision = policy.evaluate(signals, consents(random, signals), AT, List.of());

      assertThat(decision.highest()).contains(Severity.IMMEDIATE);
      assertThat(decision.about(person)).anySatisfy(e -> {
        assertThat(e.level()).isEqualTo(Severity.IMMEDIATE);
        assertThat(e.evidence()).contains(immediate.id());
        assertThat(e.deadline()).isBeforeOrEqualTo(e.firstSignalAt().plus(EscalationPolicy.IMMEDIATE_MAX_DEADLINE));
      });
      // every IMMEDIATE escalation reaches the crisis line or a clinician, and a default IMMEDIATE rule
      // keeps its limit of confidentiality (so danger to self or others, abuse override a missing consent)
      for (Escalation e : decision.escalations()) {
        if (e.level() == Severity.IMMEDIATE) {
          assertThat(e.targetRoles()).anyMatch(r -> r == io.github.peersupport.core.person.CareRole.CRISIS_LINE || r.isClinical());
          EscalationPolicy.standard().rule(e.rule()).filter(d -> d.level() == Severity.IMMEDIATE)
              .flatMap(EscalationRule::confidentialityLimit)
              .ifPresent(limit -> assertThat(policy.rule(e.rule()).orElseThrow().confidentialityLimit()).contains(limit));
        }
      }
      assertThat(decision.escalations().get(0).level()).isEqualTo(Severity.IMMEDIATE);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void evaluate_shuffledSignals_sameDecision(long seed) {
    Seeds.forEachCase(seed, CASES_PER_SEED, random -> {
      EscalationPolicy policy = EscalationGen.policy(random);
      List<Signal> signals = EscalationGen.signals(random, 10);
      Map<PersonId, ConsentRecord> consents = consents(random, signals);
      List<Signal> shuffled = new ArrayList<>(signals);
      Collections.shuffle(shuffled, new Random(random.nextLong()));

      assertThat(policy.evaluate(shuffled, consents, AT, List.of())).isEqualTo(policy.evaluate(signals, consents, AT, List.of()));
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void evaluate_sameInputs_sameDecisionAndEveryFiringCovered(long seed) {
    Seeds.forEachCase(seed, CASES_PER_SEED, random -> {
      long policySeed = random.nextLong();
      List<Signal> signals = EscalationGen.signals(random, 10);
      Map<PersonId, ConsentRecord> consents = consents(random, signals);
      EscalationPolicy policy = EscalationGen.policy(new java.util.SplittableRandom(policySeed));

      EscalationDecision first = policy.evaluate(signals, consents, AT, List.of());
      EscalationDecision second = EscalationGen.policy(new java.util.SplittableRandom(policySeed)).evaluate(List.copyOf(signals), Map.copyOf(consents), AT, List.of());

      assertThat(second).isEqualTo(first);
      // every (signal, matching rule) pair is evidence of exactly one escalation of that rule and person
      for (Signal s : signals) {
        for (EscalationRule rule : policy.rules()) {
          long citing = first.escalations().stream()
              .filter(e -> e.rule().equals(rule.id()) && e.person().equals(s.person()) && e.evidence().contains(s.id())).count();
          assertThat(citing).as("%s under %s", s, rule.id()).isEqualTo(rule.trigger().matches(s) ? 1 : 0);
        }
      }
    });
  }

  private static Map<PersonId, ConsentRecord> consents(java.util.SplittableRandom random, List<Signal> signals) {
    Map<PersonId, ConsentRecord> consents = new HashMap<>();
    for (Signal s : signals) {
      if (random.nextBoolean()) {
        consents.put(s.person(), CoreGen.consentRecord(random));
      }
    }
    return consents;
  }
}
