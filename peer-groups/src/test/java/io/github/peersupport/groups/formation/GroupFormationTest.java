package io.github.peersupport.groups.formation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.core.person.WeeklyAvailability;
import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.Waitlist;
import io.github.peersupport.groups.testing.GroupsGen;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupFormationTest {
  private static List<Seeker> patients(String prefix, int n, String condition) {
    List<Seeker> out = new ArrayList<>();
    for (String id : GroupsGen.ids(prefix, n)) {
      out.add(GroupsGen.patient(id, condition));
    }
    return out;
  }

  private static List<Seeker> concat(List<Seeker> a, List<Seeker> b) {
    List<Seeker> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  @Test
  void form_twentyFivePatients_threeBalancedGroups() {
    Formation f = GroupFormation.standard().form(patients("p", 25, "breast-cancer.hr-positive"), List.of(), GroupsGen.NOW);

    assertThat(f.groups()).extracting(SupportGroup::size).containsExactly(9, 8, 8);
    assertThat(f.groups()).extracting(g -> g.focus().get().code()).containsOnly("breast-cancer");
    assertThat(f.facilitatorPlans()).extracting(FacilitatorPlan::shortage).containsExactly(1, 1, 1);
    assertThat(f.facilitatorShortage()).isEqualTo(3);
  }

  @Test
  void form_smallFoci_mixedFallbackGroupOrTooSmall() {
    List<Seeker> cohort = concat(patients("pr", 3, "prostate-cancer"), patients("lu", 2, "lung-cancer"));

    Formation mixed = GroupFormation.standard().form(cohort, List.of(), GroupsGen.NOW);
    Formation strict = GroupFormation.of(FormationPolicy.builder().from(FormationPolicy.standard()).mixedFallback(false).build())
        .form(cohort, List.of(), GroupsGen.NOW);

    assertThat(mixed.groups()).hasSize(1);
    assertThat(mixed.groups().get(0)).hasToString("SupportGroup[new-1, mixed, PATIENTS, VIDEO, 5/12]");
    assertThat(strict.groups()).isEmpty();
    assertThat(strict.unplaced()).extracting(Unplaced::reason).containsOnly(UnplacedReason.BUCKET_TOO_SMALL).hasSize(5);
  }

  @Test
  void form_noSplitWithinBounds_fullGroupAndLeftoverUnplaced() {
    FormationPolicy policy = FormationPolicy.builder().sizePolicy(GroupSizePolicy.builder().minViable(8).build()).build();

    Formation f = GroupFormation.of(policy).form(patients("p", 13, "breast-cancer"), List.of(), GroupsGen.NOW);

    assertThat(f.groups()).extracting(SupportGroup::size).containsExactly(12);
    assertThat(f.unplaced()).containsExactly(Unplaced.of(SeekerId.of("p-9"), UnplacedReason.NO_VALID_SPLIT));
  }

  @Test
  void form_slots_firstSlotInsideAvailabilityOrNoCommonSlot() {
    TimeWindow tuesday = TimeWindow.of(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(19, 30));
    TimeWindow thursday = TimeWindow.of(DayOfWeek.THURSDAY, LocalTime.of(18, 0), LocalTime.of(19, 30));
    FormationPolicy policy = FormationPolicy.builder().addSlots(tuesday, thursday).build();
    List<Seeker> cohort = new ArrayList<>();
    for (String id : GroupsGen.ids("t", 4)) {
      cohort.add(available(id, TimeWindow.of(DayOfWeek.THURSDAY, LocalTime.of(17, 0), LocalTime.of(20, 0))));
    }
    cohort.add(available("m-1", TimeWindow.of(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(20, 0))));

    Formation f = GroupFormation.of(policy).form(cohort, List.of(), GroupsGen.NOW);

    assertThat(f.groups()).singleElement().satisfies(g -> assertThat(g.slot()).contains(thursday));
    assertThat(f.unplaced()).containsExactly(Unplaced.of(SeekerId.of("m-1"), UnplacedReason.NO_COMMON_SLOT));
  }

  private static Seeker available(String id, TimeWindow window) {
    return Seeker.builder().from(GroupsGen.patient(id, "breast-cancer")).profile(PersonProfile.builder()
        .addLanguages(Language.of("en")).availability(WeeklyAvailability.builder().addWindows(window).build()).build()).build();
  }

  @Test
  void form_facilitatorLoadCap_leastLoadedFirstNeverOverCap() {
    List<Facilitator> pool = List.of(GroupsGen.trainedFacilitator("f-1", "breast-cancer"), GroupsGen.trainedFacilitator("f-2", "breast-cancer"));

    Formation f = GroupFormation.standard().form(patients("p", 48, "breast-cancer"), pool, GroupsGen.NOW);

    assertThat(f.groups()).extracting(SupportGroup::size).containsExactly(12, 12, 12, 12);
    assertThat(f.facilitatorPlans()).extracting(FacilitatorPlan::assigned).extracting(List::toString)
        .containsExactly("[f-1, f-2]", "[f-1, f-2]", "[]", "[]");
    assertThat(f.facilitatorShortage()).isEqualTo(4);
  }

  @Test
  void adjustments_outOfBounds_mergeUndersizedAndSplitOverflow() {
    SupportGroup small = GroupsGen.openGroup("g-a", "breast-cancer", GroupsGen.ids("a", 2));
    SupportGroup roomy = GroupsGen.openGroup("g-b", "breast-cancer", GroupsGen.ids("b", 9));
    SupportGroup nearlyFull = GroupsGen.openGroup("g-c", "breast-cancer", GroupsGen.ids("c", 11));
    SupportGroup lonely = GroupsGen.openGroup("g-d", "prostate-cancer", GroupsGen.ids("d", 3));
    SupportGroup full = GroupsGen.openGroup("g-e", "lung-cancer", GroupsGen.ids("e", 12));
    Waitlist waiting = Waitlist.empty(full.id());
    for (int i = 0; i < 6; i++) {
      waiting = waiting.add(SeekerId.of("w-" + i), GroupsGen.NOW.plusSeconds(i));
    }

    List<Adjustment> out = GroupFormation.standard().adjustments(List.of(small, roomy, nearlyFull, lonely, full),
        Map.of(full.id(), waiting));

    assertThat(out).extracting(Adjustment::toString).containsExactly(
        "MERGE [g-a, g-b] -> [11]", "UNDERSIZED [g-d] -> [3]", "SPLIT [g-e] -> [9, 9]");
  }

  @Test
  void plan_existingGroupWithSeats_placesFirstThenFormsTheRest() {
    SupportGroup existing = GroupsGen.openGroup("g-1", "breast-cancer", GroupsGen.ids("m", 10));
    List<Facilitator> pool = List.of(GroupsGen.trainedFacilitator("f-1", "breast-cancer"));

    GroupPlan plan = GroupPlanner.standard().plan(patients("p", 6, "breast-cancer"), List.of(existing), pool, GroupsGen.NOW);

    assertThat(plan.placement().assignments()).hasSize(2);
    assertThat(plan.formation().groups()).singleElement().satisfies(g -> {
      assertThat(g.size()).isEqualTo(4);
      assertThat(g.facilitators()).extracting(Object::toString).containsExactly("f-1");
    });
    assertThat(plan.groups()).extracting(SupportGroup::id).containsExactly(GroupId.of("g-1"), GroupId.of("new-1"));
    assertThat(plan.unplaced()).isEmpty();
    assertThat(plan.adjustments()).isEmpty();
  }
}
