package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.consent.ConsentGiver;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.programme.MinorPolicy;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.testing.MatchingGen;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Minor seekers in matching ({@link MatchingPolicy#minors()}, {@link MatchingRuleIds#GUARDIAN_CONSENT},
 * {@link MatchingRuleIds#MINOR_ASSENT}): no minor is ranked or assigned a supporter without a guardian's
 * or proxy's consent to be matched and contacted (and their own assent where the policy requires it);
 * a withdrawal by the guardian or the minor ends it; adult seekers are ranked exactly as under the
 * standard policy whatever the minor policy. 10 seeds × 300 cases per property.
 */
class MinorSeekerPropertyTest {
  private static final int CASES = 300;
  private static final Instant AT = CoreGen.EPOCH;
  private static final LocalDate DATE = CoreGen.TODAY;
  private static final Set<RuleId> SEEKER_RULES = Set.of(MatchingRuleIds.SEEKER_AGE_UNKNOWN, MatchingRuleIds.MINORS_NOT_SERVED,
      MatchingRuleIds.BELOW_MINIMUM_AGE, MatchingRuleIds.GUARDIAN_CONSENT, MatchingRuleIds.MINOR_ASSENT, MatchingRuleIds.SEEKER_CONSENT);

  private static PeerMatcher matcher(MinorPolicy minors) {
    return PeerMatcher.builder().policy(MatchingPolicy.builder().from(MatchingPolicy.standard()).minors(minors).build()).build();
  }

  /** A seeker who is a minor on {@link #DATE} (or near adulthood), consent by them, a guardian or proxy, or both. */
  private static Seeker minor(SplittableRandom r) {
    Seeker s = MatchingGen.seeker(r);
    PersonProfile p = PersonProfile.builder().from(s.profile()).age(CoreGen.minorAge(r)).build();
    return Seeker.builder().from(s).profile(p).consent(CoreGen.consentOnBehalf(r, AT)).build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void rank_minorSeeker_candidatesOnlyWithGuardianConsentAndAssentWhereRequired(long seed) {
    int[] matched = {0};
    int[] refused = {0};
    Seeds.forEachCase(seed, CASES, random -> {
      MinorPolicy minors = CoreGen.minorPolicy(random);
      PeerMatcher matcher = matcher(minors);
      Seeker seeker = minor(random);
      List<Supporter> supporters = MatchingGen.supporters(random, random.nextInt(1, 60));
      MatchResult result = matcher.rank(seeker, supporters, AT);
      ConsentRecord consent = seeker.consent();
      boolean isMinor = MinorPolicy.isMinor(seeker.profile().age(), DATE);
      boolean permission = consent.permitsAllOnBehalf(AT, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);
      boolean assent = consent.assentsToAll(AT, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);

      if (isMinor && !result.candidates().isEmpty()) {
        assertThat(minors.servesMinors()).as("minors served").isTrue();
        assertThat(permission).as("guardian's consent of a matched minor: %s", consent.events()).isTrue();
        if (minors.assentRequired(seeker.profile().age(), DATE)) {
          assertThat(assent).as("assent of a matched minor: %s", consent.events()).isTrue();
        }
        assertThat(minors.isBelowMinimumAge(seeker.profile().age(), DATE)).isFalse();
        matched[0]++;
      }
      if (isMinor && !permission) {
        assertThat(result.candidates()).isEmpty();
        assertThat(result.refusedBy()).hasValueSatisfying(rule -> assertThat(rule).isIn(MatchingRuleIds.MINORS_NOT_SERVED,
            MatchingRuleIds.BELOW_MINIMUM_AGE, MatchingRuleIds.GUARDIAN_CONSENT));
        assertThat(result.excluded()).isEqualTo(Map.of(result.refusedBy().get(), supporters.size()));
        assertThat(result.eligible()).isZero();
        refused[0] += result.refusedBy().get().equals(MatchingRuleIds.GUARDIAN_CONSENT) ? 1 : 0;
      }
      if (result.refusedBy().filter(SEEKER_RULES::contains).isPresent()) {
        List<Exclusion> exclusions = matcher.exclusions(seeker, matcher.pool(supporters, AT));
        assertThat(exclusions).hasSize(supporters.size()).allMatch(e -> e.refusedBy().equals(result.refusedBy().get()));
      }
    });
    assertThat(matched[0]).as("minors matched with a guardian's consent, seed %d", seed).isPositive();
    assertThat(refused[0]).as("minors refused for want of a guardian's consent, seed %d", seed).isGreaterThan(CASES / 10);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void rank_adultSeeker_sameResultUnderAnyMinorPolicy(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      Seeker s = MatchingGen.seeker(random);
      Seeker adult = Seeker.builder().from(s)
          .profile(PersonProfile.builder().from(s.profile()).age(Age.bornIn(random.nextInt(1930, DATE.getYear() - Age.ADULT_YEARS))).build())
          .build();
      List<Supporter> supporters = MatchingGen.supporters(random, random.nextInt(0, 60));
      MinorPolicy minors = CoreGen.minorPolicy(random);

      assertThat(matcher(minors).rank(adult, supporters, AT)).isEqualTo(PeerMatcher.standard().rank(adult, supporters, AT));
      // a seeker whose age is not known counts as an adult unless the policy requires the age
      Seeker unknown = Seeker.builder().from(s).profile(PersonProfile.builder().from(s.profile()).age(java.util.Optional.empty()).build()).build();
      MatchResult withoutAge = matcher(minors).rank(unknown, supporters, AT);
      if (minors.ageRequired()) {
        assertThat(withoutAge.refusedBy()).contains(MatchingRuleIds.SEEKER_AGE_UNKNOWN);
        assertThat(withoutAge.candidates()).isEmpty();
      } else {
        assertThat(withoutAge).isEqualTo(PeerMatcher.standard().rank(unknown, supporters, AT));
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void rank_withdrawalByGuardianOrMinor_refusedFromThen(long seed) {
    int[] wasServed = {0};
    Seeds.forEachCase(seed, CASES, random -> {
      Seeker s = minor(random);
      ConsentGiver guardian = CoreGen.oneOf(random, ConsentGiver.GUARDIAN, ConsentGiver.PROXY);
      Instant given = AT.minus(Duration.ofDays(random.nextInt(1, 30)));
      ConsentRecord consent = ConsentRecord.grantedBy(given, guardian, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)
          .grant(ConsentScope.BE_MATCHED, given).grant(ConsentScope.BE_CONTACTED, given);
      Seeker seeker = Seeker.builder().from(s).profile(PersonProfile.builder().from(s.profile()).age(Age.bornIn(DATE.getYear() - random.nextInt(8, 17))).build())
          .consent(consent).build();
      PeerMatcher matcher = matcher(MinorPolicy.builder().assentFromYears(random.nextInt(0, 18)).build());
      List<Supporter> supporters = MatchingGen.supporters(random, random.nextInt(1, 40));

      MatchResult before = matcher.rank(seeker, supporters, AT);
      assertThat(before.refusedBy().filter(SEEKER_RULES::contains)).as("refused before the withdrawal").isEmpty();
      wasServed[0] += before.candidates().isEmpty() ? 0 : 1;

      Instant withdrawn = AT.plus(Duration.ofHours(random.nextInt(0, 72)));
      ConsentGiver by = CoreGen.oneOf(random, ConsentGiver.SELF, guardian);
      Seeker after = Seeker.builder().from(seeker)
          .consent(consent.withdrawBy(CoreGen.oneOf(random, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED), withdrawn, by)).build();
      for (Instant t : List.of(withdrawn, withdrawn.plusSeconds(1), withdrawn.plus(Duration.ofDays(90)))) {
        MatchResult result = matcher.rank(after, supporters, t);
        assertThat(result.candidates()).as("withdrawn by %s", by).isEmpty();
        assertThat(result.refusedBy()).as("withdrawn by %s", by).contains(MatchingRuleIds.GUARDIAN_CONSENT);
      }
      assertThat(matcher.rank(after, supporters, withdrawn.minusNanos(1))).isEqualTo(matcher.rank(seeker, supporters, withdrawn.minusNanos(1)));
    });
    assertThat(wasServed[0]).as("minors with candidates before a withdrawal, seed %d", seed).isGreaterThan(CASES / 10);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void assignBatch_minors_assignedOnlyWithGuardianConsent(long seed) {
    int[] assignedMinors = {0};
    Seeds.forEachCase(seed, CASES / 3, random -> {
      PeerMatcher matcher = matcher(CoreGen.minorPolicy(random));
      List<Seeker> seekers = new ArrayList<>();
      for (int i = random.nextInt(1, 12); i > 0; i--) {
        Seeker s = random.nextBoolean() ? minor(random) : MatchingGen.seeker(random);
        seekers.add(Seeker.builder().from(s).id(SeekerId.of("s-" + i)).build());
      }
      BatchAssignment batch = matcher.assignBatch(seekers, matcher.pool(MatchingGen.supporters(random, random.nextInt(1, 30)), AT));
      for (Seeker s : seekers) {
        if (batch.assignmentOf(s.id()).isPresent() && MinorPolicy.isMinor(s.profile().age(), DATE)) {
          assertThat(s.consent().permitsAllOnBehalf(AT, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).as("%s", s.consent().events()).isTrue();
          assignedMinors[0]++;
        }
      }
    });
    assertThat(assignedMinors[0]).as("minors assigned, seed %d", seed).isPositive();
  }
}
