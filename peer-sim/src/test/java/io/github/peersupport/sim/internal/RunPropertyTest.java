package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.escalation.Escalation;
import io.github.peersupport.core.escalation.EscalationDecision;
import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.escalation.SignalKind;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.lifecycle.Match;
import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.MatchingMode;
import io.github.peersupport.sim.Metrics;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.Sim;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Behaviour of whole runs of small random scenarios (every matching mode, supporters often scarce),
 * watched week by week through the engine's test hook: what the run's match book, roster and seekers
 * hold at the end of each week, and each screening with the policy's decision.
 */
class RunPropertyTest {

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void run_anyScenario_noSupporterAboveCapacityInAnyWeek(long seed) {
    Seeds.forEachCase(seed, 3, random -> {
      Scenario scenario = scenario(random);
      int[] weeks = {0};
      RunObserver observer = new RunObserver() {
        @Override
        public void weekEnded(WeekEnd week) {
          weeks[0]++;
          int capacity = 0;
          for (Supporter s : week.supporters()) {
            assertThat(week.book().loadOf(s.id())).as("load of %s in week %d", s.id(), week.metrics().week())
                .isBetween(0, s.capacity());
            capacity += s.capacity();
          }
          assertThat(week.metrics().engaged()).isBetween(0, capacity);
        }
      };
      Run run = Engine.run(scenario, random.nextLong(), observer);
      assertThat(weeks[0]).isEqualTo(scenario.horizonWeeks()).isEqualTo(run.weeks().size());
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void run_anyScenario_everySeekerCountedOnceEachWeekAndAtTheEnd(long seed) {
    Seeds.forEachCase(seed, 3, random -> {
      Scenario scenario = scenario(random);
      int[] referred = {0};
      Map<?, ?>[] last = {Map.of()};
      RunObserver observer = new RunObserver() {
        @Override
        public void weekEnded(WeekEnd week) {
          referred[0] += week.metrics().referrals();
          Map<SeekerId, String> outcomes = week.outcomes();
          assertThat(outcomes).as("week %d", week.metrics().week()).hasSize(referred[0]);
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
          last[0] = outcomes;
        }
      };
      Run run = Engine.run(scenario, random.nextLong(), observer);
      Metrics m = run.metrics();
      @SuppressWarnings("unchecked")
      Map<SeekerId, String> outcomes = (Map<SeekerId, String>) last[0];
      assertThat(m.seekers()).isEqualTo(referred[0]).isEqualTo(outcomes.size());
      long matched = outcomes.values().stream().filter(SeekerState.MATCHED::equals).count();
      long waiting = outcomes.values().stream().filter(SeekerState.STILL_WAITING::equals).count();
      assertThat(m.matched()).isEqualTo((int) matched);
      assertThat(m.unmatchedByReason().getOrDefault(SeekerState.STILL_WAITING, 0)).isEqualTo((int) waiting);
      int unmatched = m.unmatchedByReason().values().stream().mapToInt(Integer::intValue).sum();
      assertThat(m.matched() + unmatched).as("matched + unmatched by reason (still waiting among them)").isEqualTo(m.seekers());
      assertThat(m.unmatchedByReason()).doesNotContainKey(SeekerState.MATCHED);
      assertThat(run.hoursToMatch()).hasSize(m.matched());
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void run_phq9Item9Positive_immediateEscalationThatWeek(long seed) {
    Seeds.forEachCase(seed, 2, random -> {
      Behaviour behaviour = Behaviour.builder().from(Behaviour.standard()).screeningPerWeek(1).symptomShare(0.9)
          .item9Share(random.nextDouble(0.2, 0.8)).build();
      Scenario any = scenario(random);
      Scenario scenario = any.withBehaviour(Behaviour.builder().from(behaviour).acceptShare(any.behaviour().acceptShare())
          .declineShare(any.behaviour().declineShare()).build());
      int[] immediateThisWeek = {0};
      int[] positives = {0};
      RunObserver observer = new RunObserver() {
        @Override
        public void screened(Instant at, List<Signal> signals, EscalationDecision decision) {
          for (Signal s : signals) {
            if (s.kind() == SignalKind.PHQ9 && s.answers().get(8) > 0) {
              positives[0]++;
              assertThat(decision.evaluatedAt()).isEqualTo(at);
              List<Escalation> about = decision.about(s.person());
              assertThat(about).as("escalations of %s, item 9 = %d", s.person(), s.answers().get(8))
                  .anyMatch(e -> e.level() == Severity.IMMEDIATE && e.evidence().contains(s.id()));
              immediateThisWeek[0]++;
            }
          }
        }

        @Override
        public void weekEnded(WeekEnd week) {
          assertThat(week.metrics().escalations()).as("week %d counts its IMMEDIATE escalations", week.metrics().week())
              .isGreaterThanOrEqualTo(immediateThisWeek[0]);
          immediateThisWeek[0] = 0;
        }
      };
      Run run = Engine.run(scenario, random.nextLong(), observer);
      assertThat(run.metrics().escalations().getOrDefault(Severity.IMMEDIATE, 0)).isGreaterThanOrEqualTo(positives[0]);
      if (run.metrics().matched() > 0 && scenario.horizonWeeks() > 3) {
        assertThat(positives[0]).as("engaged seekers were screened with item 9 positive").isPositive();
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void run_anyScenario_sameSeedSameRunAndTheHookChangesNothing(long seed) {
    Seeds.forEachCase(seed, 2, random -> {
      Scenario scenario = scenario(random);
      long runSeed = random.nextLong();
      Run watched = Engine.run(scenario, runSeed, new RunObserver() {
        @Override
        public void weekEnded(WeekEnd week) {
          assertThat(week.outcomes()).isNotNull();
        }
      });
      assertThat(Sim.run(scenario, runSeed)).isEqualTo(watched).isEqualTo(Engine.run(scenario, runSeed));
    });
  }

  /** A few weeks of a small programme in any matching mode; supporters are often scarce. */
  static Scenario scenario(SplittableRandom random) {
    Cohort cohort = Cohort.standard().withSupporters(random.nextInt(3, 30)).withSeekersPerWeek(random.nextInt(5, 40))
        .withPausePerWeek(random.nextDouble(0, 0.2)).withAttritionPerWeek(random.nextDouble(0, 0.1));
    MatchingMode mode = MatchingMode.values()[random.nextInt(MatchingMode.values().length)];
    Behaviour behaviour = Behaviour.builder().from(Behaviour.standard()).acceptShare(random.nextDouble(0.2, 0.9))
        .declineShare(random.nextDouble(0, 0.1)).build();
    Scenario base = Scenario.standard();
    return base.withHorizonWeeks(random.nextInt(2, 9)).withCohort(cohort).withAssignment(mode).withBehaviour(behaviour)
        .withStart(base.start().plus(7L * random.nextInt(0, 20), ChronoUnit.DAYS));
  }
}
