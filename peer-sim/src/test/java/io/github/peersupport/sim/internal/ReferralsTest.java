package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.matching.BatchAssignment;
import io.github.peersupport.matching.Candidate;
import io.github.peersupport.matching.MatchResult;
import io.github.peersupport.matching.lifecycle.MatchStatus;
import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.MatchingMode;
import io.github.peersupport.sim.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReferralsTest {
  private static final Instant MONDAY = Scenario.DEFAULT_START;

  private static Engine parts(MatchingMode mode, int supporters, double seekersPerWeek) {
    Scenario scenario = Scenario.standard().withAssignment(mode)
        .withCohort(Cohort.standard().withSupporters(supporters).withSeekersPerWeek(seekersPerWeek).withConsentShare(1))
        .withBehaviour(Behaviour.standard().withGroupInterestShare(0.5));
    Engine parts = new Engine(scenario, 11, RunObserver.NONE);
    parts.referrals.refreshPool(MONDAY);
    return parts;
  }

  private static void arriveForAWeek(Engine parts, boolean solve) {
    for (int d = 0; d < 7; d++) {
      Instant now = MONDAY.plus(Duration.ofDays(d));
      parts.referrals.arrivals(now);
      if (solve) {
        parts.referrals.solveBatch(now);
      }
    }
  }

  @Test
  void arrivals_ranking_everySeekerRequestedAndOfferedOnArrival() {
    Engine parts = parts(MatchingMode.RANKING, 30, 40);
    arriveForAWeek(parts, false);
    assertThat(parts.referrals.seekers()).hasSizeGreaterThan(10);
    assertThat(parts.referrals.queued()).isZero();
    for (SeekerState st : parts.referrals.seekers()) {
      assertThat(st.current).as(st.seeker.id().value()).isPresent();
      MatchStatus status = st.current.get().match.status();
      assertThat(status).isIn(MatchStatus.OFFERED, MatchStatus.NEEDS_MANUAL_MATCH, MatchStatus.REQUESTED);
      if (status == MatchStatus.OFFERED) {
        // the first ranked candidate with room (the week's pool does not see this week's offers)
        assertThat(st.current.get().match.request().candidates()).contains(st.current.get().match.currentOffer().orElseThrow().supporter());
      }
    }
    for (Supporter s : parts.roster.supporters()) {
      assertThat(parts.ledger.book().loadOf(s.id())).as(s.id().value()).isBetween(0, s.capacity());
    }
    assertThat(parts.groups.requests()).isEqualTo((int) parts.referrals.seekers().stream().filter(st -> st.groupInterest).count());
  }

  @ParameterizedTest
  @EnumSource(value = MatchingMode.class, names = {"BATCH_OPTIMAL", "BATCH_GREEDY"})
  void solveBatch_queuedUntilSolvedThenOffersWithinRoom(MatchingMode mode) {
    Engine parts = parts(mode, 8, 80);
    parts.referrals.arrivals(MONDAY);
    parts.referrals.arrivals(MONDAY);
    int queued = parts.referrals.queued();
    assertThat(queued).isPositive().isEqualTo(parts.referrals.seekers().size());
    assertThat(parts.referrals.seekers()).allSatisfy(st -> assertThat(st.outcome()).isEqualTo(SeekerState.STILL_WAITING));
    parts.referrals.solveBatch(MONDAY);
    assertThat(parts.referrals.queued()).isZero();
    assertThat(parts.referrals.seekers()).allSatisfy(st -> assertThat(st.queued).isFalse());
    for (Supporter s : parts.roster.supporters()) {
      assertThat(parts.ledger.book().loadOf(s.id())).as(s.id().value()).isBetween(0, s.capacity());
    }
    int offered = 0;
    for (SeekerState st : parts.referrals.seekers()) {
      if (st.current.isPresent() && st.current.get().match.status() == MatchStatus.OFFERED) {
        offered++;
        SupporterId to = st.current.get().match.currentOffer().orElseThrow().supporter();
        assertThat(parts.referrals.rank(st).candidates()).as("%s offered a ranked candidate", st.seeker.id()).anyMatch(c -> c.supporter().equals(to));
      }
    }
    int room = parts.roster.supporters().stream().mapToInt(Supporter::capacity).sum();
    assertThat(offered).as("offers within the batch and the room").isPositive().isLessThanOrEqualTo(Math.min(queued, room));
    assertEverySeatGivenIsOffered(parts);
  }

  @Test
  void candidates_leaveOutUnavailableAndAlreadyOfferedSupporters() {
    Engine parts = parts(MatchingMode.RANKING, 30, 20);
    arriveForAWeek(parts, false);
    SeekerState st = parts.referrals.seekers().stream().filter(s -> parts.referrals.rank(s).candidates().size() > 2).findFirst()
        .orElseThrow();
    MatchResult ranking = parts.referrals.rank(st);
    assertThat(ranking.candidates()).hasSizeGreaterThan(2);
    SupporterId paused = ranking.candidates().get(1).supporter();
    SupporterId offered = ranking.candidates().get(2).supporter();
    parts.roster.pause(parts.roster.indexOf(paused), 0, MONDAY);
    st.pastSupporters.add(offered);
    Set<SupporterId> expected = new HashSet<>();
    for (Candidate c : ranking.candidates()) {
      expected.add(c.supporter());
    }
    expected.remove(paused);
    expected.removeAll(st.pastSupporters);
    assertThat(parts.referrals.candidates(st, ranking)).doesNotContain(paused, offered).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** Every seat the solver gave is offered: a seeker it left out never takes it first. */
  private static void assertEverySeatGivenIsOffered(Engine parts) {
    BatchAssignment batch = parts.referrals.lastBatch().orElseThrow();
    assertThat(batch.assigned()).isNotEmpty();
    for (BatchAssignment.Assigned a : batch.assigned()) {
      SeekerState st = parts.referrals.seekers().stream().filter(x -> x.seeker.id().equals(a.seeker())).findFirst().orElseThrow();
      assertThat(st.current).as(a.seeker().value()).isPresent();
      assertThat(st.current.get().match.status()).as(a.seeker().value()).isEqualTo(MatchStatus.OFFERED);
      assertThat(st.current.get().match.currentOffer().orElseThrow().supporter()).as(a.seeker().value()).isEqualTo(a.supporter());
    }
  }

  @ParameterizedTest
  @EnumSource(value = MatchingMode.class, names = {"BATCH_OPTIMAL", "BATCH_GREEDY"})
  void solveBatch_fewSeatsManySeekers_everySeatTheSolverGaveIsOffered(MatchingMode mode) {
    for (int supporters = 1; supporters <= 4; supporters++) {
      Engine parts = parts(mode, supporters, 140);
      parts.referrals.arrivals(MONDAY);
      parts.referrals.arrivals(MONDAY);
      parts.referrals.solveBatch(MONDAY);
      assertEverySeatGivenIsOffered(parts);
    }
  }
}
