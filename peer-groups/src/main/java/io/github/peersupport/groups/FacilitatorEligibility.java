package io.github.peersupport.groups;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.lifecycle.Certification;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.lifecycle.PeerStatus;
import io.github.peersupport.core.lifecycle.TrainingRecord;
import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who may lead a group. The safety floor comes from core ({@link PeerStanding#canServeAt}: active,
 * certified, code of conduct signed, no open boundary review; Joo et al. 2022, Cancer Hope
 * Network) and no setting relaxes it. On top of it a programme may require courses for every group
 * ({@link #requiredCourses()}, default {@code group-facilitation}, the facilitation curriculum in
 * docs/domain.md), a certification kind, and training for the group's condition: with {@link
 * #conditionTraining()} (the default) a diagnosis-specific group needs a passed course whose tag is
 * the focus code in lower case (e.g. {@code breast-cancer}); a group's own {@link
 * SupportGroup#requiredTraining()} covers formats (e.g. {@code online-facilitation}).
 *
 * <p>Refusals name a rule: {@link GroupRuleIds#FACILITATOR_PAUSED}, {@link
 * GroupRuleIds#FACILITATOR_INACTIVE}, {@link GroupRuleIds#FACILITATOR_NOT_CERTIFIED}, {@link
 * GroupRuleIds#FACILITATOR_NOT_TRAINED}, checked in that order.
 */
@Value.Immutable
@PeerStyle
public abstract class FacilitatorEligibility {
  FacilitatorEligibility() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FacilitatorEligibility}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableFacilitatorEligibility.Builder {
    /** Creates an empty builder; prefer {@link FacilitatorEligibility#builder()}. */
    public Builder() {}
  }

  /**
   * The default: the core floor, a passed {@code group-facilitation} course, condition training for
   * diagnosis-specific groups, any certification kind.
   *
   * @return the default eligibility
   */
  public static FacilitatorEligibility standard() {
    return builder().build();
  }

  /**
   * Returns the courses every facilitator must have passed (default {@code group-facilitation}).
   *
   * @return course tags
   */
  @Value.Default
  public Set<Tag> requiredCourses() {
    return Set.of(Tag.of("group-facilitation"));
  }

  /**
   * Returns the certification kind required, if one is; otherwise any valid certification counts.
   *
   * @return the kind
   */
  public abstract Optional<Tag> certificationKind();

  /**
   * Returns whether a diagnosis-specific group needs a course tagged with its focus code (default true).
   *
   * @return true if condition training is required
   */
  @Value.Default
  public boolean conditionTraining() {
    return true;
  }

  /**
   * Returns why a facilitator may not lead a group at an instant.
   *
   * @param facilitator the facilitator
   * @param group the group
   * @param at the instant
   * @return the rule refusing, or empty if eligible
   */
  public final Optional<RuleId> refusedBy(Facilitator facilitator, SupportGroup group, Instant at) {
    Objects.requireNonNull(group, "group");
    return refusedBy(facilitator, group.focus(), group.requiredTraining(), at);
  }

  /**
   * Returns why a facilitator may not lead a group of a focus with extra required courses, before the
   * group exists (used by formation).
   *
   * @param facilitator the facilitator
   * @param focus the group's condition, or empty for a mixed group
   * @param extraCourses courses the group itself requires
   * @param at the instant
   * @return the rule refusing, or empty if eligible
   */
  public final Optional<RuleId> refusedBy(Facilitator facilitator, Optional<Code> focus, Set<Tag> extraCourses, Instant at) {
    Objects.requireNonNull(facilitator, "facilitator");
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(extraCourses, "extraCourses");
    Objects.requireNonNull(at, "at");
    PeerStanding s = facilitator.standing();
    if (s.status() == PeerStatus.PAUSED) {
      return Optional.of(GroupRuleIds.FACILITATOR_PAUSED);
    }
    if (s.status() != PeerStatus.ACTIVE) {
      return Optional.of(GroupRuleIds.FACILITATOR_INACTIVE);
    }
    if (!s.canServeAt(at) || !hasCertification(s, at)) {
      return Optional.of(GroupRuleIds.FACILITATOR_NOT_CERTIFIED);
    }
    for (Tag course : requiredCourses()) {
      if (!passed(s, course.value())) {
        return Optional.of(GroupRuleIds.FACILITATOR_NOT_TRAINED);
      }
    }
    for (Tag course : extraCourses) {
      if (!passed(s, course.value())) {
        return Optional.of(GroupRuleIds.FACILITATOR_NOT_TRAINED);
      }
    }
    if (conditionTraining() && focus.isPresent() && !passed(s, focus.get().code().toLowerCase(Locale.ROOT))) {
      return Optional.of(GroupRuleIds.FACILITATOR_NOT_TRAINED);
    }
    return Optional.empty();
  }

  /**
   * Tells whether a facilitator may lead a group at an instant.
   *
   * @param facilitator the facilitator
   * @param group the group
   * @param at the instant
   * @return true if no rule refuses
   */
  public final boolean isEligible(Facilitator facilitator, SupportGroup group, Instant at) {
    return refusedBy(facilitator, group, at).isEmpty();
  }

  private boolean hasCertification(PeerStanding s, Instant at) {
    if (certificationKind().isEmpty()) {
      return true;
    }
    for (Certification c : s.certifications()) {
      if (c.kind().equals(certificationKind().get()) && c.validAt(at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean passed(PeerStanding s, String course) {
    for (TrainingRecord t : s.trainings()) {
      if (t.competencyConfirmed() && t.course().value().equals(course)) {
        return true;
      }
    }
    return false;
  }
}
