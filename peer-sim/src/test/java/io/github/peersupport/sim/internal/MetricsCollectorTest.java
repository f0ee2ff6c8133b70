package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.WeekMetrics;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MetricsCollectorTest {
  private static final Instant MONDAY = Scenario.DEFAULT_START;

  @Test
  void endWeek_countsTheWeeksReferralsNotTheRunningTotal() {
    Engine parts = new Engine(Scenario.standard().withCohort(Cohort.standard().withSupporters(12).withSeekersPerWeek(30)), 2,
        RunObserver.NONE);
    parts.referrals.refreshPool(MONDAY);
    WeekMetrics empty = parts.metrics.endWeek(1);
    assertThat(empty.referrals()).isZero();
    assertThat(empty.accepted()).isZero();
    assertThat(empty.activeSupporters()).isEqualTo(12);
    for (int d = 0; d < 7; d++) {
      parts.referrals.arrivals(MONDAY.plus(Duration.ofDays(d)));
    }
    int first = parts.referrals.seekers().size();
    WeekMetrics week2 = parts.metrics.endWeek(2);
    assertThat(week2.referrals()).isEqualTo(first);
    parts.referrals.arrivals(MONDAY.plus(Duration.ofDays(8)));
    WeekMetrics week3 = parts.metrics.endWeek(3);
    assertThat(week3.referrals()).isEqualTo(parts.referrals.seekers().size() - first);
    int open = (int) parts.ledger.live().stream().filter(ms -> !ms.closed && !ms.match.status().isEngaged()).count();
    assertThat(week3.waiting()).isEqualTo(open);
    assertThat(parts.metrics.outcomes()).hasSize(parts.referrals.seekers().size());
    Run run = parts.metrics.result(Scenario.standard(), 2);
    assertThat(run.weeks()).containsExactly(empty, week2, week3);
    assertThat(run.metrics().seekers()).isEqualTo(parts.referrals.seekers().size());
    assertThat(run.metrics().unmatchedByReason().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(run.metrics().seekers() - run.metrics().matched());
    assertThat(run.served()).hasSize(12);
  }
}
