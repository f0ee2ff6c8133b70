package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.lifecycle.LifecycleEvent;
import io.github.peersupport.core.lifecycle.PauseReason;
import io.github.peersupport.core.lifecycle.PeerLifecycle;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.Gender;
import io.github.peersupport.core.person.GeoPoint;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Location;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Preference;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.SeekerPreferences;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.programme.Readiness;
import io.github.peersupport.core.programme.ReadinessMeasure;
import io.github.peersupport.core.programme.ReadinessRule;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.matching.lifecycle.Actor;
import io.github.peersupport.matching.lifecycle.MatchBook;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import io.github.peersupport.matching.lifecycle.MatchRequest;
import java.time.Instant;
import java.time.LocalDate;
import io.github.peersupport.matching.testing.MatchingGen;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PeerMatcherTest {
  private static final Instant AT = CoreGen.EPOCH;
  private static final Taxonomy CONDITIONS = Taxonomy.standardConditions();
  private final PeerMatcher matcher = PeerMatcher.standard();
  private final PeerStanding active = CoreGen.activeStanding(new SplittableRandom(7), AT);

  private static PersonProfile english() {
    return MatchingGen.englishPhoneProfile();
  }

  private static LivedExperience lived(String condition, String... issues) {
    LivedExperience.Builder b = LivedExperience.builder().addConditions(CONDITIONS.code(condition))
        .diagnosedOn(LocalDate.parse("2019-03-01")).treatmentEndedOn(LocalDate.parse("2020-01-10"));
    for (String i : issues) {
      b.addIssues(Tag.of(i));
    }
    return b.build();
  }

  private Supporter supporter(String id, LivedExperience experience, PersonProfile profile) {
    return Supporter.builder().id(SupporterId.of(id)).experience(experience).profile(profile).standing(active).build();
  }

  private static Seeker seeker(LivedExperience experience, PersonProfile profile) {
    return Seeker.builder().id(SeekerId.of("s-1")).experience(experience).profile(profile)
        .consent(ConsentRecord.grantedAt(AT.minusSeconds(60), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).build();
  }

  @Test
  void rank_exactSubtype_beatsSiblingSubtype_andUnrelatedCancerIsNotOnTheConditionRung() {
    Seeker seeker = seeker(lived("breast-cancer.triple-negative"), english());
    List<Supporter> supporters = List.of(
        supporter("sup-her2", lived("breast-cancer.her2-positive"), english()),
        supporter("sup-tnbc", lived("breast-cancer.triple-negative"), english()),
        supporter("sup-prostate", lived("prostate-cancer"), english()));

    MatchResult result = matcher.rank(seeker, supporters, AT);

    assertThat(result.fallback()).isEqualTo(Fallback.CONDITION);
    assertThat(result.candidates()).extracting(c -> c.supporter().value()).containsExactly("sup-tnbc", "sup-her2");
    assertThat(result.candidates().get(0).contributions()).filteredOn(c -> c.criterion() == Criterion.CONDITION)
        .singleElement().satisfies(c -> assertThat(c.similarity()).isEqualTo(1.0));
    assertThat(result.candidates().get(1).contributions()).filteredOn(c -> c.criterion() == Criterion.CONDITION)
        .singleElement().satisfies(c -> assertThat(c.similarity()).isEqualTo(2.0 / 3));
    assertThat(result.eligible()).isEqualTo(3);
  }

  @Test
  void rank_noSubtypeMatch_fallsBackToBroaderAncestor() {
    Seeker seeker = seeker(lived("breast-cancer.triple-negative"), english());
    MatchResult result = matcher.rank(seeker, List.of(supporter("sup-lymphoma", lived("lymphoma"), english())), AT);
    assertThat(result.fallback()).isEqualTo(Fallback.BROADER_CONDITION);
    assertThat(result.candidates()).hasSize(1);
  }

  @Test
  void rank_rareConditionAndTwoSharedIssues_matchesIssueBased() {
    // Joo et al.: a man worried about transplant rejection matched with a woman who had been through it
    Seeker seeker = seeker(lived("cystic-fibrosis", "rejection", "returning-to-work"), english());
    Supporter twoIssues = supporter("sup-kidney", lived("kidney-transplant", "rejection", "returning-to-work", "fertility"),
        PersonProfile.builder().from(english()).age(Age.bornIn(1962)).build());
    Supporter oneIssue = supporter("sup-liver", lived("liver-transplant", "rejection"), english());

    MatchResult result = matcher.rank(seeker, List.of(oneIssue, twoIssues), AT);

    assertThat(result.fallback()).isEqualTo(Fallback.ISSUES);
    assertThat(result.candidates()).extracting(c -> c.supporter().value()).containsExactly("sup-kidney");
  }

  @Test
  void rank_rareConditionWithAnUnrelatedRareDiseaseSupporter_stillMatchesIssueBased() {
    // review finding: an administrative "rare disease" root made any two rare diseases look related
    Seeker seeker = seeker(lived("cystic-fibrosis", "rejection", "returning-to-work"), english());
    Supporter kidney = supporter("sup-kidney", lived("kidney-transplant", "rejection", "returning-to-work"), english());
    Supporter als = supporter("sup-als", lived("als", "sleep"), english());

    MatchResult result = matcher.rank(seeker, List.of(als, kidney), AT);

    assertThat(result.fallback()).isEqualTo(Fallback.ISSUES);
    assertThat(result.candidates()).extracting(c -> c.supporter().value()).containsExactly("sup-kidney");
  }

  @Test
  void rank_requiredSelfDescribedGender_matchesOnlyTheSameText() {
    // "Aa" and "BB" have the same String hash code
    Seeker seeker = Seeker.builder().from(seeker(lived("lymphoma"), PersonProfile.builder().from(english()).gender(Gender.selfDescribed("Aa")).build()))
        .preferences(SeekerPreferences.builder().sameGender(Preference.REQUIRE).build()).build();
    Supporter bb = supporter("sup-bb", lived("lymphoma"), PersonProfile.builder().from(english()).gender(Gender.selfDescribed("BB")).build());
    Supporter aa = supporter("sup-aa", lived("lymphoma"), PersonProfile.builder().from(english()).gender(Gender.selfDescribed("Aa")).build());

    assertThat(matcher.rank(seeker, List.of(bb, aa), AT).candidates()).extracting(c -> c.supporter().value()).containsExactly("sup-aa");
  }

  @Test
  void furtherAlong_isTimeSinceEndOfTreatment() {
    LivedExperience inTreatment = LivedExperience.builder().addConditions(CONDITIONS.code("lymphoma"))
        .diagnosedOn(LocalDate.parse("2010-01-01")).build();
    Seeker seeker = seeker(inTreatment, english());
    // diagnosed after the seeker but finished treatment long ago: further along
    LivedExperience finished = LivedExperience.builder().from(lived("lymphoma")).diagnosedOn(LocalDate.parse("2018-01-01")).build();
    Candidate c = matcher.rank(seeker, List.of(supporter("sup-1", finished, english())), AT).candidates().get(0);
    assertThat(c.contributions()).filteredOn(x -> x.criterion() == Criterion.FURTHER_ALONG).singleElement()
        .satisfies(x -> assertThat(x.similarity()).isEqualTo(1.0));

    Seeker finishedLater = seeker(LivedExperience.builder().from(lived("lymphoma")).treatmentEndedOn(LocalDate.parse("2019-06-01")).build(), english());
    Candidate d = matcher.rank(finishedLater, List.of(supporter("sup-1", finished, english())), AT).candidates().get(0);
    assertThat(d.contributions()).filteredOn(x -> x.criterion() == Criterion.FURTHER_ALONG).singleElement()
        .satisfies(x -> assertThat(x.similarity()).isZero());
  }

  @Test
  void rank_noSharedExperienceAtAll_reportsNone() {
    Seeker seeker = seeker(lived("cystic-fibrosis", "rejection"), english());
    MatchResult result = matcher.rank(seeker, List.of(supporter("sup-1", lived("depression", "sleep"), english())), AT);
    assertThat(result.fallback()).isEqualTo(Fallback.NONE);
    assertThat(result.refusedBy()).contains(MatchingRuleIds.NO_SHARED_EXPERIENCE);
  }

  @Test
  void rank_nobodySpeaksTheSeekersLanguage_reasonIsTheLanguageRule() {
    Seeker seeker = seeker(lived("lymphoma"), PersonProfile.builder().from(english()).languages(List.of(Language.of("vi"))).build());
    MatchResult result = matcher.rank(seeker, List.of(supporter("sup-1", lived("lymphoma"), english())), AT);
    assertThat(result.fallback()).isEqualTo(Fallback.NONE);
    assertThat(result.refusedBy()).contains(Criterion.LANGUAGE.ruleId());
    assertThat(result.excluded()).containsExactly(java.util.Map.entry(Criterion.LANGUAGE.ruleId(), 1));
    assertThat(matcher.exclusions(seeker, matcher.pool(List.of(supporter("sup-1", lived("lymphoma"), english())), AT)))
        .containsExactly(Exclusion.of(SupporterId.of("sup-1"), Criterion.LANGUAGE.ruleId()));
  }

  @Test
  void rank_caregiver_isMatchedOnlyWithCaregivers() {
    LivedExperience parent = LivedExperience.builder().from(lived("down-syndrome"))
        .role(ExperienceRole.CAREGIVER).relationship(CaregiverRelationship.PARENT).build();
    Seeker seeker = seeker(parent, english());
    MatchResult result = matcher.rank(seeker, List.of(
        supporter("sup-patient", lived("down-syndrome"), english()),
        supporter("sup-parent", parent, english())), AT);
    assertThat(result.candidates()).extracting(c -> c.supporter().value()).containsExactly("sup-parent");
    assertThat(result.excluded()).containsOnlyKeys(Criterion.ROLE.ruleId());
  }

  @Test
  void rank_seekerRequiresSameGender_makesGenderHard() {
    Seeker seeker = Seeker.builder().from(seeker(lived("lymphoma"), english()))
        .preferences(SeekerPreferences.builder().sameGender(Preference.REQUIRE).build()).build();
    Supporter man = supporter("sup-man", lived("lymphoma"), PersonProfile.builder().from(english()).gender(Gender.man()).build());
    Supporter woman = supporter("sup-woman", lived("lymphoma"), english());

    assertThat(matcher.rank(seeker, List.of(man, woman), AT).candidates()).extracting(c -> c.supporter().value()).containsExactly("sup-woman");
    Seeker noPreference = Seeker.builder().from(seeker).preferences(SeekerPreferences.none()).build();
    assertThat(matcher.rank(noPreference, List.of(man, woman), AT).candidates()).hasSize(2);
  }

  @Test
  void rank_withoutConsent_matchesNobodyAndSaysWhy() {
    Seeker seeker = Seeker.builder().from(seeker(lived("lymphoma"), english())).consent(ConsentRecord.grantedAt(AT, ConsentScope.BE_MATCHED)).build();
    MatchResult result = matcher.rank(seeker, List.of(supporter("sup-1", lived("lymphoma"), english())), AT);
    assertThat(result.candidates()).isEmpty();
    assertThat(result.refusedBy()).contains(MatchingRuleIds.SEEKER_CONSENT);
    assertThat(result.excluded()).containsExactly(java.util.Map.entry(MatchingRuleIds.SEEKER_CONSENT, 1));
    assertThat(matcher.exclusions(seeker, matcher.pool(List.of(supporter("sup-1", lived("lymphoma"), english())), AT)))
        .extracting(Exclusion::refusedBy).containsExactly(MatchingRuleIds.SEEKER_CONSENT);
  }

  @Test
  void rank_ineligibleSupporters_areListedWithTheirRule() {
    Seeker seeker = seeker(lived("lymphoma"), english());
    PeerStanding paused = PeerLifecycle.standard().apply(active, LifecycleEvent.paused(AT.minusSeconds(10), PauseReason.SELF_CARE)).standing();
    LivedExperience recent = LivedExperience.builder().from(lived("lymphoma")).treatmentEndedOn(LocalDate.parse("2025-06-01")).build();
    List<Supporter> supporters = List.of(
        Supporter.builder().from(supporter("sup-a-paused", lived("lymphoma"), english())).standing(paused).build(),
        Supporter.builder().from(supporter("sup-b-full", lived("lymphoma"), english())).capacity(2).activeMatches(2).build(),
        supporter("sup-c-recent", recent, english()),
        supporter("sup-d-no-age", lived("lymphoma"), PersonProfile.builder().from(english()).age(java.util.Optional.empty()).build()),
        supporter("sup-e-ok", lived("lymphoma"), english()));

    MatchResult result = matcher.rank(seeker, supporters, AT);

    assertThat(matcher.exclusions(seeker, matcher.pool(supporters, AT))).containsExactly(
        Exclusion.of(SupporterId.of("sup-a-paused"), MatchingRuleIds.NOT_ACTIVE),
        Exclusion.of(SupporterId.of("sup-b-full"), MatchingRuleIds.AT_CAPACITY),
        Exclusion.of(SupporterId.of("sup-c-recent"), ReadinessMeasure.MONTHS_SINCE_TREATMENT_END.ruleId()),
        Exclusion.of(SupporterId.of("sup-d-no-age"), MatchingRuleIds.NOT_ADULT));
    assertThat(result.candidates()).extracting(c -> c.supporter().value()).containsExactly("sup-e-ok");
  }

  @Test
  void rank_supportersWithLoadsFromMatchBook_supporterTheBookFillsIsAtCapacity() {
    Seeker seeker = seeker(lived("lymphoma"), english());
    List<Supporter> supporters = List.of(
        Supporter.builder().from(supporter("sup-a", lived("lymphoma"), english())).capacity(1).build(),
        supporter("sup-b", lived("lymphoma"), english()));
    MatchRequest other = MatchRequest.builder().seeker(SeekerId.of("sk-other")).programme(ProgrammeId.of("pg-1")).requestedAt(AT)
        .candidates(List.of(SupporterId.of("sup-a")))
        .consent(ConsentRecord.grantedAt(AT.minusSeconds(60), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).build();
    MatchId id = MatchId.of("m-1");
    MatchBook book = MatchBook.of(supporters).applyAll(List.of(MatchEvent.requested(id, other, Actor.system()), MatchEvent.offerNext(id, AT, Actor.system())));

    List<Supporter> loaded = book.withLoads(supporters);

    assertThat(book.loadOf(SupporterId.of("sup-a"))).isEqualTo(1);
    assertThat(matcher.exclusions(seeker, matcher.pool(supporters, AT))).isEmpty();
    assertThat(matcher.exclusions(seeker, matcher.pool(loaded, AT))).containsExactly(Exclusion.of(SupporterId.of("sup-a"), MatchingRuleIds.AT_CAPACITY));
    assertThat(matcher.rank(seeker, loaded, AT).candidates()).extracting(c -> c.supporter().value()).containsExactly("sup-b");
  }

  @Test
  void geography_mattersOnlyWhenSomeoneNeedsInPerson() {
    PersonProfile columbusInPerson = PersonProfile.builder().from(english()).modalities(List.of(Modality.IN_PERSON))
        .location(Location.builder().region(Tag.of("us-oh-franklin")).point(GeoPoint.of(39.96, -83.00)).build()).build();
    PersonProfile clevelandBoth = PersonProfile.builder().from(english()).addModalities(Modality.IN_PERSON)
        .location(Location.builder().region(Tag.of("us-oh-cuyahoga")).point(GeoPoint.of(41.50, -81.69)).build()).build();
    PersonProfile columbusBoth = PersonProfile.builder().from(clevelandBoth)
        .location(Location.builder().region(Tag.of("us-oh-franklin")).point(GeoPoint.of(40.00, -83.01)).build()).build();
    Seeker inPerson = seeker(lived("lymphoma"), columbusInPerson);

    MatchResult result = matcher.rank(inPerson, List.of(
        supporter("sup-cleveland", lived("lymphoma"), clevelandBoth), supporter("sup-columbus", lived("lymphoma"), columbusBoth)), AT);
    assertThat(result.candidates()).extracting(c -> c.supporter().value()).containsExactly("sup-columbus", "sup-cleveland");
    assertThat(result.candidates().get(1).contributions()).filteredOn(c -> c.criterion() == Criterion.GEOGRAPHY)
        .singleElement().satisfies(c -> assertThat(c.similarity()).isZero());

    Seeker byPhone = seeker(lived("lymphoma"), PersonProfile.builder().from(columbusInPerson).modalities(List.of(Modality.PHONE, Modality.IN_PERSON)).build());
    assertThat(matcher.rank(byPhone, List.of(supporter("sup-cleveland", lived("lymphoma"), clevelandBoth)), AT).candidates().get(0)
        .contributions()).filteredOn(c -> c.criterion() == Criterion.GEOGRAPHY)
        .singleElement().satisfies(c -> assertThat(c.similarity()).isEqualTo(1.0));
  }

  @Test
  void policy_safetyFloorAndBadInput_areClearErrors() {
    assertThat(MatchingPolicy.standard().readiness()).isEqualTo(Readiness.standard());
    ReadinessRule clash = ReadinessRule.builder().from(ReadinessRule.of(ReadinessMeasure.MONTHS_SINCE_DIAGNOSIS, 6))
        .id(MatchingRuleIds.AT_CAPACITY).build();
    assertThatThrownBy(() -> MatchingPolicy.builder().readiness(Readiness.of(clash)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("readiness:").hasMessageContaining("eligibility.at-capacity");
    Supporter s = supporter("sup-1", lived("lymphoma"), english());
    assertThatThrownBy(() -> matcher.pool(List.of(s, s), AT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("supporters:").hasMessageContaining("duplicate");
    PeerMatcher other = PeerMatcher.builder().policy(MatchingPolicy.builder().topK(3).build()).build();
    assertThatThrownBy(() -> matcher.rank(seeker(lived("lymphoma"), english()), other.pool(List.of(s), AT)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("pool:");
  }

  @Test
  void toString_isReadableAndRedacted() {
    Seeker seeker = seeker(lived("breast-cancer.triple-negative"), english());
    MatchResult result = matcher.rank(seeker, List.of(supporter("sup-tnbc", lived("breast-cancer.triple-negative"), english())), AT);
    assertThat(result.toString()).isEqualTo("MatchResult[s-1, CONDITION, 1 candidates of 1 eligible, 0 excluded]");
    assertThat(result.candidates().get(0).toString()).startsWith("#1 sup-tnbc ").contains("condition 1.00×0.30").doesNotContain("breast");
  }

  @Test
  void fallbackOf_mapsEachRungByName_andRejectsAnyOtherIndex() {
    assertThat(PeerMatcher.fallbackOf(PeerMatcher.CONDITION_RUNG)).isEqualTo(Fallback.CONDITION);
    assertThat(PeerMatcher.fallbackOf(PeerMatcher.BROADER_CONDITION_RUNG)).isEqualTo(Fallback.BROADER_CONDITION);
    assertThat(PeerMatcher.fallbackOf(PeerMatcher.ISSUES_RUNG)).isEqualTo(Fallback.ISSUES);
    assertThat(PeerMatcher.RUNGS).isEqualTo(3);
    assertThatThrownBy(() -> PeerMatcher.fallbackOf(PeerMatcher.RUNGS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rung must be 0 to 2, was 3");
    assertThatThrownBy(() -> PeerMatcher.fallbackOf(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
