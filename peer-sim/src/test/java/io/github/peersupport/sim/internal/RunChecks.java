package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.escalation.Escalation;
import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.escalation.SignalKind;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.matching.lifecycle.Match;
import io.github.peersupport.sim.Metrics;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Sim;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invariants every run keeps, each one method over a {@link RecordedRun}: shared by the property
 * tests of random scenarios ({@link RunPropertyTest}) and of the programme presets ({@link
 * PresetRunTest}). Each fails with an AssertJ message naming the week, seeker or supporter.
 */
final class RunChecks {
  private RunChecks() {}

  /**
   * No supporter is above capacity at the end of any week, and no more seekers are engaged than the
   * supporters' capacities allow; every week of the horizon ended.
   *
   * @param r the run
   */
  static void noSupporterAboveCapacityInAnyWeek(RecordedRun r) {
    assertThat(r.weeks()).hasSize(r.scenario().horizonWeeks()).hasSameSizeAs(r.run().weeks());
    for (WeekEnd week : r.weeks()) {
      int capacity = 0;
      for (Supporter s : week.supporters()) {
        assertThat(week.book().loadOf(s.id())).as("load of %s in week %d", s.id(), week.metrics().week()).isBetween(0, s.capacity());
        capacity += s.capacity();
      }
      assertThat(week.metrics().engaged()).isBetween(0, capacity);
    }
  }

  /**
   * Every seeker referred for a one-to-one match is counted exactly once, each week and at the end:
   * matched, unmatched by reason, or still waiting (and then their request is in the book, one open
   * match per seeker); the run's metrics add up. Every seeker who asked for a group (all of them in a
   * group-only programme) is placed or unplaced by reason, once.
   *
   * @param r the run
   */
  static void everySeekerCountedOnce(RecordedRun r) {
    int referred = 0;
    Map<SeekerId, String> outcomes = Map.of();
    for (WeekEnd week : r.weeks()) {
      referred += week.metrics().referrals();
      outcomes = week.outcomes();
      assertThat(outcomes).as("week %d", week.metrics().week()).hasSize(referred);
      Set<SeekerId> withOpenMatch = new HashSet<>();
      for (Match m : week.book().matches().values()) {
        assertThat(m.status().isClosed()).as("the book holds open matches only").isFalse();
        assertThat(withOpenMatch.add(m.seeker())).as("one open match per seeker: %s", m.seeker()).isTrue();
      }
      outcomes.forEach((seeker, outcome) -> {
        if (outcome.equals(SeekerState.STILL_WAITING)) {
          assertThat(withOpenMatch).as("%s is waiting: the book holds their request", seeker).contains(seeker);
        } else if (!outcome.equals(SeekerState.MATCHED)) {
          assertThat(withOpenMatch).as("%s is unmatched (%s): no open request", seeker, outcome).doesNotContain(seeker);
        }
      });
    }
    Metrics m = r.run().metrics();
    assertThat(m.seekers()).isEqualTo(referred).isEqualTo(outcomes.size());
    long matched = outcomes.values().stream().filter(SeekerState.MATCHED::equals).count();
    long waiting = outcomes.values().stream().filter(SeekerState.STILL_WAITING::equals).count();
    assertThat(m.matched()).isEqualTo((int) matched);
    assertThat(m.unmatchedByReason().getOrDefault(SeekerState.STILL_WAITING, 0)).isEqualTo((int) waiting);
    int unmatched = m.unmatchedByReason().values().stream().mapToInt(Integer::intValue).sum();
    assertThat(m.matched() + unmatched).as("matched + unmatched by reason (still waiting among them)").isEqualTo(m.seekers());
    assertThat(m.unmatchedByReason()).doesNotContainKey(SeekerState.MATCHED);
    assertThat(r.run().hoursToMatch()).hasSize(m.matched());
    int groupUnplaced = m.groupUnplacedByReason().values().stream().mapToInt(Integer::intValue).sum();
    assertThat(m.groupPlaced() + groupUnplaced).as("seekers who asked for a group: placed + unplaced by reason")
        .isEqualTo(m.groupRequests());
  }

  /**
   * Every screening whose PHQ-9 has a positive item 9 gives an IMMEDIATE escalation with that signal
   * as evidence, decided at the screening; each week counts at least its IMMEDIATE escalations from
   * screenings, and the run at least all of them.
   *
   * @param r the run
   * @return how many screenings had a positive item 9
   */
  static int phq9Item9PositiveGivesImmediateEscalationThatWeek(RecordedRun r) {
    int[] perWeek = new int[r.weeks().size() + 1];
    int positives = 0;
    for (RecordedRun.Screened s : r.screenings()) {
      for (Signal signal : s.signals()) {
        if (signal.kind() == SignalKind.PHQ9 && signal.answers().get(8) > 0) {
          positives++;
          assertThat(s.decision().evaluatedAt()).isEqualTo(s.at());
          List<Escalation> about = s.decision().about(signal.person());
          assertThat(about).as("escalations of %s, item 9 = %d", signal.person(), signal.answers().get(8))
              .anyMatch(e -> e.level() == Severity.IMMEDIATE && e.evidence().contains(signal.id()));
          perWeek[r.weekOf(s.at())]++;
        }
      }
    }
    for (WeekEnd week : r.weeks()) {
      assertThat(week.metrics().escalations()).as("week %d counts its IMMEDIATE escalations", week.metrics().week())
          .isGreaterThanOrEqualTo(perWeek[week.metrics().week()]);
    }
    assertThat(r.run().metrics().escalations().getOrDefault(Severity.IMMEDIATE, 0)).isGreaterThanOrEqualTo(positives);
    return positives;
  }

  /**
   * The same scenario and seed give the same run, and the test hook changes nothing: {@code Sim.run}
   * (no hook) returns the recorded run.
   *
   * @param r the run
   */
  static void sameSeedSameRun(RecordedRun r) {
    Run again = Sim.run(r.scenario(), r.seed());
    assertThat(again).isEqualTo(r.run());
  }
}
