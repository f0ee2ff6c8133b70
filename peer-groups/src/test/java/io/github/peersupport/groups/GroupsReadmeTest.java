package io.github.peersupport.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the README's group examples identical to the code the worked-example tests run. */
class GroupsReadmeTest {
  private static final Path TESTS = Path.of("src/test/java/io/github/peersupport/groups");

  @Test
  void readme_formationExample_isTheCodeGroupsWorkedExampleTestRuns() throws IOException {
    String snippet = between(TESTS.resolve("formation/GroupsWorkedExampleTest.java"),
        "    // --- README example start ---", "    // --- README example end ---");
    assertThat(snippet).contains("GroupFormation.standard().form(cohort, pool, now)");
    assertThat(readme()).contains("```java\n" + snippet + "\n```");
  }

  @Test
  void readme_firstSessionAgenda_isTheCodeFirstSessionAgendaExampleTestRuns() throws IOException {
    String snippet = between(TESTS.resolve("session/FirstSessionAgendaExampleTest.java"),
        "    // README:first-session-agenda:begin", "    // README:first-session-agenda:end");
    assertThat(snippet).contains("AgendaPlanner.build(");
    assertThat(readme()).contains("```java\n" + snippet + "\n```");
  }

  private static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"));
  }

  /** The lines strictly between two marker lines, with the test's 4-space indent removed. */
  private static String between(Path file, String begin, String end) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int from = lines.indexOf(begin);
    int to = lines.indexOf(end);
    assertThat(from).as("begin marker in %s", file).isNotNegative();
    assertThat(to).as("end marker in %s", file).isGreaterThan(from);
    return lines.subList(from + 1, to).stream()
        .map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .collect(Collectors.joining("\n"));
  }
}
