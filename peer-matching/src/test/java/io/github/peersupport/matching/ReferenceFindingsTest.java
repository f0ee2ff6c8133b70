package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
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
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.core.person.WeeklyAvailability;
import io.github.peersupport.core.testing.CoreGen;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for the disagreements {@link ReferenceAgreementPropertyTest} found between
 * {@link PeerMatcher} and the rules its Javadoc states; in each, the Javadoc was right.
 */
class ReferenceFindingsTest {
  private static final Instant AT = CoreGen.EPOCH;

  private static LivedExperience lived(ExperienceRole role) {
    LivedExperience.Builder b = LivedExperience.builder().addConditions(Taxonomy.standardConditions().code("lymphoma"))
        .diagnosedOn(LocalDate.parse("2018-03-01")).treatmentEndedOn(LocalDate.parse("2019-01-10")).role(role);
    if (role == ExperienceRole.CAREGIVER) {
      b.relationship(CaregiverRelationship.PARTNER);
    }
    return b.build();
  }

  private static PersonProfile.Builder profile() {
    return PersonProfile.builder().age(Age.bornIn(1975)).gender(Gender.woman()).addLanguages(Language.of("en"))
        .addModalities(Modality.PHONE);
  }

  private static Supporter supporter(String id, LivedExperience experience, PersonProfile profile) {
    return Supporter.builder().id(SupporterId.of(id)).experience(experience).profile(profile)
        .standing(CoreGen.activeStanding(new SplittableRandom(7), AT)).build();
  }

  private static Seeker seeker(LivedExperience experience, PersonProfile profile) {
    return Seeker.builder().id(SeekerId.of("s-1")).experience(experience).profile(profile)
        .consent(ConsentRecord.grantedAt(AT.minusSeconds(60), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).build();
  }

  private static WeeklyAvailability monday(String... windows) {
    WeeklyAvailability.Builder b = WeeklyAvailability.builder().zone(ZoneOffset.UTC);
    for (String w : windows) {
      String[] t = w.split("-");
      b.addWindows(TimeWindow.of(DayOfWeek.MONDAY, LocalTime.parse(t[0]), LocalTime.parse(t[1])));
    }
    return b.build();
  }

  private static double similarity(MatchResult result, int rank, Criterion criterion) {
    return result.candidates().get(rank).contributions().stream().filter(c -> c.criterion() == criterion)
        .findFirst().orElseThrow().similarity();
  }

  /** Before: a seeker's availability without a window scored 0 (and excluded everyone when hard); a supporter's scored 0.5. */
  @Test
  void availability_withoutAnyWindow_isUnknownForTheSeekerAsForTheSupporter() {
    Seeker seeker = seeker(lived(ExperienceRole.PATIENT), profile().availability(monday()).build());
    Supporter free = supporter("sup-free", lived(ExperienceRole.PATIENT), profile().availability(monday("10:00-12:00")).build());
    Supporter none = supporter("sup-none", lived(ExperienceRole.PATIENT), profile().availability(monday()).build());
    PeerMatcher hardAvailability = PeerMatcher.builder().policy(MatchingPolicy.builder().from(MatchingPolicy.standard())
        .putCriteria(Criterion.AVAILABILITY, CriterionSetting.hard(0.03)).build()).build();

    MatchResult result = hardAvailability.rank(seeker, List.of(free, none), AT);

    // the seeker gave no time: the requirement does not filter, and both score "unknown"
    assertThat(result.eligible()).isEqualTo(2);
    assertThat(similarity(result, 0, Criterion.AVAILABILITY)).isEqualTo(0.5);
    assertThat(similarity(result, 1, Criterion.AVAILABILITY)).isEqualTo(0.5);
    // a seeker who gave a time: the supporter without a window fails the hard check
    Seeker timed = seeker(lived(ExperienceRole.PATIENT), profile().availability(monday("11:00-11:30")).build());
    assertThat(hardAvailability.exclusions(timed, hardAvailability.pool(List.of(free, none), AT)))
        .containsExactly(Exclusion.of(SupporterId.of("sup-none"), Criterion.AVAILABILITY.ruleId()));
  }

  /** Before: overlapping windows of one person counted their shared minutes twice (40 minutes here). */
  @Test
  void availability_overlappingWindowsOfOnePerson_countEachMinuteOnce() {
    Seeker seeker = seeker(lived(ExperienceRole.PATIENT), profile().availability(monday("10:00-10:20", "10:00-10:20", "10:10-10:15")).build());
    Supporter supporter = supporter("sup-1", lived(ExperienceRole.PATIENT), profile().availability(monday("10:00-10:30", "10:05-10:25")).build());

    MatchResult result = PeerMatcher.standard().rank(seeker, List.of(supporter), AT);

    assertThat(similarity(result, 0, Criterion.AVAILABILITY)).isEqualTo(20 / 60.0);
  }

  /**
   * Before: two mathematically equal scores (weights 0.15 against 0.14 + 0.01, each ÷ 0.30) differed
   * in their last bit, and the rounding, not the supporter id, decided their order.
   */
  @Test
  void rank_scoresEqualButForRounding_areInSupporterIdOrder() {
    Map<Criterion, CriterionSetting> criteria = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      criteria.put(c, CriterionSetting.of(CriterionMode.OFF, 0));
    }
    criteria.put(Criterion.ROLE, CriterionSetting.soft(0.01));
    criteria.put(Criterion.LANGUAGE, CriterionSetting.soft(0.14));
    criteria.put(Criterion.GENDER, CriterionSetting.soft(0.15));
    PeerMatcher matcher = PeerMatcher.builder().policy(MatchingPolicy.builder().criteria(criteria).build()).build();
    Seeker seeker = seeker(lived(ExperienceRole.PATIENT), profile().build());
    // same gender only: 0.15 / 0.30; same role and language only: 0.14 / 0.30 + 0.01 / 0.30
    Supporter sameGender = supporter("sup-a", lived(ExperienceRole.CAREGIVER), profile().languages(List.of(Language.of("es"))).build());
    Supporter sameRoleAndLanguage = supporter("sup-b", lived(ExperienceRole.PATIENT), profile().gender(Gender.man()).build());

    MatchResult result = matcher.rank(seeker, List.of(sameRoleAndLanguage, sameGender), AT);

    assertThat(result.candidates()).extracting(Candidate::supporter).containsExactly(SupporterId.of("sup-a"), SupporterId.of("sup-b"));
    // the two sums do differ in their last bits: without rounding, sup-b would come first
    assertThat(result.candidates().get(1).score()).isGreaterThan(result.candidates().get(0).score());
  }

