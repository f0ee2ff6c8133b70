package io.github.peersupport.core.person;

/**
 * A dated event of a lived experience, besides diagnosis and the end of treatment, from which a
 * programme measures a supporter's readiness ({@link LivedExperience#milestones()}). In a caregiver's
 * experience each milestone is the cared-for person's (their transplant, their recovery), except
 * {@link #BEREAVEMENT}, the caregiver's own loss.
 *
 * <p>The child's diagnosis is not a milestone: a parent's experience is a {@link
 * ExperienceRole#CAREGIVER caregiver's} with {@link CaregiverRelationship#PARENT}, whose {@link
 * LivedExperience#diagnosedOn()} is the child's.
 */
public enum Milestone {
  /** The birth of the person's baby: new mothers' programmes count from it (Joo et al. 2022, programme C). */
  DELIVERY,
  /**
   * The start of the current, continuous recovery (a sobriety date in substance use recovery, the
   * start of stable recovery from a mental illness; Joo et al. 2022, programmes A and B).
   */
  RECOVERY_START,
  /** The transplant (heart, liver, lung, kidney; Joo et al. 2022, programme E). */
  TRANSPLANT,
  /** The death of the person cared for, or of someone close: bereavement programmes count from it. */
  BEREAVEMENT
}
