package io.github.peersupport.core.person;

import io.github.peersupport.core.Tag;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The attributes of a person that matching may use besides lived experience: age, gender, languages,
 * cultural background, location, how and when they can meet. Identifying fields (age, gender,
 * cultural background, location, availability) are redacted in {@code toString()}; languages and
 * modalities are shown.
 */
@Value.Immutable
@PeerStyle
public abstract class PersonProfile {
  PersonProfile() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PersonProfile}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutablePersonProfile.Builder {
    /** Creates an empty builder; prefer {@link PersonProfile#builder()}. */
    public Builder() {}
  }

  /**
   * Returns an empty profile: nothing known, gender undisclosed.
   *
   * @return the profile
   */
  public static PersonProfile empty() {
    return builder().build();
  }

  /**
   * Returns the age, if known.
   *
   * @return the age
   */
  @Value.Redacted
  public abstract Optional<Age> age();

  /**
   * Returns the gender (undisclosed by default).
   *
   * @return the gender
   */
  @Value.Redacted
  @Value.Default
  public Gender gender() {
    return Gender.undisclosed();
  }

  /**
   * Returns the languages the person speaks.
   *
   * @return the languages
   */
  public abstract Set<Language> languages();

  /**
   * Returns cultural background tags, as the person states them.
   *
   * @return the tags
   */
  @Value.Redacted
  public abstract Set<Tag> cultures();

  /**
   * Returns where the person lives, if known.
   *
   * @return the location
   */
  @Value.Redacted
  public abstract Optional<Location> location();

  /**
   * Returns how the person can meet.
   *
   * @return the modalities
   */
  public abstract Set<Modality> modalities();

  /**
   * Returns when the person is free, if known.
   *
   * @return the weekly availability
   */
  @Value.Redacted
  public abstract Optional<WeeklyAvailability> availability();
}
