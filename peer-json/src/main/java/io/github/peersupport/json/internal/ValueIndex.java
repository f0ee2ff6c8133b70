package io.github.peersupport.json.internal;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.matching.MatchResult;
import io.github.peersupport.programmes.Programme;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value types peer-json maps, read from the value index that the build writes into each value module
 * while it compiles ({@code META-INF/io.github.peersupport/values/<module>.index}, written by the build's
 * annotation processor): each value type with its properties in the declaration order of its accessors,
 * taken from {@code javax.lang.model}, whose order for source files is specified (unlike that of {@code
 * Class.getDeclaredMethods()}). Resources under {@code META-INF} are not encapsulated by the module
 * system, so the index is read through each module's {@code Module.getResourceAsStream}, on the class
 * path and on the module path alike. peer-sim's index is read when peer-sim is present ({@link
 * SimPresence}); peer-json names no peer-sim class in its code.
 *
 * <p>Built once, on first use, and shared by every mapper: cost linear in the number of value types and
 * properties (about 120 types, reflection on their public members only).
 */
final class ValueIndex {
  /** The directory of the index resources; the build's processor writes the same path. */
  static final String DIRECTORY = "META-INF/io.github.peersupport/values/";

  /** The index of the library present on the path. */
  static final ValueIndex LIBRARY = load();

  private final List<ValueType> types;
  private final Map<Class<?>, ValueType> byType;
  private final Map<Class<?>, ValueType> byBuilder;
  private final Map<Method, String> setterNames;

  private ValueIndex(List<ValueType> types) {
    this.types = List.copyOf(types);
    Map<Class<?>, ValueType> t = new HashMap<>();
    Map<Class<?>, ValueType> b = new HashMap<>();
    Map<Method, String> s = new HashMap<>();
    for (ValueType v : types) {
      if (v.string() == null) {
        t.put(v.type(), v);
      }
      if (v.builder() != null) {
        b.put(v.builder(), v);
      }
      for (ValueType.Property p : v.properties().values()) {
        if (p.setter() != null) {
          s.put(p.setter(), p.name());
        }
      }
    }
    this.byType = Collections.unmodifiableMap(t);
    this.byBuilder = Collections.unmodifiableMap(b);
    this.setterNames = Collections.unmodifiableMap(s);
  }

  /**
   * Returns the value types: peer-core's, peer-matching's, peer-groups', peer-programmes', then peer-sim's when present,
   * each module's sorted by class name.
   *
   * @return the types
   */
  List<ValueType> types() {
    return types;
  }

  /**
   * Returns the value type written as an object that a class is or extends (a generated implementation
   * extends its value type); string values are written by their own serializers and are not returned.
   *
   * @param c a class
   * @return its value type, or null if it is none of the index's object types
   */
  @Nullable ValueType valueOf(Class<?> c) {
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      ValueType v = byType.get(k);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * Returns the value type read by a builder class.
   *
   * @param builder a class
   * @return the value type, or null if the class is not the builder of one
   */
  @Nullable ValueType builtBy(Class<?> builder) {
    return byBuilder.get(builder);
  }

  /**
   * Returns the property a builder setter reads.
   *
   * @param setter a method
   * @return the property name, or null if the method is not the setter of a property
   */
  @Nullable String setterName(Method setter) {
    return setterNames.get(setter);
  }

  private static ValueIndex load() {
    Map<String, Class<?>> modules = new LinkedHashMap<>();
    modules.put("io.github.peersupport.core", PersonId.class);
    modules.put("io.github.peersupport.matching", MatchResult.class);
    modules.put("io.github.peersupport.groups", SupportGroup.class);
    modules.put("io.github.peersupport.programmes", Programme.class);
    if (SimPresence.PRESENT) {
      modules.put("io.github.peersupport.sim", SimPresence.anchor());
    }
    List<ValueType> types = new ArrayList<>();
    modules.forEach((name, anchor) -> read(name, anchor, types));
    return new ValueIndex(types);
  }

  private static void read(String moduleName, Class<?> anchor, List<ValueType> types) {
    String resource = DIRECTORY + moduleName + ".index";
    try (InputStream in = anchor.getModule().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("mapping: " + moduleName + " has no value index " + resource
            + "; it was compiled without the build's value index processor");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> words = Arrays.asList(line.strip().split(" "));
        types.add(ValueType.resolve(load(words.get(0), anchor), words.subList(1, words.size())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("mapping: cannot read " + resource, e);
    }
  }

  private static Class<?> load(String binaryName, Class<?> anchor) {
    try {
      return Class.forName(binaryName, false, anchor.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("mapping: the value index names " + binaryName + ", which is missing", e);
    }
  }
}
