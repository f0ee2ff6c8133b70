package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.core.testing.Seeds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SimTest {
  private static final Scenario SHORT = Scenario.standard().withHorizonWeeks(20);

  @Test
  void run_standardScenario_matchesMostSeekersAndFillsGroups() {
    Run run = SHORT.run(42);
    Metrics m = run.metrics();
    System.out.println(run + "\n" + m + "\n" + m.unmatchedByReason() + " " + m.fallbackUse() + " offers " + m.offers() + " declines " + m.declines() + " expiries " + m.expiries() + " checks " + m.firstContactChecks() + " reminders " + m.reminders() + " pauses " + m.supporterPauses());
    assertThat(m.seekers()).isBetween(400, 600);
    assertThat(m.matchRate()).isBetween(0.6, 1.0);
    assertThat(m.medianHoursToMatch()).isPositive();
    assertThat(m.p90HoursToMatch()).isGreaterThanOrEqualTo(m.medianHoursToMatch());
    assertThat(m.offers()).isGreaterThanOrEqualTo(m.matched());
    assertThat(m.sessions()).isPositive();
    assertThat(m.attendanceRate()).isBetween(0.6, 0.9);
    assertThat(m.groupFill()).isBetween(0.3, 1.0);
    assertThat(m.escalations()).containsKey(Severity.CONCERN);
    assertThat(run.weeks()).hasSize(20);
    assertThat(run.weeks().get(0).week()).isEqualTo(1);
    assertThat(run.served()).hasSize(180);
    int referrals = run.weeks().stream().mapToInt(WeekMetrics::referrals).sum();
    assertThat(referrals).isEqualTo(m.seekers());
    int unmatched = m.unmatchedByReason().values().stream().mapToInt(Integer::intValue).sum();
    assertThat(unmatched).isEqualTo(m.seekers() - m.matched());
  }

  @Test
  void run_sameSeed_identicalRun() {
    assertThat(SHORT.run(7)).isEqualTo(SHORT.run(7));
  }

  @Test
  void run_everyMatchingMode_matchesSomeone() {
    for (MatchingMode mode : MatchingMode.values()) {
      Metrics m = SHORT.withAssignment(mode).run(3).metrics();
      System.out.println(mode + " " + m);
      assertThat(m.matched()).as(mode.name()).isPositive();
    }
  }

  @Test
  void run_groupsOfTen_seatAtMostTenTimesTheGroupsEachWeek() {
    Scenario tens = SHORT.withGroupMaxMembers(10);
    Run run = tens.run(5);
    assertThat(run.weeks()).allSatisfy(w -> assertThat(w.groupMembers()).as("week %d", w.week()).isBetween(0, 10 * tens.groups()));
    assertThat(run.metrics().groupPlaced()).isPositive();
  }

  @Test
  void run_supportersNeverAnswer_everyOfferExpiresAndNobodyIsMatched() {
    Scenario silent = SHORT.withHorizonWeeks(6).withOfferWindow(Duration.ofDays(2))
        .withBehaviour(Behaviour.builder().from(Behaviour.standard()).acceptShare(0).declineShare(0).build());
    Metrics m = silent.run(5).metrics();
    assertThat(m.matched()).isZero();
    assertThat(m.declines()).isZero();
    assertThat(m.expiries()).isPositive().isLessThanOrEqualTo(m.offers());
    // an offer made in the last two days may still be open when the run ends
    assertThat(m.offers() - m.expiries()).isLessThanOrEqualTo(m.unmatchedByReason().getOrDefault("sim.still-waiting", 0));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(MatchingMode.class)
  void run_sameSeeds_sameRunsOnOneThreadAndOnFour(MatchingMode mode) throws Exception {
    Scenario small = Scenario.standard().withHorizonWeeks(8).withAssignment(mode)
        .withCohort(Cohort.standard().withSupporters(40).withSeekersPerWeek(20));
    List<Long> seeds = Seeds.seeds().boxed().toList();
    Map<Long, Run> sequential = new LinkedHashMap<>();
    for (long seed : seeds) {
      sequential.put(seed, small.run(seed));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Map<Long, List<Future<Run>>> concurrent = new LinkedHashMap<>();
      for (int round = 0; round < 2; round++) {
        for (long seed : seeds) {
          concurrent.computeIfAbsent(seed, s -> new ArrayList<>()).add(pool.submit(() -> small.run(seed)));
        }
      }
      for (Map.Entry<Long, List<Future<Run>>> e : concurrent.entrySet()) {
        for (Future<Run> f : e.getValue()) {
          assertThat(f.get()).as("seed %d on four threads", e.getKey()).isEqualTo(sequential.get(e.getKey()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    Map<Long, Run> parallel = seeds.parallelStream().collect(Collectors.toMap(s -> s, small::run));
    for (long seed : seeds) {
      assertThat(parallel.get(seed)).as("seed %d in a parallel stream", seed).isEqualTo(sequential.get(seed));
    }
  }
}
