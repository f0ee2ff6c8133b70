package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.programme.DeliveryModel;
import io.github.peersupport.core.programme.ProgrammeProfile;
import io.github.peersupport.groups.GroupModality;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.programmes.Programme;
import io.github.peersupport.programmes.Programmes;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Scenario#of(Programme)}: what a preset's scenario takes from the programme and derives from its profile. */
class ScenarioOfProgrammeTest {
  private static final Taxonomy CONDITIONS = Taxonomy.standardConditions();

  static Stream<String> presets() {
    return Programmes.all().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void of_preset_takesTheProgrammesPoliciesAndName(String id) {
    Programme p = Programmes.byId(id);
    Scenario s = Scenario.of(p);

    assertThat(s.name()).isEqualTo(id);
    assertThat(s.matcher()).isEqualTo(p.matcher());
    assertThat(s.lifecycle()).isEqualTo(p.lifecycle());
    assertThat(s.followUps()).isEqualTo(p.followUps());
    assertThat(s.escalation()).isEqualTo(p.escalation());
    assertThat(s.groupSize()).isEqualTo(p.groupSize());
    assertThat(s.placement()).isEqualTo(p.placement());
    assertThat(Scenario.builder().from(s).build()).as("validates").isEqualTo(s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void of_preset_groupsAndOneToOneOnlyWhereOffered(String id) {
    Programme p = Programmes.byId(id);
    Scenario s = Scenario.of(p);
    boolean groups = p.offers(DeliveryModel.SUPPORT_GROUP) || p.offers(DeliveryModel.COMBINED);
    boolean oneToOne = p.offers(DeliveryModel.ONE_TO_ONE) || p.offers(DeliveryModel.COMBINED);

    assertThat(s.programmeGroups().isEmpty()).isEqualTo(!groups);
    assertThat(s.behaviour().oneToOneShare()).isEqualTo(oneToOne ? 1.0 : 0.0);
    assertThat(s.behaviour().groupInterestShare()).isEqualTo(!groups ? 0.0 : p.offers(DeliveryModel.ONE_TO_ONE) ? 0.3 : 1.0);
    if (p.offers(DeliveryModel.VIRTUAL)) {
      assertThat(s.programmeGroups()).extracting(SupportGroup::modality).containsOnly(GroupModality.VIDEO);
    }
    for (SupportGroup g : s.programmeGroups()) {
      assertThat(g.sizePolicy()).isEqualTo(p.groupSize());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void of_preset_cohortFromTheProfile(String id) {
    ProgrammeProfile profile = Programmes.byId(id).profile();
    Cohort c = Scenario.of(Programmes.byId(id)).cohort();

    for (String code : c.conditionMix().keySet()) {
      assertThat(profile.conditionsServed()).as(code).anyMatch(served -> CONDITIONS.subsumes(served, CONDITIONS.code(code)));
    }
    for (Code served : profile.conditionsServed()) {
      boolean drawn = c.conditionMix().containsKey(served.code()) || c.rareConditions().contains(served.code());
      assertThat(drawn).as("%s is drawn", served.code()).isTrue();
    }
    Set<ExperienceRole> roles = profile.rolesServed();
    double caregivers = roles.equals(EnumSet.of(ExperienceRole.PATIENT)) ? 0 : roles.equals(EnumSet.of(ExperienceRole.CAREGIVER)) ? 1 : 0.2;
    assertThat(c.caregiverShare()).isEqualTo(caregivers);
    assertThat(c.languageMix().keySet()).isEqualTo(profile.languages().stream().map(Language::tag).collect(Collectors.toSet()));
  }

  @Test
  void of_documentedAssumptionsPerFamily() {
    Cohort mothers = Scenario.of(Programmes.newMothers()).cohort();
    assertThat(mothers.womenShare()).isEqualTo(1.0);
    assertThat(mothers.meanAge()).isEqualTo(30);
    assertThat(mothers.conditionMix()).containsOnlyKeys("new-mothers", "perinatal-depression", "premature-birth");
    assertThat(Scenario.of(Programmes.substanceUseRecovery()).cohort().meanAge()).isEqualTo(40);
    Cohort parents = Scenario.of(Programmes.parentsOfChildrenWithDisabilities()).cohort();
    assertThat(parents.caregiverShare()).isEqualTo(1.0);
    assertThat(parents.womenShare()).isEqualTo(0.8);
    Cohort transplant = Scenario.of(Programmes.transplantAndChronicIllness()).cohort();
    assertThat(transplant.rareConditions()).containsExactly("cystic-fibrosis");
    assertThat(transplant.conditionMix()).doesNotContainKey("cystic-fibrosis").containsKeys("heart-transplant", "ovarian-cancer");
    assertThat(Scenario.of(Programmes.cancerSurvivorMentoring()).cohort().meanAge()).isEqualTo(Cohort.standard().meanAge());
  }

  @Test
  void of_groupOnlyProgramme_noOneToOneReferralsEveryoneAsksForAGroup() {
    Scenario s = Scenario.of(Programmes.facilitatedCancerGroups()).withHorizonWeeks(8);
    Run run = s.run(7);

    assertThat(run.metrics().seekers()).isZero();
    assertThat(run.metrics().offers()).isZero();
    assertThat(run.metrics().groupRequests()).isPositive();
    assertThat(run.weeks()).allMatch(w -> w.referrals() == 0 && w.engaged() == 0);
    assertThat(s.behaviour().toString()).endsWith(", one-to-one 0%]");
  }

  @Test
  void of_standardScenario_unchanged() {
    assertThat(Scenario.standard().behaviour().oneToOneShare()).isEqualTo(1.0);
    assertThat(Behaviour.standard().toString()).doesNotContain("one-to-one");
  }

  @Test
  void of_programmeServingNoStandardCondition_namesTheField() {
    Programme p = Programmes.newMothers();
    Programme foreign = Programme.builder().from(p).profile(ProgrammeProfile.builder().from(p.profile())
        .conditionsServed(List.of(Code.of("urn:host:conditions", "x", "X"))).build()).build();

    assertThatThrownBy(() -> Scenario.of(foreign)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("conditionsServed");
  }
}
