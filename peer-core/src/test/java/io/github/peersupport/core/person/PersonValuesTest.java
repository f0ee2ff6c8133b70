package io.github.peersupport.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.peersupport.core.Taxonomy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PersonValuesTest {
  @Test
  void age_birthYear_isAdultOnlyWhenCertain() {
    Age age = Age.bornIn(2008);
    assertThat(age.isAdultAt(LocalDate.parse("2026-12-31"))).isFalse(); // may not have had the 18th birthday
    assertThat(age.isAdultAt(LocalDate.parse("2027-01-01"))).isTrue();
    assertThat(age.minYearsAt(LocalDate.parse("2026-06-01"))).isEqualTo(17);
    assertThat(age.maxYearsAt(LocalDate.parse("2026-06-01"))).isEqualTo(18);
  }

  @Test
  void age_band_coversEveryAgeInTheBand() {
    Age band = Age.band(40, 49, 2026);
    LocalDate date = LocalDate.parse("2026-07-01");
    assertThat(band.minYearsAt(date)).isLessThanOrEqualTo(40);
    assertThat(band.maxYearsAt(date)).isGreaterThanOrEqualTo(49);
  }

  @Test
  void overlapMinutes_differentZones_comparesRealInstants() {
    WeeklyAvailability newYork = WeeklyAvailability.builder().zone(ZoneId.of("America/New_York"))
        .addWindows(TimeWindow.of(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0))).build();
    WeeklyAvailability london = WeeklyAvailability.builder().zone(ZoneId.of("Europe/London"))
        .addWindows(TimeWindow.of(DayOfWeek.TUESDAY, LocalTime.of(23, 0), LocalTime.of(23, 59))).build();
    // January: New York is UTC-5, London UTC+0: 18:00-20:00 NY = 23:00-01:00 London
    assertThat(newYork.overlapMinutes(london, LocalDate.parse("2026-01-13"))).isEqualTo(59);
    assertThat(london.overlapMinutes(newYork, LocalDate.parse("2026-01-13"))).isEqualTo(59);
    // mid-March: New York already on daylight time (UTC-4), London not yet: 22:00-00:00 London
    assertThat(newYork.overlapMinutes(london, LocalDate.parse("2026-03-17"))).isEqualTo(59);
    assertThat(newYork.totalMinutes()).isEqualTo(120);
  }

  @Test
  void distanceKm_knownCities_isGreatCircleDistance() {
    GeoPoint columbus = GeoPoint.of(39.9612, -82.9988);
    GeoPoint cleveland = GeoPoint.of(41.4993, -81.6944);
    assertThat(columbus.distanceKm(cleveland)).isCloseTo(203.0, within(3.0));
  }

  @Test
  void gender_sameAs_undisclosedNeverMatches() {
    assertThat(Gender.woman().sameAs(Gender.woman())).isTrue();
    assertThat(Gender.woman().sameAs(Gender.man())).isFalse();
    assertThat(Gender.undisclosed().sameAs(Gender.undisclosed())).isFalse();
  }

  @Test
  void livedExperience_twelveMonthRule_countsMaintenanceTherapy() {
    LivedExperience ended = LivedExperience.builder()
        .addConditions(Taxonomy.standardConditions().code("lymphoma"))
        .diagnosedOn(LocalDate.parse("2023-02-01")).treatmentEndedOn(LocalDate.parse("2025-01-10")).build();
    assertThat(ended.isPastTreatment(LocalDate.parse("2026-01-09"), 12)).isFalse();
    assertThat(ended.isPastTreatment(LocalDate.parse("2026-01-10"), 12)).isTrue();
    LivedExperience maintenance = LivedExperience.builder().from(ended).treatmentEndedOn(java.util.Optional.empty())
        .onMaintenanceTherapy(true).build();
    assertThat(maintenance.isPastTreatment(LocalDate.parse("2026-01-09"), 12)).isTrue();
    assertThat(maintenance.monthsSinceTreatment(LocalDate.parse("2026-01-09"))).isEmpty();
  }
}
