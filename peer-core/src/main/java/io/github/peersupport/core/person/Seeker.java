package io.github.peersupport.core.person;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.style.PeerStyle;
import org.immutables.value.Value;

/**
 * A person who asks for peer support: a patient, or a family caregiver of a patient (a "peer support
 * recipient"). Referenced by an opaque {@link SeekerId}; {@code toString()} shows the id and role
 * only, never conditions, issues or other personal data.
 *
 * <pre>{@code
 * Taxonomy conditions = Taxonomy.standardConditions();
 * Seeker seeker = Seeker.builder()
 *     .id(SeekerId.of("s-17"))
 *     .experience(LivedExperience.builder()
 *         .addConditions(conditions.code("breast-cancer.triple-negative"))
 *         .addIssues(Tag.of("returning-to-work"))
 *         .build())
 *     .profile(PersonProfile.builder()
 *         .addLanguages(Language.of("en"))
 *         .addModalities(Modality.PHONE, Modality.VIDEO)
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PeerStyle
public abstract class Seeker {
  Seeker() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Seeker}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableSeeker.Builder {
    /** Creates an empty builder; prefer {@link Seeker#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the opaque id.
   *
   * @return the id
   */
  public abstract SeekerId id();

  /**
   * Returns what the seeker is living through. Health data.
   *
   * @return the lived experience
   */
  public abstract LivedExperience experience();

  /**
   * Returns the seeker's attributes.
   *
   * @return the profile
   */
  @Value.Default
  public PersonProfile profile() {
    return PersonProfile.empty();
  }

  /**
   * Returns what the seeker asks of a supporter.
   *
   * @return the preferences
   */
  @Value.Default
  public SeekerPreferences preferences() {
    return SeekerPreferences.none();
  }

  /**
   * Returns the seeker's consent history. Matching needs {@code BE_MATCHED} and {@code BE_CONTACTED}
   * at the instant of matching (Parent to Parent USA: never without explicit permission), for a minor
   * given by a parent, guardian or proxy ({@link io.github.peersupport.core.consent.ConsentGiver}); the
   * default is no consent at all.
   *
   * @return the consent record
   */
  @Value.Default
  public ConsentRecord consent() {
    return ConsentRecord.none();
  }

  /** Returns the id and role only, e.g. {@code Seeker[s-17, PATIENT]}. */
  @Override
  public final String toString() {
    return "Seeker[" + id() + ", " + experience().role() + "]";
  }
}
