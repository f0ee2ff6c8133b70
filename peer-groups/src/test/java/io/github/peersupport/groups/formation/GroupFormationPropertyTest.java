package io.github.peersupport.groups.formation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.groups.FacilitatorEligibility;
import io.github.peersupport.groups.GroupAdmission;
import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.testing.GroupsGen;
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

/** Properties of {@link GroupFormation}; 1,000 cases per seed, 10,000 per property over the ten seeds. */
class GroupFormationPropertyTest {
  private static final int CASES = 1_000;

  private static FormationPolicy policy(SplittableRandom r) {
    FormationPolicy.Builder b = FormationPolicy.builder().seriesWeeks(10).sizePolicy(GroupsGen.sizePolicy(r))
        .focusDepth(r.nextInt(0, 4)).mixedFallback(r.nextInt(4) > 0).mixAudiences(r.nextInt(5) == 0);
    int slots = r.nextInt(0, 3);
    for (int i = 0; i < slots; i++) {
      b.addSlots(GroupsGen.slot(r));
    }
    return b.build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void form_anyCohort_everyGroupWithinBoundsOrSeekerUnplacedWithReason(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      FormationPolicy policy = policy(random);
      List<Seeker> seekers = GroupsGen.seekers(random, random.nextInt(0, 60));
      List<Facilitator> pool = GroupsGen.facilitators(random, random.nextInt(0, 8));

      Formation f = GroupFormation.of(policy).form(seekers, pool, GroupsGen.NOW);

      GroupSizePolicy size = policy.sizePolicy();
      Map<SeekerId, Seeker> byId = new HashMap<>();
      for (Seeker s : seekers) {
        byId.put(s.id(), s);
      }
      Set<SeekerId> seen = new HashSet<>();
      for (SupportGroup g : f.groups()) {
        assertThat(g.size()).as("%s", g).isBetween(size.minViable(), size.maxMembers());
        for (SeekerId m : g.members()) {
          assertThat(seen.add(m)).as("%s in one group only", m).isTrue();
          assertThat(GroupAdmission.standard().refusedBy(g, byId.get(m), GroupsGen.NOW)).as("%s admits %s", g, m).isEmpty();
        }
      }
      for (Unplaced u : f.unplaced()) {
        assertThat(seen.add(u.seeker())).as("%s placed or unplaced, once", u).isTrue();
      }
      assertThat(seen).hasSize(seekers.size());
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void form_anyPool_facilitatorsEligibleWithinLoadCapShortageReported(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      FormationPolicy policy = policy(random);
      List<Seeker> seekers = GroupsGen.seekers(random, random.nextInt(0, 80));
      List<Facilitator> pool = GroupsGen.facilitators(random, random.nextInt(0, 8));
      Map<FacilitatorId, Facilitator> byId = new HashMap<>();
      for (Facilitator x : pool) {
        byId.put(x.id(), x);
      }

      Formation f = GroupFormation.of(policy).form(seekers, pool, GroupsGen.NOW);

      Map<FacilitatorId, Integer> load = new HashMap<>();
      assertThat(f.facilitatorPlans()).hasSameSizeAs(f.groups());
      for (int k = 0; k < f.groups().size(); k++) {
        SupportGroup g = f.groups().get(k);
        FacilitatorPlan plan = f.facilitatorPlans().get(k);
        assertThat(plan.group()).isEqualTo(g.id());
        assertThat(plan.needed()).isEqualTo(policy.sizePolicy().facilitatorsNeeded(g.size()));
        assertThat(g.facilitators()).isEqualTo(plan.assigned());
        assertThat(plan.assigned().size() + plan.shortage()).isEqualTo(plan.needed());
        for (FacilitatorId id : g.facilitators()) {
          assertThat(FacilitatorEligibility.standard().refusedBy(byId.get(id), g, GroupsGen.NOW)).isEmpty();
          load.merge(id, g.size(), Integer::sum);
        }
      }
      load.forEach((id, l) -> assertThat(l).as("load of %s", id).isLessThanOrEqualTo(policy.sizePolicy().facilitatorMemberCap()));
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void form_shuffledCohort_sameGroups(long seed) {
    Seeds.forEachCase(seed, CASES / 10, random -> {
      FormationPolicy policy = policy(random);
      List<Seeker> seekers = GroupsGen.seekers(random, random.nextInt(0, 80));
      List<Facilitator> pool = GroupsGen.facilitators(random, random.nextInt(0, 8));
      List<Seeker> shuffled = new ArrayList<>(seekers);
      Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
      List<Facilitator> shuffledPool = new ArrayList<>(pool);
      Collections.shuffle(shuffledPool, new java.util.Random(random.nextLong()));

      Formation a = GroupFormation.of(policy).form(seekers, pool, GroupsGen.NOW);
      Formation b = GroupFormation.of(policy).form(shuffled, shuffledPool, GroupsGen.NOW);

      assertThat(b.groups()).isEqualTo(a.groups());
      assertThat(b.facilitatorPlans()).isEqualTo(a.facilitatorPlans());
      assertThat(new HashSet<>(b.unplaced())).isEqualTo(new HashSet<>(a.unplaced()));
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void adjustments_anyGroups_mergesAndSplitsNeverExceedMaximum(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      List<SupportGroup> groups = GroupsGen.groups(random, random.nextInt(0, 12), 0);
      Map<io.github.peersupport.core.GroupId, io.github.peersupport.groups.Waitlist> waitlists = new HashMap<>();
      for (SupportGroup g : groups) {
        io.github.peersupport.groups.Waitlist w = io.github.peersupport.groups.Waitlist.empty(g.id());
        int n = random.nextInt(0, 20);
        for (int i = 0; i < n; i++) {
          w = w.add(SeekerId.of("w-" + i), GroupsGen.NOW.plusSeconds(i));
        }
        waitlists.put(g.id(), w);
      }
      Map<io.github.peersupport.core.GroupId, SupportGroup> byId = new HashMap<>();
      for (SupportGroup g : groups) {
        byId.put(g.id(), g);
      }

      List<Adjustment> adjustments = GroupFormation.standard().adjustments(groups, waitlists);

      Set<io.github.peersupport.core.GroupId> used = new HashSet<>();
      for (Adjustment a : adjustments) {
        for (io.github.peersupport.core.GroupId id : a.groups()) {
          assertThat(used.add(id)).as("%s in one suggestion", id).isTrue();
        }
        SupportGroup first = byId.get(a.groups().get(0));
        switch (a.kind()) {
          case MERGE: {
            SupportGroup other = byId.get(a.groups().get(1));
            assertThat(first.size()).isLessThan(first.sizePolicy().minViable());
            assertThat(a.sizes()).containsExactly(first.size() + other.size());
            assertThat(a.sizes().get(0)).isLessThanOrEqualTo(Math.min(first.sizePolicy().maxMembers(), other.sizePolicy().maxMembers()));
            break;
          }
          case SPLIT:
            assertThat(a.sizes()).hasSize(2).allSatisfy(s -> assertThat(s).isBetween(1, first.sizePolicy().maxMembers()));
            assertThat(first.isFull()).isTrue();
            break;
          default:
            assertThat(first.size()).isLessThan(first.sizePolicy().minViable());
        }
      }
      for (SupportGroup g : groups) {
        if (g.size() < g.sizePolicy().minViable()) {
          assertThat(used).as("undersized %s reported", g).contains(g.id());
        }
      }
    });
  }
}
