package io.github.peersupport.core.person;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who leads or co-leads a support group: vetted, trained, paid or volunteer, certified or
 * not, often in recovery themselves (Presently; NAMI Connection). Only an active, certified
 * facilitator may lead ({@link PeerStanding#canServeAt}). {@code toString()} shows id, status and
 * engagement only.
 */
@Value.Immutable
@PeerStyle
public abstract class Facilitator {
  Facilitator() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Facilitator}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableFacilitator.Builder {
    /** Creates an empty builder; prefer {@link Facilitator#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the opaque id.
   *
   * @return the id
   */
  public abstract FacilitatorId id();

  /**
   * Returns whether the facilitator is paid or a volunteer.
   *
   * @return the engagement
   */
  @Value.Default
  public Engagement engagement() {
    return Engagement.VOLUNTEER;
  }

  /**
   * Returns the facilitator's own lived experience, if they share it with the programme. Health data.
   *
   * @return the lived experience
   */
  public abstract Optional<LivedExperience> experience();

  /**
   * Returns the facilitator's attributes.
   *
   * @return the profile
   */
  @Value.Default
  public PersonProfile profile() {
    return PersonProfile.empty();
  }

  /**
   * Returns the lifecycle standing (training courses record the conditions and formats the
   * facilitator was trained for).
   *
   * @return the standing
   */
  @Value.Default
  public PeerStanding standing() {
    return PeerStanding.applicant();
  }

  /** Returns id, status and engagement only, e.g. {@code Facilitator[f-1, ACTIVE, PAID]}. */
  @Override
  public final String toString() {
    return "Facilitator[" + id() + ", " + standing().status() + ", " + engagement() + "]";
  }
}
