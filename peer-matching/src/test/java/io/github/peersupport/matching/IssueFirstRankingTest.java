package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.Gender;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.matching.testing.MatchingGen;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The seed's rare-condition case (Joo et al. 2022, programme E: "I try to match on issues. ... a
 * 45-year-old man with a heart transplant that his main issue was talking about rejection issues. I was
 * able to match him with a woman in her 60s that had gone through some rejection issues"), with a
 * distant same-root supporter present: a man of his age with a kidney transplant and no shared issue.
 */
class IssueFirstRankingTest {
  private static final Instant AT = CoreGen.EPOCH;
  private static final Taxonomy CONDITIONS = Taxonomy.standardConditions();
  private static final PeerStanding ACTIVE = CoreGen.activeStanding(new SplittableRandom(7), AT);

  /** The programme's policy: one shared issue is enough (the seeker names one concern). */
  private static MatchingPolicy policy(RungOrder order) {
    return MatchingPolicy.builder().minSharedIssues(1).rungOrder(order).build();
  }

  private static LivedExperience lived(String condition, String... issues) {
    LivedExperience.Builder b = LivedExperience.builder().addConditions(CONDITIONS.code(condition))
        .diagnosedOn(LocalDate.parse("2018-03-01")).treatmentEndedOn(LocalDate.parse("2019-01-10"));
    for (String issue : issues) {
      b.addIssues(Tag.of(issue));
    }
    return b.build();
  }

  private static PersonProfile person(Gender gender, int bornIn) {
    return PersonProfile.builder().from(MatchingGen.englishPhoneProfile()).gender(gender).age(Age.bornIn(bornIn)).build();
  }

  private static Supporter supporter(String id, LivedExperience experience, PersonProfile profile) {
    return Supporter.builder().id(SupporterId.of(id)).experience(experience).profile(profile).standing(ACTIVE).build();
  }

  // the seeker's "fear-of-rejection" and the supporter's "rejection" are one issue in the standard vocabulary
  private final Seeker man45 = Seeker.builder().id(SeekerId.of("s-heart")).experience(lived("heart-transplant", "fear-of-rejection"))
      .profile(person(Gender.man(), 1980))
      .consent(ConsentRecord.grantedAt(AT.minusSeconds(60), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).build();
  private final Supporter distant = supporter("sup-kidney", lived("kidney-transplant", "returning-to-work"), person(Gender.man(), 1981));
  private final Supporter womanInHer60s = supporter("sup-rejection", lived("cystic-fibrosis", "rejection"), person(Gender.woman(), 1962));
  private final List<Supporter> pool = List.of(distant, womanInHer60s);

  @Test
  void rank_issuesBeforeBroader_ranksTheIssueSharingSupporterFirstAndNamesTheIssuesRung() {
    MatchResult result = PeerMatcher.builder().policy(policy(RungOrder.ISSUES_BEFORE_BROADER)).build().rank(man45, pool, AT);

    assertThat(result.fallback()).isEqualTo(Fallback.ISSUES);
    assertThat(result.candidates()).extracting(c -> c.supporter().value(), Candidate::rung)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("sup-rejection", Fallback.ISSUES),
            org.assertj.core.groups.Tuple.tuple("sup-kidney", Fallback.BROADER_CONDITION));
    Candidate first = result.candidates().get(0);
    assertThat(first.contributions()).filteredOn(c -> c.criterion() == Criterion.ISSUES).singleElement()
        .satisfies(c -> assertThat(c.similarity()).isEqualTo(1.0));
    assertThat(first.contributions()).filteredOn(c -> c.criterion() == Criterion.CONDITION).singleElement()
        .satisfies(c -> assertThat(c.similarity()).isZero());
    // ranked ahead by its rung, not by its score: the distant supporter scores higher
    assertThat(result.candidates().get(1).score()).isGreaterThan(first.score());
  }

  @Test
  void rank_conditionFirst_keepsTodaysBehaviour_theDistantSupporterHidesTheIssueSharingOne() {
    MatchResult result = PeerMatcher.builder().policy(policy(RungOrder.CONDITION_FIRST)).build().rank(man45, pool, AT);

    assertThat(result.fallback()).isEqualTo(Fallback.BROADER_CONDITION);
    assertThat(result.candidates()).extracting(c -> c.supporter().value(), Candidate::rung)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("sup-kidney", Fallback.BROADER_CONDITION));
    // the standard policy is CONDITION_FIRST
    assertThat(MatchingPolicy.standard().rungOrder()).isEqualTo(RungOrder.CONDITION_FIRST);
  }

  @Test
  void rank_withoutTheDistantSupporter_bothOrdersMatchOnIssues() {
    for (RungOrder order : RungOrder.values()) {
      MatchResult result = PeerMatcher.builder().policy(policy(order)).build().rank(man45, List.of(womanInHer60s), AT);
      assertThat(result.candidates()).as(order.name()).extracting(c -> c.supporter().value(), Candidate::rung)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("sup-rejection", Fallback.ISSUES));
    }
  }

  @Test
  void rank_issueVocabularyWithoutConcepts_comparesTagsByTheirText() {
    Taxonomy none = Taxonomy.builder().system(io.github.peersupport.core.Code.ISSUES).build();
    MatchResult result = PeerMatcher.builder().policy(policy(RungOrder.ISSUES_BEFORE_BROADER)).issues(none).build()
        .rank(man45, pool, AT);
    // "fear-of-rejection" and "rejection" are different tags without a vocabulary
    assertThat(result.candidates()).extracting(c -> c.supporter().value()).containsExactly("sup-kidney");
  }
}
