package io.github.peersupport.core.programme;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One time rule of a programme's {@link Readiness}: a supporter is ready when at least {@link
 * #minMonths()} whole months ({@link ChronoUnit#MONTHS}, so 12 months from 10 January 2025 is reached on
 * 10 January 2026) lie between the date its {@link #measure()} reads and the date readiness is asked
 * at. A rule may apply to one {@link ExperienceRole} only ({@link #appliesTo()}); a supporter of the
 * other role meets it. A supporter without the date fails the rule. A supporter excluded by it is named
 * by {@link #id()}.
 */
@Value.Immutable
@PeerStyle
public abstract class ReadinessRule {
  /** The largest accepted {@link #minMonths()}: 50 years. */
  public static final int MAX_MONTHS = 600;

  ReadinessRule() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReadinessRule}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableReadinessRule.Builder {
    /** Creates an empty builder; prefer {@link ReadinessRule#builder()}. */
    public Builder() {}
  }

  /**
   * A rule for every supporter, with the measure's own id.
   *
   * @param measure what the months are counted from
   * @param minMonths the least whole months, 0 to {@value #MAX_MONTHS}
   * @return the rule
   */
  public static ReadinessRule of(ReadinessMeasure measure, int minMonths) {
    return builder().measure(measure).minMonths(minMonths).build();
  }

  /**
   * Returns what the months are counted from.
   *
   * @return the measure
   */
  public abstract ReadinessMeasure measure();

  /**
   * Returns the least whole months; 0 asks only that the date is recorded and not in the future.
   *
   * @return 0 to {@value #MAX_MONTHS}
   */
  public abstract int minMonths();

  /**
   * Returns the role the rule applies to; empty: every supporter.
   *
   * @return the role
   */
  public abstract Optional<ExperienceRole> appliesTo();

  /**
   * Returns the stable id that names the rule when it excludes a supporter.
   *
   * @return the id (default {@link ReadinessMeasure#ruleId()} of the measure)
   */
  @Value.Default
  public RuleId id() {
    return measure().ruleId();
  }

  @Value.Check
  final void check() {
    Require.inRange("minMonths", minMonths(), 0, MAX_MONTHS);
  }

  /**
   * Tells whether a lived experience meets the rule on a date: the rule does not apply to its role;
   * or, for {@link ReadinessMeasure#MONTHS_SINCE_TREATMENT_END}, the person is on maintenance therapy;
   * or the measure's date is recorded and at least {@link #minMonths()} whole months before {@code date}.
   * O(1).
   *
   * @param experience the supporter's lived experience
   * @param date the date, in the programme's zone
   * @return true if met
   * @throws NullPointerException if an argument is null
   */
  public final boolean isMetBy(LivedExperience experience, LocalDate date) {
    Objects.requireNonNull(experience, "experience");
    Objects.requireNonNull(date, "date");
    if (appliesTo().isPresent() && appliesTo().get() != experience.role()) {
      return true;
    }
    if (measure() == ReadinessMeasure.MONTHS_SINCE_TREATMENT_END && experience.onMaintenanceTherapy()) {
      return true;
    }
    Optional<LocalDate> since = measure().since(experience);
    return since.isPresent() && ChronoUnit.MONTHS.between(since.get(), date) >= minMonths();
  }

  /** Returns e.g. {@code ReadinessRule[readiness.months-since-treatment-end: MONTHS_SINCE_TREATMENT_END >= 12]}. */
  @Override
  public String toString() {
    return "ReadinessRule[" + id() + ": " + measure() + " >= " + minMonths() + appliesTo().map(r -> " for " + r).orElse("") + "]";
  }
}
