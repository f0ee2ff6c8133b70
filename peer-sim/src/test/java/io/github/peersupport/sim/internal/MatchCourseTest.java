package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.Fallback;
import io.github.peersupport.matching.lifecycle.Actor;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import io.github.peersupport.matching.lifecycle.MatchLifecycle;
import io.github.peersupport.matching.lifecycle.MatchStatus;
import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Scenario;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MatchCourseTest {
  private static final Instant MONDAY = Scenario.DEFAULT_START;
  private static final Cohort COHORT = Cohort.standard().withConsentShare(1);

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void drawAnswer_andPlanAccepted_stayWithinTheBehaviour(long seed) {
    Seeds.forEachCase(seed, 20, random -> {
      double accept = random.nextDouble(0, 1);
      double decline = random.nextDouble(0, 1 - accept);
      int min = random.nextInt(1, 10);
      Behaviour behaviour = Behaviour.builder().from(Behaviour.standard()).acceptShare(accept).declineShare(decline)
          .minMatchWeeks(min).maxMatchWeeks(min + random.nextInt(0, 20)).needsReminderShare(random.nextDouble(0, 1)).build();
      List<Supporter> supporters = COHORT.withSupporters(2).drawSupporters(random.split(), MONDAY);
      SupporterRoster roster = new SupporterRoster(supporters, 0, 0, 1, new RandomStreams(random.nextLong()));
      MatchCourse course = new MatchCourse(behaviour, new RandomStreams(random.nextLong()));
      MatchLedger ledger = new MatchLedger(MatchLifecycle.standard(), roster, course);
      SeekerState st = new SeekerState(COHORT.drawSeeker(random.split(), 1, MONDAY), MONDAY, false);
      SupporterId first = supporters.get(0).id();
      MatchState ms = ledger.open(st, MONDAY, List.of(first), Fallback.NONE).orElseThrow();
      ledger.step(ms, MatchEvent.offerNext(ms.match.id(), MONDAY, Actor.system()));
      course.drawAnswer(ms);
      assertThat(ms.answerAt).isAfter(MONDAY);
      if (accept == 0) {
        assertThat(ms.answer).isNotEqualTo(MatchState.Answer.ACCEPT);
      }
      Instant at = MONDAY.plusSeconds(3_600);
      assertThat(ledger.step(ms, MatchEvent.accepted(ms.match.id(), at, Actor.person(first)))).isTrue();
      assertThat(ms.lengthWeeks).isBetween(behaviour.minMatchWeeks(), behaviour.maxMatchWeeks());
      assertThat(ms.contactAt.isEmpty()).isEqualTo(ms.needsReminder);
      ms.contactAt.ifPresent(c -> assertThat(c).isAfter(at));
      assertThat(ms.notWorkingAfterDays == -1 || (ms.notWorkingAfterDays >= 7 && ms.notWorkingAfterDays < 56)).isTrue();
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void drawAnswer_matchNeedingAManualMatch_recordsWhyAndDrawsNothing(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Supporter> supporters = COHORT.withSupporters(1).drawSupporters(random.split(), MONDAY);
    SupporterRoster roster = new SupporterRoster(supporters, 0, 0, 1, new RandomStreams(random.nextLong()));
    roster.pause(0, 0, MONDAY);
    MatchCourse course = new MatchCourse(Behaviour.standard(), new RandomStreams(random.nextLong()));
    MatchLedger ledger = new MatchLedger(MatchLifecycle.standard(), roster, course);
    SeekerState st = new SeekerState(COHORT.drawSeeker(random.split(), 1, MONDAY), MONDAY, false);
    MatchState ms = ledger.open(st, MONDAY, List.of(supporters.get(0).id()), Fallback.NONE).orElseThrow();
    ledger.step(ms, MatchEvent.offerNext(ms.match.id(), MONDAY, Actor.system()));
    assertThat(ms.match.status()).as("seed %d", seed).isEqualTo(MatchStatus.NEEDS_MANUAL_MATCH);
    course.drawAnswer(ms);
    assertThat(ms.answer).isEqualTo(MatchState.Answer.NONE);
    assertThat(st.reason).isEqualTo(MatchLifecycle.SUPPORTER_AT_CAPACITY.value());
  }
}
