package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.KaplanMeier;
import io.github.peersupport.sim.Metrics;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.WeekMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmupMetricsTest {
  private static final Instant MONDAY = Scenario.DEFAULT_START;
  private static final Scenario NO_ONE_ANSWERS = Scenario.standard().withHorizonWeeks(3)
      .withCohort(Cohort.standard().withSupporters(12).withSeekersPerWeek(30));

  /**
   * Referrals on day 0 (week 1) and day 8 (week 2), nobody matched (no day is advanced, so no supporter
   * answers), three weeks ended. With a warm-up of one week, by hand: the seekers are those referred
   * on day 8, every one unmatched and censored at the horizon (day 21, 09:00), 13 days = 312 h after
   * referral; the weekly means are over weeks 2 and 3 only.
   */
  @Test
  void result_warmupOfOneWeek_leavesOutWeekOneReferralsAndWeekOneMeans() {
    Scenario scenario = NO_ONE_ANSWERS.withWarmupWeeks(1);
    Engine parts = new Engine(scenario, 5, RunObserver.NONE);
    parts.referrals.refreshPool(MONDAY);
    parts.referrals.arrivals(MONDAY);
    int weekOne = parts.referrals.seekers().size();
    WeekMetrics w1 = parts.metrics.endWeek(1);
    parts.referrals.arrivals(MONDAY.plus(Duration.ofDays(8)));
    int weekTwo = parts.referrals.seekers().size() - weekOne;
    WeekMetrics w2 = parts.metrics.endWeek(2);
    WeekMetrics w3 = parts.metrics.endWeek(3);
    assertThat(weekOne).isPositive();
    assertThat(weekTwo).isPositive();

    Run run = parts.metrics.result(scenario, 5);
    Metrics m = run.metrics();
    assertThat(m.warmupWeeks()).isEqualTo(1);
    assertThat(m.seekers()).isEqualTo(weekTwo);
    assertThat(m.matched()).isZero();
    assertThat(m.unmatchedByReason().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(weekTwo);
    assertThat(run.hoursToMatch()).isEmpty();
    assertThat(run.unmatchedFollowUpHours()).hasSize(weekTwo).containsOnly(13 * 24.0);
    assertThat(m.meanWaitlist()).isCloseTo((w2.groupWaitlist() + w3.groupWaitlist()) / 2.0, within(1e-12));
    assertThat(m.referredWithin48hShare()).hasValue(0.0);
    assertThat(m.referredMedianHoursToMatch()).isEmpty();
    assertThat(m.referredP90HoursToMatch()).isEmpty();
    assertThat(run.weeks()).containsExactly(w1, w2, w3);

    Run whole = parts.metrics.result(NO_ONE_ANSWERS, 5);
    assertThat(whole.metrics().seekers()).isEqualTo(weekOne + weekTwo);
    assertThat(whole.metrics().meanWaitlist())
        .isCloseTo((w1.groupWaitlist() + w2.groupWaitlist() + w3.groupWaitlist()) / 3.0, within(1e-12));
    List<Double> followUps = new ArrayList<>(whole.unmatchedFollowUpHours());
    assertThat(followUps.subList(0, weekOne)).containsOnly(21 * 24.0);
  }

  @Test
  void run_timeToMatchFigures_areTheKaplanMeierEstimateOfTheRunsSamples() {
    Run run = Scenario.standard().withHorizonWeeks(10).withWarmupWeeks(3).run(11);
    Metrics m = run.metrics();
    KaplanMeier km = KaplanMeier.estimate(run.hoursToMatch(), run.unmatchedFollowUpHours());
    assertThat(km.subjects()).isEqualTo(m.seekers());
    assertThat(m.referredMedianHoursToMatch()).isEqualTo(km.median());
    assertThat(m.referredWithin48hShare()).isEqualTo(km.eventShareBy(48));
    assertThat(m.referredWithin48hShare().getAsDouble()).isLessThanOrEqualTo(m.within48hShare());
    Run noWarmup = Scenario.standard().withHorizonWeeks(10).run(11);
    assertThat(noWarmup.metrics().seekers()).isGreaterThan(m.seekers());
    assertThat(noWarmup.metrics().offers()).isEqualTo(m.offers());
  }

  @Test
  void warmupWeeks_atOrPastTheHorizon_throwsNamingIt() {
    assertThatThrownBy(() -> NO_ONE_ANSWERS.withWarmupWeeks(3)).hasMessageStartingWith("warmupWeeks: must be between 0 and 2");
  }
}
