package io.github.peersupport.sim.internal;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.matching.MatchResult;
import io.github.peersupport.programmes.Programme;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The canonical text of a library value and its SHA-256 content hash: equal values give equal text, on
 * any JDK, and any changed attribute gives other text.
 *
 * <p>The walk is driven by the value index the build writes into each module while it compiles ({@code
 * META-INF/io.github.peersupport/values/<module>.index}: every Immutables value type with its attributes in
 * declaration order), so an attribute added to any value type is included without a change here. A value
 * is written as its type's simple name and {@code {attribute=value;…}} in index order; a string quoted with
 * {@code \} and {@code "} escaped; an integral number in decimal; a {@code double} or {@code float} as the
 * hexadecimal of its raw IEEE 754 bits ({@link Double#doubleToLongBits}, the bits that value equality
 * compares), never through {@code Double.toString}, whose output changed between JDK 17 and 19 (JDK-4511638);
 * an enum constant by its name; a {@code java.time} value by its ISO-8601 text; a list in order; a set by its
 * elements' canonical text sorted, and a map by its entries sorted by their keys' canonical text (equal
 * values whatever their iteration order, e.g. read back from JSON); an {@code Optional} as {@code
 * Optional[…]} or {@code Optional.empty}. A type the walk does not know throws an {@link
 * IllegalStateException} naming it and the attribute path, so that a new kind of attribute fails loudly
 * in the tests instead of being silently left out of the hash.
 *
 * <p>Cost: linear in the size of the value's tree, plus sorting each set and map (n log n in its size).
 * The reflection data is read once per class and cached.
 */
public final class CanonicalForm {
  private static final String DIRECTORY = "META-INF/io.github.peersupport/values/";
  private static final Map<Class<?>, ValueType> INDEX = load();
  private static final Map<Class<?>, ValueType> BY_CLASS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final ValueType NOT_A_VALUE = new ValueType("", List.of());

  /** A value type: its simple name and its attributes' accessors in declaration order. */
  private record ValueType(String name, List<Method> accessors) {}

  private CanonicalForm() {}

  /**
   * Returns the canonical text of a value.
   *
   * @param value a library value (e.g. a scenario)
   * @return the text
   * @throws IllegalStateException if the value holds a type without a canonical form
   */
  public static String of(Object value) {
    StringBuilder b = new StringBuilder(4096);
    write(b, value, "");
    return b.toString();
  }

  /**
   * Returns the SHA-256 of a value's canonical text (UTF-8), as 64 lower-case hexadecimal digits
   * (FIPS 180-4).
   *
   * @param value a library value
   * @return the hash
   * @throws IllegalStateException if the value holds a type without a canonical form
   */
  public static String sha256(Object value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(of(value).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("hash: every Java platform provides SHA-256", e);
    }
  }

  /**
   * Returns a value's attributes by name, in declaration order (read through the value index).
   *
   * @param value a library value
   * @return attribute name to value
   * @throws IllegalArgumentException if the value is not of a library value type
   */
  public static Map<String, Object> attributes(Object value) {
    ValueType type = BY_CLASS.computeIfAbsent(value.getClass(), CanonicalForm::find);
    if (type == NOT_A_VALUE) {
      throw new IllegalArgumentException("value: not a library value type: " + value.getClass().getName());
    }
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    for (Method m : type.accessors()) {
      out.put(m.getName(), java.util.Objects.requireNonNull(invoke(m, value, type.name()), m.getName()));
    }
    return out;
  }

  private static void write(StringBuilder b, @Nullable Object v, String path) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof String s) {
      quote(b, s);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
        || v instanceof BigInteger) {
      b.append(v);
    } else if (v instanceof Double d) {
      b.append("d:").append(Long.toHexString(Double.doubleToLongBits(d)));
    } else if (v instanceof Float f) {
      b.append("f:").append(Integer.toHexString(Float.floatToIntBits(f)));
    } else if (v instanceof Boolean || v instanceof Character) {
      b.append(v);
    } else if (v instanceof BigDecimal d) {
      b.append("bd:").append(d.unscaledValue()).append('e').append(d.scale());
    } else if (v instanceof Enum<?> e) {
      b.append(e.getDeclaringClass().getSimpleName()).append('.').append(e.name());
    } else if (v instanceof Instant || v instanceof Duration || v instanceof Period || v instanceof LocalDate
        || v instanceof LocalTime || v instanceof LocalDateTime || v instanceof OffsetDateTime
        || v instanceof ZonedDateTime || v instanceof MonthDay) {
      b.append("t:").append(v);
    } else if (v instanceof ZoneId z) {
      b.append("zone:").append(z.getId());
    } else if (v instanceof Optional<?> o) {
      if (o.isPresent()) {
        b.append("Optional[");
        write(b, o.get(), path);
        b.append(']');
      } else {
        b.append("Optional.empty");
      }
    } else if (v instanceof OptionalInt || v instanceof OptionalLong || v instanceof OptionalDouble) {
      optionalPrimitive(b, v, path);
    } else if (v instanceof List<?> list) {
      b.append('[');
      for (int i = 0; i < list.size(); i++) {
        b.append(i > 0 ? "," : "");
        write(b, list.get(i), path + "[" + i + "]");
      }
      b.append(']');
    } else if (v instanceof Set<?> set) {
      b.append('{');
      b.append(String.join(",", sorted(set, path)));
      b.append('}');
    } else if (v instanceof Map<?, ?> map) {
      writeMap(b, map, path);
    } else {
      writeValue(b, v, path);
    }
  }

  private static void optionalPrimitive(StringBuilder b, Object v, String path) {
    if (v instanceof OptionalInt o) {
      write(b, o.isPresent() ? Optional.of(o.getAsInt()) : Optional.empty(), path);
    } else if (v instanceof OptionalLong o) {
      write(b, o.isPresent() ? Optional.of(o.getAsLong()) : Optional.empty(), path);
    } else {
      OptionalDouble o = (OptionalDouble) v;
      write(b, o.isPresent() ? Optional.of(o.getAsDouble()) : Optional.empty(), path);
    }
  }

  private static void writeMap(StringBuilder b, Map<?, ?> map, String path) {
    TreeMap<String, String> entries = new TreeMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      StringBuilder k = new StringBuilder();
      write(k, e.getKey(), path + ".key");
      StringBuilder val = new StringBuilder();
      write(val, e.getValue(), path + "[" + k + "]");
      entries.put(k.toString(), val.toString());
    }
    b.append('{');
    boolean first = true;
    for (Map.Entry<String, String> e : entries.entrySet()) {
      b.append(first ? "" : ",").append(e.getKey()).append(':').append(e.getValue());
      first = false;
    }
    b.append('}');
  }

  private static List<String> sorted(Collection<?> items, String path) {
    List<String> out = new ArrayList<>(items.size());
    for (Object item : items) {
      StringBuilder e = new StringBuilder();
      write(e, item, path + "[]");
      out.add(e.toString());
    }
    out.sort(null);
    return out;
  }

  private static void writeValue(StringBuilder b, Object v, String path) {
    ValueType type = BY_CLASS.computeIfAbsent(v.getClass(), CanonicalForm::find);
    if (type == NOT_A_VALUE) {
      throw new IllegalStateException("hash: no canonical form for type " + v.getClass().getName() + " at "
          + (path.isEmpty() ? "the root" : path) + "; add it to the canonical form");
    }
    List<Method> accessors = type.accessors();
    b.append(type.name()).append('{');
    for (int i = 0; i < accessors.size(); i++) {
      Method m = accessors.get(i);
      b.append(i > 0 ? ";" : "").append(m.getName()).append('=');
      write(b, invoke(m, v, path), path + "." + m.getName());
    }
    b.append('}');
  }

  private static @Nullable Object invoke(Method m, Object v, String path) {
    try {
      return m.invoke(v);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("hash: cannot read " + path + "." + m.getName(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("hash: reading " + path + "." + m.getName() + " failed", e.getCause());
    }
  }

  /** The value type a class is, extends or implements; {@link #NOT_A_VALUE} if none. */
  private static ValueType find(Class<?> c) {
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      ValueType m = INDEX.get(k);
      if (m != null) {
        return m;
      }
      for (Class<?> i : k.getInterfaces()) {
        ValueType fromInterface = INDEX.get(i);
        if (fromInterface != null) {
          return fromInterface;
        }
      }
    }
    return NOT_A_VALUE;
  }

  private static Map<Class<?>, ValueType> load() {
    Map<String, Class<?>> modules = new java.util.LinkedHashMap<>();
    modules.put("io.github.peersupport.core", PersonId.class);
    modules.put("io.github.peersupport.matching", MatchResult.class);
    modules.put("io.github.peersupport.groups", SupportGroup.class);
    modules.put("io.github.peersupport.programmes", Programme.class);
    modules.put("io.github.peersupport.sim", CanonicalForm.class);
    Map<Class<?>, ValueType> out = new HashMap<>();
    modules.forEach((name, anchor) -> read(name, anchor, out));
    return Map.copyOf(out);
  }

  private static void read(String moduleName, Class<?> anchor, Map<Class<?>, ValueType> out) {
    String resource = DIRECTORY + moduleName + ".index";
    try (InputStream in = anchor.getModule().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("hash: " + moduleName + " has no value index " + resource);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> words = Arrays.asList(line.strip().split(" "));
        Class<?> type = load(words.get(0), anchor);
        if (!Modifier.isPublic(type.getModifiers())) {
          continue;
        }
        List<Method> accessors = new ArrayList<>();
        for (String attribute : words.subList(1, words.size())) {
          try {
            accessors.add(type.getMethod(attribute));
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException("hash: " + type.getName() + " has no public accessor " + attribute, e);
          }
        }
        out.put(type, new ValueType(type.getSimpleName(), List.copyOf(accessors)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("hash: cannot read " + resource, e);
    }
  }

  private static Class<?> load(String binaryName, Class<?> anchor) {
    try {
      return Class.forName(binaryName, false, anchor.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("hash: the value index names " + binaryName + ", which is missing", e);
    }
  }

  private static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"' || ch == '\\') {
        b.append('\\');
      }
      b.append(ch);
    }
    b.append('"');
  }
}
