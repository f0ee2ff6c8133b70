package io.github.peersupport.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.consent.ConfidentialityLimit;
import io.github.peersupport.core.consent.ConfidentialityPolicy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.rule.RuleId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  private static final SeekerId SEEKER = SeekerId.of("s-1");
  private final EscalationPolicy standard = EscalationPolicy.standard();

  private static Signal item9(String id, Instant at) {
    return Signal.phq9(id, SEEKER, Reporter.SELF_REPORT, at, 0, 0, 0, 0, 0, 0, 0, 0, 2);
  }

  // ---- safety floor ----------------------------------------------------------------------------

  @Test
  void withoutRule_immediateDefault_isRejectedNamingTheRule() {
    assertThatThrownBy(() -> standard.withoutRule(EscalationPolicy.PHQ9_ITEM9_POSITIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rules:").hasMessageContaining("escalation.phq9.item9-positive").hasMessageContaining("safety floor");
  }

  @Test
  void withRule_loweringAnImmediateDefault_isRejected() {
    EscalationRule lowered = EscalationRule.builder().from(standard.rule(EscalationPolicy.CSSRS_HIGH).orElseThrow()).level(Severity.URGENT).build();
    assertThatThrownBy(() -> standard.withRule(lowered))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("escalation.cssrs.high-risk").hasMessageContaining("lowered");
  }

  @Test
  void withRule_narrowingAnImmediateTriggerOrActions_isRejected() {
    EscalationRule other = EscalationRule.builder().from(standard.rule(EscalationPolicy.SUICIDE_MENTION).orElseThrow())
        .trigger(Trigger.sign(SignKind.HOPELESSNESS)).build();
    assertThatThrownBy(() -> standard.withRule(other)).hasMessageContaining("trigger");
    EscalationRule noCrisis = EscalationRule.builder().from(standard.rule(EscalationPolicy.SUICIDE_MENTION).orElseThrow())
        .actions(EnumSet.of(EscalationAction.NOTIFY)).build();
    assertThatThrownBy(() -> standard.withRule(noCrisis)).hasMessageContaining("actions");
  }

  @Test
  void withRule_immediateDefaultRoutedAwayFromCliniciansOrLosingItsLimit_isRejected() {
    EscalationRule item9 = standard.rule(EscalationPolicy.PHQ9_ITEM9_POSITIVE).orElseThrow();
    assertThatThrownBy(() -> standard.withRule(EscalationRule.builder().from(item9).targetRoles(EnumSet.of(CareRole.COORDINATOR)).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("escalation.phq9.item9-positive").hasMessageContaining("crisis line or a clinician");
    assertThatThrownBy(() -> standard.withRule(EscalationRule.builder().from(item9).confidentialityLimit(java.util.Optional.empty()).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit of confidentiality");
    // own roles that still reach a clinician are fine
    EscalationPolicy nurse = standard.withRule(EscalationRule.builder().from(item9).targetRoles(EnumSet.of(CareRole.NURSE, CareRole.COORDINATOR)).build());
    assertThat(nurse.evaluate(List.of(item9("a", AT)), ConsentRecord.none(), AT).escalations().get(0).targetRoles())
        .containsExactlyInAnyOrder(CareRole.NURSE, CareRole.COORDINATOR);
  }

  @Test
  void withRule_hostRuleRaisedToImmediateWithoutClinician_isRejected() {
    EscalationRule missed = standard.rule(EscalationPolicy.MISSED_CONTACTS).orElseThrow();
    assertThatThrownBy(() -> standard.withRule(EscalationRule.builder().from(missed).level(Severity.IMMEDIATE)
        .targetRoles(EnumSet.of(CareRole.PROGRAMME_LEADER)).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("escalation.peer.missed-contacts");
  }

  @Test
  void durations_beyondTenYears_areRejectedNamingTheField() {
    EscalationRule missed = standard.rule(EscalationPolicy.MISSED_CONTACTS).orElseThrow();
    assertThatThrownBy(() -> EscalationRule.builder().from(missed).deadline(java.time.temporal.ChronoUnit.FOREVER.getDuration()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("deadline:");
    assertThatThrownBy(() -> Routing.of(EnumSet.of(CareRole.COORDINATOR), Duration.ofDays(4000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("deadline:");
  }

  @Test
  void evaluate_singleConsentOverloadWithSeveralPeople_isRejected() {
    Signal other = Signal.sign("b", io.github.peersupport.core.SupporterId.of("p-1"), Reporter.PEER, AT, SignKind.SUPPORTER_DISTRESS);
    assertThatThrownBy(() -> standard.evaluate(List.of(item9("a", AT), other), ConsentRecord.none(), AT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("signals:").hasMessageNotContaining("p-1");
  }

  @Test
  void withLevelRouting_immediateWithoutClinicianOrTooLate_isRejected() {
    assertThatThrownBy(() -> standard.withLevelRouting(Severity.IMMEDIATE, Routing.of(EnumSet.of(CareRole.COORDINATOR), Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("routing:");
    assertThatThrownBy(() -> standard.withLevelRouting(Severity.IMMEDIATE, Routing.of(EnumSet.of(CareRole.CRISIS_LINE), Duration.ofHours(48))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most PT24H");
  }

  @Test
  void hostChanges_raisingAddingRerouting_areAllowed() {
    EscalationRule raised = EscalationRule.builder().from(standard.rule(EscalationPolicy.CSSRS_MODERATE).orElseThrow()).level(Severity.IMMEDIATE).build();
    EscalationRule added = EscalationRule.builder().id(RuleId.of("host.phq9-12-plus")).trigger(Trigger.phq9Between(12, 27))
        .level(Severity.URGENT).deadline(Duration.ofHours(8)).build();
    EscalationPolicy host = standard.withRule(raised).withRule(added)
        .withLevelRouting(Severity.CONCERN, Routing.of(EnumSet.of(CareRole.NURSE), Duration.ofHours(48)))
        .withoutRule(EscalationPolicy.MISSED_CONTACTS);

    Signal phq9 = Signal.phq9("a", SEEKER, Reporter.SCREENER, AT, 2, 2, 2, 2, 2, 2, 0, 0, 0);
    EscalationDecision d = host.evaluate(List.of(phq9), ConsentRecord.none(), AT);
    assertThat(d.escalations()).extracting(Escalation::rule).containsExactly(RuleId.of("host.phq9-12-plus"), EscalationPolicy.PHQ9_MODERATE);
    assertThat(d.escalations().get(0).deadline()).isEqualTo(AT.plus(Duration.ofHours(8)));
    // PHQ-9 10-14 has its own routing (a social worker or nurse), which a level re-route does not change
    assertThat(d.escalations().get(1).targetRoles()).containsExactlyInAnyOrder(CareRole.SOCIAL_WORKER, CareRole.NURSE, CareRole.COORDINATOR);
    assertThat(host.evaluate(List.of(Signal.sign("b", SEEKER, Reporter.PEER, AT, SignKind.BOUNDARY_CONCERN)), ConsentRecord.none(), AT)
        .escalations().get(0).targetRoles()).containsExactly(CareRole.NURSE);
    assertThat(host.rule(EscalationPolicy.MISSED_CONTACTS)).isEmpty();
  }

  @Test
  void build_duplicateRuleIds_rejectedNamingTheIndex() {
    EscalationRule first = standard.rules().get(0);
    assertThatThrownBy(() -> EscalationPolicy.builder().from(standard).addRules(first).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("rules[" + standard.rules().size() + "].id:");
  }

  // ---- routing, deadlines, crisis resources ---------------------------------------------------------

  @Test
  void evaluate_urgent_routesToClinicianWithin24Hours() {
    Signal severe = Signal.phq9("a", SEEKER, Reporter.SCREENER, AT, 3, 3, 3, 3, 3, 3, 2, 0, 0);
    Escalation e = standard.evaluate(List.of(severe), ConsentRecord.none(), AT).escalations().get(0);
    assertThat(e.level()).isEqualTo(Severity.URGENT);
    assertThat(e.targetRoles()).containsExactlyInAnyOrder(CareRole.SOCIAL_WORKER, CareRole.COORDINATOR);
    assertThat(e.deadline()).isEqualTo(AT.plus(Duration.ofHours(24)));
  }

  @Test
  void evaluate_phq2Positive_asksForPhq9() {
    Signal phq2 = Signal.phq2("a", SEEKER, Reporter.SCREENER, AT, 3, 0);
    Escalation e = standard.evaluate(List.of(phq2), ConsentRecord.none(), AT).escalations().get(0);
    assertThat(e.actions()).contains(EscalationAction.ADMINISTER_PHQ9);
  }

  @Test
  void evaluate_supporterDistress_pausesTheSupporterAndNotifiesTheCoordinator() {
    Signal distress = Signal.sign("a", io.github.peersupport.core.SupporterId.of("p-1"), Reporter.PEER, AT, SignKind.SUPPORTER_DISTRESS);
    Escalation e = standard.evaluate(List.of(distress), ConsentRecord.none(), AT).escalations().get(0);
    assertThat(e.actions()).contains(EscalationAction.PAUSE_SUPPORTER, EscalationAction.NOTIFY);
    assertThat(e.targetRoles()).containsExactly(CareRole.COORDINATOR);
  }

  @Test
  void evaluate_noCrisisAction_givesNoCrisisResources() {
    Signal mild = Signal.phq9("a", SEEKER, Reporter.SCREENER, AT, 1, 1, 1, 1, 1, 0, 0, 0, 0);
    EscalationDecision d = standard.evaluate(List.of(mild), ConsentRecord.none(), AT);
    assertThat(d.crisisResources()).isEmpty();
    assertThat(d.highest()).contains(Severity.INFO);
    assertThat(standard.evaluate(List.of(), ConsentRecord.none(), AT).escalations()).isEmpty();
  }

  // ---- consent and the limits of confidentiality ----------------------------------------------------

  @Test
  void sharing_consentGiven_isConsent() {
    ConsentRecord consent = ConsentRecord.grantedAt(AT, ConsentScope.SHARE_WITH_CARE_TEAM);
    Escalation e = standard.evaluate(List.of(item9("a", AT)), consent, AT).escalations().get(0);
    assertThat(e.sharing()).isEqualTo(SharingBasis.CONSENT);
    assertThat(e.overridingLimit()).isEmpty();
  }

  @Test
  void sharing_noConsentAndNoLimit_asksPermission() {
    Signal moderate = Signal.phq9("a", SEEKER, Reporter.SCREENER, AT, 2, 2, 2, 2, 2, 0, 0, 0, 0);
    Escalation e = standard.evaluate(List.of(moderate), ConsentRecord.none(), AT).escalations().get(0);
    assertThat(e.sharing()).isEqualTo(SharingBasis.ASK_PERMISSION);
  }

  @Test
  void sharing_consentWithdrawnBeforeEvaluation_isNotConsent() {
    ConsentRecord consent = ConsentRecord.grantedAt(AT.minusSeconds(7200), ConsentScope.SHARE_WITH_CARE_TEAM)
        .withdraw(ConsentScope.SHARE_WITH_CARE_TEAM, AT.minusSeconds(60));
    Escalation e = standard.evaluate(List.of(item9("a", AT)), consent, AT).escalations().get(0);
    assertThat(e.sharing()).isEqualTo(SharingBasis.CONFIDENTIALITY_LIMIT);
  }

  @Test
  void sharing_elderAbuseWhereNotReportable_asksPermissionButStillEscalatesImmediately() {
    EscalationPolicy noElder = EscalationPolicy.builder().from(standard)
        .confidentiality(ConfidentialityPolicy.builder().addAllLimits(ConfidentialityPolicy.FLOOR).build()).build();
    Signal elder = Signal.disclosure("a", SEEKER, Reporter.PEER, AT, DisclosureKind.ELDER_OR_DEPENDENT_ADULT_ABUSE);
    Escalation e = noElder.evaluate(List.of(elder), ConsentRecord.none(), AT).escalations().get(0);
    assertThat(e.level()).isEqualTo(Severity.IMMEDIATE);
    assertThat(e.sharing()).isEqualTo(SharingBasis.ASK_PERMISSION);
    Escalation reportable = standard.evaluate(List.of(elder), ConsentRecord.none(), AT).escalations().get(0);
    assertThat(reportable.overridingLimit()).contains(ConfidentialityLimit.ELDER_OR_DEPENDENT_ADULT_ABUSE);
  }

  // ---- de-duplication --------------------------------------------------------------------------------

  @Test
  void evaluate_repeatsWithinWindow_makeOneEscalationWithAllEvidence() {
    List<Signal> signals = List.of(item9("a", AT.minusSeconds(7200)), item9("b", AT));
    EscalationDecision d = standard.evaluate(signals, ConsentRecord.none(), AT);
    assertThat(d.escalations()).singleElement().satisfies(e -> {
      assertThat(e.evidence()).containsExactly(SignalId.of("a"), SignalId.of("b"));
      assertThat(e.firstSignalAt()).isEqualTo(AT.minusSeconds(7200));
    });
  }

  @Test
  void evaluate_repeatsBeyondWindow_makeTwoEscalations() {
    List<Signal> signals = List.of(item9("a", AT.minus(Duration.ofHours(25))), item9("b", AT));
    assertThat(standard.evaluate(signals, ConsentRecord.none(), AT).escalations()).hasSize(2);
  }

  @Test
  void evaluate_alreadyNotified_isNotNotifiedAgainUnlessHigher() {
    Escalation earlier = standard.evaluate(List.of(item9("a", AT.minusSeconds(3600))), ConsentRecord.none(), AT.minusSeconds(3600))
        .escalations().get(0);
    Map<PersonId, ConsentRecord> none = Map.of();
    EscalationDecision again = standard.evaluate(List.of(item9("b", AT)), none, AT, List.of(earlier));
    assertThat(again.escalations()).singleElement().satisfies(e -> assertThat(e.notifies()).isFalse());
    assertThat(again.notifications()).isEmpty();
    assertThat(again.reaches(Severity.IMMEDIATE)).isTrue();

    Escalation lowerEarlier = Escalation.builder().from(earlier).level(Severity.URGENT).build();
    assertThat(standard.evaluate(List.of(item9("b", AT)), none, AT, List.of(lowerEarlier)).notifications()).hasSize(1);
  }

  // ---- bad input -------------------------------------------------------------------------------------

  @Test
  void evaluate_duplicateOrFutureSignals_areProgrammingErrors() {
    assertThatThrownBy(() -> standard.evaluate(List.of(item9("a", AT), item9("a", AT)), ConsentRecord.none(), AT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("signals:").hasMessageContaining("duplicate");
    assertThatThrownBy(() -> standard.evaluate(List.of(item9("a", AT.plusSeconds(1))), ConsentRecord.none(), AT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("signals:").hasMessageContaining("after");
  }

  @Test
  void signal_invalidAnswers_nameTheItem() {
    assertThatThrownBy(() -> Signal.phq9("a", SEEKER, Reporter.SCREENER, AT, 0, 0, 0, 4, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("answers[3]:");
    assertThatThrownBy(() -> Signal.phq9("a", SEEKER, Reporter.SCREENER, AT, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("answers:");
    assertThatThrownBy(() -> CssrsAnswers.builder().wishToBeDead(false).suicidalThoughts(true).behaviourInLifetime(false)
        .behaviourInPastThreeMonths(false).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("thoughtsWithMethod:");
  }
}
