package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.lifecycle.PeerStatus;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SupporterRosterTest {
  private static final Instant MONDAY = Scenario.DEFAULT_START;
  private static final List<Supporter> DRAWN = Cohort.standard().withSupporters(5).drawSupporters(new SplittableRandom(1), MONDAY);

  private static SupporterRoster roster(double attrition, double pause, int pauseWeeks) {
    return new SupporterRoster(DRAWN, attrition, pause, pauseWeeks, new RandomStreams(2));
  }

  private static Instant day(int d) {
    return MONDAY.plus(Duration.ofDays(d));
  }

  @Test
  void new_everyoneAvailableAtTheirOwnCapacity() {
    SupporterRoster roster = roster(0, 0, 2);
    assertThat(roster.size()).isEqualTo(5);
    assertThat(roster.availableCount()).isEqualTo(5);
    assertThat(roster.supporters()).isEqualTo(DRAWN);
    for (Supporter s : DRAWN) {
      assertThat(roster.bookCapacities()).containsEntry(s.id(), s.capacity());
      assertThat(roster.available(s.id())).isTrue();
    }
    assertThat(roster.indexOf(SupporterId.of("nobody"))).isEqualTo(-1);
    assertThat(roster.available(SupporterId.of("nobody"))).isFalse();
  }

  @Test
  void startWeek_certainAttrition_everyoneRetiresOnceAndTheBookGivesThemNoRoom() {
    SupporterRoster roster = roster(1, 0, 2);
    assertThat(roster.startWeek(0, MONDAY)).containsExactlyElementsOf(DRAWN.stream().map(Supporter::id).toList());
    assertThat(roster.startWeek(7, day(7))).isEmpty();
    assertThat(roster.retirements()).isEqualTo(5);
    assertThat(roster.availableCount()).isZero();
    assertThat(roster.bookCapacities().values()).containsOnly(0);
    assertThat(roster.supporters()).allSatisfy(s -> assertThat(s.standing().status()).isEqualTo(PeerStatus.RETIRED));
  }

  @Test
  void pause_lastsItsWeeksThenTheSupporterResumes() {
    SupporterRoster roster = roster(0, 0, 2);
    Supporter first = DRAWN.get(0);
    roster.pause(0, 0, MONDAY);
    assertThat(roster.pauses()).isEqualTo(1);
    assertThat(roster.available(0)).isFalse();
    assertThat(roster.get(0).standing().status()).isEqualTo(PeerStatus.PAUSED);
    assertThat(roster.bookCapacities()).containsEntry(first.id(), 0);
    roster.startWeek(7, day(7));
    assertThat(roster.available(0)).as("one week into a two-week pause").isFalse();
    roster.startWeek(14, day(14));
    assertThat(roster.available(0)).isTrue();
    assertThat(roster.get(0).standing().status()).isEqualTo(PeerStatus.ACTIVE);
    assertThat(roster.bookCapacities()).containsEntry(first.id(), first.capacity());
    assertThat(roster.availableCount()).isEqualTo(5);
  }

  @Test
  void startWeek_certainPause_noSecondPauseWhilePaused() {
    SupporterRoster roster = roster(0, 1, 2);
    roster.startWeek(0, MONDAY);
    assertThat(roster.pauses()).isEqualTo(5);
    roster.startWeek(7, day(7));
    assertThat(roster.pauses()).isEqualTo(5);
    assertThat(roster.availableCount()).isZero();
    roster.startWeek(14, day(14));
    assertThat(roster.pauses()).as("resumed, then paused again").isEqualTo(10);
  }

  @Test
  void served_countsAcceptedMatchesInRosterOrder() {
    SupporterRoster roster = roster(0, 0, 2);
    roster.served(DRAWN.get(1).id());
    roster.served(DRAWN.get(1).id());
    roster.served(DRAWN.get(4).id());
    assertThat(roster.servedCounts()).containsExactly(0, 2, 0, 0, 1);
  }

  @Test
  void startWeek_sameStream_sameRetirementsAndPauses() {
    SupporterRoster a = roster(0.3, 0.3, 1);
    SupporterRoster b = roster(0.3, 0.3, 1);
    for (int week = 0; week < 6; week++) {
      assertThat(a.startWeek(7 * week, day(7 * week))).isEqualTo(b.startWeek(7 * week, day(7 * week)));
    }
    assertThat(a.supporters()).isEqualTo(b.supporters());
    assertThat(a.pauses()).isEqualTo(b.pauses());
  }
}
