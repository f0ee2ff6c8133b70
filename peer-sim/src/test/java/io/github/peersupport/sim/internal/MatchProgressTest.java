package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.matching.lifecycle.CloseReason;
import io.github.peersupport.matching.lifecycle.Match;
import io.github.peersupport.matching.lifecycle.MatchStatus;
import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchProgressTest {
  private static final Instant MONDAY = Scenario.DEFAULT_START;

  private static Engine parts(Behaviour behaviour) {
    Scenario scenario = Scenario.standard().withBehaviour(behaviour)
        .withCohort(Cohort.standard().withSupporters(40).withSeekersPerWeek(20).withConsentShare(1));
    Engine parts = new Engine(scenario, 5, RunObserver.NONE);
    parts.referrals.refreshPool(MONDAY);
    return parts;
  }

  private static Instant days(int d) {
    return MONDAY.plus(Duration.ofDays(d));
  }

  /** Referrals on the first day, then {@code days} days of match events. */
  private static void run(Engine parts, int days) {
    parts.referrals.arrivals(MONDAY);
    for (int d = 0; d < days; d++) {
      if (d > 0 && parts.referrals.seekers().isEmpty()) {
        parts.referrals.arrivals(days(d));
      }
      parts.progress.advanceDay(days(d));
    }
  }

  @Test
  void advanceDay_everySupporterAccepts_firstOffersAcceptedAndMatchesGoLive() {
    Engine parts = parts(Behaviour.builder().from(Behaviour.standard()).acceptShare(1).declineShare(0).build());
    run(parts, 21);
    assertThat(parts.referrals.seekers()).isNotEmpty();
    assertThat(parts.ledger.declines()).isZero();
    for (SeekerState st : parts.referrals.seekers()) {
      if (st.current.isPresent() && st.current.get().match.offers().size() > 0) {
        assertThat(st.outcome()).as(st.seeker.id().value()).isEqualTo(SeekerState.MATCHED);
      }
    }
    assertThat(parts.ledger.accepted()).isPositive();
    assertThat(parts.ledger.live()).anyMatch(ms -> ms.match.status() == MatchStatus.ACTIVE);
  }

  @Test
  void advanceDay_nobodyAnswers_offersExpireAndMoveDownTheRanking() {
    Engine parts = parts(Behaviour.builder().from(Behaviour.standard()).acceptShare(0).declineShare(0).build());
    run(parts, 10);
    assertThat(parts.ledger.accepted()).isZero();
    assertThat(parts.ledger.expiries()).isPositive();
    assertThat(parts.ledger.live()).anyMatch(ms -> ms.match.offers().size() >= 2);
    for (MatchState ms : parts.ledger.live()) {
      for (int i = 1; i < ms.match.offers().size(); i++) {
        assertThat(ms.match.offers().get(i).offeredAt()).isAfterOrEqualTo(ms.match.offers().get(i - 1).expiresAt());
      }
    }
  }

  @Test
  void withdraw_retiredSupporter_engagedMatchCancelledAndSeekerRequestedAgainWithoutThem() {
    Engine parts = parts(Behaviour.builder().from(Behaviour.standard()).acceptShare(1).declineShare(0).build());
    run(parts, 3);
    MatchState engaged = parts.ledger.live().stream().filter(ms -> ms.match.status().isEngaged()).findFirst().orElseThrow();
    SupporterId leaving = engaged.match.supporter().orElseThrow();
    SeekerState st = engaged.seeker;
    parts.progress.withdraw(Set.of(leaving), days(3));
    assertThat(engaged.closed).isTrue();
    assertThat(engaged.match.status()).isEqualTo(MatchStatus.CANCELLED);
    assertThat(engaged.match.closure().orElseThrow().reason()).isEqualTo(CloseReason.SUPPORTER_WITHDREW);
    assertThat(st.current).isPresent();
    Match again = st.current.get().match;
    assertThat(again.id()).isNotEqualTo(engaged.match.id());
    assertThat(again.request().candidates()).doesNotContain(leaving);
    assertThat(parts.ledger.book().loadOf(leaving)).isEqualTo(
        (int) parts.ledger.live().stream().filter(ms -> !ms.closed && ms.match.liveSupporter().filter(leaving::equals).isPresent()).count());
  }
}
