package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.sim.testing.SimGen;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  void run_realRun_satisfiesItsOwnRules() {
    assertThat(Run.builder().from(RUN).build()).isEqualTo(RUN);
    assertThat(RUN.hoursToMatch()).hasSize(RUN.metrics().matched());
    assertThat(RUN.weeks()).extracting(WeekMetrics::week).containsExactly(1, 2, 3, 4, 5, 6);
  }

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
  void generators_buildValidValues(long seed) {
    Seeds.forEachCase(seed, 200, r -> {
      Run run = SimGen.run(r);
      assertThat(run.hoursToMatch()).hasSize(run.metrics().matched());
      SweepResult sweep = SimGen.sweep(r);
      assertThat(sweep.rows()).allSatisfy(row -> assertThat(List.copyOf(row.point().keySet())).isEqualTo(sweep.parameters()));
      assertThat(SimGen.scenario(r).cohort()).isNotNull();
    });
  }
}
