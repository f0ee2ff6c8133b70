package io.github.peersupport.matching.internal;

import io.github.peersupport.core.internal.Require;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Indexes the ids of a problem's seekers or supporters, rejecting nulls and duplicates. */
public final class UniqueIds {
  private UniqueIds() {}

  /**
   * Maps each id to its position.
   *
   * @param field the field name for messages, e.g. {@code seekers}
   * @param ids the ids
   * @param <T> the id type
   * @return an unmodifiable id → index map
   * @throws IllegalArgumentException naming the position of a duplicate, e.g. {@code seekers[3]}
   */
  public static <T> Map<T, Integer> index(String field, T[] ids) {
    Map<T, Integer> index = new HashMap<>(ids.length * 2);
    for (int i = 0; i < ids.length; i++) {
      Objects.requireNonNull(ids[i], field);
      Integer first = index.putIfAbsent(ids[i], i);
      if (first != null) {
        throw Require.invalid(field + "[" + i + "]", "duplicate id " + ids[i] + " (first at " + field + "[" + first + "])");
      }
    }
    return Collections.unmodifiableMap(index);
  }

  /**
   * Maps each element of a list to its position, without copying the list first.
   *
   * @param field the field name for messages, e.g. {@code items}
   * @param ids the ids
   * @param <T> the id type
   * @return an unmodifiable id → index map
   * @throws IllegalArgumentException naming the position of a duplicate, e.g. {@code items[3]}
   */
  public static <T> Map<T, Integer> index(String field, List<T> ids) {
    Map<T, Integer> index = new HashMap<>(ids.size() * 2);
    int i = 0;
    for (T id : ids) {
      Objects.requireNonNull(id, field);
      Integer first = index.putIfAbsent(id, i);
      if (first != null) {
        throw Require.invalid(field + "[" + i + "]", "duplicate id " + id + " (first at " + field + "[" + first + "])");
      }
      i++;
    }
    return Collections.unmodifiableMap(index);
  }
}
