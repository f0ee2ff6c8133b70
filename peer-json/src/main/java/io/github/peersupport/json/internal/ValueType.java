package io.github.peersupport.json.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One value type of the value index, resolved against its classes: its properties in the index's order
 * (the declaration order of the accessors), each with its public accessor and the builder setter that
 * reads it, and the builder to read with. Reached only through public members of public classes in
 * exported packages, so no package is opened to Jackson.
 *
 * <p>The builder is the value type's public {@code X.Builder}; a tuple type ({@code X.of(...)}) has none
 * and is read through the public builder of its package-private generated implementation, named at run
 * time. A creator on {@code X.of} cannot be used: Jackson would treat the returned instance of the
 * generated subclass as polymorphic and introspect that class, which on the module path needs the package
 * opened. A tuple of one {@code String} property whose type has a public {@code X.of(String)} is a string
 * value (an id, a tag): it is written as a plain JSON string and read through {@code X.of}.
 */
final class ValueType {
  private final Class<?> type;
  private final Map<String, Property> properties;
  private final @Nullable Class<?> builder;
  private final @Nullable StringValue<?> string;

  /**
   * A property: its name, the accessor that writes it and the builder setter that reads it.
   *
   * @param name the property name, the accessor's name
   * @param accessor the public accessor of the value type
   * @param setter the builder's setter overload for the whole value (for a collection the one taking an
   *     {@code Iterable}, for a map the one taking a {@code Map}), or null for a string value
   */
  record Property(String name, Method accessor, @Nullable Method setter) {}

  private ValueType(Class<?> type, Map<String, Property> properties, @Nullable Class<?> builder,
      @Nullable StringValue<?> string) {
    this.type = type;
    this.properties = properties;
    this.builder = builder;
    this.string = string;
  }

  /**
   * Resolves an index entry against the classes.
   *
   * @param type the value type
   * @param names its property names, in the index's order
   * @return the resolved type
   * @throws IllegalStateException if an accessor, the builder or a setter is missing: the index and the
   *     classes come from different builds
   */
  static ValueType resolve(Class<?> type, List<String> names) {
    Map<String, Method> accessors = new LinkedHashMap<>();
    for (String name : names) {
      accessors.put(name, accessor(type, name));
    }
    Class<?> publicBuilder = publicBuilder(type);
    if (publicBuilder == null && names.size() == 1 && accessors.get(names.get(0)).getReturnType() == String.class) {
      Method of = stringFactory(type);
      if (of != null) {
        Map<String, Property> properties = Map.of(names.get(0), new Property(names.get(0), accessors.get(names.get(0)), null));
        return new ValueType(type, properties, null, stringValue(type, of, accessors.get(names.get(0))));
      }
    }
    Class<?> builder = publicBuilder != null ? publicBuilder : generatedBuilder(type);
    Map<String, Property> properties = new LinkedHashMap<>();
    accessors.forEach((name, accessor) -> properties.put(name, new Property(name, accessor, setter(builder, name, accessor))));
    return new ValueType(type, java.util.Collections.unmodifiableMap(properties), builder, null);
  }

  /** The value type. */
  Class<?> type() {
    return type;
  }

  /** The properties by name, in the index's order. */
  Map<String, Property> properties() {
    return properties;
  }

  /** The builder to read with, or null for a string value. */
  @Nullable Class<?> builder() {
    return builder;
  }

  /** The string form of a string value, or null for a value written as an object. */
  @Nullable StringValue<?> string() {
    return string;
  }

  private static Method accessor(Class<?> type, String name) {
    try {
      Method m = type.getMethod(name);
      if (Modifier.isStatic(m.getModifiers())) {
        throw new IllegalStateException("mapping: " + type.getName() + "." + name + "() is static");
      }
      return m;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("mapping: the value index names " + type.getName() + "." + name
          + "(), which is not a public accessor; rebuild the module", e);
    }
  }

  private static @Nullable Class<?> publicBuilder(Class<?> type) {
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder") && Modifier.isPublic(nested.getModifiers())) {
        return nested;
      }
    }
    return null;
  }

  /** The public builder of the generated implementation {@code ImmutableX}, named at run time. */
  private static Class<?> generatedBuilder(Class<?> type) {
    String name = type.getPackageName() + ".Immutable" + type.getSimpleName() + "$Builder";
    try {
      return Class.forName(name, false, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("mapping: no generated builder for " + type.getName(), e);
    }
  }

  private static Method setter(Class<?> builder, String name, Method accessor) {
    Class<?> parameter = setterParameter(accessor.getReturnType());
    try {
      return builder.getMethod(name, parameter);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("mapping: no setter " + name + "(" + parameter.getName() + ") in " + builder.getName(), e);
    }
  }

  /** The parameter type of the setter that takes the whole value of a property of the given type. */
  private static Class<?> setterParameter(Class<?> type) {
    if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type) || type == Collection.class) {
      return Iterable.class;
    }
    if (Map.class.isAssignableFrom(type)) {
      return Map.class;
    }
    return type;
  }

  private static @Nullable Method stringFactory(Class<?> type) {
    try {
      Method of = type.getMethod("of", String.class);
      return Modifier.isStatic(of.getModifiers()) && of.getReturnType() == type ? of : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static <T> StringValue<T> stringValue(Class<T> type, Method of, Method text) {
    MethodHandle factory;
    MethodHandle accessor;
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      factory = lookup.unreflect(of).asType(MethodType.methodType(Object.class, String.class));
      accessor = lookup.unreflect(text).asType(MethodType.methodType(String.class, Object.class));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("mapping: " + type.getName() + " is not public in an exported package", e);
    }
    return StringValue.of(type, s -> type.cast(invokeFactory(factory, s)), v -> invokeAccessor(accessor, v));
  }

  private static Object invokeFactory(MethodHandle factory, String text) {
    try {
      return (Object) factory.invokeExact(text);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("mapping: the factory threw a checked exception", e);
    }
  }

  private static String invokeAccessor(MethodHandle accessor, Object value) {
    try {
      return (String) accessor.invokeExact(value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("mapping: the accessor threw a checked exception", e);
    }
  }
}
