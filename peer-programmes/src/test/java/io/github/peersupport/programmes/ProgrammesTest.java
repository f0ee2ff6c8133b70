package io.github.peersupport.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.person.ExperienceRole;
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
