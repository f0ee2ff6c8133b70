package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.matching.Fallback;
import io.github.peersupport.matching.lifecycle.Actor;
import io.github.peersupport.matching.lifecycle.CloseReason;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import io.github.peersupport.matching.lifecycle.MatchLifecycle;
import io.github.peersupport.matching.lifecycle.MatchStatus;
import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MatchLedgerTest {
  private static final Instant MONDAY = Scenario.DEFAULT_START;
  private static final Cohort COHORT = Cohort.standard().withConsentShare(1);
  private SupporterRoster roster;
  private MatchLedger ledger;
  private SupporterId first;
  private SupporterId second;
  private final SplittableRandom random = new SplittableRandom(7);

  @BeforeEach
  void setUp() {
    List<Supporter> drawn = new ArrayList<>();
    for (Supporter s : COHORT.withSupporters(2).drawSupporters(new SplittableRandom(1), MONDAY)) {
      drawn.add(Supporter.builder().from(s).capacity(1).build());
    }
    first = drawn.get(0).id();
    second = drawn.get(1).id();
    roster = new SupporterRoster(drawn, 0, 0, 1, new RandomStreams(2));
    ledger = new MatchLedger(MatchLifecycle.standard(), roster, new MatchCourse(Behaviour.standard(), new RandomStreams(3)));
  }

  private SeekerState seeker(int i) {
    return new SeekerState(COHORT.drawSeeker(random, i, MONDAY), MONDAY, false);
  }

  private MatchState open(SeekerState st) {
    return ledger.open(st, MONDAY, List.of(first, second), Fallback.NONE).orElseThrow();
  }

  @Test
  void open_appliesTheRequestToTheBook() {
    SeekerState st = seeker(1);
    MatchState ms = open(st);
    assertThat(ledger.book().version()).isEqualTo(1);
    assertThat(ledger.book().match(ms.match.id())).contains(ms.match);
    assertThat(st.current).containsSame(ms);
    assertThat(ledger.live()).containsExactly(ms);
    assertThat(st.outcome()).isEqualTo(SeekerState.STILL_WAITING);
  }

  @Test
  void step_offerThenAccept_loadsAndCountsComeFromTheEvents() {
    SeekerState st = seeker(1);
    MatchState ms = open(st);
    MatchId id = ms.match.id();
    assertThat(ledger.step(ms, MatchEvent.offerNext(id, MONDAY, Actor.system()))).isTrue();
    assertThat(ledger.book().loadOf(first)).isEqualTo(1);
    assertThat(ledger.hasRoom(first)).isFalse();
    assertThat(st.pastSupporters).containsExactly(first);
    assertThat(ledger.step(ms, MatchEvent.accepted(id, MONDAY.plus(Duration.ofHours(5)), Actor.person(first)))).isTrue();
    assertThat(ms.match.status()).isEqualTo(MatchStatus.ACCEPTED);
    assertThat(ledger.offers()).isEqualTo(1);
    assertThat(ledger.accepted()).isEqualTo(1);
    assertThat(roster.servedCounts()).containsExactly(1, 0);
    assertThat(st.hoursToMatch).isEqualTo(5.0);
    assertThat(st.outcome()).isEqualTo(SeekerState.MATCHED);
    assertThat(ms.lengthWeeks).as("the course was drawn").isPositive();
  }

  @Test
  void step_offerToSupporterAtCapacity_rejectedByTheBook() {
    MatchState a = open(seeker(1));
    MatchState b = open(seeker(2));
    assertThat(ledger.step(a, MatchEvent.offer(a.match.id(), first, MONDAY, Actor.system()))).isTrue();
    long version = ledger.book().version();
    assertThat(ledger.step(b, MatchEvent.offer(b.match.id(), first, MONDAY, Actor.system()))).isFalse();
    assertThat(ledger.book().version()).isEqualTo(version);
    assertThat(ledger.book().loadOf(first)).isEqualTo(1);
    assertThat(ledger.offers()).isEqualTo(1);
    assertThat(ledger.step(b, MatchEvent.offerNext(b.match.id(), MONDAY, Actor.system()))).isTrue();
    assertThat(b.match.currentOffer().orElseThrow().supporter()).as("next-ranked with room").isEqualTo(second);
  }

  @Test
  void syncCapacities_pausedSupporterGetsNoNewOffer() {
    roster.pause(0, 0, MONDAY);
    ledger.syncCapacities();
    assertThat(ledger.capacities()).containsEntry(first, 0).containsEntry(second, 1);
    MatchState ms = open(seeker(1));
    assertThat(ledger.step(ms, MatchEvent.offer(ms.match.id(), first, MONDAY, Actor.system()))).isFalse();
  }

  @Test
  void step_closingEvent_matchLeavesTheBookAndTheDay() {
    SeekerState st = seeker(1);
    MatchState ms = open(st);
    MatchId id = ms.match.id();
    ledger.step(ms, MatchEvent.offerNext(id, MONDAY, Actor.system()));
    ledger.step(ms, MatchEvent.accepted(id, MONDAY.plusSeconds(60), Actor.person(first)));
    assertThat(ledger.step(ms, MatchEvent.cancelled(id, MONDAY.plusSeconds(120), Actor.system(), CloseReason.NO_CONTACT))).isTrue();
    assertThat(ms.closed).isTrue();
    assertThat(st.current).isEmpty();
    assertThat(ledger.book().matches()).isEmpty();
    assertThat(ledger.book().loadOf(first)).isZero();
    assertThat(ledger.live()).containsExactly(ms);
    ledger.endDay();
    assertThat(ledger.live()).isEmpty();
    assertThat(st.outcome()).as("matched once, whatever followed").isEqualTo(SeekerState.MATCHED);
  }
}
