package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.matching.Criterion;
import java.time.Duration;
import org.junit.jupiter.api.Test;

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
  void run_otherSeed_otherRun() {
    assertThat(SHORT.run(7).metrics()).isNotEqualTo(SHORT.run(8).metrics());
  }

  @Test
  void run_everyAssignmentMode_completes() {
    for (MatchingMode mode : MatchingMode.values()) {
      Metrics m = SHORT.withAssignment(mode).run(3).metrics();
      System.out.println(mode + " " + m);
      assertThat(m.matched()).as(mode.name()).isPositive();
    }
  }

  @Test
  void run_variants_completeWithTheirPolicies() {
    Metrics strict = SHORT.withHardCriterion(Criterion.GENDER).run(5).metrics();
    Metrics quick = SHORT.withOfferWindow(Duration.ofDays(2)).run(5).metrics();
    Metrics tens = SHORT.withGroupMaxMembers(10).run(5).metrics();
    Metrics base = SHORT.run(5).metrics();
    System.out.println(base + "\n" + strict + "\n" + quick + "\n" + tens);
    // each what-if reaches the engine: same seed, different policy, different figures
    assertThat(strict).isNotEqualTo(base);
    assertThat(quick).isNotEqualTo(base);
    assertThat(tens).isNotEqualTo(base);
    for (Metrics m : java.util.List.of(strict, quick, tens)) {
      assertThat(m.seekers()).isPositive();
      assertThat(m.matched()).isBetween(0, m.seekers());
    }
  }
}
