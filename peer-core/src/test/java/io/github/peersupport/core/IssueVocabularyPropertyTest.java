package io.github.peersupport.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Synonyms normalise to the same code: every synonym and code of {@link Taxonomy#standardIssues()},
 * spelled with random case, separators, padding and accents, resolves to its concept; normal forms are
 * idempotent tags. 10 seeds × 2,000 cases.
 */
class IssueVocabularyPropertyTest {
  private static final int CASES = 2_000;
  private static final Taxonomy ISSUES = Taxonomy.standardIssues();
  /** (term, code text): every synonym and every code of the standard issues. */
  private static final List<Map.Entry<String, String>> TERMS = terms();
  private static final String[] SEPARATORS = {" ", "_", " - ", "--", "/", "  ", ". "};

  private static List<Map.Entry<String, String>> terms() {
    List<Map.Entry<String, String>> terms = new ArrayList<>(ISSUES.synonyms().entrySet());
    ISSUES.nodes().forEach(n -> terms.add(Map.entry(n.code().code(), n.code().code())));
    return List.copyOf(terms);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void resolve_respelledSynonymOrCode_namesTheSameConcept(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Map.Entry<String, String> term = CoreGen.oneOf(r, TERMS);
      String respelled = respell(r, term.getKey());
      assertThat(ISSUES.resolve(respelled)).as("%s spelled %s", term.getKey(), respelled)
          .map(Code::code).contains(term.getValue());
      assertThat(ISSUES.resolve(term.getKey())).map(Code::code).contains(term.getValue());
      // the normal form of any spelling is the normal form of the term, a valid tag, and idempotent
      String normal = Taxonomy.normalise(respelled);
      assertThat(normal).isEqualTo(Taxonomy.normalise(term.getKey()));
      assertThat(Taxonomy.normalise(normal)).isEqualTo(normal);
      assertThat(Tag.of(normal).value()).isEqualTo(normal);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void resolve_twoSynonymsOfOneConcept_agree(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Map.Entry<String, String> a = CoreGen.oneOf(r, TERMS);
      Map.Entry<String, String> b = CoreGen.oneOf(r, TERMS);
      boolean sameConcept = a.getValue().equals(b.getValue());
      assertThat(ISSUES.resolve(respell(r, a.getKey())).equals(ISSUES.resolve(respell(r, b.getKey()))))
          .as("%s and %s", a.getKey(), b.getKey()).isEqualTo(sameConcept);
    });
  }

  /** Random case per letter, a random separator between words, padding, sometimes an accent on an e. */
  private static String respell(SplittableRandom r, String term) {
    StringBuilder out = new StringBuilder(CoreGen.oneOf(r, "", " ", "  ", "\t", "- "));
    for (String word : term.split("-", -1)) {
      if (out.length() > 0 && !out.toString().isBlank()) {
        out.append(CoreGen.oneOf(r, SEPARATORS));
      }
      for (char c : word.toCharArray()) {
        String letter = String.valueOf(c);
        if (c == 'e' && r.nextInt(8) == 0) {
          letter = "é";
        }
        out.append(r.nextBoolean() ? letter.toUpperCase(Locale.ROOT) : letter);
      }
    }
    return out.append(CoreGen.oneOf(r, "", " ", "!", " ?", ".")).toString();
  }
}
