package io.github.peersupport.sim;

import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.programme.DeliveryModel;
import io.github.peersupport.core.programme.MinorPolicy;
import io.github.peersupport.core.programme.ReadinessMeasure;
import io.github.peersupport.groups.GroupModality;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.matching.MatchingPolicy;
import io.github.peersupport.programmes.Programme;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Derives a {@link Scenario} from a {@link Programme} for {@link Scenario#of(Programme)}: the
 * programme's policies, its delivery models (one-to-one referrals, groups, video groups), a cohort
 * from {@link ProgrammeCohort}, and the people its rules read: supporters drawn with the dates its
 * readiness rules count from, {@link #NOT_READY_SHARE} of them not yet ready; caregivers' relationships
 * ({@link #relationships}) and cared-for age bands; adolescent seekers ({@link #ADOLESCENT_SHARE}) where
 * it serves minors (see {@link Behaviour#notReadyShare()}, {@link Behaviour#relationshipMix()},
 * {@link Behaviour#adolescentShare()}). The rules, and the assumption on the number of groups, are listed in
 * the package documentation (section Programmes).
 */
final class ProgrammeScenario {
  /** The most groups a derived scenario runs. */
  private static final int MAX_GROUPS = 40;

  /** Assumption: the share of a programme's supporters not yet ready under its readiness rules. */
  static final double NOT_READY_SHARE = 0.15;
  /**
   * Assumption: the share of adolescent seekers (12 to 17, patients) in a programme that serves
   * adolescents ({@link #servesAdolescents}).
   */
  static final double ADOLESCENT_SHARE = 0.15;
  /**
   * Assumption: caregivers' relationships in a programme for family caregivers of adults and children
   * alike: partners 45%, parents 25%, adult children 25%, siblings and other family 5%.
   */
  static final Map<CaregiverRelationship, Double> FAMILY_MIX = Map.of(CaregiverRelationship.PARTNER, 0.45,
      CaregiverRelationship.PARENT, 0.25, CaregiverRelationship.CHILD, 0.25, CaregiverRelationship.SIBLING, 0.025,
      CaregiverRelationship.OTHER_FAMILY, 0.025);

  private ProgrammeScenario() {}

  /**
   * Tells whether a programme says which minors it serves (a minimum age or an age of assent, as the
   * transplant and chronic illness preset does) and serves patients: only then are adolescents referred
   * (the default minor policy admits minors, but a programme that names no age for them is not taken
   * to serve them).
   */
  private static boolean servesAdolescents(Programme programme) {
    MinorPolicy minors = programme.matcher().policy().minors();
    return minors.servesMinors() && (minors.minimumYears() > 0 || minors.assentFromYears().isPresent())
        && programme.profile().rolesServed().contains(ExperienceRole.PATIENT);
  }

  /**
   * The caregivers' relationships: parents only when a readiness rule counts from a child's diagnosis
   * (a parent-to-parent programme), else {@link #FAMILY_MIX}.
   */
  private static Map<CaregiverRelationship, Double> relationships(MatchingPolicy policy) {
    boolean parents = policy.readiness().rules().stream().anyMatch(r -> r.measure() == ReadinessMeasure.MONTHS_SINCE_CHILD_DIAGNOSIS);
    return parents ? Map.of(CaregiverRelationship.PARENT, 1.0) : new EnumMap<>(FAMILY_MIX);
  }

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
    MatchingPolicy policy = programme.matcher().policy();
    Behaviour behaviour = Behaviour.builder().from(standard).groupInterestShare(groupInterest).oneToOneShare(oneToOne ? 1 : 0)
        .notReadyShare(policy.readiness().rules().isEmpty() ? 0 : NOT_READY_SHARE)
        .adolescentShare(servesAdolescents(programme) ? ADOLESCENT_SHARE : 0)
        .relationshipMix(relationships(policy))
        .build();
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
