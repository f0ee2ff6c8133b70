package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.Gender;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.LivedExperience;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Availability is compared as weekly recurring time: a seeker in Pacific/Auckland free Monday
 * 00:30–02:00 local (UTC+13 in January) is free at the same instants as a supporter free Sunday
 * 11:30–13:00 UTC, although the two windows name different days.
 */
class CrossZoneAvailabilityTest {
  private static final Instant AT = Instant.parse("2026-01-14T09:00:00Z");
  private static final Taxonomy CONDITIONS = Taxonomy.standardConditions();
  private final PeerStanding active = CoreGen.activeStanding(new SplittableRandom(7), AT);

  private static LivedExperience lived() {
    return LivedExperience.builder().addConditions(CONDITIONS.code("breast-cancer"))
        .diagnosedOn(LocalDate.parse("2019-03-01")).treatmentEndedOn(LocalDate.parse("2020-01-10")).build();
  }

  private static PersonProfile free(ZoneId zone, DayOfWeek day, LocalTime from, LocalTime to) {
    return PersonProfile.builder().age(Age.bornIn(1975)).gender(Gender.woman()).addLanguages(Language.of("en"))
        .addModalities(Modality.VIDEO)
        .availability(WeeklyAvailability.builder().zone(zone).addWindows(TimeWindow.of(day, from, to)).build()).build();
  }

  private Supporter supporter(String id, PersonProfile profile) {
    return Supporter.builder().id(SupporterId.of(id)).experience(lived()).profile(profile).standing(active).build();
  }

  private static Seeker aucklandSeeker() {
    return Seeker.builder().id(SeekerId.of("s-akl")).experience(lived())
        .profile(free(ZoneId.of("Pacific/Auckland"), DayOfWeek.MONDAY, LocalTime.of(0, 30), LocalTime.of(2, 0)))
        .consent(ConsentRecord.grantedAt(AT.minusSeconds(60), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).build();
  }

  private static double availability(Candidate c) {
    return c.contributions().stream().filter(x -> x.criterion() == Criterion.AVAILABILITY).findFirst()
        .orElseThrow().similarity();
  }

  @Test
  void rank_aucklandMondayAndUtcSunday_overlapCounted() {
    Supporter sunday = supporter("sup-sun", free(ZoneOffset.UTC, DayOfWeek.SUNDAY, LocalTime.of(11, 30), LocalTime.of(13, 0)));
    // the same day name and clock time in UTC is thirteen hours later: no overlap
    Supporter monday = supporter("sup-mon", free(ZoneOffset.UTC, DayOfWeek.MONDAY, LocalTime.of(0, 30), LocalTime.of(2, 0)));

    MatchResult result = PeerMatcher.standard().rank(aucklandSeeker(), List.of(sunday, monday), AT);

    assertThat(result.candidates()).extracting(c -> c.supporter().value()).containsExactly("sup-sun", "sup-mon");
    assertThat(availability(result.candidates().get(0))).isEqualTo(1.0);
    assertThat(availability(result.candidates().get(1))).isEqualTo(0.0);
    assertThat(aucklandSeeker().profile().availability().orElseThrow()
        .overlapMinutes(sunday.profile().availability().orElseThrow(), LocalDate.ofInstant(AT, ZoneOffset.UTC))).isEqualTo(90);
  }

  @Test
  void rank_availabilityHard_utcSundaySupporterKeptMondayExcluded() {
    MatchingPolicy hard = MatchingPolicy.builder().from(MatchingPolicy.standard())
        .putCriteria(Criterion.AVAILABILITY, CriterionSetting.hard(0.03)).build();
    Supporter sunday = supporter("sup-sun", free(ZoneOffset.UTC, DayOfWeek.SUNDAY, LocalTime.of(12, 0), LocalTime.of(12, 30)));
    Supporter monday = supporter("sup-mon", free(ZoneOffset.UTC, DayOfWeek.MONDAY, LocalTime.of(0, 30), LocalTime.of(2, 0)));

    MatchResult result = PeerMatcher.builder().policy(hard).build().rank(aucklandSeeker(), List.of(sunday, monday), AT);

    assertThat(result.candidates()).extracting(c -> c.supporter().value()).containsExactly("sup-sun");
    assertThat(availability(result.candidates().get(0))).isEqualTo(0.5);
    assertThat(result.excluded()).containsExactly(java.util.Map.entry(Criterion.AVAILABILITY.ruleId(), 1));
  }
}
