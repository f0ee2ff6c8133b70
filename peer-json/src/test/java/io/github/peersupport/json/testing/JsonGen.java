package io.github.peersupport.json.testing;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.TaxonomyNode;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.lifecycle.PeerLifecycle;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.referral.AnchorEvent;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.matching.Candidate;
import io.github.peersupport.matching.Contribution;
import io.github.peersupport.matching.Criterion;
import io.github.peersupport.matching.CriterionSetting;
import io.github.peersupport.matching.MatchResult;
import io.github.peersupport.matching.Fallback;
import io.github.peersupport.matching.MatchingPolicy;
import io.github.peersupport.programmes.Programme;
import io.github.peersupport.programmes.testing.ProgrammeGen;
import io.github.peersupport.matching.RungOrder;
import io.github.peersupport.matching.PeerMatcher;
import io.github.peersupport.matching.lifecycle.Actor;
import io.github.peersupport.matching.lifecycle.BookTransition;
import io.github.peersupport.matching.lifecycle.CloseReason;
import io.github.peersupport.matching.lifecycle.FollowUpTimers;
import io.github.peersupport.matching.lifecycle.MatchBook;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import io.github.peersupport.matching.lifecycle.MatchClosure;
import io.github.peersupport.matching.lifecycle.MatchLifecycle;
import io.github.peersupport.matching.lifecycle.MatchOffer;
import io.github.peersupport.matching.lifecycle.MatchRequest;
import io.github.peersupport.matching.lifecycle.MatchTerm;
import io.github.peersupport.matching.testing.MatchingGen;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeded generators for the values the shared generators (peer-core's {@code CoreGen} and {@code
 * EscalationGen}, peer-matching's {@code MatchingGen}) do not make: taxonomies, matching policies,
 * match results, lifecycles and match books with their events and transitions.
 */
public final class JsonGen {
  private static final PeerMatcher MATCHER = PeerMatcher.standard();

  private JsonGen() {}

  /**
   * A random forest of up to 20 concepts of one system, some with synonyms.
   *
   * @param r the random stream
   * @return the taxonomy
   */
  public static Taxonomy taxonomy(SplittableRandom r) {
    String system = "urn:test:" + r.nextInt(3);
    int n = 1 + r.nextInt(20);
    List<Code> codes = new ArrayList<>();
    Taxonomy.Builder b = Taxonomy.builder().system(system);
    for (int i = 0; i < n; i++) {
      Code code = Code.of(system, "c" + i, "Concept " + i);
      Optional<Code> parent = i == 0 || r.nextInt(4) == 0 ? Optional.empty() : Optional.of(codes.get(r.nextInt(codes.size())));
      codes.add(code);
      b.addNodes(parent.map(p -> TaxonomyNode.child(code, p)).orElseGet(() -> TaxonomyNode.root(code)));
      for (int s = r.nextInt(3); s > 0; s--) {
        b.putSynonyms("term-" + r.nextInt(40), code.code());
      }
    }
    return b.build();
  }

  /**
   * The standard matching policy with random criterion settings, limits and minor policy.
   *
   * @param r the random stream
   * @return the policy
   */
  public static MatchingPolicy matchingPolicy(SplittableRandom r) {
    Map<Criterion, CriterionSetting> criteria = new LinkedHashMap<>();
    for (Criterion c : Criterion.values()) {
      {
        criteria.put(c, r.nextInt(5) == 0 ? CriterionSetting.hard(1 + r.nextInt(5)) : CriterionSetting.soft(r.nextInt(1, 21) / 4.0));
      }
    }
    MatchingPolicy.Builder b = MatchingPolicy.builder();
    b.from(MatchingPolicy.standard());
    b.criteria(criteria).topK(r.nextInt(1, 11)).minors(CoreGen.minorPolicy(r)).rungOrder(CoreGen.oneOf(r, RungOrder.values()));
    b.readiness(CoreGen.readiness(r));
    return b.build();
  }

  /**
   * A ranking of a generated seeker against up to 12 generated supporters.
   *
   * @param r the random stream
   * @return the result, with candidates, contributions and exclusions
   */
  public static MatchResult matchResult(SplittableRandom r) {
    Seeker seeker = MatchingGen.seeker(r);
    List<Supporter> supporters = MatchingGen.supporters(r, r.nextInt(0, 13));
    return MATCHER.rank(seeker, supporters, CoreGen.instant(r));
  }

