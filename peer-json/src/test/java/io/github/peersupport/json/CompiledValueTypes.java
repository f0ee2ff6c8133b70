package io.github.peersupport.json;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The Immutables value types of a compiled module, found without the value index: every class {@code
 * ImmutableX} of the module's jar or classes directory names a value type {@code X}. An independent
 * witness that the index the build writes is complete.
 */
final class CompiledValueTypes {
  private CompiledValueTypes() {}

  /**
   * Lists the Immutables value types of the module that holds {@code anchor}, sorted by name.
   *
   * @param anchor a class of the module
   * @return the binary names of its value types
   */
  static List<String> of(Class<?> anchor) throws IOException, URISyntaxException {
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
}
