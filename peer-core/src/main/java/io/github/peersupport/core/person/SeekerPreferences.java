package io.github.peersupport.core.person;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a seeker asks of a supporter. Gender and age are often the seeker's choice, hard or soft;
 * language is usually a hard constraint; culture is soft but named by programmes (IPFCC;
 * Joo et al. 2022). {@link Preference#REQUIRE} makes the criterion a filter for this seeker.
 */
@Value.Immutable
@PeerStyle
public abstract class SeekerPreferences {
  SeekerPreferences() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SeekerPreferences}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableSeekerPreferences.Builder {
    /** Creates an empty builder; prefer {@link SeekerPreferences#builder()}. */
    public Builder() {}
  }

  /**
   * No preferences: every criterion as the programme's policy sets it.
   *
   * @return the preferences
   */
  public static SeekerPreferences none() {
    return builder().build();
  }

  /**
   * Returns the preference for a supporter of the same gender.
   *
   * @return the preference
   */
  @Value.Default
  public Preference sameGender() {
    return Preference.NONE;
  }

  /**
   * Returns the preference for a supporter speaking one of the seeker's languages.
   *
   * @return the preference
   */
  @Value.Default
  public Preference sameLanguage() {
    return Preference.NONE;
  }

  /**
   * Returns the preference for a supporter close in age (see {@link #maxAgeGapYears()}).
   *
   * @return the preference
   */
  @Value.Default
  public Preference closeInAge() {
    return Preference.NONE;
  }

  /**
   * Returns the preference for a supporter sharing a cultural background tag.
   *
   * @return the preference
   */
  @Value.Default
  public Preference sameCulture() {
    return Preference.NONE;
  }

  /**
   * Returns the largest acceptable age gap in years, if the seeker set one.
   *
   * @return the gap, 1 to 100
   */
  public abstract Optional<Integer> maxAgeGapYears();

  @Value.Check
  final void check() {
    maxAgeGapYears().ifPresent(g -> Require.inRange("maxAgeGapYears", g, 1, 100));
  }
}
