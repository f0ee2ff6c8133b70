package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.sim.testing.SimGen;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Results are values with rules, so a result read from JSON is checked like one built in Java: the
 * builders reject what a run cannot produce and name the field.
 */
class ResultChecksTest {
  private static final Run RUN = Scenario.standard().withHorizonWeeks(6).run(3);

  @Test
  void run_oneTimeMissing_namesHoursToMatch() {
    List<Double> fewer = new ArrayList<>(RUN.hoursToMatch());
    fewer.remove(0);
    assertThatThrownBy(() -> Run.builder().from(RUN).hoursToMatch(fewer).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("hoursToMatch: ");
  }

  @Test
  void run_negativeTimeOrWeeksOutOfOrder_namesTheElement() {
    List<Double> negative = new ArrayList<>(RUN.hoursToMatch());
    negative.set(1, -1.0);
    assertThatThrownBy(() -> Run.builder().from(RUN).hoursToMatch(negative).build())
        .hasMessageStartingWith("hoursToMatch[1]: ");
    List<WeekMetrics> swapped = new ArrayList<>(RUN.weeks());
    swapped.set(0, RUN.weeks().get(1));
    assertThatThrownBy(() -> Run.builder().from(RUN).weeks(swapped).build()).hasMessageStartingWith("weeks[0].week: ");
  }

  @Test
  void weekMetrics_negativeCount_namesTheField() {
    assertThatThrownBy(() -> WeekMetrics.builder().from(RUN.weeks().get(0)).waiting(-1).build())
        .hasMessageStartingWith("waiting: ");
    assertThatThrownBy(() -> WeekMetrics.builder().from(RUN.weeks().get(0)).week(0).build()).hasMessageStartingWith("week: ");
  }

  @Test
  void sweepResult_rowNotNamingTheParameters_namesTheRow() {
    SweepResult sweep = Sweep.of(Scenario.standard().withHorizonWeeks(2)).vary("groups", List.of(1, 2), Scenario::withGroups)
        .seeds(1).run(1);
    Map<String, String> other = new LinkedHashMap<>(Map.of("supporters", "1"));
    SweepRow odd = SweepRow.builder().from(sweep.rows().get(1)).point(other).build();
    assertThatThrownBy(() -> SweepResult.builder().from(sweep).rows(List.of(sweep.rows().get(0), odd)).build())
        .hasMessageStartingWith("rows[1].point: ");
    assertThatThrownBy(() -> SweepResult.builder().parameters(List.of("a", "a")).build()).hasMessageStartingWith("parameters: ");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void sweepResult_pointsInAnotherOrder_arePutInParameterOrder(long seed) {
    int reordered = 0;
    for (int c = 0; c < 50; c++) {
      SweepResult sweep = SimGen.sweep(new SplittableRandom(seed * 1_000 + c));
      List<SweepRow> reversed = new ArrayList<>();
      for (SweepRow row : sweep.rows()) {
        List<String> names = new ArrayList<>(row.point().keySet());
        Collections.reverse(names);
        Map<String, String> point = new LinkedHashMap<>();
        names.forEach(n -> point.put(n, row.point().get(n)));
        reversed.add(SweepRow.builder().from(row).point(point).build());
      }
      reordered += sweep.parameters().size() > 1 && !sweep.rows().isEmpty() ? 1 : 0;
      SweepResult back = SweepResult.builder().from(sweep).rows(reversed).build();
      assertThat(back).as("seed %d, case %d", seed, c).isEqualTo(sweep);
      for (SweepRow row : back.rows()) {
        assertThat(List.copyOf(row.point().keySet())).as("seed %d, case %d", seed, c).isEqualTo(sweep.parameters());
      }
    }
    assertThat(reordered).as("cases with two or more parameters").isPositive();
  }

  @Test
  void metrics_outOfRangeFigures_nameTheField() {
    Metrics m = RUN.metrics();
    assertThat(m.groupUnplacedByReason()).isNotEmpty();
    assertThatThrownBy(() -> Metrics.builder().from(m).matched(m.seekers() + 1).build()).hasMessageStartingWith("matched: ");
    assertThatThrownBy(() -> Metrics.builder().from(m).p90HoursToMatch(m.medianHoursToMatch() - 1).build())
        .hasMessageStartingWith("p90HoursToMatch: ");
    assertThatThrownBy(() -> Metrics.builder().from(m).groupFill(1.01).build()).hasMessageStartingWith("groupFill: ");
    assertThatThrownBy(() -> Metrics.builder().from(m).loadGini(Double.NaN).build()).hasMessageStartingWith("loadGini: ");
    assertThatThrownBy(() -> Metrics.builder().from(m).adherence(-0.1).build()).hasMessageStartingWith("adherence: ");
    assertThatThrownBy(() -> Metrics.builder().from(m).groupPlaced(m.groupRequests() + 1).build())
        .hasMessageStartingWith("groupPlaced: ");
    Map<String, Integer> negative = new LinkedHashMap<>(m.unmatchedByReason());
    negative.put("match.candidates-exhausted", -1);
    assertThatThrownBy(() -> Metrics.builder().from(m).unmatchedByReason(negative).build())
        .hasMessageStartingWith("unmatchedByReason[match.candidates-exhausted]: ");
  }

  @Test
  void metrics_unplacedNotAddingUp_namesGroupUnplacedByReason() {
    Metrics m = RUN.metrics();
    Map<String, Integer> more = new LinkedHashMap<>(m.groupUnplacedByReason());
    more.merge("NO_SEAT", 1, Integer::sum);
    assertThatThrownBy(() -> Metrics.builder().from(m).groupUnplacedByReason(more).build())
        .hasMessageStartingWith("groupUnplacedByReason: must add up to groupRequests - groupPlaced");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void realRuns_ofRandomScenarios_satisfyTheResultRules(long seed) {
    // a run builds its Metrics, weeks and Run through the checked builders: any broken rule throws here
    Seeds.forEachCase(seed, 3, r -> {
      Scenario s = SimGen.scenario(r).withHorizonWeeks(r.nextInt(1, 9))
          .withCohort(SimGen.cohort(r).withSupporters(r.nextInt(1, 60)).withSeekersPerWeek(r.nextDouble() * 40));
      Run run = s.run(r.nextLong());
      assertThat(run.weeks()).hasSize(s.horizonWeeks());
    });
  }
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void generators_buildValidValues(long seed) {
    Set<String> seen = new HashSet<>();
    Seeds.forEachCase(seed, 200, r -> {
      // the generators feed peer-json's round trips: they must build (every check passes) and vary
      Run run = SimGen.run(r);
      SweepResult sweep = SimGen.sweep(r);
      Scenario scenario = SimGen.scenario(r);
      seen.add("matched " + (run.metrics().matched() > 0));
      seen.add("parameters " + sweep.parameters().isEmpty());
      seen.add("focus " + scenario.groupFocus().isEmpty());
    });
    assertThat(seen).containsExactlyInAnyOrder("matched true", "matched false", "parameters true", "parameters false",
        "focus true", "focus false");
  }
}
