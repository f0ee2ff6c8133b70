package io.github.peersupport.core.person;

import io.github.peersupport.core.style.PeerStyle;
import org.immutables.value.Value;

/**
 * The person a caregiver cares for, as far as matching needs them: their age band. Assumption: the
 * age of the person cared for shapes a caregiver's experience as a seeker's own age shapes theirs (a
 * parent of a child with leukaemia and a parent of an adult with leukaemia live different things), so
 * matching compares it. The cared-for person's conditions,
 * treatments and dates are the caregiver's {@link LivedExperience#conditions()}, {@link
 * LivedExperience#treatments()} and dates: a caregiver's lived experience describes the illness of the
 * person cared for, so they are not repeated here. This is health data about a third person: {@code
 * toString()} redacts it.
 */
@Value.Immutable
@PeerStyle
public abstract class CaredFor {
  CaredFor() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaredFor}; {@code build()} names a missing field. */
  public static class Builder extends ImmutableCaredFor.Builder {
    /** Creates an empty builder; prefer {@link CaredFor#builder()}. */
    public Builder() {}
  }

  /**
   * The person cared for, of an age band.
   *
   * @param ageBand the age band
   * @return the value
   */
  public static CaredFor of(CaredForAge ageBand) {
    return builder().ageBand(ageBand).build();
  }

  /**
   * Returns the cared-for person's age band.
   *
   * @return the band
   */
  @Value.Redacted
  public abstract CaredForAge ageBand();
}
