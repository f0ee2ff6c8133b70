package io.github.peersupport.core.programme;

import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Milestone;
import io.github.peersupport.core.rule.RuleId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a {@link ReadinessRule} counts the months from: a date of the supporter's {@link
 * LivedExperience}. For a caregiver these are the cared-for person's dates (see {@link
 * LivedExperience}), so a caregiver is ready by the time since their person's diagnosis or treatment,
 * as Cancer Hope Network counts its caregiver volunteers' year. A date that is not recorded fails the
 * rule: readiness must be shown, never assumed.
 */
public enum ReadinessMeasure {
  /**
   * Months since the end of active treatment ({@link LivedExperience#treatmentEndedOn()}); stable
   * maintenance therapy ({@link LivedExperience#onMaintenanceTherapy()}) meets the rule whatever the
   * months (Cancer Hope Network: volunteers are at least one year post treatment or on maintenance
   * therapy, https://www.cancerhopenetwork.org/how-to-help/volunteer/volunteer-qa.html).
   */
  MONTHS_SINCE_TREATMENT_END("readiness.months-since-treatment-end"),
  /** Months since diagnosis ({@link LivedExperience#diagnosedOn()}). */
  MONTHS_SINCE_DIAGNOSIS("readiness.months-since-diagnosis"),
  /** Months since the baby's birth ({@link Milestone#DELIVERY}): new mothers' mentors (Joo et al. 2022, programme C). */
  MONTHS_SINCE_DELIVERY("readiness.months-since-delivery"),
  /**
   * Months since the diagnosis of the person's own child: the {@link LivedExperience#diagnosedOn()}
   * of a caregiver whose relationship is {@link CaregiverRelationship#PARENT}; not recorded for anyone
   * else (support parents of children with disabilities, Joo et al. 2022, programme D).
   */
  MONTHS_SINCE_CHILD_DIAGNOSIS("readiness.months-since-child-diagnosis"),
  /** Months in continuous recovery ({@link Milestone#RECOVERY_START}; Joo et al. 2022, programmes A and B). */
  MONTHS_IN_RECOVERY("readiness.months-in-recovery"),
  /** Months since the death of the person cared for or of someone close ({@link Milestone#BEREAVEMENT}). */
  MONTHS_SINCE_BEREAVEMENT("readiness.months-since-bereavement"),
  /** Months since the transplant ({@link Milestone#TRANSPLANT}; Joo et al. 2022, programme E). */
  MONTHS_SINCE_TRANSPLANT("readiness.months-since-transplant");

  private final RuleId ruleId;

  ReadinessMeasure(String id) {
    this.ruleId = RuleId.of(id);
  }

  /**
   * Returns the id a rule on this measure has unless it names its own, e.g. {@code
   * readiness.months-since-treatment-end}.
   *
   * @return the rule id
   */
  public RuleId ruleId() {
    return ruleId;
  }

  /**
   * Returns the date this measure counts from in an experience.
   *
   * @param experience the lived experience
   * @return the date, or empty when it is not recorded (or, for {@link #MONTHS_SINCE_CHILD_DIAGNOSIS},
   *     the experience is not a parent's)
   */
  public Optional<LocalDate> since(LivedExperience experience) {
    switch (this) {
      case MONTHS_SINCE_TREATMENT_END:
        return experience.treatmentEndedOn();
      case MONTHS_SINCE_DIAGNOSIS:
        return experience.diagnosedOn();
      case MONTHS_SINCE_DELIVERY:
        return Optional.ofNullable(experience.milestones().get(Milestone.DELIVERY));
      case MONTHS_SINCE_CHILD_DIAGNOSIS:
        return experience.role() == ExperienceRole.CAREGIVER
            && experience.relationship().filter(r -> r == CaregiverRelationship.PARENT).isPresent()
            ? experience.diagnosedOn() : Optional.empty();
      case MONTHS_IN_RECOVERY:
        return Optional.ofNullable(experience.milestones().get(Milestone.RECOVERY_START));
      case MONTHS_SINCE_BEREAVEMENT:
        return Optional.ofNullable(experience.milestones().get(Milestone.BEREAVEMENT));
      default:
        return Optional.ofNullable(experience.milestones().get(Milestone.TRANSPLANT));
    }
  }
}
