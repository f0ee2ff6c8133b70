package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.CaredFor;
import io.github.peersupport.core.person.CaredForAge;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.matching.testing.MatchingGen;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Caregivers are matched with caregivers of the same relationship where possible, and the cared-for person's age counts. */
class CaregiverMatchingTest {
  private static final Instant AT = CoreGen.EPOCH;
  private final PeerMatcher matcher = PeerMatcher.standard();

  static LivedExperience caregiver(CaregiverRelationship relationship, CaredForAge caredFor) {
    return LivedExperience.builder().role(ExperienceRole.CAREGIVER).relationship(relationship).caredFor(CaredFor.of(caredFor))
        .addConditions(Taxonomy.standardConditions().code("leukaemia"))
        .diagnosedOn(LocalDate.parse("2019-03-01")).treatmentEndedOn(LocalDate.parse("2020-01-10")).build();
  }

  private static Supporter supporter(String id, LivedExperience experience) {
    return Supporter.builder().id(SupporterId.of(id)).experience(experience).profile(MatchingGen.englishPhoneProfile())
        .standing(CoreGen.activeStanding(new SplittableRandom(7), AT)).build();
  }

  static MatchingPolicy with(MatchingPolicy policy, Criterion criterion, CriterionSetting setting) {
    Map<Criterion, CriterionSetting> criteria = new EnumMap<>(policy.criteria());
    criteria.put(criterion, setting);
    return MatchingPolicy.builder().from(policy).criteria(criteria).build();
  }

  @Test
  void rank_parentOfAChildWithLeukaemia_parentAheadOfSpouseCaregiver_andTheExplanationNamesWhy() {
    Seeker parent = Seeker.builder().id(SeekerId.of("s-parent"))
        .experience(caregiver(CaregiverRelationship.PARENT, CaredForAge.CHILD)).profile(MatchingGen.englishPhoneProfile())
        .consent(ConsentRecord.grantedAt(AT.minusSeconds(60), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).build();
    // the spouse sorts first by id, so only the criteria can put the parent ahead
    List<Supporter> supporters = List.of(
        supporter("sup-a-spouse", caregiver(CaregiverRelationship.PARTNER, CaredForAge.ADULT)),
        supporter("sup-b-parent", caregiver(CaregiverRelationship.PARENT, CaredForAge.CHILD)));

    MatchResult result = matcher.rank(parent, supporters, AT);

    assertThat(result.candidates()).extracting(c -> c.supporter().value()).containsExactly("sup-b-parent", "sup-a-spouse");
    Candidate first = result.candidates().get(0);
    Candidate second = result.candidates().get(1);
    assertThat(first.contributions()).filteredOn(c -> c.criterion() == Criterion.RELATIONSHIP).singleElement()
        .satisfies(c -> assertThat(c.similarity()).isEqualTo(1.0));
    assertThat(second.contributions()).filteredOn(c -> c.criterion() == Criterion.RELATIONSHIP).singleElement()
        .satisfies(c -> assertThat(c.similarity()).isEqualTo(0.0));
    assertThat(first.contributions()).filteredOn(c -> c.criterion() == Criterion.CARED_FOR).singleElement()
        .satisfies(c -> assertThat(c.similarity()).isEqualTo(1.0));
    assertThat(second.contributions()).filteredOn(c -> c.criterion() == Criterion.CARED_FOR).singleElement()
        .satisfies(c -> assertThat(c.similarity()).isEqualTo(0.0)); // CHILD and ADULT are two bands apart
    assertThat(first.toString()).contains("relationship 1.00×").contains("cared_for 1.00×");
    assertThat(Criterion.RELATIONSHIP.ruleId().value()).isEqualTo("matching.caregiver-relationship");
    assertThat(Criterion.CARED_FOR.ruleId().value()).isEqualTo("matching.cared-for");
  }

  @Test
  void rank_patientSeeker_caregiverCriteriaAreNotInUse_andScoresAreUnchanged() {
    LivedExperience patient = LivedExperience.builder().addConditions(Taxonomy.standardConditions().code("leukaemia"))
        .diagnosedOn(LocalDate.parse("2019-03-01")).treatmentEndedOn(LocalDate.parse("2020-01-10")).build();
    Seeker seeker = Seeker.builder().id(SeekerId.of("s-patient")).experience(patient).profile(MatchingGen.englishPhoneProfile())
        .consent(ConsentRecord.grantedAt(AT.minusSeconds(60), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).build();
    Supporter survivor = supporter("sup-survivor", patient);
    MatchingPolicy withoutCaregiverCriteria = with(with(MatchingPolicy.standard(), Criterion.RELATIONSHIP,
        CriterionSetting.of(CriterionMode.OFF, 0.20)), Criterion.CARED_FOR, CriterionSetting.of(CriterionMode.OFF, 0.06));

    Candidate candidate = matcher.rank(seeker, List.of(survivor), AT).candidates().get(0);
    Candidate without = PeerMatcher.builder().policy(withoutCaregiverCriteria).build().rank(seeker, List.of(survivor), AT)
        .candidates().get(0);

    assertThat(candidate.contributions()).extracting(Contribution::criterion)
        .doesNotContain(Criterion.RELATIONSHIP, Criterion.CARED_FOR);
    assertThat(candidate.score()).isEqualTo(without.score());
  }

  @Test
  void policy_onlyCaregiverCriteriaInUse_isRejected_becausePatientsWouldHaveNone() {
    Map<Criterion, CriterionSetting> criteria = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      criteria.put(c, CriterionSetting.of(CriterionMode.OFF, 1));
    }
    criteria.put(Criterion.RELATIONSHIP, CriterionSetting.soft(1));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MatchingPolicy.builder().criteria(criteria).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("criteria:");
    criteria.put(Criterion.CONDITION, CriterionSetting.soft(1));
    assertThat(MatchingPolicy.builder().criteria(criteria).build().setting(Criterion.RELATIONSHIP).weight()).isEqualTo(1.0);
  }

  @Test
  void rank_hardRelationship_excludesOtherRelationshipsByTheCriterionsId() {
    MatchingPolicy hard = with(MatchingPolicy.standard(), Criterion.RELATIONSHIP, CriterionSetting.hard(0.20));
    PeerMatcher strict = PeerMatcher.builder().policy(hard).build();
    Seeker partner = Seeker.builder().id(SeekerId.of("s-partner"))
        .experience(caregiver(CaregiverRelationship.PARTNER, CaredForAge.ADULT)).profile(MatchingGen.englishPhoneProfile())
        .consent(ConsentRecord.grantedAt(AT.minusSeconds(60), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).build();
    List<Supporter> supporters = List.of(supporter("sup-parent", caregiver(CaregiverRelationship.PARENT, CaredForAge.ADULT)));

    MatchResult result = strict.rank(partner, supporters, AT);

    assertThat(result.candidates()).isEmpty();
    assertThat(result.refusedBy()).contains(Criterion.RELATIONSHIP.ruleId());
    // soft by default: the parent is still offered
    assertThat(matcher.rank(partner, supporters, AT).candidates()).hasSize(1);
  }
}
