package io.github.peersupport.core.internal;

import io.github.peersupport.core.ValidationException;

/**
 * Argument checks shared by the value types of the library. Every failure is a {@link
 * ValidationException} (an {@link IllegalArgumentException}) carrying the field and the rule as
 * data, whose message starts with the field name and describes the bad value. Values that could carry personal or free text are described (length, offending character
 * position), never echoed.
 */
public final class Require {
  /** Longest accepted opaque id or code. */
  public static final int MAX_ID_LENGTH = 64;


  private Require() {}

  /**
   * Returns a new exception for a bad argument.
   *
   * @param field the field or parameter name
   * @param problem what is wrong, without personal data
   * @return the exception, to be thrown by the caller
   */
  public static ValidationException invalid(String field, String problem) {
    return new ValidationException(field, problem);
  }

  /**
   * Returns a new exception for a bad argument whose value is described separately from the rule;
   * the message is {@code field: rule but was actual}.
   *
   * @param field the field or parameter name
   * @param rule the rule, without the value
   * @param actual the bad value or its description, without personal data
   * @return the exception, to be thrown by the caller
   */
  public static ValidationException invalid(String field, String rule, Object actual) {
    return new ValidationException(field, rule, String.valueOf(actual));
  }

  /**
   * Checks an opaque identifier: 1 to {@value #MAX_ID_LENGTH} characters of {@code A-Z a-z 0-9 . _ :
   * -}, starting with a letter or digit. The value is not echoed in the message, because a caller
   * may mistakenly pass a name.
   *
   * @param field the field name
   * @param value the value to check
   * @return the value
   */
  public static String id(String field, String value) {
    return token(field, value, isId(value), "letters, digits and . _ : - (starting with a letter or digit)");
  }

  /**
   * Checks a lower-case slug such as a tag or a rule id segment: {@code a-z 0-9} words joined by
   * single {@code .} or {@code -}, at most {@value #MAX_ID_LENGTH} characters.
   *
   * @param field the field name
   * @param value the value to check
   * @return the value
   */
  public static String slug(String field, String value) {
    return token(field, value, isSlug(value), "lower-case words of a-z 0-9 joined by single . or -");
  }

  /** {@code [A-Za-z0-9][A-Za-z0-9._:-]*}, by hand: ids are checked on every value built or read. */
  private static boolean isId(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '.' && c != '_' && c != ':' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /** {@code [a-z0-9]+(?:[.-][a-z0-9]+)*}, by hand. */
  private static boolean isSlug(String value) {
    boolean afterSeparator = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterSeparator = false;
      } else if ((c == '.' || c == '-') && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }

  private static String token(String field, String value, boolean wellFormed, String allowed) {
    if (value.isEmpty()) {
      throw invalid(field, "must not be empty");
    }
    if (value.length() > MAX_ID_LENGTH) {
      throw invalid(field, "length " + value.length() + " exceeds " + MAX_ID_LENGTH);
    }
    if (!wellFormed) {
      throw invalid(field, "must be " + allowed + "; " + describe(value));
    }
    return value;
  }

  private static String describe(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!plain) {
        String shown = c == ' ' ? "space" : c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : "'" + c + "'";
        return "first unexpected character " + shown + " at index " + i + " of " + value.length();
      }
    }
    return "length " + value.length();
  }

  /**
   * Checks that a number lies in a closed range.
   *
   * @param field the field name
   * @param value the value
   * @param min the smallest accepted value
   * @param max the largest accepted value
   * @return the value
   */
  public static int inRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw invalid(field, "must be between " + min + " and " + max, value);
    }
    return value;
  }

  /**
   * Checks that a number is finite and lies in a closed range.
   *
   * @param field the field name
   * @param value the value
   * @param min the smallest accepted value
   * @param max the largest accepted value
   * @return the value
   */
  public static double inRange(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw invalid(field, "must be between " + min + " and " + max, value);
    }
    return value;
  }

  /** Longest accepted configured duration (deadlines, windows, timers): ten years. */
  public static final java.time.Duration MAX_DURATION = java.time.Duration.ofDays(3653);

  /**
   * Checks a configured duration: not negative, zero only when allowed, at most {@link #MAX_DURATION}
   * (so that adding it to any realistic instant cannot overflow).
   *
   * @param field the field name
   * @param value the duration
   * @param zeroAllowed whether zero is accepted
   * @return the value
   */
  public static java.time.Duration duration(String field, java.time.Duration value, boolean zeroAllowed) {
    if (value.isNegative() || (!zeroAllowed && value.isZero()) || value.compareTo(MAX_DURATION) > 0) {
      throw invalid(field, "must be " + (zeroAllowed ? "0" : "more than 0") + " to " + MAX_DURATION, value);
    }
    return value;
  }

  /**
   * Checks the length of a free-text value without echoing it.
   *
   * @param field the field name
   * @param value the text
   * @param maxLength the longest accepted length
   * @return the value
   */
  public static String text(String field, String value, int maxLength) {
    if (value.isBlank()) {
      throw invalid(field, "must not be blank");
    }
    if (value.length() > maxLength) {
      throw invalid(field, "length " + value.length() + " exceeds " + maxLength);
    }
    return value;
  }
}
