package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GroupSessionsTest {
  private static final Instant MONDAY = Scenario.DEFAULT_START;
  private static final Cohort COHORT = Cohort.standard().withConsentShare(1);

  private static Engine parts(Scenario scenario, int seekers) {
    Engine parts = new Engine(scenario.withCohort(COHORT), 9, RunObserver.NONE);
    SplittableRandom random = new SplittableRandom(4);
    for (int i = 1; i <= seekers; i++) {
      parts.groups.ask(new SeekerState(COHORT.drawSeeker(random, i, MONDAY), MONDAY, true));
    }
    return parts;
  }

  @Test
  void week_placesTheWaitlistAndHoldsSessionsOfViableGroups() {
    Scenario scenario = Scenario.standard();
    Engine parts = parts(scenario, 60);
    assertThat(parts.groups.requests()).isEqualTo(60);
    parts.groups.week(MONDAY);
    assertThat(parts.groups.placed()).isPositive().isLessThanOrEqualTo(60);
    assertThat(parts.groups.membersThisWeek()).isEqualTo(parts.groups.placed());
    assertThat(parts.groups.waitlistSize()).isLessThanOrEqualTo(60 - parts.groups.placed());
    assertThat(parts.groups.seats()).isEqualTo(scenario.groups() * scenario.groupSize().maxMembers());
    assertThat(parts.groups.sessions()).isBetween(1, scenario.groups());
    long[] attendance = parts.groups.attendance();
    assertThat(attendance[0]).as("each member of a meeting group was offered the session").isPositive();
    assertThat(attendance[1]).isBetween(0L, attendance[0]);
  }

  @Test
  void week_seriesOfOneSession_membersLeaveTheWeekAfter() {
    Scenario scenario = Scenario.standard().withSeriesSessions(1)
        .withGroupSize(GroupSizePolicy.builder().from(GroupSizePolicy.standard()).minViable(1).build())
        .withBehaviour(Behaviour.standard().withDropoutPerSession(0).withAttendShare(1));
    Engine parts = parts(scenario, 20);
    parts.groups.week(MONDAY);
    int first = parts.groups.placed();
    assertThat(first).isPositive();
    parts.groups.week(MONDAY.plus(Duration.ofDays(7)));
    assertThat(parts.groups.membersThisWeek()).as("only those placed in week 2").isEqualTo(parts.groups.placed() - first);
    long[] attendance = parts.groups.attendance();
    assertThat(attendance[1]).as("everyone attends").isEqualTo(attendance[0]);
    double[] adherence = parts.groups.adherence();
    assertThat(adherence[0]).isEqualTo(adherence[1]);
  }

  @Test
  void week_noGroups_nobodyPlacedAndNobodyLeftWaiting() {
    Engine parts = parts(Scenario.standard().withGroups(0), 10);
    parts.groups.week(MONDAY);
    assertThat(parts.groups.placed()).isZero();
    assertThat(parts.groups.sessions()).isZero();
    assertThat(parts.groups.seats()).isZero();
    assertThat(parts.groups.waitlistSize()).as("no group can ever admit them: they leave the waitlist").isZero();
  }
}
