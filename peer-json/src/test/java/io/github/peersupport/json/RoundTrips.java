package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.json.internal.Mapping;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The round-trip check the property tests share: a value writes, reads back equal, and writes the same
 * bytes again (the value twice, and the value read back); each check is counted per class, so a test
 * can require every mapped type of its part of the library to have been checked often enough.
 */
final class RoundTrips {
  private final Map<Class<?>, AtomicLong> checked = new ConcurrentHashMap<>();

  /**
   * Checks one value.
   *
   * @param value the value
   * @param type the type to read it back as; a generated implementation class is read as the public
   *     type it implements, as a host would name it
   * @param <T> the type
   */
  <T> void check(T value, Class<? extends T> type) {
    byte[] first = PeerJson.writeBytes(value);
    T back = PeerJson.read(first, publicType(type));
    assertThat(back).isEqualTo(value);
    assertThat(PeerJson.writeBytes(value)).isEqualTo(first);
    assertThat(PeerJson.writeBytes(back)).isEqualTo(first);
    checked.computeIfAbsent(value.getClass(), k -> new AtomicLong()).incrementAndGet();
  }

  /**
   * Asserts that every mapped type (written as an object or as a string) whose name the filter covers
   * was checked at least {@code min} times; skipped on a single-seed rerun ({@code -Dpeer.seed}),
   * which checks the property, not the coverage.
   *
   * @param covers which type names this test is responsible for
   * @param min the least number of checks per type
   * @return the counts per covered type name (empty on a single-seed rerun)
   */
  Map<String, Long> assertEachCheckedAtLeast(Predicate<String> covers, int min) {
    Map<String, Long> counts = new TreeMap<>();
    if (Seeds.seeds().count() < 10) {
      return counts;
    }
    for (Class<?> type : Mapping.objectTypes()) {
      if (covers.test(type.getName())) {
        counts.put(type.getName(), count(type));
      }
    }
    for (Class<?> type : Mapping.stringTypes()) {
      if (covers.test(type.getName())) {
        counts.put(type.getName(), count(type));
      }
    }
    Map<String, Long> short_ = counts.entrySet().stream().filter(e -> e.getValue() < min)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    assertThat(short_).as("types checked fewer than %d times", min).isEmpty();
    return counts;
  }

  /** The nearest public class of {@code type}: the value type a generated implementation implements. */
  static <T> Class<? extends T> publicType(Class<? extends T> type) {
    Class<? extends T> c = type;
    while (!java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
      @SuppressWarnings("unchecked")
      Class<? extends T> up = (Class<? extends T>) c.getSuperclass();
      c = up;
    }
    return c;
  }

  private long count(Class<?> type) {
    long n = 0;
    for (Map.Entry<Class<?>, AtomicLong> e : checked.entrySet()) {
      if (type.isAssignableFrom(e.getKey())) {
        n += e.getValue().get();
      }
    }
    return n;
  }
}
