package io.github.peersupport.json;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Writes the mix-in sources {@code CoreMixIns}, {@code MatchingMixIns}, {@code GroupsMixIns} and {@code SimMixIns} from the compiled value
 * types: every {@code @Value.Immutable} abstract class of a module (found by its generated {@code
 * Immutable*} companion). Run after a change to a value type:
 *
 * <pre>{@code
 * ./mvnw -B -q -o install -DskipTests -pl peer-json -am
 * ./mvnw -B -q -o test -pl peer-json -Dtest=MixInCoverageTest -Dpeer.json.regenerate=true
 * }</pre>
 *
 * {@link MixInCoverageTest} fails while the committed sources differ from what this writes.
 */
final class MixInSourceGenerator {
  private MixInSourceGenerator() {}

  /**
   * Lists the Immutables value types of the module that holds {@code anchor}, sorted by name.
   */
  static List<String> valueTypes(Class<?> anchor) throws IOException, URISyntaxException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> entries = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.forEach(f -> entries.add(location.relativize(f).toString().replace('\\', '/')));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().forEach(e -> entries.add(e.getName()));
      }
    }
    List<String> types = new ArrayList<>();
    for (String e : entries) {
      int slash = e.lastIndexOf('/');
      String name = e.substring(slash + 1);
      if (name.startsWith("Immutable") && name.endsWith(".class") && !name.contains("$")) {
        types.add(e.substring(0, slash + 1).replace('/', '.') + name.substring("Immutable".length(), name.length() - ".class".length()));
      }
    }
    Collections.sort(types);
    return types;
  }

  /** Writes the generated source into the directory. */
  static void write(Path outDir, String className, List<String> fqns, String module) throws Exception {
    Files.writeString(outDir.resolve(className + ".java"), generate(className, fqns, module));
  }

  /** Returns the generated source. */
  static String generate(String className, List<String> fqns, String module) throws Exception {
    StringBuilder body = new StringBuilder();
    StringBuilder reg = new StringBuilder();
    StringBuilder strings = new StringBuilder();
    StringBuilder builders = new StringBuilder();
    
    for (String fqn : fqns) {
      if (fqn.isBlank() || fqn.endsWith(".PeerTuple") || fqn.endsWith(".PeerStyle")) continue;
      Class<?> x = Class.forName(fqn);
      String pkg = x.getPackageName();
      Class<?> impl = Class.forName(pkg + ".Immutable" + x.getSimpleName());
      Class<?> implBuilder = null;
      for (Class<?> n : impl.getDeclaredClasses()) if (n.getSimpleName().equals("Builder")) implBuilder = n;
      Class<?> pubBuilder = null;
      for (Class<?> n : x.getDeclaredClasses()) if (n.getSimpleName().equals("Builder") && Modifier.isPublic(n.getModifiers())) pubBuilder = n;
      // attributes in declaration order of the implementation's fields
      List<String> attrs = new ArrayList<>();
      Map<String, Method> accessors = new LinkedHashMap<>();
      Set<String> setters = new HashSet<>();
      if (implBuilder != null) for (Method m : implBuilder.getMethods()) if (m.getParameterCount() == 1) setters.add(m.getName());
      Set<String> withers = new HashSet<>();
      for (Method m : impl.getMethods()) if (m.getName().startsWith("with") && m.getParameterCount() >= 1) withers.add(m.getName());
      for (Field f : impl.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) continue;
        String a = f.getName();
        Method acc;
        try { acc = x.getMethod(a); } catch (NoSuchMethodException e) { continue;
        }
        if (Modifier.isStatic(acc.getModifiers())) continue;
        boolean settable = implBuilder != null ? setters.contains(a)
            : true;
        if (!settable) { continue;
        }
        attrs.add(a); accessors.put(a, acc);
      }
      String s = x.getSimpleName();
      boolean tuple = pubBuilder == null;
      if (tuple && attrs.size() == 1 && accessors.get(attrs.get(0)).getReturnType() == String.class) {
        strings.append("    strings.add(StringValue.of(" + fqnRef(x) + ".class, " + fqnRef(x) + "::of, " + fqnRef(x) + "::" + attrs.get(0) + "));\n");
        continue;
      }
      // type mix-in
      StringBuilder order = new StringBuilder();
      for (String a : attrs) order.append(order.length() == 0 ? "" : ", ").append('"').append(a).append('"');
      body.append("\n  /** Mix-in of {@link " + fqnRef(x) + "}. */\n");
      body.append("  @JsonPropertyOrder({" + order + "})\n");
      body.append("  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,\n"
          + "      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)\n");
      // written through the public abstract type: Jackson never touches the package-private implementation
      body.append("  @JsonSerialize(as = " + fqnRef(x) + ".class)\n");
      // v1 on any mapper: collections always written, whatever the mapper's default inclusion
      body.append("  @JsonInclude(JsonInclude.Include.ALWAYS)\n");
      if (!tuple) {
        if (pubBuilder == null) throw new IllegalStateException("no public Builder in " + x);
        body.append("  @JsonDeserialize(builder = " + fqnRef(pubBuilder) + ".class)\n");
      }
      body.append("  abstract static class " + s + "MixIn {\n");
      for (String a : attrs) {
        Method acc = accessors.get(a);
        Class<?> rt = acc.getReturnType();
        if (Optional.class.isAssignableFrom(rt) || rt.getName().startsWith("java.util.Optional")) {
          body.append("    @JsonInclude(JsonInclude.Include.NON_ABSENT)\n");
        }
        String g = acc.getGenericReturnType().getTypeName();
        if (g.contains("java.time.")) {
          // ISO-8601 on any mapper, whatever its WRITE_DATES_AS_TIMESTAMPS / WRITE_DURATIONS_AS_TIMESTAMPS
          body.append("    @JsonFormat(shape = JsonFormat.Shape.STRING)\n");
        }
        if (g.equals("io.github.peersupport.core.PersonId")) {
          body.append("    @JsonSerialize(using = PersonIdSerializer.class)\n");
        } else if (g.contains("<io.github.peersupport.core.PersonId>")) {
          body.append("    @JsonSerialize(contentUsing = PersonIdSerializer.class)\n");
        }
        body.append("    @JsonProperty(\"" + a + "\")\n    abstract Object " + a + "();\n\n");
      }
      if (tuple) {
        // read through the package-private implementation's public builder, found at run time
        if (implBuilder == null) throw new IllegalStateException("no generated builder for " + x);
        body.setLength(body.length() - 1);
        body.append("  }\n");
        body.append("\n  /** Builder mix-in of {@link " + fqnRef(x) + "} (its generated builder). */\n");
        body.append("  @JsonPOJOBuilder(withPrefix = \"\", buildMethodName = \"build\")\n");
        body.append("  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,\n"
            + "      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)\n");
        body.append("  abstract static class " + s + "BuilderMixIn {\n");
        for (String a : attrs) {
          Class<?> want = preferred(accessors.get(a).getReturnType());
          Method setter;
          try { setter = implBuilder.getMethod(a, want); } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no setter " + a + "(" + want + ") in " + implBuilder);
          }
          body.append("    @JsonProperty(\"" + a + "\")\n    abstract Object " + a + "(" + param(setter.getParameterTypes()[0]) + " " + a + ");\n\n");
        }
        body.setLength(body.length() - 1);
        body.append("  }\n");
        reg.append("    mixIns.put(" + fqnRef(x) + ".class, " + s + "MixIn.class);\n");
        reg.append("    mixIns.put(TupleBuilders.builderOf(" + fqnRef(x) + ".class), " + s + "BuilderMixIn.class);\n");
        builders.append("    tuples.add(" + fqnRef(x) + ".class);\n");
      } else {
        body.setLength(body.length() - 1);
        body.append("  }\n");
        body.append("\n  /** Builder mix-in of {@link " + fqnRef(x) + "}. */\n");
        body.append("  @JsonPOJOBuilder(withPrefix = \"\", buildMethodName = \"build\")\n");
        body.append("  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,\n"
            + "      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)\n");
        body.append("  abstract static class " + s + "BuilderMixIn {\n");
        for (String a : attrs) {
          Class<?> want = preferred(accessors.get(a).getReturnType());
          Method setter = null;
          try { setter = pubBuilder.getMethod(a, want); } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no setter " + a + "(" + want + ") in " + pubBuilder);
          }
          body.append("    @JsonProperty(\"" + a + "\")\n    abstract Object " + a + "(" + param(setter.getParameterTypes()[0]) + " " + a + ");\n\n");
        }
        body.setLength(body.length() - 1);
        body.append("  }\n");
        reg.append("    mixIns.put(" + fqnRef(x) + ".class, " + s + "MixIn.class);\n");
        reg.append("    mixIns.put(" + fqnRef(pubBuilder) + ".class, " + s + "BuilderMixIn.class);\n");
      }
    }
    String src = "package io.github.peersupport.json.internal;\n\n"
        + "import com.fasterxml.jackson.annotation.JsonAutoDetect;\n"
        + "import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;\n"
        + "import com.fasterxml.jackson.annotation.JsonFormat;\n"
        + "import com.fasterxml.jackson.annotation.JsonInclude;\n"
        + "import com.fasterxml.jackson.annotation.JsonProperty;\n"
        + "import com.fasterxml.jackson.annotation.JsonPropertyOrder;\n"
        + "import com.fasterxml.jackson.databind.annotation.JsonDeserialize;\n"
        + "import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;\n"
        + "import com.fasterxml.jackson.databind.annotation.JsonSerialize;\n"
        + "import java.util.List;\n"
        + "import java.util.Map;\n\n"
        + "/**\n * Jackson mix-ins of the value types of " + module + ": one type mix-in (property names and order,\n"
        + " * the builder to read with, written as the public type) and one builder mix-in (the one setter\n"
        + " * overload per property) per type: the public {@code X.Builder}, or for tuple types the generated\n"
        + " * builder, found at run time by {@link TupleBuilders}. Jackson only ever sees the\n"
        + " * public types of exported packages, never the package-private generated implementations, so no\n"
        + " * package needs to be opened on the module path. Values are read through their public builders and\n"
        + " * factories, so JSON input gets the validation Java input gets. Written by {@code MixInSourceGenerator} from the compiled types;\n"
        + " * {@code MixInCoverageTest} fails when a value type is added without a mix-in.\n */\n"
        + "final class " + className + " {\n  private " + className + "() {}\n\n"
        + "  /**\n   * Adds the mix-ins, target type to mix-in.\n   *\n   * @param mixIns the map to fill\n   */\n"
        + "  static void mixIns(Map<Class<?>, Class<?>> mixIns) {\n" + reg + "  }\n\n"
        + "  /**\n   * Adds the types written as a plain JSON string, with their factory and accessor.\n   *\n   * @param strings the list to fill\n   */\n"
        + "  static void strings(List<StringValue<?>> strings) {\n" + strings + "  }\n\n"
        + "  /**\n   * Adds the tuple types, read through their generated builders ({@link TupleBuilders}).\n   *\n   * @param tuples the list to fill\n   */\n"
        + "  static void tuples(List<Class<?>> tuples) {\n" + builders + "  }\n"
        + body + "}\n";
    return src;
  }

  static Class<?> preferred(Class<?> rt) {
    if (List.class.isAssignableFrom(rt) || Set.class.isAssignableFrom(rt) || rt == Collection.class) return Iterable.class;
    if (Map.class.isAssignableFrom(rt)) return Map.class;
    return rt;
  }

  static String param(Class<?> c) {
    String n = c.isPrimitive() ? c.getName() : fqnRef(c);
    int tp = c.getTypeParameters().length;
    if (tp > 0) n += "<" + String.join(", ", Collections.nCopies(tp, "?")) + ">";
    return n;
  }

  static String fqnRef(Class<?> c) {
    return c.getCanonicalName();
  }
}