  /**
   * A peer lifecycle with random required courses.
   *
   * @param r the random stream
   * @return the lifecycle
   */
  public static PeerLifecycle peerLifecycle(SplittableRandom r) {
    PeerLifecycle.Builder b = PeerLifecycle.builder();
    for (int i = r.nextInt(4); i > 0; i--) {
      b.addRequiredCourses(CoreGen.tag(r));
    }
    return b.build();
  }

  /**
   * A match lifecycle with a random offer window and, for half of them, a random term.
   *
   * @param r the random stream
   * @return the lifecycle
   */
  public static MatchLifecycle matchLifecycle(SplittableRandom r) {
    MatchLifecycle.Builder b = MatchLifecycle.builder().offerWindow(Duration.ofHours(r.nextInt(1, 24 * 14)));
    if (r.nextBoolean()) {
      b.term(MatchingGen.matchTerm(r));
    }
    return b.build();
  }

  /**
   * A matcher with its policy and random small condition, treatment and issue taxonomies.
   *
   * @param r the random stream
   * @param matcher the matcher whose policy to keep
   * @return the matcher
   */
  public static PeerMatcher withSmallTaxonomies(SplittableRandom r, PeerMatcher matcher) {
    return PeerMatcher.builder().from(matcher).conditions(taxonomy(r)).treatments(taxonomy(r)).issues(taxonomy(r)).build();
  }

  /**
   * A programme: a preset with random parts ({@code ProgrammeGen}), its matching policy's criteria,
   * lifecycle and follow-up timers also random now and then.
   *
   * @param r the random stream
   * @return the programme
   */
  public static Programme programme(SplittableRandom r) {
    Programme p = ProgrammeGen.programme(r);
    Programme.Builder b = Programme.builder().from(p);
    PeerMatcher matcher = p.matcher();
    if (r.nextBoolean()) {
      MatchingPolicy policy = MatchingPolicy.builder().from(matchingPolicy(r)).zone(p.profile().zone()).build();
      matcher = PeerMatcher.builder().from(matcher).policy(policy).build();
    }
    // small taxonomies nine times in ten (the standard ones are covered the tenth time and by the golden file)
    b.matcher(r.nextInt(10) > 0 ? withSmallTaxonomies(r, matcher) : matcher);
    if (r.nextBoolean()) {
      b.lifecycle(matchLifecycle(r));
    }
    if (r.nextBoolean()) {
      b.followUps(timers(r));
    }
    return b.build();
  }

  /**
   * Follow-up timers: the standard ones or random variations.
   *
   * @param r the random stream
   * @return the timers
   */
  public static FollowUpTimers timers(SplittableRandom r) {
    if (r.nextBoolean()) {
      return FollowUpTimers.standard();
    }
    return FollowUpTimers.builder().expectedContacts(r.nextInt(1, 10)).build();
  }