  /** Before: with a 0 km limit a distance of a fraction of a micrometre still scored almost 1. */
  @Test
  void geography_zeroKilometreLimit_scoresOneOnlyAtTheSamePoint() {
    PeerMatcher matcher = PeerMatcher.builder().policy(MatchingPolicy.builder().maxDistanceKm(0).build()).build();
    GeoPoint here = GeoPoint.of(39.96, -83.0);
    PersonProfile inPerson = profile().modalities(List.of(Modality.IN_PERSON))
        .location(Location.builder().region(io.github.peersupport.core.Tag.of("us-oh-franklin")).point(here).build()).build();
    PersonProfile nearby = PersonProfile.builder().from(inPerson)
        .location(Location.builder().region(io.github.peersupport.core.Tag.of("us-oh-franklin")).point(GeoPoint.of(39.96 + 1e-12, -83.0)).build()).build();
    Seeker seeker = seeker(lived(ExperienceRole.PATIENT), inPerson);

    MatchResult result = matcher.rank(seeker, List.of(supporter("sup-a", lived(ExperienceRole.PATIENT), inPerson),
        supporter("sup-b", lived(ExperienceRole.PATIENT), nearby)), AT);

    assertThat(here.distanceKm(nearby.location().orElseThrow().point().orElseThrow())).isPositive();
    assertThat(similarity(result, 0, Criterion.GEOGRAPHY)).isEqualTo(1.0);
    assertThat(similarity(result, 1, Criterion.GEOGRAPHY)).isZero();
  }
}
