package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.json.ReadmeSnippets.Block;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ```java} block of the README compiles as shown: with the imports the README names (or,
 * for JShell blocks, those of {@code bin/peer-shell}), and with no variable or helper it does not
 * define, except what a marked earlier block defines (see {@link ReadmeSnippets}). All blocks are
 * compiled in one javac run.
 */
class ReadmeJavaSnippetsTest {
  private static final Path ROOT = Path.of("..");
  private static Map<Block, List<String>> compiled;

  static List<Block> readmeBlocks() {
    return ReadmeSnippets.parse(read(ROOT.resolve("README.md")));
  }

  private static synchronized Map<Block, List<String>> compiled() {
    if (compiled == null) {
      try {
        Path out = Files.createTempDirectory("readme-snippets");
        compiled = ReadmeSnippets.compile(readmeBlocks(), ROOT, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return compiled;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readmeBlocks")
  void readmeJavaBlock_compiledAsShown_hasNoErrors(Block block) {
    assertThat(compiled().get(block)).as("javac errors of the README's java block at line %d:%n%s", block.line(),
        String.join("\n", block.code())).isEmpty();
  }

  @Test
  void readme_javaBlocks_areFoundAndMarkedBlocksResolve() {
    List<Block> blocks = readmeBlocks();
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(9);
    assertThat(blocks).filteredOn(Block::jshell).hasSizeGreaterThanOrEqualTo(2);
    assertThat(blocks).anySatisfy(b -> assertThat(b.continues()).isPresent());
  }

  @Test
  void compile_blockUsingAnUndefinedHelper_reportsItsReadmeLine(@TempDir Path out) {
    String readme = "# t\n\n```java\nint n = 1;\n```\n\ntext\n\n```java\nString s = \"x\";\n"
        + "Supporter x = supporter(\"s-1\");\nPeerStanding y = active;\n```\n";
    List<Block> blocks = ReadmeSnippets.parse(readme);

    Map<Block, List<String>> errors = ReadmeSnippets.compile(blocks, ROOT, out);

    assertThat(errors.get(blocks.get(0))).isEmpty();
    assertThat(errors.get(blocks.get(1))).satisfiesExactly(
        e -> assertThat(e).startsWith("README.md:11: ").contains("supporter"),
        e -> assertThat(e).startsWith("README.md:12: ").contains("active"));
  }

  @Test
  void compile_continuedBlock_seesTheNamedBlocksVariablesAndOthersDoNot(@TempDir Path out) {
    String readme = "<!-- java: name=first -->\n```java\nInstant now = Instant.EPOCH;\n```\n"
        + "<!-- java: continues=first -->\n```java\nSeekerId id = SeekerId.of(\"s-1\"); Instant later = now.plusSeconds(1);\n```\n"
        + "```java\nInstant other = now;\n```\n"
        + "<!-- java: jshell -->\n```java\nvar run = sample.run(42);\n```\n";
    List<Block> blocks = ReadmeSnippets.parse(readme);

    Map<Block, List<String>> errors = ReadmeSnippets.compile(blocks, ROOT, out);

    assertThat(errors.get(blocks.get(0))).isEmpty();
    assertThat(errors.get(blocks.get(1))).isEmpty();
    assertThat(errors.get(blocks.get(2))).singleElement().asString().startsWith("README.md:10: ").contains("now");
    assertThat(errors.get(blocks.get(3))).isEmpty();
  }

  @Test
  void parse_continuesAnUnknownName_throwsNamingTheLine() {
    assertThatThrownBy(() -> ReadmeSnippets.parse("<!-- java: continues=nowhere -->\n```java\nint n = 1;\n```\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("README line 2: continues nowhere but no earlier java block has that name");
  }

  @Test
  void exportedPackages_libraryModules_includeEveryModulesApi() {
    assertThat(ReadmeSnippets.exportedPackages(ROOT)).contains("io.github.peersupport.core.*",
        "io.github.peersupport.matching.*", "io.github.peersupport.groups.*", "io.github.peersupport.json.*",
        "io.github.peersupport.sim.*").noneMatch(p -> p.contains("internal"));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
