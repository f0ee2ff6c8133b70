package io.github.peersupport.groups;

import io.github.peersupport.core.person.ExperienceRole;

/**
 * Whom a group is for: patients, caregivers, or both together. Programmes usually keep caregivers with
 * caregivers (Imerman Angels, Parent to Parent USA).
 */
public enum Audience {
  /** People living with (or after) the condition. */
  PATIENTS,
  /** Family members and friends caring for such a person. */
  CAREGIVERS,
  /** Patients and caregivers together. */
  BOTH;

  /**
   * Tells whether a person with this role may join.
   *
   * @param role the person's experience role
   * @return true if the audience includes the role
   */
  public boolean admits(ExperienceRole role) {
    return this == BOTH || (this == PATIENTS) == (role == ExperienceRole.PATIENT);
  }

  /**
   * Returns the audience of exactly one role.
   *
   * @param role the role
   * @return {@link #PATIENTS} or {@link #CAREGIVERS}
   */
  public static Audience of(ExperienceRole role) {
    return role == ExperienceRole.PATIENT ? PATIENTS : CAREGIVERS;
  }
}
