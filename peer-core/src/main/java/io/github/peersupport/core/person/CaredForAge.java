package io.github.peersupport.core.person;

/**
 * The age band of the person a caregiver cares for, in completed years. The paediatric bands follow
 * the ICH E11 guideline's age classes (International Council for Harmonisation, 2000, "Clinical
 * Investigation of Medicinal Products in the Pediatric Population": infants and toddlers to 23
 * months, children 2 to 11 years, adolescents from 12); adulthood starts at 18 and older adults at 65
 * (NIH Inclusion Across the Lifespan policy, 2019: children are under 18; the usual 65+ of older
 * adults). Assumption: a host records the band when the caregiver joins and updates it as the person
 * grows older; the library does not age it.
 */
public enum CaredForAge {
  /** Under 2 years. */
  INFANT,
  /** 2 to 11 years. */
  CHILD,
  /** 12 to 17 years. */
  ADOLESCENT,
  /** 18 to 64 years. */
  ADULT,
  /** 65 years and older. */
  OLDER_ADULT;

  /**
   * Returns the band of an age in completed years.
   *
   * @param years the age, 0 or more
   * @return the band
   * @throws IllegalArgumentException if {@code years} is negative
   */
  public static CaredForAge ofYears(int years) {
    if (years < 0) {
      throw new IllegalArgumentException("years: must be 0 or more, was " + years);
    }
    return years < 2 ? INFANT : years < 12 ? CHILD : years < 18 ? ADOLESCENT : years < 65 ? ADULT : OLDER_ADULT;
  }

  /**
   * Returns the youngest age of the band.
   *
   * @return years
   */
  public int minYears() {
    switch (this) {
      case INFANT:
        return 0;
      case CHILD:
        return 2;
      case ADOLESCENT:
        return 12;
      case ADULT:
        return 18;
      default:
        return 65;
    }
  }
}
