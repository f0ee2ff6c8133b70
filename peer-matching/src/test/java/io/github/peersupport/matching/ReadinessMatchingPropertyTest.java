package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.programme.Readiness;
import io.github.peersupport.core.programme.ReadinessRule;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.testing.MatchingGen;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A programme's readiness decides supporter eligibility after the fixed safety floor: every active,
 * certified, adult supporter with free capacity who fails a readiness rule is excluded, named by the
 * first failing rule's own id; every one who meets them all is not excluded by any readiness rule; and
 * no policy without readiness rules excludes anyone on time grounds.
 */
class ReadinessMatchingPropertyTest {
  private static final int CASES = 200;

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void exclusions_supportersFailingReadiness_nameTheFailingRule(long seed) {
    Set<RuleId> seen = new HashSet<>();
    Seeds.forEachCase(seed, CASES, r -> {
      Readiness readiness = CoreGen.readiness(r);
      PeerMatcher matcher = PeerMatcher.builder().policy(MatchingPolicy.builder().readiness(readiness).build()).build();
      Seeker generated = MatchingGen.seeker(r);
      // an adult who consented: the seeker's side of the floor passes, so every exclusion is the supporter's
      Seeker seeker = Seeker.builder().from(generated)
          .profile(PersonProfile.builder().from(generated.profile()).age(Age.bornIn(1980)).build())
          .consent(ConsentRecord.grantedAt(CoreGen.EPOCH.minusSeconds(60), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).build();
      List<Supporter> supporters = MatchingGen.supporters(r, r.nextInt(1, 30)).stream()
          .map(s -> Supporter.builder().from(s).activeMatches(0).standing(CoreGen.activeStanding(r, CoreGen.EPOCH))
              .profile(PersonProfile.builder().from(s.profile()).age(Age.bornIn(1970)).build()).build())
          .map(s -> r.nextInt(4) == 0 ? Supporter.builder().from(s).experience(CoreGen.experience(r)).build() : s)
          .collect(Collectors.toList());
      SupporterPool pool = matcher.pool(supporters, CoreGen.EPOCH);
      Map<SupporterId, RuleId> excluded = matcher.exclusions(seeker, pool).stream()
          .collect(Collectors.toMap(Exclusion::supporter, Exclusion::refusedBy));
      Set<RuleId> readinessIds = readiness.rules().stream().map(ReadinessRule::id).collect(Collectors.toSet());
      MatchResult result = matcher.rank(seeker, pool);
      Set<SupporterId> candidates = result.candidates().stream().map(Candidate::supporter).collect(Collectors.toSet());

      for (Supporter s : supporters) {
        Optional<ReadinessRule> failed = readiness.refusedBy(s.experience(), LocalDate.ofInstant(CoreGen.EPOCH, java.time.ZoneOffset.UTC));
        if (failed.isPresent()) {
          assertThat(excluded.get(s.id())).as("%s fails %s", s.id(), failed.get()).isEqualTo(failed.get().id());
          assertThat(candidates).doesNotContain(s.id());
          seen.add(failed.get().id());
        } else {
          assertThat(readinessIds).as("%s is ready", s.id()).doesNotContain(excluded.get(s.id()));
        }
      }
      Map<RuleId, Long> counts = excluded.values().stream().filter(readinessIds::contains)
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      counts.forEach((rule, n) -> assertThat(result.excluded().get(rule)).as("count of %s", rule).isEqualTo(n.intValue()));
    });
    // not vacuous: exclusions by the standard rule and by programme rules of other measures
    assertThat(seen).contains(Readiness.standard().rules().get(0).id());
    assertThat(seen).hasSizeGreaterThan(3);
  }
}
