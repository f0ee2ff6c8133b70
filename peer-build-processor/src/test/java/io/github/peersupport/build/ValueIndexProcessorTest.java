package io.github.peersupport.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.immutables.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles small value modules with the processor and reads the index it writes: the attributes in
 * source order (not alphabetical, not by kind), defaults included, computed and static methods and
 * non-value types left out, and an inherited attribute refused.
 */
class ValueIndexProcessorTest {
  private static final String STYLES = "io/github/peersupport/core/style/";

  @TempDir
  Path dir;

  @Test
  void index_listsAttributesInSourceOrder_andOnlyValueTypes() throws Exception {
    Map<String, String> sources = Map.of(
        "module-info.java", "module io.github.peersupport.core { requires static org.immutables.value.annotations; }",
        STYLES + "PeerStyle.java", "package io.github.peersupport.core.style; public @interface PeerStyle {}",
        STYLES + "PeerTuple.java", "package io.github.peersupport.core.style; public @interface PeerTuple {}",
        "io/github/peersupport/core/Zebra.java", """
            package io.github.peersupport.core;
            import io.github.peersupport.core.style.PeerStyle;
            import java.util.List;
            import java.util.Optional;
            import org.immutables.value.Value;
            @Value.Immutable
            @PeerStyle
            public abstract class Zebra {
              public static Zebra make() { return null; }
              public abstract String zulu();
              public abstract Optional<Integer> alpha();
              @Value.Default
              public int mike() { return 1; }
              public final boolean derived() { return true; }
              @Value.Derived
              public int computed() { return 2; }
              public abstract List<String> bravo();
              @Value.Check
              final void check() {}
            }
            """,
        "io/github/peersupport/core/Id.java", """
            package io.github.peersupport.core;
            import io.github.peersupport.core.style.PeerTuple;
            import org.immutables.value.Value;
            @Value.Immutable
            @PeerTuple
            public abstract class Id {
              public abstract String value();
            }
            """,
        "io/github/peersupport/core/Plain.java", """
            package io.github.peersupport.core;
            import io.github.peersupport.core.style.PeerStyle;
            @PeerStyle
            public abstract class Plain {
              public abstract String name();
            }
            """);

    Result result = compile(sources);

    assertThat(result.errors()).isEmpty();
    assertThat(result.index()).containsExactly(
        ValueIndexProcessor.HEADER,
        "io.github.peersupport.core.Id value",
        "io.github.peersupport.core.Zebra zulu alpha mike bravo");
  }

  @Test
  void inheritedAttribute_isACompileErrorNamingIt() throws Exception {
    Map<String, String> sources = Map.of(
        "module-info.java", "module io.github.peersupport.core { requires static org.immutables.value.annotations; }",
        STYLES + "PeerTuple.java", "package io.github.peersupport.core.style; public @interface PeerTuple {}",
        "io/github/peersupport/core/Named.java", "package io.github.peersupport.core; public interface Named { String name(); }",
        "io/github/peersupport/core/Thing.java", """
            package io.github.peersupport.core;
            import io.github.peersupport.core.style.PeerTuple;
            import org.immutables.value.Value;
            @Value.Immutable
            @PeerTuple
            public abstract class Thing implements Named {
              public abstract int size();
            }
            """);

    Result result = compile(sources);

    assertThat(result.errors()).contains("io.github.peersupport.core.Thing inherits the attribute name()");
  }

  private record Result(String errors, List<String> index) {}

  private Result compile(Map<String, String> sources) throws IOException {
    Path src = dir.resolve("src");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      files.add(file);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    String annotations = Path.of(toUri(Value.class)).toString();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
      JavaCompiler.CompilationTask task = javac.getTask(errors, fm, null,
          List.of("-d", out.toString(), "--module-path", annotations, "-proc:only"), null, units);
      task.setProcessors(List.of(new ValueIndexProcessor()));
      task.call();
    }
    Path index = out.resolve(ValueIndexProcessor.DIRECTORY + "io.github.peersupport.core.index");
    List<String> lines = Files.exists(index) ? Files.readAllLines(index, StandardCharsets.UTF_8) : List.of();
    return new Result(errors.toString(), lines);
  }

  private static java.net.URI toUri(Class<?> c) {
    try {
      return c.getProtectionDomain().getCodeSource().getLocation().toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
