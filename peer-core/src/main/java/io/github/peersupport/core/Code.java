package io.github.peersupport.core;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/**
 * A coded concept from a code system: a condition, a treatment, a side effect or an issue. Two codes are equal
 * when their system and code are equal; the display text is a label and does not take part in
 * equality.
 *
 * <p>The library's default taxonomies use the systems {@value #CONDITIONS}, {@value #TREATMENTS},
 * {@value #SIDE_EFFECTS} and {@value #ISSUES}; hosts may use their own (for example {@code http://snomed.info/sct} or
 * {@code http://hl7.org/fhir/sid/icd-10}).
 */
@Value.Immutable
@PeerTuple
public abstract class Code {
  /** Code system of the library's default condition taxonomy. */
  public static final String CONDITIONS = "urn:peersupport:condition";
  /** Code system of the library's default treatment taxonomy. */
  public static final String TREATMENTS = "urn:peersupport:treatment";
  /** Code system of the library's default side-effect taxonomy. */
  public static final String SIDE_EFFECTS = "urn:peersupport:side-effect";
  /** Code system of the library's default issue taxonomy (concerns such as fear of rejection). */
  public static final String ISSUES = "urn:peersupport:issue";

  private static final int MAX_SYSTEM_LENGTH = 200;
  private static final int MAX_DISPLAY_LENGTH = 200;

  Code() {}

  /**
   * Creates a code.
   *
   * @param system the code system, a URI or URN without white space (at most 200 characters)
   * @param code the code within the system (1 to 64 characters of {@code A-Z a-z 0-9 . _ : -})
   * @param display a human-readable label (not blank, at most 200 characters)
   * @return the code
   * @throws IllegalArgumentException naming the field that is invalid
   */
  public static Code of(String system, String code, String display) {
    return ImmutableCode.of(system, code, display);
  }

  /**
   * Returns the code system.
   *
   * @return the code system URI or URN
   */
  public abstract String system();

  /**
   * Returns the code within its system.
   *
   * @return the code text
   */
  public abstract String code();

  /**
   * Returns the human-readable label; not part of equality.
   *
   * @return the display text
   */
  @Value.Auxiliary
  public abstract String display();

  @Value.Check
  final void check() {
    String system = system();
    if (system.isEmpty() || system.length() > MAX_SYSTEM_LENGTH) {
      throw Require.invalid("system", "length must be 1 to " + MAX_SYSTEM_LENGTH, system.length());
    }
    for (int i = 0; i < system.length(); i++) {
      char c = system.charAt(i);
      if (c <= ' ' || c > '~') {
        throw Require.invalid("system", "must not contain white space or control characters; found at index " + i);
      }
    }
    Require.id("code", code());
    Require.text("display", display(), MAX_DISPLAY_LENGTH);
  }

  /** Returns the code followed by its display text, e.g. {@code breast-cancer (Breast cancer)}. */
  @Override
  public final String toString() {
    return code() + " (" + display() + ")";
  }
}
