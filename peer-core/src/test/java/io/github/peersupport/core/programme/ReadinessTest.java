package io.github.peersupport.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.person.CaredFor;
import io.github.peersupport.core.person.CaredForAge;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Milestone;
import io.github.peersupport.core.rule.RuleId;
import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class ReadinessTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
  private final LivedExperience survivor = LivedExperience.builder()
      .addConditions(Taxonomy.standardConditions().code("lymphoma"))
      .diagnosedOn(LocalDate.parse("2023-01-10")).treatmentEndedOn(LocalDate.parse("2025-03-02")).build();

  @Test
  void standard_isTwelveMonthsPastTreatmentOrMaintenance_withAStableId() {
    Readiness standard = Readiness.standard();
    assertThat(standard.rules()).containsExactly(ReadinessRule.of(ReadinessMeasure.MONTHS_SINCE_TREATMENT_END, 12));
    assertThat(standard.rules().get(0).id()).isEqualTo(RuleId.of("readiness.months-since-treatment-end"));
    assertThat(standard.isReady(survivor, TODAY)).isTrue();
    assertThat(standard.refusedBy(survivor, TODAY.minusDays(1))).contains(standard.rules().get(0));
    assertThat(standard.rules().get(0)).hasToString(
        "ReadinessRule[readiness.months-since-treatment-end: MONTHS_SINCE_TREATMENT_END >= 12]");
  }

  @Test
  void none_hasNoRule_andEveryoneIsReady() {
    LivedExperience noDates = LivedExperience.builder().addConditions(Taxonomy.standardConditions().code("lymphoma")).build();
    assertThat(Readiness.none().rules()).isEmpty();
    assertThat(Readiness.none().isReady(noDates, TODAY)).isTrue();
    assertThat(Readiness.standard().isReady(noDates, TODAY)).isFalse();
  }

  @Test
  void caregiver_isReadyByTheCaredForPersonsTreatment_andASupportParentByTheChildsDiagnosis() {
    LivedExperience parent = LivedExperience.builder().from(survivor).role(ExperienceRole.CAREGIVER)
        .relationship(CaregiverRelationship.PARENT).caredFor(CaredFor.of(CaredForAge.CHILD)).build();
    LivedExperience partner = LivedExperience.builder().from(parent).relationship(CaregiverRelationship.PARTNER)
        .caredFor(CaredFor.of(CaredForAge.ADULT)).build();
    ReadinessRule childDiagnosis = ReadinessRule.of(ReadinessMeasure.MONTHS_SINCE_CHILD_DIAGNOSIS, 24);
    assertThat(Readiness.standard().isReady(parent, TODAY)).isTrue();
    assertThat(childDiagnosis.isMetBy(parent, LocalDate.parse("2025-01-10"))).isTrue();
    assertThat(childDiagnosis.isMetBy(parent, LocalDate.parse("2025-01-09"))).isFalse();
    assertThat(childDiagnosis.isMetBy(partner, TODAY)).isFalse();
    assertThat(childDiagnosis.isMetBy(survivor, TODAY)).isFalse();
  }

  @Test
  void readinessAndRules_badInput_namesTheField() {
    assertThatThrownBy(() -> ReadinessRule.of(ReadinessMeasure.MONTHS_IN_RECOVERY, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("minMonths:");
    assertThatThrownBy(() -> ReadinessRule.of(ReadinessMeasure.MONTHS_IN_RECOVERY, ReadinessRule.MAX_MONTHS + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("minMonths:");
    ReadinessRule recovery = ReadinessRule.of(ReadinessMeasure.MONTHS_IN_RECOVERY, 12);
    assertThatThrownBy(() -> Readiness.of(recovery, ReadinessRule.of(ReadinessMeasure.MONTHS_IN_RECOVERY, 24)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("rules:").hasMessageContaining("readiness.months-in-recovery");
    ReadinessRule[] nine = new ReadinessRule[Readiness.MAX_RULES + 1];
    for (int i = 0; i < nine.length; i++) {
      nine[i] = ReadinessRule.builder().from(recovery).id(RuleId.of("readiness.r" + i)).build();
    }
    assertThatThrownBy(() -> Readiness.of(nine)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("rules:");
    assertThat(Readiness.of(java.util.Arrays.copyOf(nine, Readiness.MAX_RULES)).rules()).hasSize(Readiness.MAX_RULES);
  }

  @Test
  void livedExperience_milestonesAndCaredFor_areValidatedWithoutEchoingDates() {
    assertThatThrownBy(() -> LivedExperience.builder().from(survivor).putMilestones(Milestone.DELIVERY, LocalDate.parse("1899-12-31")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("milestones:").hasMessageContaining("DELIVERY")
        .hasMessageNotContaining("1899-12-31");
    assertThat(LivedExperience.builder().from(survivor).putMilestones(Milestone.DELIVERY, LivedExperience.EARLIEST_DATE).build()
        .monthsSince(Milestone.DELIVERY, LocalDate.parse("1901-01-01"))).hasValue(12);
    assertThat(survivor.monthsSince(Milestone.TRANSPLANT, TODAY)).isEmpty();
    assertThatThrownBy(() -> LivedExperience.builder().from(survivor).caredFor(CaredFor.of(CaredForAge.INFANT)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("caredFor:");
    LivedExperience withMilestone = LivedExperience.builder().from(survivor).putMilestones(Milestone.TRANSPLANT, LocalDate.parse("2024-05-06")).build();
    assertThat(withMilestone.toString()).doesNotContain("2024-05-06").doesNotContain("TRANSPLANT");
    assertThat(LivedExperience.builder().from(withMilestone).milestones(Collections.emptyMap()).build()).isEqualTo(survivor);
  }

  @Test
  void caredForAge_bandsByYears_atTheirBoundaries() {
    assertThat(CaredForAge.ofYears(0)).isEqualTo(CaredForAge.INFANT);
    assertThat(CaredForAge.ofYears(1)).isEqualTo(CaredForAge.INFANT);
    assertThat(CaredForAge.ofYears(2)).isEqualTo(CaredForAge.CHILD);
    assertThat(CaredForAge.ofYears(11)).isEqualTo(CaredForAge.CHILD);
    assertThat(CaredForAge.ofYears(12)).isEqualTo(CaredForAge.ADOLESCENT);
    assertThat(CaredForAge.ofYears(17)).isEqualTo(CaredForAge.ADOLESCENT);
    assertThat(CaredForAge.ofYears(18)).isEqualTo(CaredForAge.ADULT);
    assertThat(CaredForAge.ofYears(64)).isEqualTo(CaredForAge.ADULT);
    assertThat(CaredForAge.ofYears(65)).isEqualTo(CaredForAge.OLDER_ADULT);
    for (CaredForAge band : CaredForAge.values()) {
      assertThat(CaredForAge.ofYears(band.minYears())).isEqualTo(band);
    }
    assertThatThrownBy(() -> CaredForAge.ofYears(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("years:");
    assertThat(CaredFor.of(CaredForAge.CHILD).toString()).doesNotContain("CHILD");
  }
}
