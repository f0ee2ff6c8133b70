package io.github.peersupport.core.programme;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * When a supporter is ready to support others, as a programme's data: time rules, all of which must
 * hold. This is the programme's part of supporter eligibility; the safety floor (active, trained,
 * certified at the instant, adult, consent, no open boundary review) is not configuration and stays in
 * the engines.
 *
 * <p>{@link #standard()} is Cancer Hope Network's rule: at least 12 months past the end of treatment,
 * or on maintenance therapy, for survivors and for caregivers alike (the caregiver's count runs from
 * the treatment of the person they cared for;
 * https://www.cancerhopenetwork.org/how-to-help/volunteer/volunteer-qa.html). {@link #none()} has no
 * time rule, for programmes such as weight-management mentoring whose mentors need no time since an
 * event (Joo et al. 2022, programme G). Other programmes list their own rules: months since delivery,
 * since the child's diagnosis, in recovery, since bereavement, since a transplant ({@link
 * ReadinessMeasure}).
 */
@Value.Immutable
@PeerStyle
public abstract class Readiness {
  /**
   * The most rules a readiness holds. Assumption: a programme's readiness is a few time rules; the
   * bound lets matching keep the index of a supporter's failing rule in a few bits.
   */
  public static final int MAX_RULES = 8;

  Readiness() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Readiness}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableReadiness.Builder {
    /** Creates an empty builder; prefer {@link Readiness#builder()}. */
    public Builder() {}
  }

  /**
   * Cancer Hope Network's readiness: 12 months past the end of treatment or on maintenance therapy
   * ({@link ReadinessMeasure#MONTHS_SINCE_TREATMENT_END}, id {@code readiness.months-since-treatment-end}).
   *
   * @return the readiness
   */
  public static Readiness standard() {
    return of(ReadinessRule.of(ReadinessMeasure.MONTHS_SINCE_TREATMENT_END, 12));
  }

  /**
   * No time rule: every supporter is ready (the safety floor still applies).
   *
   * @return the readiness
   */
  public static Readiness none() {
    return builder().build();
  }

  /**
   * A readiness of the given rules, checked in this order.
   *
   * @param rules the rules, ids unique, at most {@value #MAX_RULES}
   * @return the readiness
   */
  public static Readiness of(ReadinessRule... rules) {
    return builder().addRules(rules).build();
  }

  /**
   * Returns the rules, in the order they are checked; all must hold.
   *
   * @return the rules (empty: no time rule)
   */
  public abstract List<ReadinessRule> rules();

  @Value.Check
  final void check() {
    if (rules().size() > MAX_RULES) {
      throw Require.invalid("rules", "at most " + MAX_RULES + " rules", rules().size());
    }
    Set<RuleId> ids = new HashSet<>();
    for (ReadinessRule r : rules()) {
      if (!ids.add(r.id())) {
        throw Require.invalid("rules", "rule ids must be unique; repeated " + r.id());
      }
    }
  }

  /**
   * Returns the first rule, in order, that a lived experience does not meet on a date. O(r) for r rules.
   *
   * @param experience the supporter's lived experience
   * @param date the date, in the programme's zone
   * @return the rule, or empty when the person is ready
   * @throws NullPointerException if an argument is null
   */
  public final Optional<ReadinessRule> refusedBy(LivedExperience experience, LocalDate date) {
    Objects.requireNonNull(experience, "experience");
    Objects.requireNonNull(date, "date");
    for (ReadinessRule r : rules()) {
      if (!r.isMetBy(experience, date)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a lived experience meets every rule on a date.
   *
   * @param experience the supporter's lived experience
   * @param date the date, in the programme's zone
   * @return true if ready
   * @throws NullPointerException if an argument is null
   */
  public final boolean isReady(LivedExperience experience, LocalDate date) {
    return refusedBy(experience, date).isEmpty();
  }
}
