package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keeps the README's JSON examples identical to the code the example tests run, and its list of documents complete. */
class JsonReadmeTest {
  @ParameterizedTest
  @ValueSource(strings = {"ReadmeExampleTest.java", "GroupsReadmeExampleTest.java"})
  void readme_showsTheExampleTestsCode(String test) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/test/java/io/github/peersupport/json").resolve(test));
    int from = lines.indexOf("    // --- README example start ---");
    int to = lines.indexOf("    // --- README example end ---");
    assertThat(from).as("start marker").isNotNegative();
    assertThat(to).as("end marker").isGreaterThan(from);
    String snippet = lines.subList(from + 1, to).stream()
        .map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .collect(Collectors.joining("\n"));
    assertThat(snippet).contains("PeerJson.");
    assertThat(Files.readString(Path.of("../README.md"))).contains("```java\n" + snippet + "\n```");
  }

  @Test
  void readme_wireFormatSection_namesEveryDocumentType() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String section = readme.substring(readme.indexOf("### Wire format v2"), readme.indexOf("### Bad input"));
    assertThat(PeerJson.documentTypes()).hasSize(39)
        .allSatisfy(type -> assertThat(section).contains("`" + type.getSimpleName() + "`"));
  }
}
