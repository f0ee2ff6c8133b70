package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.groups.GroupAdmission;
import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.formation.PlacementAssignment;
import io.github.peersupport.groups.formation.PlacementPolicy;
import io.github.peersupport.groups.formation.Unplaced;
import io.github.peersupport.groups.formation.UnplacedReason;
import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Metrics;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.Sim;
import io.github.peersupport.sim.WeekMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Group placement inside runs of small random scenarios, watched week by week through the engine's
 * test hook: the groups the engine holds after each placement, as peer-groups values.
 */
class EnginePlacementPropertyTest {
  private static final List<String> FOCUS = List.of("breast-cancer", "cancer", "depression", "mental-illness", "ckd.dialysis");

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void run_smallScenarios_groupsWithinCapsNoSeekerTwiceOnlyConsentingAndAdmittedSeated(long seed) {
    Seeds.forEachCase(seed, 4, random -> {
      Scenario scenario = scenario(random);
      int max = scenario.groupSize().maxMembers();
      Map<SeekerId, Seeker> asked = new HashMap<>();
      Set<SeekerId> seated = new HashSet<>();
      Set<SeekerId> refused = new HashSet<>();
      int[] placements = new int[1];
      GroupObserver observer = (at, waiting, placement, groups) -> {
        for (Seeker s : waiting) {
          asked.put(s.id(), s);
          assertThat(seated).as("a seated seeker is off the waitlist").doesNotContain(s.id());
          assertThat(refused).as("a refused seeker is off the waitlist").doesNotContain(s.id());
        }
        for (PlacementAssignment a : placement.assignments()) {
          assertThat(seated.add(a.seeker())).as("seated once: " + a.seeker()).isTrue();
          placements[0]++;
        }
        for (Unplaced u : placement.unplaced()) {
          if (u.reason() == UnplacedReason.NOT_ELIGIBLE || u.reason() == UnplacedReason.NO_ELIGIBLE_GROUP) {
            refused.add(u.seeker());
          }
        }
        Set<SeekerId> inSomeGroup = new HashSet<>();
        Map<FacilitatorId, Integer> load = new LinkedHashMap<>();
        for (SupportGroup g : groups) {
          assertThat(g.size()).as(g.toString()).isLessThanOrEqualTo(max);
          assertThat(g.sizePolicy()).isEqualTo(scenario.groupSize());
          for (SeekerId member : g.members()) {
            g.focus().ifPresent(focus -> assertThat(GroupAdmission.standard().hasConditionUnder(asked.get(member).experience().conditions(),
                focus)).as(member + " has a condition under " + focus).isTrue());
            assertThat(inSomeGroup.add(member)).as("in two groups at once: " + member).isTrue();
            Seeker s = asked.get(member);
            assertThat(s).as("member " + member + " came from the waitlist").isNotNull();
            assertThat(s.consent().permits(ConsentScope.BE_CONTACTED, at)).as("consent of " + member).isTrue();
          }
          for (FacilitatorId f : g.facilitators()) {
            load.merge(f, g.size(), Integer::sum);
          }
        }
        load.forEach((f, n) -> assertThat(n).as("load of " + f).isLessThanOrEqualTo(cap(scenario, f)));
      };
      Run run = Engine.run(scenario, random.nextLong(), RunObserver.ofPlacements(observer));
      Metrics m = run.metrics();
      assertThat(m.groupPlaced()).isEqualTo(placements[0]).isEqualTo(seated.size());
      assertThat(m.groupUnplacedByReason().values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(m.groupRequests() - m.groupPlaced());
      assertThat(m.groupUnplacedByReason().getOrDefault("NOT_ELIGIBLE", 0) + m.groupUnplacedByReason().getOrDefault("NO_ELIGIBLE_GROUP", 0))
          .isEqualTo(refused.size());
      for (WeekMetrics w : run.weeks()) {
        assertThat(w.groupMembers()).isBetween(0, scenario.groups() * max);
      }
      assertThat(m.groupFill()).isBetween(0.0, 1.0);
      assertThat(Sim.run(scenario, run.seed())).as("the hook changes nothing").isEqualTo(run);
    });
  }

  private static int cap(Scenario scenario, FacilitatorId f) {
    return scenario.placement().facilitatorCaps().getOrDefault(f, scenario.groupSize().facilitatorMemberCap());
  }

  /** A few weeks of a small programme with random group rules and focus, consent share and facilitator caps (often binding). */
  private static Scenario scenario(SplittableRandom random) {
    int max = random.nextInt(2, 9);
    GroupSizePolicy size = GroupSizePolicy.builder().maxMembers(max).minViable(random.nextInt(1, max + 1))
        .membersPerFacilitator(random.nextInt(1, 11)).facilitatorMemberCap(random.nextInt(1, 16)).build();
    PlacementPolicy.Builder placement = PlacementPolicy.builder().scheduleRequired(random.nextBoolean());
    if (random.nextBoolean()) {
      placement.putFacilitatorCaps(FacilitatorId.of("fac-1"), random.nextInt(0, 4));
    }
    Cohort cohort = Cohort.standard().withSupporters(20).withSeekersPerWeek(random.nextInt(5, 30))
        .withConsentShare(random.nextDouble(0.3, 1.0));
    Scenario scenario = Scenario.standard().withHorizonWeeks(random.nextInt(3, 9)).withCohort(cohort).withGroups(random.nextInt(0, 5))
        .withGroupSize(size).withPlacement(placement.build())
        .withBehaviour(Behaviour.standard().withGroupInterestShare(random.nextDouble(0.2, 1.0)))
        .withSeriesSessions(random.nextInt(1, 6));
    List<String> focus = new ArrayList<>();
    for (int g = 0; g < scenario.groups(); g++) {
      int pick = random.nextInt(FOCUS.size() + 1);
      if (pick < FOCUS.size()) {
        focus.add(FOCUS.get(pick));
      } else {
        break;
      }
    }
    return scenario.withGroupFocus(focus);
  }
}
