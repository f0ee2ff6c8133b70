package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.escalation.EscalationDecision;
import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.escalation.SignalKind;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.matching.lifecycle.Actor;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreeningTest {
  private static final Instant MONDAY = Scenario.DEFAULT_START;
  private static final Behaviour SYMPTOMS = Behaviour.builder().from(Behaviour.standard()).screeningPerWeek(1).symptomShare(1)
      .item9Share(1).supporterDistressPerWeek(1).build();

  private static Engine parts(Behaviour behaviour, RunObserver observer) {
    Scenario scenario = Scenario.standard().withBehaviour(behaviour)
        .withCohort(Cohort.standard().withSupporters(10).withSeekersPerWeek(30).withConsentShare(1));
    Engine parts = new Engine(scenario, 3, observer);
    parts.referrals.refreshPool(MONDAY);
    return parts;
  }

  /** Accepts every first offer made on the first days, so that those seekers are engaged. */
  private static List<MatchState> engaged(Engine parts) {
    for (int d = 0; parts.referrals.seekers().size() < 3; d++) {
      parts.referrals.arrivals(MONDAY.plusSeconds(86_400L * d));
    }
    List<MatchState> out = new ArrayList<>();
    for (MatchState ms : new ArrayList<>(parts.ledger.live())) {
      if (ms.match.currentOffer().isPresent()) {
        Instant at = ms.match.currentOffer().get().offeredAt().plusSeconds(60);
        assertThat(parts.ledger.step(ms, MatchEvent.accepted(ms.match.id(), at, Actor.person(ms.match.currentOffer().get().supporter()))))
            .isTrue();
        out.add(ms);
      }
    }
    assertThat(out).isNotEmpty();
    return out;
  }

  @Test
  void answers_phq2Positive_askThePhq9RepeatingItsTwoItems() {
    Engine parts = parts(SYMPTOMS, RunObserver.NONE);
    int phq9 = 0;
    for (int i = 0; i < 200; i++) {
      List<Signal> signals = parts.screening.answers(SeekerId.of("s-" + i), MONDAY);
      Signal phq2 = signals.get(0);
      assertThat(phq2.kind()).isEqualTo(SignalKind.PHQ2);
      assertThat(phq2.answers()).hasSize(2).allSatisfy(a -> assertThat(a).isBetween(1, 3));
      if (phq2.total() >= 3) {
        assertThat(signals).hasSize(2);
        Signal nine = signals.get(1);
        assertThat(nine.kind()).isEqualTo(SignalKind.PHQ9);
        assertThat(nine.answers()).hasSize(9).startsWith(phq2.answers().get(0), phq2.answers().get(1));
        assertThat(nine.answers().get(8)).isBetween(1, 3);
        phq9++;
      } else {
        assertThat(signals).hasSize(1);
      }
    }
    assertThat(phq9).isPositive();
  }

  @Test
  void screen_item9Positive_immediateEscalationAtOnce() {
    List<EscalationDecision> decisions = new ArrayList<>();
    List<Instant> when = new ArrayList<>();
    RunObserver observer = new RunObserver() {
      @Override
      public void screened(Instant at, List<Signal> signals, EscalationDecision decision) {
        if (signals.size() == 2) {
          decisions.add(decision);
          when.add(at);
        }
      }
    };
    Engine parts = parts(SYMPTOMS, observer);
    List<MatchState> engaged = engaged(parts);
    for (int week = 0; decisions.isEmpty() && week < 50; week++) {
      parts.screening.screen(MONDAY.plusSeconds(7L * 86_400 * week));
    }
    assertThat(decisions).isNotEmpty();
    for (int i = 0; i < decisions.size(); i++) {
      assertThat(decisions.get(i).highest()).contains(Severity.IMMEDIATE);
      assertThat(decisions.get(i).evaluatedAt()).isEqualTo(when.get(i));
    }
    assertThat(parts.screening.escalations()).containsKey(Severity.IMMEDIATE);
    assertThat(parts.screening.total()).isEqualTo(parts.screening.escalations().values().stream().mapToInt(Integer::intValue).sum());
    assertThat(engaged).isNotEmpty();
  }

  @Test
  void distress_onlySupportersWithALoad_andThePolicyPausesThem() {
    Engine parts = parts(SYMPTOMS, RunObserver.NONE);
    List<MatchState> engaged = engaged(parts);
    List<Boolean> loaded = new ArrayList<>();
    for (Supporter s : parts.roster.supporters()) {
      loaded.add(parts.ledger.book().loadOf(s.id()) > 0);
    }
    parts.screening.distress(0, MONDAY);
    int paused = 0;
    for (int j = 0; j < parts.roster.size(); j++) {
      assertThat(parts.roster.available(j)).as("supporter %d, loaded %s", j, loaded.get(j)).isEqualTo(!loaded.get(j));
      paused += loaded.get(j) ? 1 : 0;
    }
    assertThat(parts.roster.pauses()).isEqualTo(paused).isPositive();
    assertThat(parts.screening.escalations()).containsEntry(Severity.CONCERN, paused);
    assertThat(engaged).isNotEmpty();
  }
}
