package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.groups.formation.PlacementPolicy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Group placement as a researcher sees it: the scenario's group rules and the placement figures of a run. */
class GroupPlacementSimTest {
  private static final Scenario SHORT = Scenario.standard().withHorizonWeeks(20);
  private static final Set<String> REASONS =
      Set.of("NOT_ELIGIBLE", "NO_ELIGIBLE_GROUP", "NO_SEAT", "FACILITATOR_LOAD", "NOT_CHOSEN", "sim.still-waiting");

  @Test
  void run_standardScenario_placesMostWhoAskAndSaysWhyNot() {
    Metrics m = SHORT.run(42).metrics();
    assertThat(m.groupRequests()).isBetween((int) (0.2 * m.seekers()), (int) (0.4 * m.seekers()));
    assertThat((double) m.groupPlaced() / m.groupRequests()).isGreaterThan(0.6);
    assertThat(REASONS).containsAll(m.groupUnplacedByReason().keySet());
    assertThat(m.groupUnplacedByReason().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(m.groupRequests() - m.groupPlaced());
    assertThat(m.groupUnplacedByReason()).containsKey("NO_ELIGIBLE_GROUP");
  }

  @Test
  void metricGroupPlaced_run_isPlacedOverRequests() {
    Metrics m = SHORT.run(9).metrics();
    assertThat(Metric.GROUP_PLACED.of(m)).isEqualTo((double) m.groupPlaced() / m.groupRequests()).isBetween(0.0, 1.0);
    assertThat(Metric.GROUP_PLACED.of(SHORT.withBehaviour(Behaviour.standard().withGroupInterestShare(0)).run(9).metrics()))
        .isZero();
  }

  @Test
  void run_groupMaxMembersSix_fewerMembersPerGroup() {
    Run twelve = SHORT.run(5);
    Run six = SHORT.withGroupMaxMembers(6).run(5);
    double perGroupTwelve = meanMembers(twelve) / SHORT.groups();
    double perGroupSix = meanMembers(six) / SHORT.groups();
    assertThat(perGroupSix).isLessThan(perGroupTwelve).isLessThanOrEqualTo(6);
    assertThat(six.weeks()).allSatisfy(w -> assertThat(w.groupMembers()).isLessThanOrEqualTo(6 * SHORT.groups()));
    assertThat(six.metrics().groupPlaced()).isLessThan(twelve.metrics().groupPlaced());
    assertThat(six.metrics().meanWaitlist()).isGreaterThan(twelve.metrics().meanWaitlist());
  }

  @Test
  void run_nobodyConsentsToContact_nobodySeatedAllNotEligible() {
    Scenario none = SHORT.withCohort(SHORT.cohort().withConsentShare(0));
    Metrics m = none.run(3).metrics();
    assertThat(m.groupRequests()).isPositive();
    assertThat(m.groupPlaced()).isZero();
    assertThat(m.sessions()).isZero();
    assertThat(m.groupUnplacedByReason()).containsOnlyKeys("NOT_ELIGIBLE", "sim.still-waiting");
  }

  @Test
  void run_scheduleNotRequired_fewerWithoutAnEligibleGroup() {
    Metrics strict = SHORT.run(8).metrics();
    Metrics relaxed = SHORT.withPlacement(PlacementPolicy.builder().scheduleRequired(false).build()).run(8).metrics();
    assertThat(relaxed.groupRequests()).isEqualTo(strict.groupRequests());
    assertThat(relaxed.groupUnplacedByReason().getOrDefault("NO_ELIGIBLE_GROUP", 0))
        .isLessThan(strict.groupUnplacedByReason().getOrDefault("NO_ELIGIBLE_GROUP", 0));
  }

  @Test
  void run_noGroups_everyoneAskingHasNoEligibleGroup() {
    Metrics m = SHORT.withGroups(0).run(4).metrics();
    assertThat(m.groupPlaced()).isZero();
    assertThat(m.groupFill()).isZero();
    assertThat(m.groupUnplacedByReason()).containsKey("NO_ELIGIBLE_GROUP").doesNotContainKeys("NO_SEAT", "NOT_CHOSEN");
  }

  @Test
  void run_groupsFocusedOnDepression_fewerPlacedMoreWithoutAnEligibleGroup() {
    Metrics mixed = SHORT.run(6).metrics();
    Metrics focused = SHORT.withGroupFocus(List.of("mental-illness", "depression", "depression")).run(6).metrics();
    assertThat(focused.groupRequests()).isEqualTo(mixed.groupRequests());
    assertThat(focused.groupUnplacedByReason().get("NO_ELIGIBLE_GROUP"))
        .isGreaterThan(mixed.groupUnplacedByReason().getOrDefault("NO_ELIGIBLE_GROUP", 0));
    assertThat(SHORT.withGroupFocus(List.of("depression")).toString()).endsWith(", focus depression]");
  }

  @Test
  void withGroupFocus_unknownCode_throwsNamingTheEntry() {
    assertThatThrownBy(() -> SHORT.withGroupFocus(List.of("depression", "no-such-condition")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("groupFocus[1]: not in taxonomy");
  }

  @Test
  void withGroupFocus_moreCodesThanGroups_throws() {
    assertThatThrownBy(() -> SHORT.withGroups(1).withGroupFocus(List.of("depression", "cancer")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("groupFocus: names 2 conditions for 1 groups");
  }

  @Test
  void withGroupMaxMembers_belowMinViable_lowersMinViableKeepsTheRest() {
    Scenario nami = Scenario.standard().withGroupSize(GroupSizePolicy.nami());
    GroupSizePolicy three = nami.withGroupMaxMembers(3).groupSize();
    assertThat(three.maxMembers()).isEqualTo(3);
    assertThat(three.minViable()).isEqualTo(3);
    assertThat(three.minFacilitators()).isEqualTo(2);
    GroupSizePolicy ten = nami.withGroupMaxMembers(10).groupSize();
    assertThat(ten).isEqualTo(GroupSizePolicy.builder().from(GroupSizePolicy.nami()).maxMembers(10).build());
    assertThat(Scenario.standard().withGroupMaxMembers(10).toString()).contains("6 groups of 4-10");
  }

  @Test
  void withGroupMaxMembers_zero_throwsNamingMaxMembers() {
    assertThatThrownBy(() -> Scenario.standard().withGroupMaxMembers(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxMembers");
  }

  @Test
  void defaults_groupSizeAndPlacement_areTheLibraryStandards() {
    assertThat(Scenario.standard().groupSize()).isEqualTo(GroupSizePolicy.standard());
    assertThat(Scenario.standard().placement()).isEqualTo(PlacementPolicy.standard());
    PlacementPolicy strictLoad = PlacementPolicy.builder().maxRounds(1).build();
    assertThat(Scenario.standard().withPlacement(strictLoad).placement()).isEqualTo(strictLoad);
  }

  @Test
  void report_run_showsPlacementFigures() {
    Scenario s = Scenario.standard().withHorizonWeeks(8);
    Run run = s.run(11);
    Metrics m = run.metrics();
    String text = Report.text(s, run);
    assertThat(text).contains("placed                   " + m.groupPlaced() + " of " + m.groupRequests() + " asking",
        "unplaced by reason       " + m.groupUnplacedByReason());
    assertThat(m.toString()).contains("placed " + m.groupPlaced() + " of " + m.groupRequests());
  }

  private static double meanMembers(Run run) {
    return run.weeks().stream().mapToInt(WeekMetrics::groupMembers).average().orElseThrow();
  }
}
