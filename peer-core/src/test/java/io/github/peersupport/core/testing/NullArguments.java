package io.github.peersupport.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Calls every public method of the engines with {@code null} for one parameter at a time (the others
 * get sample values) and checks the documented {@link NullPointerException} naming the parameter.
 * Parameter names come from the class files (the build compiles with {@code -parameters}), read
 * from the bytes on disk because an instrumenting agent in the test JVM may drop them from the loaded
 * classes.
 *
 * <p>Samples: the given overrides, then common JDK types, enums (first constant), arrays (empty),
 * interfaces (a proxy that fails if called), a {@code standard()} factory, and finally a static
 * {@code (SplittableRandom)} generator of the given generator classes returning exactly the type.
 */
public final class NullArguments {
  private final Map<Class<?>, Supplier<?>> overrides;
  private final List<Class<?>> generators;

  private NullArguments(Map<Class<?>, Supplier<?>> overrides, List<Class<?>> generators) {
    this.overrides = overrides;
    this.generators = generators;
  }

  /**
   * Returns a caller with the given samples.
   *
   * @param overrides sample values for types the defaults do not cover, including the engines
   * @param generators classes with static {@code (SplittableRandom)} generators, searched in order
   * @return the caller
   */
  public static NullArguments with(Map<Class<?>, Supplier<?>> overrides, Class<?>... generators) {
    List<Class<?>> all = new ArrayList<>(Arrays.asList(generators));
    all.add(CoreGen.class);
    return new NullArguments(overrides, all);
  }

  /**
   * Returns a caller with one more sample.
   *
   * @param <T> the type
   * @param type the type
   * @param sample the sample's supplier
   * @return the new caller
   */
  public <T> NullArguments sample(Class<T> type, Supplier<? extends T> sample) {
    Map<Class<?>, Supplier<?>> more = new java.util.HashMap<>(overrides);
    more.put(type, sample);
    return new NullArguments(more, generators);
  }

  /**
   * One call: a method with {@code null} for one of its parameters.
   *
   * @param method the method
   * @param index the parameter passed {@code null}
   */
  public record Call(Method method, int index) {
    /** @return the parameter's name, as compiled into the class file */
    public String parameter() {
      return ParameterNames.of(method).get(index);
    }

    @Override
    public String toString() {
      return method.getDeclaringClass().getSimpleName() + "." + method.getName()
          + Arrays.toString(Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toArray())
          + " null " + parameter();
    }
  }

  /**
   * Lists the calls: for each public, non-abstract method declared by an engine (its own hand-written
   * methods, not inherited or generated ones), one call per reference parameter not marked nullable.
   *
   * @param engines the engine classes
   * @return the calls, in a stable order
   */
  public static List<Call> calls(Class<?>... engines) {
    List<Call> calls = new ArrayList<>();
    for (Class<?> engine : engines) {
      Method[] methods = engine.getDeclaredMethods();
      Arrays.sort(methods, Comparator.comparing(Method::toGenericString));
      for (Method m : methods) {
        int mod = m.getModifiers();
        if (!Modifier.isPublic(mod) || Modifier.isAbstract(mod) || m.isSynthetic() || m.isBridge()
            || m.getName().equals("equals")) {
          continue;
        }
        Parameter[] ps = m.getParameters();
        for (int i = 0; i < ps.length; i++) {
          if (!ps[i].getType().isPrimitive() && !ps[i].getAnnotatedType().isAnnotationPresent(Nullable.class)) {
            assertThat(ParameterNames.of(m)).as("parameter names compiled into %s", m).hasSize(ps.length);
            calls.add(new Call(m, i));
          }
        }
      }
    }
    return calls;
  }

  /**
   * Makes the call and checks that it throws a {@link NullPointerException} whose message is the
   * parameter's name.
   *
   * @param call the call
   */
  public void assertNamesParameter(Call call) {
    Method m = call.method();
    Object receiver = Modifier.isStatic(m.getModifiers()) ? null : sample(m.getDeclaringClass());
    Class<?>[] types = m.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = i == call.index() ? null : sample(types[i]);
    }
    Throwable thrown = catchThrowable(() -> m.invoke(receiver, args));
    assertThat(thrown).as("%s", call).isInstanceOf(InvocationTargetException.class);
    assertThat(thrown.getCause()).as("%s", call).isInstanceOf(NullPointerException.class)
        .hasMessage(call.parameter());
  }

  private Object sample(Class<?> type) {
    Supplier<?> override = overrides.get(type);
    if (override != null) {
      return override.get();
    }
    if (type.isPrimitive()) {
      return type == boolean.class ? Boolean.FALSE : type == long.class ? (Object) 1L
          : type == double.class ? (Object) 1.0 : (Object) 1;
    }
    Object common = common(type);
    if (common != null) {
      return common;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 0);
    }
    if (type.isInterface()) {
      return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, a) -> {
        if (method.getName().equals("hashCode")) {
          return System.identityHashCode(proxy);
        }
        if (method.getName().equals("equals")) {
          return proxy == a[0];
        }
        if (method.getName().equals("toString")) {
          return "sample " + type.getSimpleName();
        }
        throw new AssertionError("sample " + type.getSimpleName() + "." + method.getName() + " called");
      });
    }
    try {
      Method standard = type.getMethod("standard");
      if (Modifier.isStatic(standard.getModifiers()) && standard.getReturnType() == type) {
        return standard.invoke(null);
      }
    } catch (NoSuchMethodException e) {
      // fall through to the generators
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("sample " + type.getName(), e);
    }
    for (Class<?> generator : generators) {
      for (Method g : generator.getMethods()) {
        if (Modifier.isStatic(g.getModifiers()) && g.getReturnType() == type
            && Arrays.equals(g.getParameterTypes(), new Class<?>[] {SplittableRandom.class})) {
          try {
            return g.invoke(null, new SplittableRandom(1));
          } catch (ReflectiveOperationException e) {
            throw new AssertionError("sample " + type.getName(), e);
          }
        }
      }
    }
    throw new AssertionError("no sample for " + type.getName() + ": add an override");
  }

  private static @Nullable Object common(Class<?> type) {
    if (type == String.class || type == Object.class || type == CharSequence.class) {
      return "x";
    }
    if (type == List.class || type == Collection.class || type == Iterable.class) {
      return List.of();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == Instant.class) {
      return CoreGen.EPOCH;
    }
    if (type == LocalDate.class) {
      return CoreGen.TODAY;
    }
    if (type == ZoneId.class) {
      return ZoneOffset.UTC;
    }
    if (type == Duration.class) {
      return Duration.ofDays(1);
    }
    if (type == Clock.class) {
      return Clock.fixed(CoreGen.EPOCH, ZoneOffset.UTC);
    }
    if (type == Path.class) {
      return Path.of("target", "null-arguments");
    }
    return null;
  }
}