  /**
   * A walk of up to 12 events over a book of three seekers and four supporters: requests (with
   * referrals and anchor events), offers, answers, contacts, anchors recorded, extensions and
   * closings, legal or not (refused events are transitions too).
   *
   * @param r the random stream
   * @return the transitions, in order; the last one's book is the final book
   */
  public static List<BookTransition> walk(SplittableRandom r) {
    List<SupporterId> supporters = List.of(SupporterId.of("sp-0"), SupporterId.of("sp-1"), SupporterId.of("sp-2"), SupporterId.of("sp-3"));
    MatchBook.Builder start = MatchBook.builder().defaultCapacity(r.nextInt(1, 3)).lifecycle(matchLifecycle(r));
    for (SupporterId s : supporters) {
      if (r.nextBoolean()) {
        start.putCapacities(s, r.nextInt(0, 3));
      }
    }
    MatchBook book = start.build();
    Instant t = CoreGen.instant(r);
    List<BookTransition> out = new ArrayList<>();
    for (int i = r.nextInt(1, 13); i > 0; i--) {
      t = t.plus(Duration.ofMinutes(r.nextInt(1, 3 * 24 * 60)));
      MatchId id = MatchId.of("m-" + r.nextInt(3));
      Actor by = r.nextBoolean() ? Actor.role(CareRole.COORDINATOR) : Actor.person(CoreGen.oneOf(r, supporters));
      MatchEvent e;
      switch (r.nextInt(12)) {
        case 0:
        case 1: {
          SeekerId seeker = SeekerId.of("sk-" + r.nextInt(3));
          MatchRequest.Builder request = MatchRequest.builder().seeker(seeker).programme(ProgrammeId.of("pg-" + r.nextInt(2)))
              .requestedAt(t).consent(ConsentRecord.grantedAt(t.minus(Duration.ofDays(1)), ConsentScope.BE_MATCHED,
                  ConsentScope.BE_CONTACTED))
              .candidates(CoreGen.someOf(r, supporters, 4));
          List<AnchorEvent> anchors = new ArrayList<>(CoreGen.anchors(r, t));
          Instant requestedAt = t;
          book.lifecycle().term().flatMap(MatchTerm::anchor).filter(k -> anchors.stream().noneMatch(a -> a.kind() == k))
              .ifPresent(k -> anchors.add(CoreGen.anchorEvent(r, k, requestedAt)));
          request.anchors(anchors);
          if (r.nextBoolean()) {
            request.referral(CoreGen.referral(r, t));
          }
          e = MatchEvent.requested(id, request.build(), Actor.person(seeker));
          break;
        }
        case 2:
          e = MatchEvent.offerNext(id, t, Actor.system());
          break;
        case 3:
          e = MatchEvent.accepted(id, t, by);
          break;
        case 4:
          e = MatchEvent.firstContactConfirmed(id, t, by);
          break;
        case 5:
          e = MatchEvent.activated(id, t, by);
          break;
        case 6:
          e = MatchEvent.contactLogged(id, t, by);
          break;
        case 7:
          e = MatchEvent.declined(id, t, by);
          break;
        case 8:
          e = MatchEvent.reportedNotWorking(id, t, by);
          break;
        case 9: {
          AnchorKind kind = CoreGen.oneOf(r, AnchorKind.values());
          e = MatchEvent.anchorRecorded(id, r.nextBoolean() ? AnchorEvent.occurred(kind, t.minus(Duration.ofHours(r.nextInt(0, 48))))
              : AnchorEvent.expected(kind, t.plus(Duration.ofDays(r.nextInt(0, 30)))), t, by);
          break;
        }
        case 10:
          e = MatchEvent.termExtended(id, Duration.ofDays(r.nextInt(1, 60)), t, by);
          break;
        default:
          e = MatchEvent.completed(id, t, by, CoreGen.oneOf(r, CloseReason.values()));
          break;
      }
      BookTransition transition = book.apply(e);
      out.add(transition);
      book = transition.book();
    }
    return out;
  }

  /**
   * A candidate with random rank, score and contributions.
   *
   * @param r the random stream
   * @return the candidate
   */
  public static Candidate candidate(SplittableRandom r) {
    Candidate.Builder b = Candidate.builder().rank(r.nextInt(1, 20)).supporter(CoreGen.supporterId(r))
        .rung(CoreGen.oneOf(r, Fallback.CONDITION, Fallback.BROADER_CONDITION, Fallback.ISSUES)).score(r.nextDouble());
    for (Criterion c : CoreGen.someOf(r, List.of(Criterion.values()), 4)) {
      b.addContributions(Contribution.of(c, r.nextDouble(), r.nextDouble()));
    }
    return b.build();
  }

  /**
   * An offer open for one to 14 days.
   *
   * @param r the random stream
   * @return the offer
   */
  public static MatchOffer offer(SplittableRandom r) {
    Instant at = CoreGen.instant(r);
    return MatchOffer.builder().supporter(CoreGen.supporterId(r)).offeredAt(at)
        .expiresAt(at.plus(Duration.ofHours(r.nextInt(24, 24 * 14)))).build();
  }

  /**
   * A closure by a coordinator, the system or a supporter.
   *
   * @param r the random stream
   * @return the closure
   */
  public static MatchClosure closure(SplittableRandom r) {
    Actor by = CoreGen.oneOf(r, Actor.system(), Actor.role(CareRole.COORDINATOR), Actor.person(CoreGen.supporterId(r)));
    return MatchClosure.builder().at(CoreGen.instant(r)).by(by).reason(CoreGen.oneOf(r, CloseReason.values())).build();
  }
}
