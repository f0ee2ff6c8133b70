package io.github.peersupport.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Supporter;
import java.io.StringReader;
import java.util.regex.Pattern;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Fuzzes the doors untrusted input comes through: id and tag factories, the taxonomy CSV reader and
 * the supporter builder. Any input either builds a value whose invariants hold, or fails with an
 * {@link IllegalArgumentException} / {@link IllegalStateException} whose message starts with a field
 * name. In a normal build these run in regression mode over the seeds in {@code
 * src/test/resources/.../BuilderFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes (see README).
 */
@Isolated // Jazzer's agent and hooks: run alone, never beside another test class
class BuilderFuzzTest {
  /** "field: problem" where field may carry an index or a line number. */
  private static final Pattern FIELD_MESSAGE = Pattern.compile("^[A-Za-z][A-Za-z0-9\\[\\]. ]*: .+", Pattern.DOTALL);

  @FuzzTest(maxDuration = "20s")
  void idsAndTags(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      SeekerId id = SeekerId.of(text);
      assertThat(id.value()).isEqualTo(text).hasSizeBetween(1, 64);
    } catch (IllegalArgumentException e) {
      assertFieldMessage(e, "seekerId");
      if (text.length() >= 16) {
        assertThat(e.getMessage()).doesNotContain(text);
      }
    }
    try {
      assertThat(Tag.of(text).value()).matches("[a-z0-9]+([.-][a-z0-9]+)*");
    } catch (IllegalArgumentException e) {
      assertFieldMessage(e, "tag");
    }
  }

  @FuzzTest(maxDuration = "20s")
  void taxonomyCsv(FuzzedDataProvider data) {
    String csv = data.consumeRemainingAsString();
    try {
      Taxonomy t = Taxonomy.parseCsv("urn:fuzz", new StringReader(csv));
      for (TaxonomyNode n : t.nodes()) {
        assertThat(t.lineage(n.code())).last().isEqualTo(n.code());
        assertThat(t.depth(n.code())).isBetween(1, t.nodes().size());
      }
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).matches(FIELD_MESSAGE);
    }
  }

  @FuzzTest(maxDuration = "20s")
  void supporterBuilder(FuzzedDataProvider data) {
    try {
      Supporter s = Supporter.builder()
          .id(SupporterId.of(data.consumeString(70)))
          .capacity(data.consumeInt())
          .experience(LivedExperience.builder()
              .addConditions(Code.of(data.consumeString(30), data.consumeString(70), data.consumeString(40)))
              .addIssues(Tag.of(data.consumeString(20)))
              .build())
          .profile(PersonProfile.builder()
              .age(Age.bornBetween(data.consumeInt(), data.consumeInt()))
              .addLanguages(Language.of(data.consumeString(12)))
              .build())
          .build();
      assertThat(s.capacity()).isBetween(1, Supporter.MAX_CAPACITY);
      assertThat(s.toString()).doesNotContain(s.experience().issues().iterator().next().value() + ",");
    } catch (IllegalArgumentException | IllegalStateException e) {
      assertThat(e.getMessage()).matches(FIELD_MESSAGE);
    }
  }

  private static void assertFieldMessage(IllegalArgumentException e, String field) {
    assertThat(e.getMessage()).startsWith(field + ": ");
  }
}
