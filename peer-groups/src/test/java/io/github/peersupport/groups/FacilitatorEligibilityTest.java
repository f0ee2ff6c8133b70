package io.github.peersupport.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.Tag;
import io.github.peersupport.core.lifecycle.LifecycleEvent;
import io.github.peersupport.core.lifecycle.PauseReason;
import io.github.peersupport.core.lifecycle.PeerLifecycle;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.groups.testing.GroupsGen;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FacilitatorEligibilityTest {
  private static final FacilitatorEligibility STANDARD = FacilitatorEligibility.standard();
  private static final SupportGroup BREAST = GroupsGen.openGroup("g-1", "breast-cancer");
  private static final SupportGroup MIXED = GroupsGen.openGroup("g-2", null);

  @Test
  void refusal_activeTrainedForCondition_eligible() {
    Facilitator f = GroupsGen.trainedFacilitator("f-1", "breast-cancer");

    assertThat(STANDARD.refusedBy(f, BREAST, GroupsGen.NOW)).isEmpty();
    assertThat(STANDARD.isEligible(f, MIXED, GroupsGen.NOW)).isTrue();
  }

  @Test
  void refusal_notTrainedForCondition_notTrainedRuleButMixedGroupAllowed() {
    Facilitator f = GroupsGen.trainedFacilitator("f-1", "prostate-cancer");

    assertThat(STANDARD.refusedBy(f, BREAST, GroupsGen.NOW)).contains(GroupRuleIds.FACILITATOR_NOT_TRAINED);
    assertThat(STANDARD.refusedBy(f, MIXED, GroupsGen.NOW)).isEmpty();
    assertThat(FacilitatorEligibility.builder().conditionTraining(false).build().refusedBy(f, BREAST, GroupsGen.NOW)).isEmpty();
  }

  @Test
  void refusal_paused_pausedRule() {
    Facilitator f = GroupsGen.trainedFacilitator("f-1", "breast-cancer");
    PeerStanding paused = PeerLifecycle.standard()
        .apply(f.standing(), LifecycleEvent.paused(GroupsGen.NOW.minus(Duration.ofDays(1)), PauseReason.ILLNESS)).standing();

    assertThat(STANDARD.refusedBy(Facilitator.builder().from(f).standing(paused).build(), BREAST, GroupsGen.NOW))
        .contains(GroupRuleIds.FACILITATOR_PAUSED);
  }

  @Test
  void refusal_applicant_inactiveRule() {
    Facilitator f = Facilitator.builder().from(GroupsGen.trainedFacilitator("f-1")).standing(PeerStanding.applicant()).build();

    assertThat(STANDARD.refusedBy(f, MIXED, GroupsGen.NOW)).contains(GroupRuleIds.FACILITATOR_INACTIVE);
  }

  @Test
  void refusal_certificationExpiredOrWrongKind_notCertifiedRule() {
    Facilitator f = GroupsGen.trainedFacilitator("f-1");

    assertThat(STANDARD.refusedBy(f, MIXED, GroupsGen.NOW.plus(Duration.ofDays(400)))).contains(GroupRuleIds.FACILITATOR_NOT_CERTIFIED);
    assertThat(FacilitatorEligibility.builder().certificationKind(Tag.of("nami-connection")).build().refusedBy(f, MIXED, GroupsGen.NOW))
        .contains(GroupRuleIds.FACILITATOR_NOT_CERTIFIED);
  }

  @Test
  void refusal_groupRequiresFormatCourse_notTrainedUntilPassed() {
    SupportGroup online = SupportGroup.builder().from(MIXED).addRequiredTraining(Tag.of("online-facilitation")).build();

    assertThat(STANDARD.refusedBy(GroupsGen.trainedFacilitator("f-1"), online, GroupsGen.NOW)).contains(GroupRuleIds.FACILITATOR_NOT_TRAINED);
    assertThat(STANDARD.refusedBy(GroupsGen.trainedFacilitator("f-2", "online-facilitation"), online, GroupsGen.NOW)).isEmpty();
  }
}
