package io.github.peersupport.core.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Milestone;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Readiness per measure: a rule of n months is met from exactly n whole months after its date and not
 * a day before; maintenance therapy counts for the end of treatment only; a missing date fails; a rule
 * for the other role is met; no rules pass everyone; the first failing rule, in order, is the one
 * reported.
 */
class ReadinessPropertyTest {
  private static final int CASES = 500;
  private static final Code CONDITION = Taxonomy.standardConditions().code("lymphoma");

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void isMetBy_eachMeasure_fromExactlyNMonthsAfterItsDate(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      ReadinessMeasure measure = CoreGen.oneOf(r, ReadinessMeasure.values());
      int n = r.nextInt(1, 61);
      // days 1 to 28: n months later is a real date with the same day, the first with n whole months
      LocalDate since = LocalDate.of(r.nextInt(1950, 2030), r.nextInt(1, 13), r.nextInt(1, 29));
      LivedExperience e = withDate(measure, since, r);
      ReadinessRule rule = ReadinessRule.of(measure, n);
      LocalDate reached = since.plusMonths(n);

      assertThat(rule.isMetBy(e, reached)).as("%s %d months on %s", measure, n, reached).isTrue();
      assertThat(rule.isMetBy(e, reached.plusDays(r.nextInt(0, 4000)))).isTrue();
      assertThat(rule.isMetBy(e, reached.minusDays(1))).as("a day before").isFalse();
      assertThat(rule.isMetBy(e, since.minusDays(r.nextInt(0, 400)))).as("before the date").isFalse();
      assertThat(ReadinessRule.of(measure, 0).isMetBy(e, since)).as("0 months: on the date").isTrue();
      assertThat(Readiness.of(rule).refusedBy(e, reached.minusDays(1))).contains(rule);
      assertThat(Readiness.of(rule).isReady(e, reached)).isTrue();
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void isMetBy_maintenanceTherapy_countsForTheEndOfTreatmentOnly(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      LivedExperience onMaintenance = LivedExperience.builder().addConditions(CONDITION).onMaintenanceTherapy(true).build();
      LocalDate date = CoreGen.TODAY.plusDays(r.nextInt(-4000, 4000));
      int n = r.nextInt(0, ReadinessRule.MAX_MONTHS + 1);
      for (ReadinessMeasure measure : ReadinessMeasure.values()) {
        boolean met = ReadinessRule.of(measure, n).isMetBy(onMaintenance, date);
        assertThat(met).as("%s on maintenance therapy", measure).isEqualTo(measure == ReadinessMeasure.MONTHS_SINCE_TREATMENT_END);
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void isMetBy_withoutTheMeasuresDate_fails(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      ReadinessMeasure measure = CoreGen.oneOf(r, ReadinessMeasure.values());
      LivedExperience any = CoreGen.experience(r);
      LivedExperience without = withoutDate(measure, any);
      assertThat(measure.since(without)).isEmpty();
      int n = r.nextInt(0, 37);
      LocalDate date = CoreGen.TODAY.plusDays(r.nextInt(-4000, 4000));
      assertThat(ReadinessRule.of(measure, n).isMetBy(without, date)).as("%s without its date", measure).isFalse();
      // the same rule for the other role only is met
      ExperienceRole other = without.role() == ExperienceRole.PATIENT ? ExperienceRole.CAREGIVER : ExperienceRole.PATIENT;
      assertThat(ReadinessRule.builder().measure(measure).minMonths(n).appliesTo(other).build().isMetBy(without, date)).isTrue();
      assertThat(ReadinessRule.builder().measure(measure).minMonths(n).appliesTo(without.role()).build().isMetBy(without, date))
          .isFalse();
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void refusedBy_isTheFirstUnmetRuleInOrder_andNoRulesPassEveryone(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Readiness readiness = CoreGen.readiness(r);
      LivedExperience e = CoreGen.experience(r);
      LocalDate date = CoreGen.TODAY.plusDays(r.nextInt(-400, 400));
      Optional<ReadinessRule> expected = readiness.rules().stream().filter(rule -> !rule.isMetBy(e, date)).findFirst();
      assertThat(readiness.refusedBy(e, date)).isEqualTo(expected);
      assertThat(readiness.isReady(e, date)).isEqualTo(expected.isEmpty());
      assertThat(Readiness.none().refusedBy(e, date)).isEmpty();
      assertThat(Readiness.builder().addAllRules(readiness.rules()).build()).isEqualTo(readiness);
    });
  }

  /** An experience whose date for the measure is {@code since}, not on maintenance therapy. */
  private static LivedExperience withDate(ReadinessMeasure measure, LocalDate since, SplittableRandom r) {
    LivedExperience.Builder b = LivedExperience.builder().addConditions(CONDITION);
    switch (measure) {
      case MONTHS_SINCE_TREATMENT_END:
        return b.diagnosedOn(since.minusDays(r.nextInt(0, 1000))).treatmentEndedOn(since).build();
      case MONTHS_SINCE_DIAGNOSIS:
        return b.diagnosedOn(since).build();
      case MONTHS_SINCE_CHILD_DIAGNOSIS:
        return b.role(ExperienceRole.CAREGIVER).relationship(CaregiverRelationship.PARENT).diagnosedOn(since).build();
      case MONTHS_SINCE_DELIVERY:
        return b.putMilestones(Milestone.DELIVERY, since).build();
      case MONTHS_IN_RECOVERY:
        return b.putMilestones(Milestone.RECOVERY_START, since).build();
      case MONTHS_SINCE_BEREAVEMENT:
        return b.putMilestones(Milestone.BEREAVEMENT, since).build();
      default:
        return b.putMilestones(Milestone.TRANSPLANT, since).build();
    }
  }

  /** The experience without the date a measure reads (and off maintenance therapy). */
  private static LivedExperience withoutDate(ReadinessMeasure measure, LivedExperience e) {
    LivedExperience.Builder b = LivedExperience.builder().from(e).onMaintenanceTherapy(false);
    switch (measure) {
      case MONTHS_SINCE_TREATMENT_END:
        return b.treatmentEndedOn(Optional.empty()).build();
      case MONTHS_SINCE_DIAGNOSIS:
        return b.diagnosedOn(Optional.empty()).treatmentEndedOn(Optional.empty()).build();
      case MONTHS_SINCE_CHILD_DIAGNOSIS:
        // a parent without the date, or anyone else with it: a child's diagnosis only a parent records
        return e.relationship().filter(x -> x == CaregiverRelationship.PARENT).isPresent()
            ? b.diagnosedOn(Optional.empty()).treatmentEndedOn(Optional.empty()).build()
            : b.diagnosedOn(CoreGen.TODAY).treatmentEndedOn(Optional.empty()).build();
      default:
        Milestone m = measure == ReadinessMeasure.MONTHS_SINCE_DELIVERY ? Milestone.DELIVERY
            : measure == ReadinessMeasure.MONTHS_IN_RECOVERY ? Milestone.RECOVERY_START
            : measure == ReadinessMeasure.MONTHS_SINCE_BEREAVEMENT ? Milestone.BEREAVEMENT : Milestone.TRANSPLANT;
        java.util.Map<Milestone, LocalDate> rest = new java.util.EnumMap<>(Milestone.class);
        rest.putAll(e.milestones());
        rest.remove(m);
        return b.milestones(rest).build();
    }
  }
}
