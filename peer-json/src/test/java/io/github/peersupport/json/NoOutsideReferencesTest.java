package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No file of the repository refers to notes that live outside it: the project's design, domain and
 * build notes and their source documents. What a reader needs from them is in {@code docs/} (domain
 * rules with their published sources in {@code docs/domain.md}, build pitfalls in {@code
 * docs/building.md}), and rule defaults cite published sources directly. Every file under the
 * repository root is read except build output, version control and fuzzing corpora, and this test's
 * own source, which has to spell the names out.
 */
class NoOutsideReferencesTest {
  /** The outside files, and the phrases that pointed at them. */
  static final Pattern OUTSIDE = Pattern.compile(
      // character classes keep the names themselves out of this file
      "BUILD[-]NOTES|DOMAIN[.]md|DESIGN[.]md|shared/|seeds/|project seeds|(?i:build notes)");
  private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", ".cifuzz-corpus", ".idea",
      ".vscode", "node_modules");
  private static final Path SELF = Path.of("peer-json/src/test/java/io/github/peersupport/json/NoOutsideReferencesTest.java");

  @Test
  void repository_everyFile_mentionsNoOutsideNotes() {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> files = files(root);
    assertThat(files).as("files scanned").anyMatch(p -> p.endsWith("README.md"))
        .anyMatch(p -> p.endsWith("pom.xml")).anyMatch(p -> p.toString().endsWith(".java"));

    List<String> hits = files.stream().filter(p -> !root.relativize(p).equals(SELF))
        .flatMap(p -> mentions(root, p).stream()).collect(Collectors.toList());

    assertThat(hits).as("references to files outside the repository (cite the published source, or move what "
        + "readers need into docs/)").isEmpty();
  }

  @Test
  void mentions_fileNamingOutsideNotes_reportsPathLineAndText(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Example.java");
    Files.writeString(file, "/** Fine. */\n/** Sizes (DOMAIN" + ".md, Groups). */\n// see ../shared" + "/seeds\n");

    assertThat(mentions(dir, file)).containsExactly("Example.java:2: /** Sizes (DOMAIN" + ".md, Groups). */",
        "Example.java:3: // see ../shared" + "/seeds");
  }

  @Test
  void files_buildOutputAndVersionControl_areSkipped(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("m/target"));
    Files.createDirectories(dir.resolve(".git"));
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("m/target/Out.java"), "x");
    Files.writeString(dir.resolve(".git/config"), "x");
    Files.writeString(dir.resolve("docs/domain.md"), "x");

    assertThat(files(dir)).containsExactly(dir.resolve("docs/domain.md"));
  }

  static List<Path> files(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> {
            Path relative = root.relativize(p);
            for (int i = 0; i < relative.getNameCount() - 1; i++) {
              if (SKIPPED_FOLDERS.contains(relative.getName(i).toString())) {
                return false;
              }
            }
            return true;
          })
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> mentions(Path root, Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        return List.of(); // binary
      }
    }
    List<String> hits = new ArrayList<>();
    List<String> lines = new String(bytes, StandardCharsets.ISO_8859_1).lines().collect(Collectors.toList());
    for (int i = 0; i < lines.size(); i++) {
      if (OUTSIDE.matcher(lines.get(i)).find()) {
        hits.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
      }
    }
    return hits;
  }
}
