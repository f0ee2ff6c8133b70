package io.github.peersupport.matching.lifecycle;

import static io.github.peersupport.matching.lifecycle.Fixtures.ANA;
import static io.github.peersupport.matching.lifecycle.Fixtures.COORDINATOR;
import static io.github.peersupport.matching.lifecycle.Fixtures.KIDNEY;
import static io.github.peersupport.matching.lifecycle.Fixtures.M1;
import static io.github.peersupport.matching.lifecycle.Fixtures.S1;
import static io.github.peersupport.matching.lifecycle.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.peersupport.core.ValidationException;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.referral.AnchorEvent;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.core.referral.Referral;
import io.github.peersupport.core.referral.ReferralSource;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.testing.MatchingGen;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Terms, referrals and anchor events reject generated invalid input (10 seeds × 300 cases) with a
 * {@link ValidationException} whose field names what is wrong, and accept the generators' valid ones.
 */
class TermAndReferralValidationPropertyTest {
  private static final int CASES = 300;

  /** An attempted construction and the field its failure must name. */
  private record Attempt(String field, Runnable construct) {}

  private static ConsentRecord consented(Instant at) {
    return ConsentRecord.grantedAt(at.minusSeconds(60), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);
  }

  private static MatchRequest.Builder request(Instant at) {
    MatchRequest.Builder b = MatchRequest.builder();
    b.seeker(ANA).programme(KIDNEY).requestedAt(at).consent(consented(at)).addCandidates(S1);
    return b;
  }

  private static final List<Function<SplittableRandom, Attempt>> INVALID = List.of(
      r -> new Attempt("length", () -> MatchTerm.builder()
          .length(CoreGen.oneOf(r, Duration.ZERO, Duration.ofDays(-r.nextInt(1, 100)), Duration.ofDays(4000))).build()),
      r -> new Attempt("anchor", () -> MatchTerm.builder().length(Duration.ofDays(84)).countedFrom(TermStart.ANCHOR).build()),
      r -> new Attempt("anchor", () -> MatchTerm.builder().length(Duration.ofDays(84))
          .countedFrom(CoreGen.oneOf(r, TermStart.ACCEPTANCE, TermStart.FIRST_CONTACT))
          .anchor(CoreGen.oneOf(r, AnchorKind.values())).build()),
      r -> {
        Duration length = Duration.ofDays(r.nextInt(1, 200));
        return new Attempt("reviewBefore", () -> MatchTerm.builder().length(length)
            .reviewBefore(r.nextBoolean() ? length.plusSeconds(r.nextLong(1, 86_400)) : Duration.ofSeconds(-r.nextLong(1, 86_400))).build());
      },
      r -> {
        Duration length = Duration.ofDays(r.nextInt(2, 200));
        return new Attempt("longest", () -> MatchTerm.builder().length(length).reviewBefore(Duration.ZERO)
            .longest(length.minusSeconds(r.nextLong(1, 86_400))).build());
      },
      r -> {
        Instant at = CoreGen.instant(r);
        AnchorKind kind = CoreGen.oneOf(r, AnchorKind.values());
        return new Attempt("anchors", () -> request(at).addAnchors(CoreGen.anchorEvent(r, kind, at), CoreGen.anchorEvent(r, kind, at)).build());
      },
      r -> {
        Instant at = CoreGen.instant(r);
        return new Attempt("anchors", () -> request(at)
            .addAnchors(AnchorEvent.occurred(CoreGen.oneOf(r, AnchorKind.values()), at.plusSeconds(r.nextLong(1, 86_400L * 30)))).build());
      },
      r -> {
        Instant at = CoreGen.instant(r);
        Referral late = Referral.builder().source(CoreGen.oneOf(r, ReferralSource.values()))
            .referredAt(at.plusSeconds(r.nextLong(1, 86_400L * 30))).build();
        return new Attempt("referral", () -> request(at).referral(late).build());
      },
      r -> {
        Instant at = CoreGen.instant(r);
        AnchorEvent future = AnchorEvent.occurred(CoreGen.oneOf(r, AnchorKind.values()), at.plusSeconds(r.nextLong(1, 86_400L * 30)));
        return new Attempt("anchor", () -> MatchEvent.anchorRecorded(M1, future, at, COORDINATOR));
      },
      r -> new Attempt("anchor", () -> MatchEvent.builder().type(MatchEventType.ANCHOR_RECORDED).matchId(M1)
          .at(CoreGen.instant(r)).actor(COORDINATOR).build()),
      r -> new Attempt("extension", () -> MatchEvent.termExtended(M1,
          CoreGen.oneOf(r, Duration.ZERO, Duration.ofDays(-r.nextInt(1, 100)), Duration.ofDays(4000)), CoreGen.instant(r), COORDINATOR)),
      r -> new Attempt("extension", () -> MatchEvent.builder().type(CoreGen.oneOf(r, MatchEventType.ACCEPTED, MatchEventType.ACTIVATED))
          .matchId(M1).at(CoreGen.instant(r)).actor(COORDINATOR).extension(Duration.ofDays(7)).build()),
      r -> {
        Instant at = CoreGen.instant(r);
        Match opened = MatchLifecycle.standard().open(MatchEvent.requested(M1, request(at).build(), as(ANA))).match().orElseThrow();
        return new Attempt("extensions", () -> Match.builder().from(opened).addExtensions(Duration.ofDays(r.nextInt(1, 30))).build());
      },
      r -> {
        Instant at = CoreGen.instant(r);
        Match opened = MatchLifecycle.builder().term(MatchingGen.matchTerm(r)).build()
            .open(MatchEvent.requested(M1, request(at).addAllAnchors(CoreGen.anchors(r, at)).build(), as(ANA))).match().orElse(null);
        Match base = opened != null ? opened
            : MatchLifecycle.standard().open(MatchEvent.requested(M1, request(at).build(), as(ANA))).match().orElseThrow();
        AnchorEvent future = AnchorEvent.occurred(CoreGen.oneOf(r, AnchorKind.values()), base.lastEventAt().plusSeconds(r.nextLong(1, 86_400)));
        return new Attempt("anchors", () -> Match.builder().from(base).addAnchors(future).build());
      });

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void build_invalidTermRequestEventOrMatch_throwsNamingTheField(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Attempt attempt = INVALID.get(r.nextInt(INVALID.size())).apply(r);
      Throwable thrown = catchThrowable(attempt.construct()::run);
      assertThat(thrown).isInstanceOf(ValidationException.class);
      ValidationException v = (ValidationException) thrown;
      assertThat(v.field()).isEqualTo(attempt.field());
      assertThat(v.getMessage()).startsWith(attempt.field() + ": ");
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void build_generatedValidTermsReferralsAndAnchors_accepted(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      MatchTerm term = MatchingGen.matchTerm(r);
      Instant at = CoreGen.instant(r);
      Referral referral = CoreGen.referral(r, at);
      List<AnchorEvent> anchors = CoreGen.anchors(r, at);
      MatchRequest request = request(at).referral(referral).anchors(anchors).build();

      assertThat(term.reviewBefore()).isLessThanOrEqualTo(term.length());
      assertThat(term.anchor().isPresent()).isEqualTo(term.countedFrom() == TermStart.ANCHOR);
      assertThat(request.referral()).contains(referral);
      for (AnchorEvent a : anchors) {
        assertThat(request.anchor(a.kind())).contains(a);
      }
      assertThat(MatchTerm.builder().from(term).build()).isEqualTo(term).hasSameHashCodeAs(term);
    });
  }
}
