package io.github.peersupport.json.internal;

import java.util.function.Function;

/**
 * A value type written as a plain JSON string (ids, tags, rule ids, language tags): its class, its
 * validating factory and its text accessor.
 *
 * @param <T> the value type
 * @param type the value class
 * @param factory the validating factory, for example {@code SupporterId::of}
 * @param text the accessor of the text
 */
record StringValue<T>(Class<T> type, Function<String, T> factory, Function<T, String> text) {
  static <T> StringValue<T> of(Class<T> type, Function<String, T> factory, Function<T, String> text) {
    return new StringValue<>(type, factory, text);
  }
}
