package io.github.peersupport.matching.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.CareRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Ids, instants and small helpers shared by the example tests of this package. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  static final ProgrammeId KIDNEY = ProgrammeId.of("prog-kidney");
  static final ProgrammeId CANCER = ProgrammeId.of("prog-cancer");
  static final SeekerId ANA = SeekerId.of("seeker-ana-17");
  static final SeekerId BO = SeekerId.of("seeker-bo-23");
  static final SupporterId S1 = SupporterId.of("supporter-one-41");
  static final SupporterId S2 = SupporterId.of("supporter-two-42");
  static final SupporterId S3 = SupporterId.of("supporter-three-43");
  static final SupporterId S4 = SupporterId.of("supporter-four-44");
  static final MatchId M1 = MatchId.of("match-1");
  static final MatchId M2 = MatchId.of("match-2");
  static final MatchId M3 = MatchId.of("match-3");
  static final Actor COORDINATOR = Actor.role(CareRole.COORDINATOR);
  /** Consent to be matched and contacted, given a day before {@link #T0}. */
  static final ConsentRecord CONSENTED = ConsentRecord.grantedAt(T0.minus(Duration.ofDays(1)), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);
  static final MatchLifecycle LIFECYCLE = MatchLifecycle.standard();
  static final Duration WINDOW = Duration.ofDays(3);

  private Fixtures() {}

  static Instant hours(long n) {
    return T0.plus(Duration.ofHours(n));
  }

  static Instant days(long n) {
    return T0.plus(Duration.ofDays(n));
  }

  static Actor as(PersonId person) {
    return Actor.person(person);
  }

  static MatchRequest request(SeekerId seeker, ProgrammeId programme, Instant at, ConsentRecord consent, SupporterId... candidates) {
    return MatchRequest.builder().seeker(seeker).programme(programme).requestedAt(at).consent(consent).addCandidates(candidates).build();
  }

  static MatchEvent requested(MatchId id, SeekerId seeker, ProgrammeId programme, Instant at, SupporterId... candidates) {
    return MatchEvent.requested(id, request(seeker, programme, at, CONSENTED, candidates), as(seeker));
  }

  /** Ana asks for a match in the kidney programme at {@link #T0}, with S1, S2, S3 ranked in that order. */
  static MatchEvent anaRequests(MatchId id) {
    return requested(id, ANA, KIDNEY, T0, S1, S2, S3);
  }

  /** Opens a match with the standard lifecycle and applies events, each of which must be accepted (capacity ignored). */
  static Match run(MatchEvent request, MatchEvent... events) {
    MatchTransition opened = LIFECYCLE.open(request);
    assertThat(opened.refusedBy()).as("rejection of %s", opened).isEmpty();
    Match match = opened.match().orElseThrow();
    for (MatchEvent e : events) {
      match = accept(match, e).match().orElseThrow();
    }
    return match;
  }

  /** Applies an event with the standard lifecycle (capacity ignored) and checks that it was accepted. */
  static MatchTransition accept(Match match, MatchEvent event) {
    MatchTransition t = LIFECYCLE.apply(match, event, s -> true);
    assertThat(t.refusedBy()).as("rejection of %s", t).isEmpty();
    assertThat(t.succeeded()).isTrue();
    assertThat(t.event()).isEqualTo(event);
    assertThat(t.fromStatus()).contains(match.status());
    assertThat(t.match().orElseThrow().lastEventAt()).isEqualTo(event.at());
    return t;
  }

  /** Applies events to a book in order; each must be accepted. */
  static MatchBook book(MatchBook book, MatchEvent... events) {
    MatchBook current = book;
    for (MatchEvent e : events) {
      BookTransition t = current.apply(e);
      assertThat(t.refusedBy()).as("rejection of %s", t).isEmpty();
      current = t.book();
    }
    return current;
  }

  static List<SupporterId> offered(Match match) {
    return match.offers().stream().map(MatchOffer::supporter).toList();
  }
}
