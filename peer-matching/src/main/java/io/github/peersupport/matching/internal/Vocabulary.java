package io.github.peersupport.matching.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Interns the values of one attribute (tags, codes, languages) as bit positions, and turns a set of
 * values into a bit set of {@link #words()} longs. Built once, then read-only.
 *
 * @param <T> the value type
 */
public final class Vocabulary<T> {
  private final Map<T, Integer> ids = new HashMap<>();

  /** Creates an empty vocabulary. */
  public Vocabulary() {}

  /**
   * Adds values (build phase only).
   *
   * @param values the values
   */
  public void addAll(Collection<? extends T> values) {
    for (T v : values) {
      ids.putIfAbsent(v, ids.size());
    }
  }

  /**
   * Returns the number of longs a bit set of this vocabulary needs.
   *
   * @return at least 1
   */
  public int words() {
    return Math.max(1, (ids.size() + 63) >>> 6);
  }

  /**
   * Writes the bit set of some values into {@code target} at {@code offset}; unknown values are skipped.
   *
   * @param values the values
   * @param target the array
   * @param offset the first word
   * @return how many values were known
   */
  public int write(Collection<? extends T> values, long[] target, int offset) {
    int known = 0;
    for (T v : values) {
      Integer id = ids.get(v);
      if (id != null) {
        target[offset + (id >>> 6)] |= 1L << (id & 63);
        known++;
      }
    }
    return known;
  }

  /**
   * Returns the id of a value.
   *
   * @param value the value
   * @return its id, or -1 if unknown
   */
  public int id(T value) {
    Integer id = ids.get(value);
    return id == null ? -1 : id;
  }

  /**
   * Returns the id of a value, interning it if new (build phase only).
   *
   * @param value the value
   * @return its id
   */
  public int intern(T value) {
    return ids.computeIfAbsent(value, k -> ids.size());
  }

  /**
   * Returns the number of values.
   *
   * @return the size
   */
  public int size() {
    return ids.size();
  }

  /**
   * Counts the bits two bit sets share.
   *
   * @param a the first array
   * @param aOffset its first word
   * @param b the second array
   * @param bOffset its first word
   * @param words the number of words
   * @return the number of shared bits
   */
  public static int shared(long[] a, int aOffset, long[] b, int bOffset, int words) {
    int n = 0;
    for (int w = 0; w < words; w++) {
      n += Long.bitCount(a[aOffset + w] & b[bOffset + w]);
    }
    return n;
  }
}
