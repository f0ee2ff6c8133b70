package io.github.peersupport.core;

import java.util.List;

/**
 * A value built without one or more of its required attributes, for example {@code
 * ProgrammeProfile.builder()...build()} without a setting. The message lists each missing field in the
 * library's style, {@code setting: required but not set}, or {@code setting, deliveryModels: required
 * but not set} for several; {@link #fields()} lists them as data.
 *
 * <p>The builders of every value type throw this exception (it is named by the library's Immutables
 * style); it is a {@link ValidationException} whose {@link #field()} is the first missing field and
 * whose {@link #rule()} is {@value #RULE}.
 */
public final class MissingFieldException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /** The rule of every missing field. */
  public static final String RULE = "required but not set";

  /** The missing fields, in declaration order (an array: exceptions are serializable, lists need not be). */
  private final String[] fields;

  /**
   * Creates the exception; called by the generated builders.
   *
   * @param fields the names of the missing attributes, at least one
   */
  public MissingFieldException(String... fields) {
    super(String.join(", ", checked(fields)) + ": " + RULE, fields[0], RULE, null);
    this.fields = fields.clone();
  }

  private static String[] checked(String[] fields) {
    if (fields.length == 0) {
      throw new ValidationException("fields", "must name at least one field");
    }
    return fields;
  }

  /**
   * Returns the missing fields in the value type's declaration order.
   *
   * @return the field names, at least one
   */
  public List<String> fields() {
    return List.of(fields);
  }
}
