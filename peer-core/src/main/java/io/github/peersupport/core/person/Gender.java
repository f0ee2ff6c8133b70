package io.github.peersupport.core.person;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's gender as they state it, including a self-description in their own words (redacted in
 * {@code toString()}) and "undisclosed".
 */
@Value.Immutable
@PeerStyle
public abstract class Gender {
  private static final int MAX_DESCRIPTION_LENGTH = 100;

  Gender() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Gender}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableGender.Builder {
    /** Creates an empty builder; prefer {@link Gender#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the gender "woman".
   *
   * @return the gender
   */
  public static Gender woman() {
    return builder().identity(GenderIdentity.WOMAN).build();
  }

  /**
   * Returns the gender "man".
   *
   * @return the gender
   */
  public static Gender man() {
    return builder().identity(GenderIdentity.MAN).build();
  }

  /**
   * Returns the gender "non-binary".
   *
   * @return the gender
   */
  public static Gender nonBinary() {
    return builder().identity(GenderIdentity.NON_BINARY).build();
  }

  /**
   * Returns an undisclosed gender.
   *
   * @return the gender
   */
  public static Gender undisclosed() {
    return builder().identity(GenderIdentity.UNDISCLOSED).build();
  }

  /**
   * Returns a gender described in the person's own words.
   *
   * @param description the description, not blank, at most 100 characters
   * @return the gender
   */
  public static Gender selfDescribed(String description) {
    return builder().identity(GenderIdentity.SELF_DESCRIBED).selfDescription(description).build();
  }

  /**
   * Returns the kind of gender.
   *
   * @return the identity
   */
  public abstract GenderIdentity identity();

  /**
   * Returns the person's own words, present exactly when the identity is {@link
   * GenderIdentity#SELF_DESCRIBED}. Redacted in {@code toString()}.
   *
   * @return the self-description
   */
  @Value.Redacted
  public abstract Optional<String> selfDescription();

  @Value.Check
  final void check() {
    boolean described = identity() == GenderIdentity.SELF_DESCRIBED;
    if (described != selfDescription().isPresent()) {
      throw Require.invalid("selfDescription", described ? "required when identity is SELF_DESCRIBED" : "allowed only when identity is SELF_DESCRIBED");
    }
    selfDescription().ifPresent(d -> Require.text("selfDescription", d, MAX_DESCRIPTION_LENGTH));
  }

  /**
   * Tells whether two genders can be compared as "the same": both disclosed, and equal (two
   * self-descriptions are the same only when their texts are equal).
   *
   * @param other the other gender
   * @return true if both are disclosed and equal
   */
  public final boolean sameAs(Gender other) {
    return identity() != GenderIdentity.UNDISCLOSED && equals(other);
  }
}
