package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.PeerMatcher;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CohortTest {
  private static final Instant AT = Scenario.DEFAULT_START;
  private static final Taxonomy CONDITIONS = Taxonomy.standardConditions();

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void drawSupporters_anySeed_activeAdultCertifiedAndPastTreatment(long seed) {
    Seeds.forEachCase(seed, 20, random -> {
      List<Supporter> supporters = Cohort.standard().withSupporters(50).drawSupporters(random, AT);
      assertThat(supporters).hasSize(50);
      assertThat(supporters).extracting(s -> s.id().value()).doesNotHaveDuplicates().startsWith("sup-1");
      for (Supporter s : supporters) {
        assertThat(s.standing().canServeAt(AT)).as(s.id().value()).isTrue();
        assertThat(s.standing().canServeAt(AT.plusSeconds(2L * 365 * 86_400))).isTrue();
        assertThat(s.capacity()).isIn(1, 2, 3, 4, 5, 7);
        assertThat(s.activeMatches()).isZero();
        assertThat(s.profile().age().orElseThrow().isAdultAt(LocalDate.ofInstant(AT, ZoneOffset.UTC))).isTrue();
        boolean pastTreatment = s.experience().onMaintenanceTherapy()
            || s.experience().treatmentEndedOn().orElseThrow().isBefore(LocalDate.ofInstant(AT, ZoneOffset.UTC).minusMonths(12));
        assertThat(pastTreatment).as(s.id().value()).isTrue();
        assertThat(s.profile().modalities()).isNotEmpty();
      }
      // the matcher's safety floor admits every generated supporter
      assertThat(PeerMatcher.standard().pool(supporters, AT).size()).isEqualTo(50);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void drawSeeker_anySeed_validWithConsentAndConditionFromTheMix(long seed) {
    Cohort cohort = Cohort.standard();
    Seeds.forEachCase(seed, 200, random -> {
      Seeker s = cohort.drawSeeker(random, 7, AT);
      assertThat(s.id().value()).isEqualTo("s-7");
      String condition = s.experience().conditions().iterator().next().code();
      assertThat(cohort.conditionMix().containsKey(condition) || cohort.rareConditions().contains(condition)).as(condition).isTrue();
      assertThat(s.profile().languages()).isNotEmpty();
      assertThat(s.toString()).doesNotContain(condition);
    });
  }

  @Test
  void drawSeeker_manyDraws_sharesNearTheConfiguredOnes() {
    Cohort cohort = Cohort.standard();
    SplittableRandom random = new SplittableRandom(4);
    int n = 20_000;
    int rare = 0;
    int caregivers = 0;
    int english = 0;
    int consenting = 0;
    for (int i = 0; i < n; i++) {
      Seeker s = cohort.drawSeeker(random, i, AT);
      String c = s.experience().conditions().iterator().next().code();
      rare += cohort.rareConditions().contains(c) ? 1 : 0;
      caregivers += s.experience().role() == ExperienceRole.CAREGIVER ? 1 : 0;
      english += s.profile().languages().contains(Language.of("en")) ? 1 : 0;
      consenting += s.consent().permits(ConsentScope.BE_MATCHED, AT) ? 1 : 0;
    }
    assertThat(rare / (double) n).isCloseTo(0.05, org.assertj.core.data.Offset.offset(0.01));
    assertThat(caregivers / (double) n).isCloseTo(0.20, org.assertj.core.data.Offset.offset(0.015));
    assertThat(english / (double) n).isCloseTo(0.80 + 0.20 * 0.5, org.assertj.core.data.Offset.offset(0.02));
    assertThat(consenting / (double) n).isCloseTo(0.98, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void arrivalsPerDay_manyDays_meanIsWeeklyRateOverSeven() {
    Cohort cohort = Cohort.standard().withSeekersPerWeek(70);
    SplittableRandom random = new SplittableRandom(9);
    long total = 0;
    for (int i = 0; i < 10_000; i++) {
      total += cohort.arrivalsPerDay(random);
    }
    assertThat(total / 10_000.0).isCloseTo(10.0, org.assertj.core.data.Offset.offset(0.2));
  }

  @Test
  void drawSupporters_sameStream_samePeople() {
    assertThat(Cohort.standard().drawSupporters(new SplittableRandom(3), AT))
        .isEqualTo(Cohort.standard().drawSupporters(new SplittableRandom(3), AT));
  }

  @Test
  void build_unknownCondition_throwsNamingTheCode() {
    assertThatThrownBy(() -> Cohort.standard().withConditionMix(Map.of("no-such-condition", 1.0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("code:").hasMessageContaining("no-such-condition");
  }

  @Test
  void build_invalidShares_throwNamingTheField() {
    assertThatThrownBy(() -> Cohort.standard().withCaregiverShare(1.5)).hasMessageStartingWith("caregiverShare:");
    assertThatThrownBy(() -> Cohort.standard().withSupporters(0)).hasMessageStartingWith("supporters:");
    assertThatThrownBy(() -> Cohort.standard().withConditionMix(Map.of("lymphoma", -1.0))).hasMessageStartingWith("conditionMix:");
    assertThatThrownBy(() -> Cohort.builder().womenShare(0.7).menShare(0.4).build()).hasMessageStartingWith("menShare:");
  }

  @Test
  void standard_toString_namesTheHeadlineNumbers() {
    assertThat(Cohort.standard().toString()).isEqualTo("Cohort[180 supporters, 25.0 seekers/week, rare 5%, caregivers 20%]");
    assertThat(CONDITIONS.code("als")).isNotNull();
  }
}
