package io.github.peersupport.core.person;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a person has lived through: as a patient or as a caregiver, the conditions (coded, to any
 * depth of a {@link io.github.peersupport.core.Taxonomy}), treatments, side effects, concerns
 * ("issues" such as {@code rejection} or {@code returning-to-work}) and the dates that tell how far
 * along they are. This is health data: every field is redacted in {@code toString()}.
 *
 * <p>A caregiver's experience describes the illness of the person they care for: its conditions,
 * treatments, side effects, {@link #diagnosedOn()}, {@link #treatmentEndedOn()}, maintenance therapy and
 * {@link #milestones()} are the cared-for person's (Cancer Hope Network counts a caregiver volunteer's
 * year "post treatment" from the treatment of the person they cared for:
 * https://www.cancerhopenetwork.org/how-to-help/volunteer/volunteer-qa.html), except the {@link
 * Milestone#BEREAVEMENT} milestone, which is the caregiver's own loss. {@link #relationship()} and
 * {@link #caredFor()} say who that person is.
 *
 * <p>Matching keys in priority order are diagnosis down to subtype, then treatment, then side effects
 * (Imerman Angels, Cancer Hope Network, IPFCC); issues carry matches for rare conditions (Joo et al.
 * 2022).
 */
@Value.Immutable
@PeerStyle
public abstract class LivedExperience {
  /** The earliest accepted milestone date: 1 January 1900 (as {@link Age#MIN_YEAR} for birth years). */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(Age.MIN_YEAR, 1, 1);

  LivedExperience() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LivedExperience}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableLivedExperience.Builder {
    /** Creates an empty builder; prefer {@link LivedExperience#builder()}. */
    public Builder() {}
  }

  /**
   * Returns whether this is a patient's or a caregiver's experience.
   *
   * @return the role
   */
  @Value.Default
  public ExperienceRole role() {
    return ExperienceRole.PATIENT;
  }

  /**
   * Returns how a caregiver is related to the person cared for; present exactly for caregivers.
   *
   * @return the relationship
   */
  public abstract Optional<CaregiverRelationship> relationship();

  /**
   * Returns who the caregiver cares for (their age band); allowed only for caregivers, and optional
   * for them.
   *
   * @return the person cared for
   */
  @Value.Redacted
  public abstract Optional<CaredFor> caredFor();

  /**
   * Returns the conditions (at least one).
   *
   * @return the condition codes
   */
  @Value.Redacted
  public abstract Set<Code> conditions();

  /**
   * Returns the treatments received.
   *
   * @return the treatment codes
   */
  @Value.Redacted
  public abstract Set<Code> treatments();

  /**
   * Returns the side effects lived with.
   *
   * @return the side-effect codes
   */
  @Value.Redacted
  public abstract Set<Code> sideEffects();

  /**
   * Returns the concerns, as tags.
   *
   * @return the issue tags
   */
  @Value.Redacted
  public abstract Set<Tag> issues();

  /**
   * Returns the date of diagnosis, if known.
   *
   * @return the date
   */
  @Value.Redacted
  public abstract Optional<LocalDate> diagnosedOn();

  /**
   * Returns the date active treatment ended, if it has.
   *
   * @return the date
   */
  @Value.Redacted
  public abstract Optional<LocalDate> treatmentEndedOn();

  /**
   * Returns whether the person is on stable maintenance therapy (which counts as past treatment for
   * supporter eligibility, Cancer Hope Network).
   *
   * @return true if on maintenance therapy
   */
  @Value.Redacted
  @Value.Default
  public boolean onMaintenanceTherapy() {
    return false;
  }

  /**
   * Returns the dates of other milestones that programmes measure readiness from (delivery, start of
   * recovery, transplant, bereavement; see {@link Milestone}), each on or after {@link
   * #EARLIEST_DATE}.
   *
   * @return the dates by milestone
   */
  @Value.Redacted
  public abstract Map<Milestone, LocalDate> milestones();

  @Value.Check
  final void check() {
    boolean caregiver = role() == ExperienceRole.CAREGIVER;
    if (caregiver != relationship().isPresent()) {
      throw Require.invalid("relationship", caregiver ? "required for a CAREGIVER" : "allowed only for a CAREGIVER");
    }
    if (caredFor().isPresent() && !caregiver) {
      throw Require.invalid("caredFor", "allowed only for a CAREGIVER");
    }
    for (Map.Entry<Milestone, LocalDate> m : milestones().entrySet()) {
      if (m.getValue().isBefore(EARLIEST_DATE)) {
        // the date is health data: the message names the field and the rule, not the value
        throw Require.invalid("milestones", "the " + m.getKey() + " date must not be before " + EARLIEST_DATE);
      }
    }
    if (conditions().isEmpty()) {
      throw Require.invalid("conditions", "must name at least one condition");
    }
    if (diagnosedOn().isPresent() && treatmentEndedOn().isPresent()
        && treatmentEndedOn().get().isBefore(diagnosedOn().get())) {
      throw Require.invalid("treatmentEndedOn", "must not be before diagnosedOn");
    }
  }

  /**
   * Whole months since treatment ended.
   *
   * @param date the date to measure at
   * @return the months (negative if the end date lies after {@code date}), or empty if treatment has
   *     not ended
   */
  public final OptionalLong monthsSinceTreatment(LocalDate date) {
    return treatmentEndedOn().map(end -> OptionalLong.of(ChronoUnit.MONTHS.between(end, date))).orElse(OptionalLong.empty());
  }

  /**
   * Whether the person is past treatment by at least a number of months, or on stable maintenance
   * therapy: the measure {@link io.github.peersupport.core.programme.ReadinessMeasure#MONTHS_SINCE_TREATMENT_END}
   * (12 months in {@link io.github.peersupport.core.programme.Readiness#standard()}, Cancer Hope Network).
   *
   * @param date the date to measure at
   * @param months the minimum months since the end of treatment
   * @return true if eligible on that ground
   */
  public final boolean isPastTreatment(LocalDate date, int months) {
    return onMaintenanceTherapy() || monthsSinceTreatment(date).orElse(Long.MIN_VALUE) >= months;
  }

  /**
   * Whole months since a milestone.
   *
   * @param milestone the milestone
   * @param date the date to measure at
   * @return the months (negative if the milestone lies after {@code date}), or empty if its date is
   *     not recorded
   */
  public final OptionalLong monthsSince(Milestone milestone, LocalDate date) {
    LocalDate on = milestones().get(milestone);
    return on == null ? OptionalLong.empty() : OptionalLong.of(ChronoUnit.MONTHS.between(on, date));
  }
}
