package io.github.peersupport.groups.formation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.groups.GroupAdmission;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.testing.GroupsGen;
import io.github.peersupport.matching.assignment.GreedyAssignment;
import io.github.peersupport.matching.assignment.MinCostFlowAssignment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of {@link GroupPlacement}; 1,000 cases per seed, 10,000 per property over the ten seeds. */
class GroupPlacementPropertyTest {
  private static final int CASES = 1_000;

  private record Instance(List<Seeker> seekers, List<SupportGroup> groups, PlacementPolicy policy) {}

  private static Instance instance(SplittableRandom r, boolean bindingCaps) {
    int facilitators = r.nextInt(1, 6);
    List<SupportGroup> groups = GroupsGen.groups(r, r.nextInt(1, 9), facilitators);
    List<Seeker> seekers = GroupsGen.seekers(r, r.nextInt(0, 40));
    PlacementPolicy.Builder p = PlacementPolicy.builder();
    for (int f = 0; f < facilitators; f++) {
      p.putFacilitatorCaps(FacilitatorId.of("f-" + f), bindingCaps ? r.nextInt(0, 30) : 100_000);
    }
    return new Instance(seekers, groups, p.build());
  }

  private static Map<FacilitatorId, Integer> loads(List<SupportGroup> groups) {
    Map<FacilitatorId, Integer> load = new HashMap<>();
    for (SupportGroup g : groups) {
      for (FacilitatorId f : g.facilitators()) {
        load.merge(f, g.size(), Integer::sum);
      }
    }
    return load;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void place_anyInstance_noGroupOverMaximumNoFacilitatorOverCapEveryPlacementAdmissible(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      Instance in = instance(random, random.nextBoolean());
      Placement p = GroupPlacement.of(in.policy(), MinCostFlowAssignment.minCost()).place(in.seekers(), in.groups(), GroupsGen.NOW);

      Map<FacilitatorId, Integer> before = loads(in.groups());
      Map<FacilitatorId, Integer> after = loads(p.groups());
      after.forEach((f, load) -> {
        int cap = in.policy().facilitatorCaps().get(f);
        assertThat(load).as("load of %s (before %s)", f, before.get(f)).isLessThanOrEqualTo(Math.max(cap, before.get(f)));
      });
      Map<GroupId, SupportGroup> original = new HashMap<>();
      for (SupportGroup g : in.groups()) {
        original.put(g.id(), g);
      }
      Set<SeekerId> seen = new HashSet<>();
      for (SupportGroup g : p.groups()) {
        assertThat(g.size()).as("%s", g).isLessThanOrEqualTo(g.sizePolicy().maxMembers());
        assertThat(g.members().subList(0, original.get(g.id()).size())).isEqualTo(original.get(g.id()).members());
      }
      Map<SeekerId, Seeker> byId = new HashMap<>();
      for (Seeker s : in.seekers()) {
        byId.put(s.id(), s);
      }
      for (PlacementAssignment a : p.assignments()) {
        assertThat(seen.add(a.seeker())).isTrue();
        SupportGroup g = original.get(a.group());
        assertThat(GroupAdmission.standard().refusedBy(g, byId.get(a.seeker()), GroupsGen.NOW)).as("%s", a).isEmpty();
        assertThat(g.isMember(a.seeker())).as("%s was already a member", a).isFalse();
        assertThat(a.fit()).isPositive();
      }
      for (Unplaced u : p.unplaced()) {
        assertThat(seen.add(u.seeker())).isTrue();
      }
      assertThat(seen).hasSize(in.seekers().size());
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void place_nonBindingFacilitatorCaps_totalFitAtLeastGreedy(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      Instance in = instance(random, false);
      Placement optimal = GroupPlacement.of(in.policy(), MinCostFlowAssignment.minCost()).place(in.seekers(), in.groups(), GroupsGen.NOW);
      Placement greedy = GroupPlacement.of(in.policy(), GreedyAssignment.minCost()).place(in.seekers(), in.groups(), GroupsGen.NOW);

      assertThat(optimal.exact()).isTrue();
      assertThat(optimal.rounds()).isLessThanOrEqualTo(1);
      assertThat(optimal.totalFit()).as("optimal %s vs greedy %s", optimal, greedy).isGreaterThanOrEqualTo(greedy.totalFit());
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void place_bindingFacilitatorCaps_totalFitAtLeastGreedy(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      Instance in = instance(random, true);
      Placement optimal = GroupPlacement.of(in.policy(), MinCostFlowAssignment.minCost()).place(in.seekers(), in.groups(), GroupsGen.NOW);
      Placement greedy = GroupPlacement.of(in.policy(), GreedyAssignment.minCost()).place(in.seekers(), in.groups(), GroupsGen.NOW);

      assertThat(optimal.totalFit()).as("optimal %s vs greedy %s", optimal, greedy).isGreaterThanOrEqualTo(greedy.totalFit());
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void place_shuffledSeekers_sameAssignmentPerSeekerTotalFitEqual(long seed) {
    Seeds.forEachCase(seed, CASES / 10, random -> {
      Instance in = instance(random, false);
      List<Seeker> shuffled = new ArrayList<>(in.seekers());
      Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
      GroupPlacement placement = GroupPlacement.of(in.policy(), MinCostFlowAssignment.minCost());

      Placement a = placement.place(in.seekers(), in.groups(), GroupsGen.NOW);
      Placement b = placement.place(shuffled, in.groups(), GroupsGen.NOW);

      assertThat(b.totalFit()).isEqualTo(a.totalFit());
      assertThat(placement.place(in.seekers(), in.groups(), GroupsGen.NOW)).isEqualTo(a);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void factsAdmits_anyPair_agreesWithGroupAdmissionRefusal(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      SupportGroup g = GroupsGen.group(random, GroupId.of("g-1"), 0);
      Seeker s = GroupsGen.seeker(random, SeekerId.of("s-1"));
      GroupAdmission admission = GroupAdmission.standard();
      var monday = PlacementIndex.monday(GroupsGen.NOW);
      boolean fast = PlacementIndex.admits(new PlacementIndex.IndexedSeeker(s, admission, GroupsGen.NOW, monday), new PlacementIndex.IndexedGroup(g, GroupsGen.NOW, monday));
      assertThat(fast).as("%s, %s", s, g).isEqualTo(admission.refusedBy(g, s, GroupsGen.NOW).isEmpty());
    });
  }
}
