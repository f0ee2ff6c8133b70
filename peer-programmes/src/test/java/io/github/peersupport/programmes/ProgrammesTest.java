package io.github.peersupport.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.escalation.EscalationPolicy;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.programme.Readiness;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.matching.MatchingPolicy;
import io.github.peersupport.matching.RungOrder;
import io.github.peersupport.matching.lifecycle.MatchTerm;
import java.time.Duration;
import io.github.peersupport.core.programme.DeliveryModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammesTest {

  @Test
  void all_everyPresetOfTheSources_inSourceOrderWithUniqueIds() {
    assertThat(Programmes.all().keySet()).containsExactly(
        "substance-use-recovery", "mental-illness-peers-and-families", "new-mothers",
        "parents-of-children-with-disabilities", "transplant-and-chronic-illness", "cancer-survivor-mentoring",
        "weight-management-groups", "facilitated-cancer-groups");
    Programmes.all().forEach((id, p) -> {
      assertThat(p.id().value()).isEqualTo(id);
      assertThat(p.basis()).as(id).isNotBlank();
      assertThat(p.matcher().policy().zone()).isEqualTo(p.profile().zone()).isEqualTo(Programmes.DEFAULT_ZONE);
    });
  }

  @Test
  void all_joosProgrammesAtoG_citeTheirRowOfTable2() {
    List<String> rows = Programmes.all().values().stream().map(Programme::basis).filter(b -> b.startsWith("Joo")).toList();
    assertThat(rows).containsExactly("Joo et al. 2022, Table 2, programme A", "Joo et al. 2022, Table 2, programme B",
        "Joo et al. 2022, Table 2, programme C", "Joo et al. 2022, Table 2, programme D",
        "Joo et al. 2022, Table 2, programme E", "Joo et al. 2022, Table 2, programme F",
        "Joo et al. 2022, Table 2, programme G");
    assertThat(Programmes.facilitatedCancerGroups().basis()).isEqualTo("Presently");
  }

  @Test
  void presets_deliveryAndAudience_followTheirSource() {
    assertThat(Programmes.substanceUseRecovery().profile().deliveryModels()).containsExactly(DeliveryModel.ONE_TO_ONE);
    assertThat(Programmes.mentalIllnessPeersAndFamilies().profile().rolesServed())
        .containsExactlyInAnyOrder(ExperienceRole.PATIENT, ExperienceRole.CAREGIVER);
    assertThat(Programmes.mentalIllnessPeersAndFamilies().groupSize().minFacilitators()).isEqualTo(2);
    assertThat(Programmes.newMothers().offers(DeliveryModel.ONE_TO_ONE)).isTrue();
    assertThat(Programmes.newMothers().offers(DeliveryModel.SUPPORT_GROUP)).isTrue();
    assertThat(Programmes.parentsOfChildrenWithDisabilities().profile().rolesServed()).containsExactly(ExperienceRole.CAREGIVER);
    assertThat(Programmes.cancerSurvivorMentoring().profile().rolesServed())
        .containsExactlyInAnyOrder(ExperienceRole.PATIENT, ExperienceRole.CAREGIVER);
    assertThat(Programmes.weightManagementGroups().offers(DeliveryModel.SUPPORT_GROUP)).isTrue();
    assertThat(Programmes.facilitatedCancerGroups().groupSize().maxMembers()).isEqualTo(12);
    assertThat(Programmes.facilitatedCancerGroups().offers(DeliveryModel.VIRTUAL)).isTrue();
  }

  @Test
  void presets_readinessTermsRankingMinorsAndRouting_followTheirSourceOrSayWhichAssumption() {
    assertThat(measures(Programmes.substanceUseRecovery())).containsExactly("MONTHS_IN_RECOVERY>=12");
    assertThat(measures(Programmes.mentalIllnessPeersAndFamilies()))
        .containsExactly("MONTHS_IN_RECOVERY>=12", "MONTHS_SINCE_DIAGNOSIS>=12");
    assertThat(measures(Programmes.newMothers())).containsExactly("MONTHS_SINCE_DELIVERY>=6");
    assertThat(measures(Programmes.parentsOfChildrenWithDisabilities())).containsExactly("MONTHS_SINCE_CHILD_DIAGNOSIS>=12");
    assertThat(measures(Programmes.transplantAndChronicIllness())).containsExactly("MONTHS_SINCE_DIAGNOSIS>=12");
    assertThat(Programmes.cancerSurvivorMentoring().matcher().policy().readiness()).isEqualTo(Readiness.standard());
    assertThat(Programmes.weightManagementGroups().matcher().policy().readiness()).isEqualTo(Readiness.none());

    MatchTerm term = Programmes.newMothers().lifecycle().term().orElseThrow();
    assertThat(term.anchor()).contains(AnchorKind.DELIVERY);
    assertThat(term.length()).isEqualTo(Duration.ofDays(84));
    assertThat(Programmes.all().values().stream().filter(p -> p.lifecycle().term().isPresent()).map(p -> p.id().value()))
        .containsExactly("new-mothers");

    MatchingPolicy transplant = Programmes.transplantAndChronicIllness().matcher().policy();
    assertThat(transplant.rungOrder()).isEqualTo(RungOrder.ISSUES_BEFORE_BROADER);
    assertThat(transplant.minSharedIssues()).isEqualTo(1);
    assertThat(transplant.minors().minimumYears()).isEqualTo(12);
    assertThat(transplant.minors().assentFromYears()).contains(12);
    assertThat(Programmes.substanceUseRecovery().matcher().policy().minors().servesMinors()).isFalse();

    EscalationPolicy mothers = Programmes.newMothers().escalation();
    for (RuleId moderate : List.of(EscalationPolicy.EPDS_POSSIBLE_DEPRESSION, EscalationPolicy.PHQ9_MODERATE)) {
      assertThat(mothers.routingOf(mothers.rule(moderate).orElseThrow()).roles())
          .containsExactlyInAnyOrder(CareRole.NURSE, CareRole.COORDINATOR);
    }
    for (Programme p : Programmes.all().values()) {
      EscalationPolicy e = p.escalation();
      assertThat(e.routingOf(e.rule(EscalationPolicy.CHILD_ABUSE).orElseThrow()).roles())
          .as(p.id().value()).contains(CareRole.SAFEGUARDING_LEAD).doesNotContain(CareRole.CRISIS_LINE);
      assertThat(e.routingOf(e.rule(EscalationPolicy.PHQ9_MODERATE).orElseThrow()).roles())
          .as(p.id().value()).anyMatch(CareRole::isClinical);
      assertThat(e.crisisResources()).as(p.id().value()).isNotEmpty();
    }
  }

  private static List<String> measures(Programme p) {
    return p.matcher().policy().readiness().rules().stream().map(r -> r.measure() + ">=" + r.minMonths()).toList();
  }

  @Test
  void byId_knownId_returnsThePreset() {
    assertThat(Programmes.byId("new-mothers")).isEqualTo(Programmes.newMothers());
  }

  @Test
  void byId_unknownId_namesTheKnownPresets() {
    assertThatThrownBy(() -> Programmes.byId("new-fathers"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("new-fathers")
        .hasMessageContaining("new-mothers, parents-of-children-with-disabilities");
  }

  @Test
  void toString_showsIdAndName() {
    assertThat(Programmes.newMothers()).hasToString("Programme[new-mothers, New mothers' telephone mentoring]");
  }
}
