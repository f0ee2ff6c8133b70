package io.github.peersupport.core.person;

/**
 * Whose lived experience it is: the person with the condition, or a family caregiver of such a
 * person. Programmes match caregivers with caregivers (Imerman Angels, Parent to Parent USA).
 */
public enum ExperienceRole {
  /** The person living with, or after, the condition. */
  PATIENT,
  /** A family member or friend caring for a person with the condition. */
  CAREGIVER
}
