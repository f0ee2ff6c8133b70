package io.github.peersupport.core.person;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A person's age, held as the range of years they may have been born in: one year when the birth
 * year is known ({@link #bornIn(int)}), a range when only an age band was given ({@link #band(int,
 * int, int)}). Ages at a date are computed conservatively: {@link #minYearsAt(LocalDate)} assumes the
 * birthday has not come yet, so {@link #isAdultAt(LocalDate)} is true only when adulthood is certain.
 */
@Value.Immutable
@PeerStyle
public abstract class Age {
  /** Earliest accepted birth year. */
  public static final int MIN_YEAR = 1900;
  /** Latest accepted birth year. */
  public static final int MAX_YEAR = 2100;
  /** Age of majority used by {@link #isAdultAt(LocalDate)} (Cancer Hope Network: supporters are 18+). */
  public static final int ADULT_YEARS = 18;

  Age() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Age}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableAge.Builder {
    /** Creates an empty builder; prefer {@link Age#builder()}. */
    public Builder() {}
  }

  /**
   * An age from a known birth year.
   *
   * @param year the birth year, 1900 to 2100
   * @return the age
   */
  public static Age bornIn(int year) {
    return bornBetween(year, year);
  }

  /**
   * An age from a range of possible birth years.
   *
   * @param earliest the earliest possible birth year
   * @param latest the latest possible birth year, not before {@code earliest}
   * @return the age
   */
  public static Age bornBetween(int earliest, int latest) {
    return builder().earliestBirthYear(earliest).latestBirthYear(latest).build();
  }

  /**
   * An age from a band reported in a given year, e.g. "40 to 49 in 2026".
   *
   * @param minYears the youngest age of the band
   * @param maxYears the oldest age of the band, not below {@code minYears}
   * @param reportedInYear the year the band was reported
   * @return the age
   */
  public static Age band(int minYears, int maxYears, int reportedInYear) {
    if (minYears < 0 || maxYears < minYears || maxYears > 150) {
      throw Require.invalid("band", "must satisfy 0 <= min <= max <= 150", minYears + ".." + maxYears);
    }
    return bornBetween(reportedInYear - maxYears - 1, reportedInYear - minYears);
  }

  /**
   * Returns the earliest possible birth year.
   *
   * @return the year
   */
  public abstract int earliestBirthYear();

  /**
   * Returns the latest possible birth year.
   *
   * @return the year
   */
  public abstract int latestBirthYear();

  @Value.Check
  final void check() {
    Require.inRange("earliestBirthYear", earliestBirthYear(), MIN_YEAR, MAX_YEAR);
    Require.inRange("latestBirthYear", latestBirthYear(), earliestBirthYear(), MAX_YEAR);
  }

  /**
   * The youngest the person can be on a date (0 at the least).
   *
   * @param date the date
   * @return full years, assuming the birthday has not yet come
   */
  public final int minYearsAt(LocalDate date) {
    return Math.max(0, date.getYear() - latestBirthYear() - 1);
  }

  /**
   * The oldest the person can be on a date (0 at the least).
   *
   * @param date the date
   * @return full years, assuming the birthday has passed
   */
  public final int maxYearsAt(LocalDate date) {
    return Math.max(0, date.getYear() - earliestBirthYear());
  }

  /**
   * The middle of the possible ages on a date, for age-gap measures.
   *
   * @param date the date
   * @return the midpoint in years
   */
  public final double midYearsAt(LocalDate date) {
    return (minYearsAt(date) + maxYearsAt(date)) / 2.0;
  }

  /**
   * Tells whether the person is certainly an adult ({@value #ADULT_YEARS}+) on a date.
   *
   * @param date the date
   * @return true only if even the youngest possible age is adult
   */
  public final boolean isAdultAt(LocalDate date) {
    return minYearsAt(date) >= ADULT_YEARS;
  }
}
