package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.sim.testing.JShellRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's policy question ("30% more supporters and a 2-day offer window: how much faster, and is it
 * significant?"): runs the README's snippet through {@code jshell} as {@code bin/peer-shell} would, and
 * checks that the README shows exactly the table it prints, and that every figure the README's answer
 * quotes is in that table. With {@code -Dpeer.sim.readme.regenerate=true} it first rewrites the README's
 * table from the run (after a change to the engine or the metrics), e.g.
 * {@code ./mvnw -pl peer-sim test -Dtest=ReadmeComparisonTest -Dpeer.sim.readme.regenerate=true}; the
 * answer's prose is then to be read again by hand.
 */
class ReadmeComparisonTest {
  private static final Path SNIPPET = Path.of("src/test/resources/readme-comparison.jsh");
  private static final Path STARTUP = Path.of("src/main/jshell/startup.jsh");
  private static final Path README = Path.of("../README.md");
  private static final String BEGIN = "<!-- policy-comparison:begin (ReadmeComparisonTest writes this block) -->\n```text\n";
  private static final String END = "```\n<!-- policy-comparison:end -->\n";

  @Test
  void readme_showsTheSnippetVerbatim() throws IOException {
    List<String> snippet = Files.readAllLines(SNIPPET, StandardCharsets.UTF_8);
    assertThat(snippet).last().isEqualTo("/exit");
    assertThat(Files.readString(README, StandardCharsets.UTF_8))
        .contains("```java\n" + String.join("\n", snippet.subList(0, snippet.size() - 1)) + "\n```");
  }

  @Test
  void snippet_runInJshell_printsTheReadmesTable_andWritesTheCsv(@TempDir Path dir) throws IOException, InterruptedException {
    JShellRun run = JShellRun.of(dir, Map.of(), List.of(STARTUP), SNIPPET);
    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out()).doesNotContain("Error", "Exception", "cannot find symbol");
    String table = table(run.out());
    assertThat(table.lines()).hasSize(7);
    assertThat(Files.readAllLines(dir.resolve("target/policy-comparison.csv"), StandardCharsets.UTF_8)).hasSize(7).first()
        .isEqualTo("policy,metric,n,reference_mean,arm_mean,difference,standard_error,t_low,t_high,boot_low,boot_high,p_value");

    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END, begin);
    assertThat(begin).as("README block start").isNotNegative();
    assertThat(end).as("README block end").isGreaterThan(begin);
    if (Boolean.getBoolean("peer.sim.readme.regenerate")) {
      readme = readme.substring(0, begin + BEGIN.length()) + table + readme.substring(end);
      Files.writeString(README, readme, StandardCharsets.UTF_8);
      end = readme.indexOf(END, begin);
    }
    assertThat(readme.substring(begin + BEGIN.length(), end)).as("the README's table; rewrite it with -Dpeer.sim.readme.regenerate=true")
        .isEqualTo(table);
    String after = readme.substring(end + END.length());
    String answer = after.substring(0, after.indexOf("\n\n", 1));
    Matcher quoted = Pattern.compile("`(-?\\d+\\.\\d{3}|<0\\.0001|0\\.\\d{4})`").matcher(answer);
    int figures = 0;
    while (quoted.find()) {
      assertThat(table).as("figure quoted in the README's answer").contains(quoted.group(1));
      figures++;
    }
    assertThat(figures).as("figures the answer quotes").isGreaterThanOrEqualTo(4);
  }

  /** The comparison table in the output: its header line and the arm lines after it. */
  private static String table(String out) {
    StringBuilder b = new StringBuilder();
    boolean in = false;
    for (String line : out.lines().toList()) {
      if (line.startsWith("policy ")) {
        in = true;
      } else if (in && !line.startsWith("proposed ")) {
        break;
      }
      if (in) {
        b.append(line).append('\n');
      }
    }
    return b.toString();
  }
}
