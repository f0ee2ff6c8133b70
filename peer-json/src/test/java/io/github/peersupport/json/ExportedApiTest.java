package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.Code;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.matching.PeerMatcher;
import io.github.peersupport.sim.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public API of each published module is what its documentation says: the generated {@code
 * Immutable*} implementations are not accessible from outside their package, and the Immutables styles
 * ({@code core.style}) are exported only to the library's own modules. Prints the number of public
 * types in each module's exported packages.
 */
class ExportedApiTest {
  static Stream<Class<?>> modules() {
    return Stream.of(Code.class, PeerMatcher.class, SupportGroup.class, Scenario.class, PeerJson.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void exportedPackages_publicTypes_includeNoGeneratedClass(Class<?> anchor) throws Exception {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (FileSystem jar = Files.isRegularFile(location) ? FileSystems.newFileSystem(location) : null) {
      check(anchor, jar == null ? location : jar.getPath("/"));
    }
  }

  private static void check(Class<?> anchor, Path root) throws Exception {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());

    List<Class<?>> api = new ArrayList<>();
    for (String name : classNames(root)) {
      if (name.startsWith("META-INF")) {
        continue;
      }
      String pkg = name.substring(0, name.lastIndexOf('.'));
      Class<?> c = Class.forName(name, false, anchor.getClassLoader());
      if (exported.contains(pkg) && accessible(c)) {
        api.add(c);
      }
    }
    System.out.printf("%s: %d public types in exported packages%n", descriptor.name(), api.size());

    assertThat(api).isNotEmpty();
    assertThat(api).as("generated classes reachable from other modules")
        .noneMatch(c -> c.getName().contains(".Immutable"));
    assertThat(exported).as("styles are not API").doesNotContain("io.github.peersupport.core.style");
  }

  private static boolean accessible(Class<?> c) {
    if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
      return false;
    }
    for (Class<?> x = c; x != null; x = x.getEnclosingClass()) {
      if (!Modifier.isPublic(x.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static List<String> classNames(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.map(f -> root.relativize(f).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
