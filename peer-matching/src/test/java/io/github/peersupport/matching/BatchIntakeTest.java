package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.person.Gender;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Preference;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.SeekerPreferences;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.matching.assignment.CapacitatedAssignment.Reason;
import io.github.peersupport.matching.assignment.GreedyAssignment;
import io.github.peersupport.matching.assignment.MinCostFlowAssignment;
import java.time.Instant;
import java.time.LocalDate;
import io.github.peersupport.matching.testing.MatchingGen;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BatchIntakeTest {
  private static final Instant AT = CoreGen.EPOCH;
  private static final Taxonomy CONDITIONS = Taxonomy.standardConditions();
  private final PeerMatcher matcher = PeerMatcher.standard();
  private final PeerStanding active = CoreGen.activeStanding(new SplittableRandom(7), AT);

  private static PersonProfile english() {
    return MatchingGen.englishPhoneProfile();
  }

  private static LivedExperience lived(String condition) {
    return LivedExperience.builder().addConditions(CONDITIONS.code(condition))
        .diagnosedOn(LocalDate.parse("2019-03-01")).treatmentEndedOn(LocalDate.parse("2020-01-10")).build();
  }

  private Supporter supporter(String id, String condition, int capacity, int active) {
    return Supporter.builder().id(SupporterId.of(id)).experience(lived(condition)).profile(english())
        .standing(this.active).capacity(capacity).activeMatches(active).build();
  }

  private static Seeker seeker(String id, String condition) {
    return Seeker.builder().id(SeekerId.of(id)).experience(lived(condition)).profile(english())
        .consent(ConsentRecord.grantedAt(AT.minusSeconds(60), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).build();
  }

  /**
   * Both seekers want the woman with triple-negative breast cancer, who has one free seat; the second
   * seeker requires a supporter of her own gender, so she is the second seeker's only candidate. Taking
   * the best pair first would give her to the first seeker and leave the second unassigned; the
   * optimal batch covers both: the first seeker goes to her next candidate.
   */
  @Test
  void assign_contestedSupporter_coversEverySeekerAndKeepsTheExplanations() {
    Supporter man = Supporter.builder().from(supporter("sup-her2", "breast-cancer.her2-positive", 1, 0))
        .profile(PersonProfile.builder().from(english()).gender(Gender.man()).build()).build();
    List<Supporter> supporters = List.of(supporter("sup-tnbc", "breast-cancer.triple-negative", 3, 2), man);
    Seeker requiresWoman = Seeker.builder().from(seeker("s-2", "breast-cancer.triple-negative"))
        .preferences(SeekerPreferences.builder().sameGender(Preference.REQUIRE).build()).build();
    List<Seeker> seekers = List.of(seeker("s-1", "breast-cancer.triple-negative"), requiresWoman);
    SupporterPool pool = matcher.pool(supporters, AT);

    BatchAssignment result = BatchIntake.of(matcher).assign(seekers, pool);

    assertThat(result.unassigned()).isEmpty();
    assertThat(result.assigned()).extracting(a -> a.seeker().value() + "→" + a.supporter().value())
        .containsExactly("s-1→sup-her2", "s-2→sup-tnbc");
    assertThat(matcher.rank(seekers.get(0), pool).candidates()).extracting(c -> c.supporter().value())
        .as("the first seeker prefers the contested supporter").containsExactly("sup-tnbc", "sup-her2");
    assertThat(matcher.rank(seekers.get(1), pool).candidates()).extracting(c -> c.supporter().value())
        .containsExactly("sup-tnbc");
    for (BatchAssignment.Assigned a : result.assigned()) {
      Seeker seeker = seekers.stream().filter(s -> s.id().equals(a.seeker())).findFirst().orElseThrow();
      MatchResult ranking = matcher.rank(seeker, pool);
      assertThat(a.candidate()).isEqualTo(ranking.candidates().stream()
          .filter(c -> c.supporter().equals(a.supporter())).findFirst().orElseThrow());
      assertThat(a.fallback()).isEqualTo(ranking.fallback()).isEqualTo(Fallback.CONDITION);
    }
    assertThat(result.totalScore()).isEqualTo(result.assigned().get(0).candidate().score()
        + result.assigned().get(1).candidate().score());
    assertThat(result.supporterOf(SeekerId.of("s-2"))).contains(SupporterId.of("sup-tnbc"));
    assertThat(result.assignmentOf(SeekerId.of("s-1")).map(BatchAssignment.Assigned::supporter))
        .contains(SupporterId.of("sup-her2"));
    assertThat(result.rankings()).extracting(MatchResult::seeker).containsExactly(SeekerId.of("s-1"), SeekerId.of("s-2"));
    assertThat(result.solution().certificate()).isPresent();
    assertThat(result.solution().problem().capacity(result.solution().problem().targetIndex(SupporterId.of("sup-tnbc"))
        .orElseThrow())).as("free capacity").isEqualTo(1);
    assertThat(result).hasToString("BatchAssignment[2 assigned, 0 unassigned, score "
        + String.format(java.util.Locale.ROOT, "%.3f", result.totalScore()) + "]");
  }

  @Test
  void assign_oneSeatTwoSeekers_theOtherLosesToCapacity() {
    List<Supporter> supporters = List.of(supporter("sup-1", "lymphoma", 1, 0));
    List<Seeker> seekers = List.of(seeker("s-1", "lymphoma"), seeker("s-2", "lymphoma"));

    BatchAssignment result = BatchIntake.of(matcher).assign(seekers, supporters, AT);

    assertThat(result.assigned()).extracting(BatchAssignment.Assigned::seeker).containsExactly(SeekerId.of("s-1"));
    assertThat(result.unassigned()).singleElement().satisfies(u -> {
      assertThat(u.seeker()).isEqualTo(SeekerId.of("s-2"));
      assertThat(u.reason()).isEqualTo(Reason.CAPACITY);
      assertThat(u.refusedBy()).isEmpty();
      assertThat(u).hasToString("s-2: CAPACITY");
    });
    assertThat(result.supporterOf(SeekerId.of("s-2"))).isEmpty();
    assertThat(result.assignmentOf(SeekerId.of("s-2"))).isEmpty();
  }

  @Test
  void assign_seekerWithoutConsent_isUnassignedWithTheRankingsReason() {
    Seeker noConsent = Seeker.builder().from(seeker("s-1", "lymphoma")).consent(ConsentRecord.none()).build();

    BatchAssignment result = matcher.assignBatch(List.of(noConsent), matcher.pool(List.of(supporter("sup-1", "lymphoma", 2, 0)), AT));

    assertThat(result.assigned()).isEmpty();
    assertThat(result.unassigned()).singleElement().satisfies(u -> {
      assertThat(u.reason()).isEqualTo(Reason.NO_CANDIDATE);
      assertThat(u.refusedBy()).contains(MatchingRuleIds.SEEKER_CONSENT);
    });
  }

  @Test
  void assign_filterDropsEveryCandidate_noCandidateWithoutRule() {
    SupporterPool pool = matcher.pool(List.of(supporter("sup-1", "lymphoma", 2, 0)), AT);

    BatchAssignment result = BatchIntake.of(matcher).assign(List.of(seeker("s-1", "lymphoma")), pool,
        (seeker, candidate) -> !candidate.supporter().equals(SupporterId.of("sup-1")));

    assertThat(result.unassigned()).singleElement().satisfies(u -> {
      assertThat(u.reason()).isEqualTo(Reason.NO_CANDIDATE);
      assertThat(u.refusedBy()).isEmpty();
    });
    assertThat(result.rankings().get(0).candidates()).hasSize(1);
  }

  @Test
  void assign_greedySolver_hasNoCertificateAndLosesTheContestedSeeker() {
    Supporter man = Supporter.builder().from(supporter("sup-her2", "breast-cancer.her2-positive", 1, 0))
        .profile(PersonProfile.builder().from(english()).gender(Gender.man()).build()).build();
    List<Supporter> supporters = List.of(supporter("sup-tnbc", "breast-cancer.triple-negative", 1, 0), man);
    Seeker requiresWoman = Seeker.builder().from(seeker("s-2", "breast-cancer.triple-negative"))
        .preferences(SeekerPreferences.builder().sameGender(Preference.REQUIRE).build()).build();
    List<Seeker> seekers = List.of(seeker("s-1", "breast-cancer.triple-negative"), requiresWoman);

    BatchAssignment greedy = BatchIntake.of(matcher, GreedyAssignment.coverageFirst()).assign(seekers, supporters, AT);
    BatchAssignment optimal = BatchIntake.of(matcher, MinCostFlowAssignment.coverageFirst()).assign(seekers, supporters, AT);

    assertThat(greedy.solution().certificate()).isEmpty();
    assertThat(greedy.assigned()).extracting(a -> a.seeker().value() + "→" + a.supporter().value())
        .containsExactly("s-1→sup-tnbc");
    assertThat(greedy.unassigned()).extracting(BatchAssignment.Unassigned::reason).containsExactly(Reason.CAPACITY);
    assertThat(optimal.solution().certificate()).isPresent();
    assertThat(optimal.assigned()).hasSize(2);
  }

  @Test
  void assignBatch_onPeerMatcher_equalsTheDefaultIntake() {
    List<Supporter> supporters = List.of(supporter("sup-1", "lymphoma", 1, 0), supporter("sup-2", "lymphoma", 1, 0));
    List<Seeker> seekers = List.of(seeker("s-1", "lymphoma"), seeker("s-2", "lymphoma"), seeker("s-3", "lymphoma"));
    SupporterPool pool = matcher.pool(supporters, AT);

    BatchAssignment a = matcher.assignBatch(seekers, pool);
    BatchAssignment b = BatchIntake.of(matcher).assign(seekers, pool);

    assertThat(a.assigned()).hasToString(b.assigned().toString());
    assertThat(a.unassigned()).hasToString(b.unassigned().toString());
    assertThat(BatchIntake.of(matcher).solver()).hasToString("MinCostFlowAssignment[COVERAGE_FIRST]");
    assertThat(BatchIntake.of(matcher).matcher()).isSameAs(matcher);
  }

  @Test
  void assign_repeatedSeeker_namesTheSecond() {
    SupporterPool pool = matcher.pool(List.of(), AT);
    assertThatThrownBy(() -> BatchIntake.of(matcher).assign(List.of(seeker("s-1", "lymphoma"), seeker("s-1", "lymphoma")), pool))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("seekers[1]: repeats seeker s-1");
  }

  @Test
  void assign_poolOfAnotherMatcher_isRejected() {
    PeerMatcher other = PeerMatcher.builder().policy(MatchingPolicy.builder().topK(3).build()).build();
    SupporterPool pool = other.pool(List.of(supporter("sup-1", "lymphoma", 1, 0)), AT);
    assertThatThrownBy(() -> BatchIntake.of(matcher).assign(List.of(seeker("s-1", "lymphoma")), pool))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pool:");
  }

  @Test
  void assign_unknownSeekerLookup_isRejected() {
    BatchAssignment result = BatchIntake.of(matcher).assign(List.of(), List.of(), AT);
    assertThat(result.assigned()).isEmpty();
    assertThat(result.unassigned()).isEmpty();
    assertThatThrownBy(() -> result.assignmentOf(SeekerId.of("s-9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("seeker: not in the batch");
  }

  @Test
  void cost_scalesScoresToMillionthsAndRejectsScoresOutsideZeroToOne() {
    assertThat(BatchIntake.cost(0)).isZero();
    assertThat(BatchIntake.cost(1)).isEqualTo(-BatchIntake.COST_PER_SCORE).isEqualTo(-1_000_000);
    assertThat(BatchIntake.cost(0.1234564)).isEqualTo(-123_456);
    assertThat(BatchIntake.cost(0.1234566)).isEqualTo(-123_457);
    assertThat(BatchIntake.cost(1.0000000000000002)).as("a rounding overshoot").isEqualTo(-1_000_000);
    assertThat(BatchIntake.cost(-1e-12)).isZero();
    assertThatThrownBy(() -> BatchIntake.cost(1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("score: must be between 0 and 1");
    assertThatThrownBy(() -> BatchIntake.cost(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
