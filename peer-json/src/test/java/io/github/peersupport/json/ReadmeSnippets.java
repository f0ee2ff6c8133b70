package io.github.peersupport.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code ```java} blocks of a README, and javac over them as a reader would compile them.
 *
 * <p>Each block becomes the body of a method that may throw, in a class of its own, with these imports:
 * <ul>
 *   <li>a plain block: every public type of the packages the library's modules export (read from
 *       their {@code module-info.java}; single-type imports, as an IDE writes them), {@code java.io}, {@code java.nio.charset}, {@code java.nio.file}, {@code
 *       java.time}, {@code java.util} and Jackson's {@code ObjectMapper}, as the README says;</li>
 *   <li>a block marked {@code <!-- java: jshell -->}: what {@code bin/peer-shell} gives, JShell's
 *       {@code DEFAULT} imports and the statements of the launcher's startup scripts (so {@code sample}
 *       is defined).</li>
 * </ul>
 * A block marked {@code <!-- java: name=x -->} can be continued by a later block marked {@code <!--
 * java: continues=x -->}: the later one is compiled after the earlier one's code, in the same method.
 * The marker is the last non-blank line before the fence. Errors are reported at README line numbers.
 */
final class ReadmeSnippets {
  private static final Pattern MARKER = Pattern.compile("<!--\\s*java:(.*?)-->");
  /** A javac error in {@code -XDrawDiagnostics} form (locale-independent keys, symbol names on one line). */
  private static final Pattern ERROR = Pattern.compile(".*ReadmeSnippet(\\d+)\\.java:(\\d+):\\d+: (compiler\\.err\\..*)");
  private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final List<String> PLAIN_IMPORTS = List.of("java.io.*", "java.nio.charset.*", "java.nio.file.*",
      "java.time.*", "java.util.*", "com.fasterxml.jackson.databind.ObjectMapper");
  /** JShell's {@code DEFAULT} startup imports. */
  private static final List<String> JSHELL_DEFAULT_IMPORTS = List.of("java.io.*", "java.math.*", "java.net.*",
      "java.nio.file.*", "java.util.*", "java.util.concurrent.*", "java.util.function.*", "java.util.prefs.*",
      "java.util.regex.*", "java.util.stream.*");
  private static final List<String> MODULES = List.of("peer-core", "peer-matching", "peer-groups", "peer-programmes", "peer-json",
      "peer-sim");
  private static final List<String> JSHELL_STARTUPS = List.of("peer-sim/src/main/jshell/startup.jsh",
      "peer-json/src/main/jshell/startup.jsh");

  private ReadmeSnippets() {}

  /**
   * One {@code ```java} block.
   *
   * @param index its position among the README's java blocks, from 0
   * @param line the README line of its first code line, from 1
   * @param code its lines
   * @param name the name other blocks continue it by, if any
   * @param continues the name of the block it continues, if any
   * @param jshell whether it is a JShell snippet
   */
  record Block(int index, int line, List<String> code, Optional<String> name, Optional<String> continues,
      boolean jshell) {
    @Override
    public String toString() {
      return "README.md line " + line + name.map(n -> " (" + n + ")").orElse("")
          + continues.map(c -> " continuing " + c).orElse("") + (jshell ? " (JShell)" : "");
    }
  }

  /**
   * Finds the java blocks of a README text.
   *
   * @param readme the text
   * @return its java blocks in order
   * @throws IllegalArgumentException if a block is not closed, a marker is unknown, or a block continues
   *     a name no earlier block has
   */
  static List<Block> parse(String readme) {
    List<String> lines = readme.lines().collect(Collectors.toList());
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```java")) {
        continue;
      }
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).strip().equals("```")) {
        end++;
      }
      if (end == lines.size()) {
        throw new IllegalArgumentException("README line " + (i + 1) + ": java block is not closed");
      }
      Optional<String> name = Optional.empty();
      Optional<String> continues = Optional.empty();
      boolean jshell = false;
      int before = i - 1;
      while (before >= 0 && lines.get(before).isBlank()) {
        before--;
      }
      Matcher marker = before >= 0 ? MARKER.matcher(lines.get(before).strip()) : null;
      if (marker != null && marker.matches()) {
        for (String attribute : marker.group(1).strip().split("\\s+")) {
          if (attribute.equals("jshell")) {
            jshell = true;
          } else if (attribute.startsWith("name=")) {
            name = Optional.of(attribute.substring(5));
          } else if (attribute.startsWith("continues=")) {
            continues = Optional.of(attribute.substring(10));
          } else {
            throw new IllegalArgumentException("README line " + (before + 1) + ": unknown java marker attribute "
                + attribute);
          }
        }
      }
      String wanted = continues.orElse(null);
      if (wanted != null && blocks.stream().noneMatch(b -> b.name().equals(Optional.of(wanted)))) {
        throw new IllegalArgumentException("README line " + (i + 1) + ": continues " + wanted
            + " but no earlier java block has that name");
      }
      blocks.add(new Block(blocks.size(), i + 2, List.copyOf(lines.subList(i + 1, end)), name, continues, jshell));
      i = end;
    }
    return blocks;
  }

  /**
   * Compiles every block in one javac run, in this JVM, against its class path.
   *
   * @param blocks the blocks of one README
   * @param root the repository root (module descriptors and JShell startup scripts are read there)
   * @param out a folder for the generated sources and class files
   * @return for each block, its compile errors as {@code README.md:line: message}; empty lists when it
   *     compiles
   */
  static Map<Block, List<String>> compile(List<Block> blocks, Path root, Path out) {
    List<String> plainImports = new ArrayList<>(exportedTypes(root));
    plainImports.addAll(PLAIN_IMPORTS);
    List<String> jshellImports = new ArrayList<>(JSHELL_DEFAULT_IMPORTS);
    List<String> jshellStatements = new ArrayList<>();
    for (String startup : JSHELL_STARTUPS) {
      for (String line : read(root.resolve(startup)).lines().map(String::strip).collect(Collectors.toList())) {
        if (line.startsWith("import ")) {
          jshellImports.add(line.substring(7, line.length() - 1).strip());
        } else if (!line.isEmpty() && !line.startsWith("//")) {
          jshellStatements.add(line);
        }
      }
    }
    Map<String, Block> byName = new LinkedHashMap<>();
    List<Source> sources = new ArrayList<>();
    for (Block block : blocks) {
      List<Integer> readmeLines = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (String i : block.jshell() ? jshellImports : plainImports) {
        append(text, readmeLines, "import " + i + ";", 0);
      }
      append(text, readmeLines, "@SuppressWarnings(\"all\") class ReadmeSnippet" + block.index() + " {", 0);
      append(text, readmeLines, "  void snippet() throws Exception {", 0);
      if (block.jshell()) {
        jshellStatements.forEach(s -> append(text, readmeLines, s, 0));
      }
      List<Block> chain = new ArrayList<>();
      for (Block b = block; b != null; b = b.continues().map(byName::get).orElse(null)) {
        chain.add(0, b);
      }
      for (Block b : chain) {
        for (int k = 0; k < b.code().size(); k++) {
          append(text, readmeLines, b.code().get(k), b.line() + k);
        }
      }
      append(text, readmeLines, "  }", 0);
      append(text, readmeLines, "}", 0);
      block.name().ifPresent(n -> byName.put(n, block));
      sources.add(new Source(block, text.toString(), readmeLines));
    }

    // javac through java.util.spi.ToolProvider: in this JVM, and without reading module java.compiler
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow(() -> new IllegalStateException("no javac in "
        + System.getProperty("java.home")));
    List<String> args = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"), "-d",
        out.resolve("classes").toString(), "-proc:none", "-implicit:none", "-encoding", "UTF-8", "-Xmaxerrs", "10000", "-XDrawDiagnostics"));
    try {
      Files.createDirectories(out.resolve("src"));
      for (Source source : sources) {
        Path file = out.resolve("src").resolve("ReadmeSnippet" + source.block.index() + ".java");
        Files.writeString(file, source.text, StandardCharsets.UTF_8);
        args.add(file.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringWriter output = new StringWriter();
    try (PrintWriter writer = new PrintWriter(output)) {
      javac.run(writer, writer, args.toArray(new String[0]));
    }

    Map<Block, List<String>> errors = new LinkedHashMap<>();
    blocks.forEach(b -> errors.put(b, new ArrayList<>()));
    List<String> lines = output.toString().lines().collect(Collectors.toList());
    for (String line : lines) {
      Matcher error = ERROR.matcher(line);
      if (!error.matches()) {
        continue;
      }
      Source source = sources.get(Integer.parseInt(error.group(1)));
      int generated = Integer.parseInt(error.group(2));
      int readmeLine = generated <= source.readmeLines.size() ? source.readmeLines.get(generated - 1) : 0;
      String message = error.group(3);
      errors.get(source.block).add("README.md:" + (readmeLine > 0 ? String.valueOf(readmeLine)
          : "(wrapper of the block at line " + source.block.line() + ")") + ": " + message);
    }
    if (errors.values().stream().allMatch(List::isEmpty) && output.toString().contains("compiler.err")) {
      throw new IllegalStateException("javac failed outside the snippets:\n" + output);
    }
    return errors;
  }

  /**
   * Returns the packages the library's modules export to everyone.
   *
   * @param root the repository root
   * @return package names with {@code .*}, sorted
   */
  static List<String> exportedPackages(Path root) {
    return MODULES.stream().flatMap(m -> exportedPackages(root, m).stream()).map(p -> p + ".*").sorted()
        .collect(Collectors.toList());
  }

  /**
   * Returns the public top-level types of the packages the library's modules export, as single-type
   * imports would name them (the way an IDE imports them: they win over {@code java.util.*}, so {@code
   * Reporter} is the library's).
   *
   * @param root the repository root
   * @return qualified type names, sorted
   */
  static List<String> exportedTypes(Path root) {
    List<String> types = new ArrayList<>();
    for (String module : MODULES) {
      Path sources = root.resolve(module).resolve("src/main/java");
      for (String pkg : exportedPackages(root, module)) {
        Path folder = sources.resolve(pkg.replace('.', '/'));
        try (Stream<Path> files = Files.list(folder)) {
          files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
              .map(n -> n.substring(0, n.length() - 5))
              .filter(n -> Pattern.compile("public\\s+(?:\\w+\\s+)*(?:class|interface|enum|record|@interface)\\s+"
                  + n + "\\b").matcher(read(folder.resolve(n + ".java"))).find())
              .forEach(n -> types.add(pkg + "." + n));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return types.stream().sorted().collect(Collectors.toList());
  }

  private static List<String> exportedPackages(Path root, String module) {
    return EXPORTS.matcher(read(root.resolve(module).resolve("src/main/java/module-info.java"))).results()
        .map(r -> r.group(1)).collect(Collectors.toList());
  }

  private static void append(StringBuilder text, List<Integer> readmeLines, String line, int readmeLine) {
    text.append(line).append('\n');
    readmeLines.add(readmeLine);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One generated compilation unit and the README line of each of its lines (0: wrapper). */
  private record Source(Block block, String text, List<Integer> readmeLines) {}
}
