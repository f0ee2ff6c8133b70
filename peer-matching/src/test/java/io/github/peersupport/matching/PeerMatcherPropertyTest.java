package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.lifecycle.PeerStatus;
import io.github.peersupport.core.person.GenderIdentity;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.Preference;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.testing.MatchingGen;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ranking contract on seeded random pools (10 seeds × 200 cases): order of the supporter list
 * does not matter; no ineligible supporter (checked independently from the supporters' values) and
 * no supporter failing a hard criterion appears; contributions sum to the score; the fallback is
 * always reported. That the top k are the right ones, in the right order, {@link
 * ReferenceAgreementPropertyTest} checks against an independent reference.
 */
class PeerMatcherPropertyTest {
  private static final int CASES = 200;
  private static final Instant AT = CoreGen.EPOCH;
  private static final LocalDate DATE = LocalDate.parse("2026-01-05");
  private final PeerMatcher matcher = PeerMatcher.standard();

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void rank_shuffledSupporters_sameResult(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      Seeker seeker = MatchingGen.seeker(random);
      List<Supporter> supporters = MatchingGen.supporters(random, random.nextInt(0, 100));
      List<Supporter> shuffled = new ArrayList<>(supporters);
      Collections.shuffle(shuffled, new Random(random.nextLong()));

      assertThat(matcher.rank(seeker, shuffled, AT)).isEqualTo(matcher.rank(seeker, supporters, AT));
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void rank_candidates_areEligibleAndPassHardCriteria(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      Seeker seeker = MatchingGen.seeker(random);
      List<Supporter> supporters = MatchingGen.supporters(random, random.nextInt(0, 100));
      Map<SupporterId, Supporter> byId = supporters.stream().collect(Collectors.toMap(Supporter::id, Function.identity()));

      MatchResult result = matcher.rank(seeker, supporters, AT);

      boolean consent = seeker.consent().permitsAll(AT, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);
      for (Candidate c : result.candidates()) {
        Supporter s = byId.get(c.supporter());
        assertThat(consent).isTrue();
        assertThat(s.standing().status()).isEqualTo(PeerStatus.ACTIVE);
        assertThat(s.standing().canServeAt(AT)).isTrue();
        assertThat(s.profile().age()).hasValueSatisfying(a -> assertThat(a.isAdultAt(DATE)).isTrue());
        assertThat(s.experience().isPastTreatment(DATE, 12)).isTrue();
        assertThat(s.activeMatches()).isLessThan(s.capacity());
        // hard criteria of the standard policy
        assertThat(s.experience().role()).isEqualTo(seeker.experience().role());
        Set<String> seekerLanguages = primaries(seeker);
        if (!seekerLanguages.isEmpty()) {
          assertThat(primaries(s.profile().languages())).containsAnyElementsOf(seekerLanguages);
        }
        if (!seeker.profile().modalities().isEmpty()) {
          assertThat(s.profile().modalities()).containsAnyElementsOf(seeker.profile().modalities());
        }
        if (seeker.preferences().sameGender() == Preference.REQUIRE && seeker.profile().gender().identity() != GenderIdentity.UNDISCLOSED) {
          assertThat(s.profile().gender()).isEqualTo(seeker.profile().gender());
        }
        if (seeker.preferences().closeInAge() == Preference.REQUIRE && seeker.profile().age().isPresent()) {
          double gap = seeker.preferences().maxAgeGapYears().orElse(matcher.policy().maxAgeGapYears());
          assertThat(s.profile().age()).isPresent();
          assertThat(Math.abs(s.profile().age().get().midYearsAt(DATE) - seeker.profile().age().get().midYearsAt(DATE))).isLessThanOrEqualTo(gap);
        }
        if (seeker.preferences().sameCulture() == Preference.REQUIRE && !seeker.profile().cultures().isEmpty()) {
          assertThat(s.profile().cultures()).containsAnyElementsOf(seeker.profile().cultures());
        }

      }
      // every supporter is eligible or excluded by exactly one rule; the counts match the listing
      List<Exclusion> exclusions = matcher.exclusions(seeker, matcher.pool(supporters, AT));
      assertThat(exclusions.size() + result.eligible()).isEqualTo(supporters.size());
      Map<io.github.peersupport.core.rule.RuleId, Integer> counted = new java.util.LinkedHashMap<>();
      exclusions.forEach(e -> counted.merge(e.refusedBy(), 1, Integer::sum));
      assertThat(result.excluded()).isEqualTo(counted);
      Set<SupporterId> excluded = new HashSet<>();
      exclusions.forEach(e -> excluded.add(e.supporter()));
      result.candidates().forEach(c -> assertThat(excluded).doesNotContain(c.supporter()));
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void rank_explanations_sumToScoresAndFallbackIsReported(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      MatchResult result = matcher.rank(MatchingGen.seeker(random), MatchingGen.supporters(random, random.nextInt(0, 100)), AT);

      assertThat(result.fallback()).isNotNull();
      assertThat(result.candidates().isEmpty()).isEqualTo(result.fallback() == Fallback.NONE);
      assertThat(result.refusedBy().isPresent()).isEqualTo(result.fallback() == Fallback.NONE);
      assertThat(result.candidates().size()).isLessThanOrEqualTo(matcher.policy().topK());
      for (int r = 0; r < result.candidates().size(); r++) {
        Candidate c = result.candidates().get(r);
        assertThat(c.rank()).isEqualTo(r + 1);
        assertThat(c.score()).isBetween(0.0, 1.0);
        assertThat(c.contributions().stream().mapToDouble(Contribution::value).sum()).isCloseTo(c.score(), within(1e-12));
        assertThat(c.contributions().stream().mapToDouble(Contribution::share).sum()).isCloseTo(1.0, within(1e-9));
        if (r > 0) {
          // best first as compared: rounded to 12 decimal places (equal ones then go by supporter id)
          assertThat(PeerMatcher.orderKey(c.score())).isLessThanOrEqualTo(PeerMatcher.orderKey(result.candidates().get(r - 1).score()));
        }
        if (result.fallback() == Fallback.CONDITION) {
          assertThat(c.contributions()).filteredOn(x -> x.criterion() == Criterion.CONDITION).singleElement()
              .satisfies(x -> assertThat(x.similarity()).isGreaterThanOrEqualTo(matcher.policy().conditionThreshold()));
        }
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void generatedCases_reachEveryRungAndManyCandidates(long seed) {
    Map<Fallback, Integer> rungs = new java.util.EnumMap<>(Fallback.class);
    int[] candidates = new int[1];
    Seeds.forEachCase(seed, CASES, random ->
        candidates[0] += matcher.rank(MatchingGen.seeker(random), MatchingGen.supporters(random, random.nextInt(0, 100)), AT).candidates().size());
    // small pools reach the lower rungs of the ladder
    Seeds.forEachCase(seed, 5 * CASES, random ->
        rungs.merge(matcher.rank(MatchingGen.seeker(random), MatchingGen.supporters(random, random.nextInt(0, 20)), AT).fallback(), 1, Integer::sum));
    // the properties above are not vacuous: the generated cases exercise the whole ladder
    assertThat(rungs.keySet()).containsExactlyInAnyOrder(Fallback.values());
    assertThat(candidates[0]).as("candidates over %s cases", CASES).isGreaterThan(CASES);
  }

  private static Set<String> primaries(Seeker seeker) {
    return primaries(seeker.profile().languages());
  }

  private static Set<String> primaries(Set<Language> languages) {
    Set<String> p = new HashSet<>();
    languages.forEach(l -> p.add(l.primary()));
    return p;
  }
}
