package io.github.peersupport.sim;

import io.github.peersupport.core.programme.DeliveryModel;
import io.github.peersupport.groups.GroupModality;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.programmes.Programme;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives a {@link Scenario} from a {@link Programme} for {@link Scenario#of(Programme)}: the
 * programme's policies, its delivery models (one-to-one referrals, groups, video groups) and a cohort
 * from {@link ProgrammeCohort}. The rules, and the assumption on the number of groups, are listed in
 * the package documentation (section Programmes).
 */
final class ProgrammeScenario {
  /** The most groups a derived scenario runs. */
  private static final int MAX_GROUPS = 40;

  private ProgrammeScenario() {}

  /**
   * Derives the scenario of a programme.
   *
   * @param programme the programme
   * @return the scenario, validated
   */
  static Scenario of(Programme programme) {
    boolean groups = programme.offers(DeliveryModel.SUPPORT_GROUP) || programme.offers(DeliveryModel.COMBINED);
    boolean oneToOne = programme.offers(DeliveryModel.ONE_TO_ONE) || programme.offers(DeliveryModel.COMBINED) || !groups;
    boolean groupsFirst = groups && !programme.offers(DeliveryModel.ONE_TO_ONE);
    Behaviour standard = Behaviour.standard();
    double groupInterest = !groups ? 0 : groupsFirst ? 1 : standard.groupInterestShare();
    Behaviour behaviour = Behaviour.builder().from(standard).groupInterestShare(groupInterest).oneToOneShare(oneToOne ? 1 : 0).build();
    Cohort cohort = ProgrammeCohort.of(programme);
    Scenario scenario = Scenario.builder()
        .name(programme.id().value())
        .cohort(cohort)
        .behaviour(behaviour)
        .matcher(programme.matcher())
        .lifecycle(programme.lifecycle())
        .followUps(programme.followUps())
        .escalation(programme.escalation())
        .groupSize(programme.groupSize())
        .placement(programme.placement())
        .groups(0)
        .build();
    if (!groups) {
      return scenario;
    }
    // assumption: as many groups as seat the seekers expected to join over one series
    double joinersPerWeek = cohort.seekersPerWeek() * groupInterest;
    int count = (int) Math.ceil(joinersPerWeek * scenario.seriesSessions() / programme.groupSize().maxMembers());
    scenario = scenario.withGroups(Math.max(1, Math.min(MAX_GROUPS, count)));
    if (!programme.offers(DeliveryModel.VIRTUAL)) {
      return scenario;
    }
    List<SupportGroup> video = new ArrayList<>();
    for (SupportGroup g : scenario.programmeGroups()) {
      video.add(SupportGroup.builder().from(g).modality(GroupModality.VIDEO).build());
    }
    return Scenario.builder().from(scenario).groups(0).extraGroups(video).build();
  }
}
