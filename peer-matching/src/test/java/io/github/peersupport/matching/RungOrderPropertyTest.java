package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.testing.MatchingGen;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RungOrder#ISSUES_BEFORE_BROADER} against the default {@link RungOrder#CONDITION_FIRST} on the
 * same policy, seeker and pool (10 seeds × 200 cases): it never drops a candidate the default returns
 * except to the top-k cut; when the default's rung is CONDITION or ISSUES its candidates come first in
 * the same order; candidates come rung by rung (CONDITION, ISSUES, BROADER_CONDITION), each rung's by
 * score; and the exclusions, eligible count and no-match reason are the same.
 */
class RungOrderPropertyTest {
  private static final int CASES = 200;
  private static final List<Fallback> LADDER = List.of(Fallback.CONDITION, Fallback.ISSUES, Fallback.BROADER_CONDITION);

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void rank_issuesBeforeBroader_keepsTheDefaultsCandidatesUnlessCutAtTopK(long seed) {
    int[] issuesAheadOfBroader = new int[1];
    Seeds.forEachCase(seed, CASES, r -> {
      MatchingPolicy base = ReferenceAgreementPropertyTest.policy(r);
      MatchingPolicy conditionFirst = MatchingPolicy.builder().from(base).rungOrder(RungOrder.CONDITION_FIRST).build();
      MatchingPolicy issuesFirst = MatchingPolicy.builder().from(base).rungOrder(RungOrder.ISSUES_BEFORE_BROADER).build();
      Seeker seeker = MatchingGen.seeker(r);
      List<Supporter> supporters = new ArrayList<>();
      for (int i = r.nextInt(0, 40); i > 0; i--) {
        Supporter s = MatchingGen.supporter(r, "sup-" + i);
        if (r.nextInt(4) == 0) {
          // share the seeker's issues, whatever the condition
          LivedExperience e = LivedExperience.builder().from(s.experience()).addAllIssues(seeker.experience().issues())
              .addIssues(Tag.of(CoreGen.oneOf(r, MatchingGen.ISSUES))).build();
          s = Supporter.builder().from(s).experience(e).id(SupporterId.of("issues-" + i)).build();
        }
        supporters.add(s);
      }
      MatchResult before = PeerMatcher.builder().policy(conditionFirst).build().rank(seeker, supporters, CoreGen.EPOCH);
      MatchResult after = PeerMatcher.builder().policy(issuesFirst).build().rank(seeker, supporters, CoreGen.EPOCH);

      assertThat(after.excluded()).isEqualTo(before.excluded());
      assertThat(after.eligible()).isEqualTo(before.eligible());
      assertThat(after.refusedBy()).isEqualTo(before.refusedBy());
      Set<SupporterId> kept = ids(after.candidates()).stream().collect(Collectors.toSet());
      for (SupporterId dropped : ids(before.candidates())) {
        if (!kept.contains(dropped)) {
          assertThat(after.candidates()).as("%s dropped only by the top-k cut", dropped).hasSize(issuesFirst.topK());
        }
      }
      if (before.fallback() == Fallback.CONDITION || before.fallback() == Fallback.ISSUES) {
        assertThat(ids(after.candidates()).subList(0, before.candidates().size())).isEqualTo(ids(before.candidates()));
        assertThat(after.fallback()).isEqualTo(before.fallback());
      }
      for (int c = 1; c < after.candidates().size(); c++) {
        Candidate previous = after.candidates().get(c - 1);
        Candidate next = after.candidates().get(c);
        assertThat(LADDER.indexOf(previous.rung())).isLessThanOrEqualTo(LADDER.indexOf(next.rung()));
        if (previous.rung() == next.rung()) {
          assertThat(PeerMatcher.orderKey(previous.score())).isGreaterThanOrEqualTo(PeerMatcher.orderKey(next.score()));
        }
        issuesAheadOfBroader[0] += previous.rung() == Fallback.ISSUES && next.rung() == Fallback.BROADER_CONDITION ? 1 : 0;
      }
      assertThat(after.candidates()).extracting(Candidate::rank).containsExactlyElementsOf(
          java.util.stream.IntStream.rangeClosed(1, after.candidates().size()).boxed().toList());
    });
    assertThat(issuesAheadOfBroader[0]).as("issue-sharing candidates ranked ahead of broader ones").isPositive();
  }

  private static List<SupporterId> ids(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::supporter).toList();
  }
}
