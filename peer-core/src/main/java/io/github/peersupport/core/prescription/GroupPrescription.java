package io.github.peersupport.core.prescription;

import io.github.peersupport.core.ClinicianId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.LocalDate;
import java.time.Period;
import org.immutables.value.Value;

/**
 * A clinician's prescription of a vetted peer group: {@link #sessionsPerPeriod()} sessions every
 * {@link #period()} for {@link #duration()}, online or in person, from {@link #start()}. "Participate in
 * 1 online conversation monthly for 3 months" is {@code sessionsPerPeriod 1, period P1M, duration P3M,
 * mode ONLINE}; in HL7 FHIR, a ServiceRequest with occurrenceTiming frequency 1, period 1 month,
 * boundsDuration 3 months.
 *
 * <p>Sessions are expected at the end of each complete period: as of a date, {@code
 * expectedSessionsAsOf} is {@code sessionsPerPeriod × (complete periods since start)}, capped at the
 * total for the duration.
 */
@Value.Immutable
@PeerStyle
public abstract class GroupPrescription {
  private static final int MAX_PERIODS = 10_000;

  GroupPrescription() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupPrescription}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableGroupPrescription.Builder {
    /** Creates an empty builder; prefer {@link GroupPrescription#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the person the group is prescribed for.
   *
   * @return the seeker id
   */
  public abstract SeekerId seeker();

  /**
   * Returns the prescribed group, from the catalogue of vetted groups.
   *
   * @return the group id
   */
  public abstract GroupId group();

  /**
   * Returns the prescriber.
   *
   * @return the clinician id
   */
  public abstract ClinicianId prescriber();

  /**
   * Returns how many sessions are expected per period, 1 to 31.
   *
   * @return the count
   */
  public abstract int sessionsPerPeriod();

  /**
   * Returns the period, e.g. {@code P1M} or {@code P1W}.
   *
   * @return a positive period
   */
  public abstract Period period();

  /**
   * Returns how long the prescription runs, e.g. {@code P3M}; at least one period.
   *
   * @return a positive period
   */
  public abstract Period duration();

  /**
   * Returns how the group meets.
   *
   * @return the mode
   */
  public abstract PrescriptionMode mode();

  /**
   * Returns the first day, in the years 1900 to 2200.
   *
   * @return the start date
   */
  public abstract LocalDate start();

  @Value.Check
  final void check() {
    Require.inRange("sessionsPerPeriod", sessionsPerPeriod(), 1, 31);
    Require.inRange("start", start().getYear(), 1900, 2200);
    positive("period", period());
    positive("duration", duration());
    LocalDate end = end();
    if (start().plus(period()).isAfter(end)) {
      throw Require.invalid("duration", "must last at least one period " + period(), duration());
    }
    if (periodsBetween(end) > MAX_PERIODS) {
      throw Require.invalid("duration", "must span at most " + MAX_PERIODS + " periods", duration());
    }
  }

  private static void positive(String field, Period p) {
    // at most 100 years counting the days part too, with the Gregorian mean month (400 years = 4,800
    // months = 146,097 days); in long arithmetic, so a huge day count cannot overflow later
    if (p.isNegative() || p.isZero() || p.getYears() < 0 || p.getMonths() < 0 || p.getDays() < 0
        || p.toTotalMonths() * 146_097L + p.getDays() * 4_800L > 1_200L * 146_097L) {
      throw Require.invalid(field, "must be positive, at most 100 years, with no negative part, but was " + p);
    }
  }

  /**
   * Returns the day after the last day of the prescription.
   *
   * @return {@code start + duration}
   */
  public final LocalDate end() {
    return start().plus(duration());
  }

  /**
   * Returns the number of sessions the whole prescription expects.
   *
   * @return the total
   */
  public final int totalExpectedSessions() {
    return expectedSessionsAsOf(end());
  }

  /**
   * Returns the sessions expected by the end of the day before {@code date}: {@code
   * sessionsPerPeriod} for each complete period between {@link #start()} and {@code min(date, end)}.
   *
   * @param date the date
   * @return the count, 0 before the first period completes
   */
  public final int expectedSessionsAsOf(LocalDate date) {
    LocalDate until = date.isAfter(end()) ? end() : date;
    return sessionsPerPeriod() * periodsBetween(until);
  }

  /**
   * Returns adherence as of a date.
   *
   * @param attended sessions attended so far, 0 or more
   * @param date the date
   * @return attended against expected
   */
  public final Adherence adherence(int attended, LocalDate date) {
    return Adherence.of(attended, expectedSessionsAsOf(date));
  }

  private int periodsBetween(LocalDate until) {
    int complete = 0;
    // start.plus(period * (k + 1)) rather than repeated addition: month ends do not drift
    while (complete <= MAX_PERIODS && !start().plus(period().multipliedBy(complete + 1)).isAfter(until)) {
      complete++;
    }
    return complete;
  }

  /** Returns e.g. {@code GroupPrescription[g-7, 1 per P1M for P3M ONLINE from 2026-01-05]}. */
  @Override
  public final String toString() {
    return "GroupPrescription[" + group() + ", " + sessionsPerPeriod() + " per " + period() + " for " + duration()
        + " " + mode() + " from " + start() + "]";
  }
}
