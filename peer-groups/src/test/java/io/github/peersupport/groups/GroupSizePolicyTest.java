package io.github.peersupport.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.groups.testing.GroupsGen;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class GroupSizePolicyTest {
  @Test
  void standard_defaults_twelveMaxFourMinTenPerFacilitatorOneFacilitatorLoadThirty() {
    GroupSizePolicy p = GroupSizePolicy.standard();

    assertThat(p.maxMembers()).isEqualTo(12);
    assertThat(p.minViable()).isEqualTo(4);
    assertThat(p.membersPerFacilitator()).isEqualTo(10);
    assertThat(p.minFacilitators()).isEqualTo(1);
    assertThat(p.facilitatorMemberCap()).isEqualTo(30);
    assertThat(p).hasToString("GroupSizePolicy[4-12, 10 per facilitator, min 1, load 30]");
  }

  @Test
  void facilitatorsNeeded_aboveTenMembers_coFacilitatorRequired() {
    GroupSizePolicy p = GroupSizePolicy.standard();

    assertThat(p.facilitatorsNeeded(0)).isEqualTo(1);
    assertThat(p.facilitatorsNeeded(10)).isEqualTo(1);
    assertThat(p.coFacilitatorRequired(10)).isFalse();
    assertThat(p.facilitatorsNeeded(11)).isEqualTo(2);
    assertThat(p.coFacilitatorRequired(12)).isTrue();
  }

  @Test
  void nami_anySize_twoCoFacilitators() {
    assertThat(GroupSizePolicy.nami().facilitatorsNeeded(3)).isEqualTo(2);
    assertThat(GroupSizePolicy.nami().facilitatorsNeeded(12)).isEqualTo(2);
  }

  @Test
  void withinBounds_sizes_minToMaxInclusive() {
    GroupSizePolicy p = GroupSizePolicy.standard();

    assertThat(p.withinBounds(3)).isFalse();
    assertThat(p.withinBounds(4)).isTrue();
    assertThat(p.withinBounds(12)).isTrue();
    assertThat(p.withinBounds(13)).isFalse();
  }

  @Test
  void build_minViableAboveMax_throwsNamingField() {
    assertThatThrownBy(() -> GroupSizePolicy.builder().maxMembers(6).minViable(7).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minViable: must be between 1 and 6 but was 7");
  }

  @Test
  void supportGroupBuild_thirteenMembers_throwsNamingCountAndCap() {
    assertThatThrownBy(() -> GroupsGen.openGroup("g-1", "breast-cancer", GroupsGen.ids("s", 13)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("members: count 13 exceeds the cap 12");
  }

  @Test
  void supportGroupBuild_repeatedMember_throws() {
    assertThatThrownBy(() -> GroupsGen.openGroup("g-1", null, "s-1", "s-1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("members: must not repeat a member");
  }

  @Test
  void supportGroupBuild_boardWithSlot_throws() {
    assertThatThrownBy(() -> SupportGroup.builder().from(GroupsGen.openGroup("g-1", null)).modality(GroupModality.ASYNC_BOARD)
        .slot(TimeWindow.of(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(19, 30))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("slot: ");
  }

  @Test
  void supportGroupToString_members_showsSizeNotIds() {
    SupportGroup g = GroupsGen.openGroup("g-7", "breast-cancer", "s-secret", "s-other");

    assertThat(g).hasToString("SupportGroup[g-7, breast-cancer, PATIENTS, VIDEO, 2/12]");
    assertThat(g.toString()).doesNotContain("s-secret");
    assertThat(g.freeSeats()).isEqualTo(10);
    assertThat(g.isMember(SeekerId.of("s-other"))).isTrue();
    assertThat(g.isFullyFacilitated()).isFalse();
  }
}
