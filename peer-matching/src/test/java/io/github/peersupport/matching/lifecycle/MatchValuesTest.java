package io.github.peersupport.matching.lifecycle;

import static io.github.peersupport.matching.lifecycle.Fixtures.ANA;
import static io.github.peersupport.matching.lifecycle.Fixtures.CONSENTED;
import static io.github.peersupport.matching.lifecycle.Fixtures.COORDINATOR;
import static io.github.peersupport.matching.lifecycle.Fixtures.KIDNEY;
import static io.github.peersupport.matching.lifecycle.Fixtures.M1;
import static io.github.peersupport.matching.lifecycle.Fixtures.M2;
import static io.github.peersupport.matching.lifecycle.Fixtures.S1;
import static io.github.peersupport.matching.lifecycle.Fixtures.S2;
import static io.github.peersupport.matching.lifecycle.Fixtures.T0;
import static io.github.peersupport.matching.lifecycle.Fixtures.anaRequests;
import static io.github.peersupport.matching.lifecycle.Fixtures.as;
import static io.github.peersupport.matching.lifecycle.Fixtures.hours;
import static io.github.peersupport.matching.lifecycle.Fixtures.request;
import static io.github.peersupport.matching.lifecycle.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.rule.RuleId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Construction checks of the public values: each invariant fails with a message naming the field. */
class MatchValuesTest {
  @Test
  void actor_personAndRole_throws() {
    assertThatThrownBy(() -> Actor.builder().person(ANA).role(CareRole.COORDINATOR).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("actor: a person or a care role, not both");
    assertThat(Actor.system().isSystem()).isTrue();
    assertThat(Actor.role(CareRole.COORDINATOR).isSystem()).isFalse();
    assertThat(as(ANA).person()).contains(ANA);
  }

  @Test
  void matchRequest_repeatedCandidate_throwsWithIndicesOnly() {
    assertThatThrownBy(() -> request(ANA, KIDNEY, T0, CONSENTED, S1, S2, S1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidates: the candidate at index 2 repeats the one at index 0");
  }

  @Test
  void matchEvent_payloadForWrongType_throws() {
    assertThatThrownBy(() -> MatchEvent.builder().type(MatchEventType.ACCEPTED).matchId(M1).at(T0).actor(COORDINATOR)
        .request(request(ANA, KIDNEY, T0, CONSENTED, S1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("request: must be present exactly for REQUESTED events (type ACCEPTED)");
    assertThatThrownBy(() -> MatchEvent.builder().type(MatchEventType.REQUESTED).matchId(M1).at(T0).actor(COORDINATOR).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("request: must be present exactly for REQUESTED events (type REQUESTED)");
    assertThatThrownBy(() -> MatchEvent.builder().type(MatchEventType.ACCEPTED).matchId(M1).at(T0).actor(COORDINATOR).supporter(S1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("supporter: may be present only for OFFERED events (type ACCEPTED)");
    assertThatThrownBy(() -> MatchEvent.builder().type(MatchEventType.COMPLETED).matchId(M1).at(T0).actor(COORDINATOR).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("closeReason: must be present exactly for COMPLETED, CANCELLED, REMATCHED and NO_MATCH_FOUND events (type COMPLETED)");
    assertThatThrownBy(() -> MatchEvent.builder().type(MatchEventType.DECLINED).matchId(M1).at(T0).actor(COORDINATOR)
        .closeReason(CloseReason.OTHER).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("closeReason: must be present exactly for");
  }

  @Test
  void matchEvent_requestAtAnotherInstant_throws() {
    assertThatThrownBy(() -> MatchEvent.builder().type(MatchEventType.REQUESTED).matchId(M1).at(hours(1)).actor(COORDINATOR)
        .request(request(ANA, KIDNEY, T0, CONSENTED, S1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("at: a REQUESTED event happens at the request's instant");
  }

  @Test
  void matchOffer_emptyWindow_throws() {
    assertThatThrownBy(() -> MatchOffer.builder().supporter(S1).offeredAt(T0).expiresAt(T0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expiresAt: must be after offeredAt");
  }

  @Test
  void match_statusNotBackedByRecords_throws() {
    Match requested = run(anaRequests(M1));

    assertThatThrownBy(() -> Match.builder().from(requested).status(MatchStatus.OFFERED).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("offers: status OFFERED requires an offer");
    assertThatThrownBy(() -> Match.builder().from(requested).status(MatchStatus.COMPLETED).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("closure: must be present exactly when the status is closed (status COMPLETED)");
    Match offered = run(anaRequests(M1), MatchEvent.offerNext(M1, hours(1), COORDINATOR));
    assertThatThrownBy(() -> Match.builder().from(offered).status(MatchStatus.ACCEPTED).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("acceptedAt: status ACCEPTED requires an acceptance");
    assertThatThrownBy(() -> Match.builder().from(offered).addOffers(offered.offers().get(0)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("offers: the supporter of offer 1 was offered this match before");
    assertThatThrownBy(() -> Match.builder().from(offered).statusSince(T0.minusSeconds(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("statusSince: must lie between the request and the last event");
  }

  @Test
  void matchTransition_acceptedWithoutMatch_throws() {
    assertThatThrownBy(() -> MatchTransition.builder().event(anaRequests(M1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("match: a transition that succeeded has a match");
    assertThatThrownBy(() -> MatchTransition.builder().event(MatchEvent.accepted(M2, T0, COORDINATOR)).match(run(anaRequests(M1))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("match: must be the match the event names");
    assertThatThrownBy(() -> MatchTransition.builder().event(anaRequests(M1)).refusedBy(RuleId.of("x"))
        .offer(MatchOffer.builder().supporter(S1).offeredAt(T0).expiresAt(hours(1)).build()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("offer: a refused transition makes no offer");
    assertThat(MatchTransition.refused(anaRequests(M1), Optional.empty(), MatchLifecycle.CONSENT_REQUIRED).toString())
        .isEqualTo("MatchTransition[REQUESTED at 2026-01-05T09:00:00Z: none -> none, refused by match.consent-required]");
  }

  @Test
  void matchStatus_predicates_partitionTheStatuses() {
    Set<MatchStatus> live = EnumSet.noneOf(MatchStatus.class);
    Set<MatchStatus> closed = EnumSet.noneOf(MatchStatus.class);
    for (MatchStatus s : MatchStatus.values()) {
      if (s.isLive()) {
        live.add(s);
      }
      if (s.isClosed()) {
        closed.add(s);
      }
      assertThat(s.isLive() && s.isClosed()).as("%s live and closed", s).isFalse();
    }
    assertThat(live).containsExactlyInAnyOrder(MatchStatus.OFFERED, MatchStatus.ACCEPTED, MatchStatus.FIRST_CONTACT_CONFIRMED, MatchStatus.ACTIVE);
    assertThat(closed).containsExactlyInAnyOrder(MatchStatus.COMPLETED, MatchStatus.CANCELLED, MatchStatus.REMATCHED, MatchStatus.NO_MATCH_FOUND);
  }

  @Test
  void matchEventType_closingTypes_leadToClosedStatusesAndNoTypeAppliesToClosed() {
    for (MatchEventType type : MatchEventType.values()) {
      if (type.isClosing()) {
        assertThat(type.closedStatus().isClosed()).isTrue();
      } else {
        assertThatThrownBy(type::closedStatus).isInstanceOf(IllegalStateException.class);
      }
      assertThat(type.allowedFrom()).noneMatch(MatchStatus::isClosed);
    }
  }
}
