package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.Modality;
import org.junit.jupiter.api.Test;

/**
 * The packed hard-check fields cannot outgrow their bits silently: their widths follow the enums'
 * sizes, and a size that no longer fits fails, naming the enum. An enum constant cannot be added in a
 * test, so the guard is exercised with sizes.
 */
class PackedLayoutTest {
  private static final int FLOOR_RULES = SupporterPool.MAX_FLOOR_RULES;

  @Test
  void bitsFor_isTheCeilingOfLog2_atLeastOne() {
    assertThat(PackedLayout.bitsFor(1)).isEqualTo(1);
    assertThat(PackedLayout.bitsFor(2)).isEqualTo(1);
    assertThat(PackedLayout.bitsFor(3)).isEqualTo(2);
    assertThat(PackedLayout.bitsFor(4)).isEqualTo(2);
    assertThat(PackedLayout.bitsFor(5)).isEqualTo(3);
    assertThat(PackedLayout.bitsFor(8)).isEqualTo(3);
    assertThat(PackedLayout.bitsFor(9)).isEqualTo(4);
    assertThat(PackedLayout.bitsFor(1 << 20)).isEqualTo(20);
  }

  @Test
  void layout_ofTodaysEnums_isContiguousAndDisjoint() {
    // 5 fixed floor rules and up to 8 readiness rules + the eligible marker in 4 bits, 2 roles in 1,
    // 4 modalities in 4, 23 languages
    assertThat(FLOOR_RULES).isEqualTo(5 + io.github.peersupport.core.programme.Readiness.MAX_RULES).isEqualTo(13);
    assertThat(PackedLayout.ELIGIBLE).isEqualTo(15).isGreaterThanOrEqualTo(FLOOR_RULES);
    assertThat(PackedLayout.ROLE_SHIFT).isEqualTo(4);
    assertThat(PackedLayout.MODALITY_SHIFT).isEqualTo(5);
    assertThat(PackedLayout.LANGUAGE_SHIFT).isEqualTo(9);
    assertThat(PackedLayout.LANGUAGE_BITS).isEqualTo(23)
        .isEqualTo(PackedLayout.languageBits(FLOOR_RULES, ExperienceRole.values().length, Modality.values().length));
    int floor = PackedLayout.ELIGIBLE;
    int role = PackedLayout.ROLE_MASK << PackedLayout.ROLE_SHIFT;
    int modality = PackedLayout.MODALITY_MASK << PackedLayout.MODALITY_SHIFT;
    int language = PackedLayout.LANGUAGE_MASK << PackedLayout.LANGUAGE_SHIFT;
    assertThat(floor & role).isZero();
    assertThat((floor | role) & modality).isZero();
    assertThat((floor | role | modality) & language).isZero();
    assertThat(floor | role | modality | language).isEqualTo(-1);
  }

  @Test
  void languageBits_aThirdRoleOrAFifthModality_moveTheFieldsInsteadOfOverlapping() {
    assertThat(PackedLayout.languageBits(FLOOR_RULES, 3, 4)).isEqualTo(22); // role takes 2 bits
    assertThat(PackedLayout.languageBits(FLOOR_RULES, 2, 5)).isEqualTo(22); // a fifth modality bit
    assertThat(PackedLayout.languageBits(FLOOR_RULES, 3, 5)).isEqualTo(21);
    assertThat(PackedLayout.languageBits(7, 2, 4)).isEqualTo(24); // 7 rules + marker still fit 3 bits
    assertThat(PackedLayout.languageBits(8, 2, 4)).isEqualTo(23); // the 8th rule needs a 4th bit
    assertThat(PackedLayout.languageBits(FLOOR_RULES, 128, 8)).isEqualTo(32 - 4 - 7 - 8);
  }

  @Test
  void languageBits_modalitiesOutgrowingTheirByte_failNamingModalityAndItsSize() {
    assertThatThrownBy(() -> PackedLayout.languageBits(FLOOR_RULES, 2, 9))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("Modality has 9 constants");
    assertThatThrownBy(() -> PackedLayout.languageBits(FLOOR_RULES, 2, 0))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("Modality has 0 constants");
  }

  @Test
  void languageBits_rolesOutgrowingTheirByte_failNamingExperienceRoleAndItsSize() {
    assertThatThrownBy(() -> PackedLayout.languageBits(FLOOR_RULES, 129, 4))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("ExperienceRole has 129 constants");
  }

  @Test
  void languageBits_fieldsOutgrowingTheInt_failNamingBothEnumsAndTheirSizes() {
    assertThatThrownBy(() -> PackedLayout.languageBits(1 << 20, 128, 8))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("ExperienceRole (128 constants) and Modality (8 constants) with 1048576 floor rules need 36 bits");
  }
}
