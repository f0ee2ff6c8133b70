package io.github.peersupport.groups;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The result of a request to join a group: {@link AdmissionOutcome#ADMITTED} (the new {@link
 * #group()} holds the seeker), {@link AdmissionOutcome#WAITLISTED} at a {@link #position()}, or
 * {@link AdmissionOutcome#REFUSED} with the {@link #refusedBy()} that refused. The group and waitlist
 * after the decision come with it, so nothing is changed in place.
 */
@Value.Immutable
@PeerStyle
public abstract class Admission {
  Admission() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Admission}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableAdmission.Builder {
    /** Creates an empty builder; prefer {@link Admission#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the seeker who asked.
   *
   * @return the id
   */
  public abstract SeekerId seeker();

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  public abstract AdmissionOutcome outcome();

  /**
   * Returns the group after the decision (with the seeker as a member if admitted).
   *
   * @return the group
   */
  public abstract SupportGroup group();

  /**
   * Returns the waitlist after the decision.
   *
   * @return the waitlist
   */
  public abstract Waitlist waitlist();

  /**
   * Returns the 1-based waitlist position; present exactly when waitlisted.
   *
   * @return the position
   */
  public abstract OptionalInt position();

  /**
   * Returns the refusing rule; present exactly when refused.
   *
   * @return the rule id
   */
  public abstract Optional<RuleId> refusedBy();

  @Value.Check
  final void check() {
    if ((outcome() == AdmissionOutcome.WAITLISTED) != position().isPresent()) {
      throw Require.invalid("position", "must be present exactly when WAITLISTED (outcome " + outcome() + ")");
    }
    if ((outcome() == AdmissionOutcome.REFUSED) != refusedBy().isPresent()) {
      throw Require.invalid("refusedBy", "must be present exactly when REFUSED (outcome " + outcome() + ")");
    }
    if ((outcome() == AdmissionOutcome.ADMITTED) && !group().isMember(seeker())) {
      throw Require.invalid("group", "must hold the seeker when ADMITTED");
    }
    if (!waitlist().group().equals(group().id())) {
      throw Require.invalid("waitlist", "belongs to group " + waitlist().group() + ", not " + group().id());
    }
  }

  /**
   * Tells whether the seeker was admitted.
   *
   * @return true if {@link AdmissionOutcome#ADMITTED}
   */
  public final boolean succeeded() {
    return outcome() == AdmissionOutcome.ADMITTED;
  }

  /** Returns e.g. {@code Admission[s-1 WAITLISTED #3 for g-7]} or {@code Admission[s-1 REFUSED groups.admission.consent-missing for g-7]}. */
  @Override
  public final String toString() {
    String detail = position().isPresent() ? " #" + position().getAsInt() : refusedBy().map(r -> " " + r).orElse("");
    return "Admission[" + seeker() + " " + outcome() + detail + " for " + group().id() + "]";
  }
}
