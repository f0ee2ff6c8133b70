package io.github.peersupport.core;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value or argument that breaks one of the library's rules, with the field and the rule as data.
 *
 * <p>Every check of the library (value types' invariants, factories, engine arguments) throws this
 * type. The message is {@code field: rule}, or {@code field: rule but was actual} when the bad value
 * is described separately, for example {@code capacity: must be between 1 and 20 but was 0}. Callers
 * that need to react to a failure (a serialisation module mapping it to a JSON pointer, a form
 * highlighting a field) read {@link #field()}, {@link #rule()} and {@link #actual()} rather than the
 * message. The message and the parts never contain personal or health data: free text and ids are
 * described (length, offending character position), never echoed.
 */
public class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The field path. */
  private final String field;
  /** The rule that was broken. */
  private final String rule;
  /** The description of the bad value, when separate from the rule. */
  private final @Nullable String actual;

  /**
   * Creates the exception for a rule whose text describes the problem in full.
   *
   * @param field the field path, see {@link #field()}
   * @param rule the rule, see {@link #rule()}
   */
  public ValidationException(String field, String rule) {
    this(field, rule, null);
  }

  /**
   * Creates the exception with the bad value described separately.
   *
   * @param field the field path, see {@link #field()}
   * @param rule the rule, see {@link #rule()}
   * @param actual a description of the bad value that carries no personal data, or {@code null}
   */
  public ValidationException(String field, String rule, @Nullable String actual) {
    this(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(rule, "rule")
        + (actual == null ? "" : " but was " + actual), field, rule, actual);
  }

  /** For subclasses whose message names more than {@code field}. */
  ValidationException(String message, String field, String rule, @Nullable String actual) {
    super(message);
    this.field = field;
    this.rule = rule;
    this.actual = actual;
  }

  /**
   * Returns the path of the offending field relative to the value being built or the method called:
   * a property or parameter name ({@code capacity}), an element of a list ({@code windows[2]}), or a
   * property of an element ({@code windows[2].start}, {@code nodes[0].code.system}).
   *
   * @return the field path
   */
  public final String field() {
    return field;
  }

  /**
   * Returns the rule that was broken, for example {@code must be between 1 and 20} or {@code must not
   * be empty}. For most rules the text is stable for a given field; some rules describe the offending
   * part in their text ({@code length 70 exceeds 64}).
   *
   * @return the rule
   */
  public final String rule() {
    return rule;
  }

  /**
   * Returns the description of the bad value when it is separate from the rule, for example {@code
   * 0} for {@code must be between 1 and 20}.
   *
   * @return the bad value's description, or empty
   */
  public final Optional<String> actual() {
    return Optional.ofNullable(actual);
  }

  /**
   * Returns the problem without the field: the rule, followed by {@code but was} and the bad value
   * when there is one; the message is {@code field() + ": " + problem()}.
   *
   * @return the problem
   */
  public final String problem() {
    return actual == null ? rule : rule + " but was " + actual;
  }
}
