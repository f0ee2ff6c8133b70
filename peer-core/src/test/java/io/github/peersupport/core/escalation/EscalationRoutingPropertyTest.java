package io.github.peersupport.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.EscalationGen;
import io.github.peersupport.core.testing.Seeds;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Routing properties over host-configured policies (10 seeds × 1,000 cases): every escalation goes to
 * its rule's effective routing; every clinical rule of the standard policy reaches a clinician; abuse
 * always reaches the safeguarding lead (the mandated-reporting route) and no policy can drop that or
 * lengthen its deadline; crisis resources are those of the policy's country.
 */
class EscalationRoutingPropertyTest {
  private static final int CASES_PER_SEED = 1_000;
  private static final Instant AT = CoreGen.EPOCH.plusSeconds(4 * 86_400);
  /** The rules whose signals are clinical (screens, risk, depression, disclosures), not logistics or group process. */
  private static final Set<RuleId> CLINICAL = Set.of(EscalationPolicy.PHQ9_MODERATE, EscalationPolicy.PHQ9_MODERATELY_SEVERE,
      EscalationPolicy.PHQ9_SEVERE, EscalationPolicy.PHQ9_ITEM9_POSITIVE, EscalationPolicy.CSSRS_MODERATE, EscalationPolicy.CSSRS_HIGH,
      EscalationPolicy.EPDS_POSSIBLE_DEPRESSION, EscalationPolicy.EPDS_PROBABLE_DEPRESSION, EscalationPolicy.EPDS_ITEM10_POSITIVE,
      EscalationPolicy.DISTRESS_ELEVATED, EscalationPolicy.DEPRESSION_SIGNS, EscalationPolicy.HOPELESSNESS,
      EscalationPolicy.SUICIDE_MENTION, EscalationPolicy.DANGER_TO_OTHERS, EscalationPolicy.CHILD_ABUSE, EscalationPolicy.ELDER_ABUSE);
  private static final Set<RuleId> ABUSE = Set.of(EscalationPolicy.CHILD_ABUSE, EscalationPolicy.ELDER_ABUSE);

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void evaluate_anyPolicy_escalationsFollowTheirRulesRouting(long seed) {
    Seeds.forEachCase(seed, CASES_PER_SEED, r -> {
      EscalationPolicy policy = EscalationGen.policy(r);
      List<Signal> signals = EscalationGen.signals(r, 8);
      EscalationDecision decision = policy.evaluate(signals, Map.<PersonId, ConsentRecord>of(), AT, List.of());
      for (Escalation e : decision.escalations()) {
        Routing routing = policy.routingOf(policy.rule(e.rule()).orElseThrow());
        assertThat(e.targetRoles()).isEqualTo(routing.roles());
        assertThat(e.deadline()).isEqualTo(e.firstSignalAt().plus(routing.deadline()));
        if (ABUSE.contains(e.rule())) {
          assertThat(e.targetRoles()).contains(CareRole.SAFEGUARDING_LEAD).anyMatch(CareRole::isClinical);
          assertThat(e.deadline()).isEqualTo(e.firstSignalAt());
        }
      }
      for (RuleId abuse : ABUSE) {
        assertThat(policy.routingOf(policy.rule(abuse).orElseThrow()).roles()).contains(CareRole.SAFEGUARDING_LEAD);
      }
      boolean crisis = decision.escalations().stream().anyMatch(e -> e.actions().contains(EscalationAction.GIVE_CRISIS_RESOURCES));
      assertThat(decision.crisisResources()).isEqualTo(crisis ? policy.crisisResources() : List.of());
      assertThat(policy.crisisResources()).isNotEmpty().allSatisfy(c -> assertThat(c.countries()).contains(policy.country()));
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void standard_everyClinicalRule_reachesAClinician(long seed) {
    EscalationPolicy standard = EscalationPolicy.standard();
    Seeds.forEachCase(seed, CASES_PER_SEED, r -> {
      PersonId person = EscalationGen.person(r);
      Signal s = EscalationGen.signal(r, "sig-1", person, CoreGen.EPOCH);
      for (Escalation e : standard.evaluate(List.of(s), ConsentRecord.none(), AT).escalations()) {
        if (CLINICAL.contains(e.rule())) {
          assertThat(e.targetRoles()).as("%s", e.rule()).anyMatch(CareRole::isClinical);
        }
        if (ABUSE.contains(e.rule())) {
          assertThat(e.targetRoles()).contains(CareRole.SAFEGUARDING_LEAD).doesNotContain(CareRole.CRISIS_LINE);
        }
      }
    });
    for (RuleId id : CLINICAL) {
      assertThat(standard.routingOf(standard.rule(id).orElseThrow()).roles()).as("%s", id).anyMatch(CareRole::isClinical);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void build_abuseRoutingWithoutTheSafeguardingLeadOrLater_isRefused(long seed) {
    Seeds.forEachCase(seed, CASES_PER_SEED / 10, r -> {
      EscalationPolicy policy = EscalationGen.policy(r);
      EscalationRule abuse = policy.rule(CoreGen.oneOf(r, List.copyOf(ABUSE))).orElseThrow();
      Set<CareRole> without = EnumSet.copyOf(policy.routingOf(abuse).roles());
      without.remove(CareRole.SAFEGUARDING_LEAD);
      without.add(CareRole.CRISIS_LINE);
      assertThatThrownBy(() -> policy.withRule(EscalationRule.builder().from(abuse).targetRoles(without).build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(abuse.id().value()).hasMessageContaining("add roles");
      assertThatThrownBy(() -> policy.withRule(EscalationRule.builder().from(abuse).deadline(Duration.ofMinutes(r.nextInt(1, 1440))).build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(abuse.id().value()).hasMessageContaining("shorten");
      // adding a role is allowed
      Set<CareRole> more = EnumSet.copyOf(policy.routingOf(abuse).roles());
      more.add(CoreGen.oneOf(r, CareRole.values()));
      assertThat(policy.withRule(EscalationRule.builder().from(abuse).targetRoles(more).build()).routingOf(
          policy.withRule(EscalationRule.builder().from(abuse).targetRoles(more).build()).rule(abuse.id()).orElseThrow()).roles()).isEqualTo(more);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void crisisResources_byCountry_areThoseServingIt(long seed) {
    Seeds.forEachCase(seed, CASES_PER_SEED, r -> {
      String country = CoreGen.oneOf(r, "US", "CA", "GB", "IE", "AU", "NZ");
      EscalationPolicy policy = EscalationPolicy.builder().from(EscalationPolicy.standard()).country(country).build();
      assertThat(policy.crisisResources()).isNotEmpty()
          .containsExactlyElementsOf(CrisisResources.standard().stream().filter(c -> c.serves(country)).toList());
      Signal suicide = Signal.sign("s", SeekerId.of("s-1"), Reporter.PEER, AT, SignKind.SUICIDE_MENTION);
      assertThat(policy.evaluate(List.of(suicide), ConsentRecord.none(), AT).crisisResources()).isEqualTo(policy.crisisResources());
    });
  }
}
