package io.github.peersupport.json.internal;

import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Tuple types ({@code X.of(...)}) are read through the public builder of their package-private generated
 * implementation. A creator on {@code X.of} cannot be used: Jackson treats the returned instance of the
 * generated subclass as polymorphic and introspects that class, which on the module path needs the package
 * opened. The builder class is named at run time, so no source names the generated class, and only public
 * members of public classes in exported packages are reached: no package is opened to Jackson.
 */
final class TupleBuilders {
  private static final Map<Class<?>, Class<?>> BUILDERS = builders();

  private TupleBuilders() {}

  /**
   * Returns the generated builder class of a tuple type.
   *
   * @param type the tuple type
   * @return its builder class
   * @throws IllegalStateException if the build is inconsistent and the class is missing
   */
  static Class<?> builderOf(Class<?> type) {
    String name = type.getPackageName() + ".Immutable" + type.getSimpleName() + "$Builder";
    try {
      return Class.forName(name, false, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("mapping: no generated builder for " + type.getName(), e);
    }
  }

  private static Map<Class<?>, Class<?>> builders() {
    List<Class<?>> tuples = new ArrayList<>();
    CoreMixIns.tuples(tuples);
    MatchingMixIns.tuples(tuples);
    GroupsMixIns.tuples(tuples);
    if (SimPresence.PRESENT) {
      SimDocuments.tuples(tuples);
    }
    Map<Class<?>, Class<?>> builders = new LinkedHashMap<>();
    for (Class<?> t : tuples) {
      builders.put(t, builderOf(t));
    }
    return java.util.Collections.unmodifiableMap(builders);
  }

  /** Names the builder of each tuple type, as {@code @JsonDeserialize(builder = ...)} would. */
  static final class Introspector extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public @Nullable Class<?> findPOJOBuilder(AnnotatedClass ac) {
      return BUILDERS.get(ac.getRawType());
    }
  }
}
