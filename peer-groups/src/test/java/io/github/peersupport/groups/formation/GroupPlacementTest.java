package io.github.peersupport.groups.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.groups.GroupModality;
import io.github.peersupport.groups.GroupRuleIds;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.testing.GroupsGen;
import io.github.peersupport.matching.assignment.AssignmentProblem;
import io.github.peersupport.matching.assignment.CapacitatedAssignment;
import io.github.peersupport.matching.assignment.GreedyAssignment;
import io.github.peersupport.matching.assignment.MinCostFlowAssignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupPlacementTest {
  private static final GroupPlacement OPTIMAL = GroupPlacement.standard();
  private static final GroupPlacement GREEDY = GroupPlacement.of(PlacementPolicy.standard(), GreedyAssignment.minCost());

  @Test
  void place_contestedSeat_optimalBeatsGreedy() {
    SupportGroup breast = GroupsGen.openGroup("g-1", "breast-cancer", GroupsGen.ids("m", 11));
    SupportGroup mixedInPerson = SupportGroup.builder().from(GroupsGen.openGroup("g-2", null, GroupsGen.ids("n", 11)))
        .modality(GroupModality.IN_PERSON).build();
    Seeker flexible = GroupsGen.patient("s-a", "breast-cancer");
    Seeker videoOnly = Seeker.builder().from(GroupsGen.patient("s-b", "breast-cancer.triple-negative"))
        .profile(PersonProfile.builder().addLanguages(Language.of("en")).addModalities(Modality.VIDEO).build()).build();
    List<Seeker> seekers = List.of(flexible, videoOnly);
    List<SupportGroup> groups = List.of(breast, mixedInPerson);

    Placement optimal = OPTIMAL.place(seekers, groups, GroupsGen.NOW);
    Placement greedy = GREEDY.place(seekers, groups, GroupsGen.NOW);

    assertThat(greedy.assignments()).containsExactly(PlacementAssignment.of(SeekerId.of("s-a"), GroupId.of("g-1"), 11));
    assertThat(greedy.unplaced()).containsExactly(Unplaced.of(SeekerId.of("s-b"), UnplacedReason.NO_SEAT));
    assertThat(optimal.assignments()).containsExactly(
        PlacementAssignment.of(SeekerId.of("s-a"), GroupId.of("g-2"), 3),
        PlacementAssignment.of(SeekerId.of("s-b"), GroupId.of("g-1"), 10));
    assertThat(optimal.totalFit()).isEqualTo(13).isGreaterThan(greedy.totalFit());
    assertThat(optimal.groups()).allSatisfy(g -> assertThat(g.isFull()).isTrue());
    assertThat(optimal).hasToString("Placement[2 placed, 0 unplaced, fit 13, 1 round, exact]");
  }

  @Test
  void place_anySolver_seesSeekersAsItemsAndGroupsAsTargets() {
    List<AssignmentProblem<?, ?>> seen = new ArrayList<>();
    CapacitatedAssignment recording = new CapacitatedAssignment() {
      @Override
      public <S, T> CapacitatedAssignment.Result<S, T> solve(AssignmentProblem<S, T> problem) {
        seen.add(problem);
        return MinCostFlowAssignment.minCost().solve(problem);
      }

      @Override
      public Objective objective() {
        return Objective.MIN_COST;
      }

      @Override
      public boolean optimal() {
        return true;
      }
    };
    SupportGroup g1 = GroupsGen.openGroup("g-1", "breast-cancer", GroupsGen.ids("m", 11));
    SupportGroup g2 = GroupsGen.openGroup("g-2", "breast-cancer", GroupsGen.ids("n", 10));

    Placement p = GroupPlacement.of(PlacementPolicy.standard(), recording)
        .place(List.of(GroupsGen.patient("s-a", "breast-cancer")), List.of(g1, g2), GroupsGen.NOW);

    assertThat(p.assignments()).hasSize(1);
    assertThat(seen).hasSize(1);
    assertThat(List.<Object>copyOf(seen.get(0).items())).containsExactly(SeekerId.of("s-a"));
    assertThat(List.<Object>copyOf(seen.get(0).targets())).containsExactly(GroupId.of("g-1"), GroupId.of("g-2"));
    assertThat(seen.get(0).capacity(1)).isEqualTo(g2.freeSeats());
  }

  @Test
  void place_facilitatorCapBinds_capRespectedRestReportedAsFacilitatorLoad() {
    FacilitatorId f = FacilitatorId.of("f-1");
    SupportGroup a = SupportGroup.builder().from(GroupsGen.openGroup("g-a", "breast-cancer", GroupsGen.ids("a", 8))).addFacilitators(f).build();
    SupportGroup b = SupportGroup.builder().from(GroupsGen.openGroup("g-b", "breast-cancer", GroupsGen.ids("b", 8))).addFacilitators(f).build();
    List<Seeker> seekers = List.of(GroupsGen.patient("s-1", "breast-cancer"), GroupsGen.patient("s-2", "breast-cancer"),
        GroupsGen.patient("s-3", "breast-cancer"), GroupsGen.patient("s-4", "breast-cancer"), GroupsGen.patient("s-5", "breast-cancer"));
    GroupPlacement capped = GroupPlacement.of(PlacementPolicy.builder().putFacilitatorCaps(f, 18).build(),
        io.github.peersupport.matching.assignment.MinCostFlowAssignment.minCost());

    Placement p = capped.place(seekers, List.of(a, b), GroupsGen.NOW);

    assertThat(p.assignments()).hasSize(2);
    assertThat(p.loadOf(f)).isEqualTo(18);
    assertThat(p.unplaced()).extracting(Unplaced::reason).containsOnly(UnplacedReason.FACILITATOR_LOAD).hasSize(3);
    assertThat(p.exact()).isFalse();
    assertThat(OPTIMAL.place(seekers, List.of(a, b), GroupsGen.NOW).assignments()).as("default cap 30").hasSize(5);
  }

  @Test
  void place_unplacedSeekers_reasonsNamed() {
    SupportGroup full = GroupsGen.openGroup("g-full", "prostate-cancer", GroupsGen.ids("m", 12));
    SupportGroup breast = GroupsGen.openGroup("g-1", "breast-cancer");
    Seeker noConsent = Seeker.builder().from(GroupsGen.patient("s-1", "breast-cancer")).consent(ConsentRecord.none()).build();
    Seeker lung = GroupsGen.patient("s-2", "lung-cancer");
    Seeker prostate = GroupsGen.patient("s-3", "prostate-cancer");

    Placement p = OPTIMAL.place(List.of(noConsent, lung, prostate), List.of(full, breast), GroupsGen.NOW);

    assertThat(p.assignments()).isEmpty();
    assertThat(p.unplaced()).containsExactly(
        Unplaced.of(SeekerId.of("s-1"), UnplacedReason.NOT_ELIGIBLE, Optional.of(GroupRuleIds.CONSENT)),
        Unplaced.of(SeekerId.of("s-2"), UnplacedReason.NO_ELIGIBLE_GROUP),
        Unplaced.of(SeekerId.of("s-3"), UnplacedReason.NO_SEAT));
    assertThat(p.groups()).containsExactly(full, breast);
  }

  @Test
  void place_repeatedSeeker_throwsNamingIndex() {
    Seeker s = GroupsGen.patient("s-1", "breast-cancer");

    assertThatThrownBy(() -> OPTIMAL.place(List.of(s, s), List.of(), GroupsGen.NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("seekers[1]: repeats a seeker id");
  }

  @Test
  void waterFill_budgetBelowDemand_smallestDemandServedFirstEvenSplit() {
    assertThat(GroupPlacement.waterFill(new int[] {0, 1, 2}, new int[] {5, 1, 3}, 6)).containsExactly(3, 1, 2);
    assertThat(GroupPlacement.waterFill(new int[] {0, 1}, new int[] {5, 5}, 3)).containsExactly(1, 2);
    assertThat(GroupPlacement.waterFill(new int[] {0, 1}, new int[] {2, 2}, 100)).containsExactly(2, 2);
  }
}
