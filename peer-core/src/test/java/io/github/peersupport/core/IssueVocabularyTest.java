package io.github.peersupport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard issue taxonomy, synonyms and {@link Taxonomy#resolve(String)}. */
class IssueVocabularyTest {
  private final Taxonomy issues = Taxonomy.standardIssues();

  @Test
  void standardIssues_coverTheSeedProgrammesInTheirOwnSystem() {
    assertThat(issues.system()).isEqualTo(Code.ISSUES);
    assertThat(issues.nodes()).hasSize(40); // as standardIssues() says: 34 concerns under six roots
    assertThat(issues.roots()).extracting(Code::code).containsExactly("treatment-and-body", "recovery",
        "emotions-and-isolation", "new-parenthood", "family-and-caregiving", "work-school-and-money");
    for (String code : List.of("transplant-rejection", "returning-to-work", "body-image", "fertility", "surgical-drains",
        "breastfeeding", "sleep-deprivation", "relapse-prevention", "stigma", "education-plans", "respite", "finances",
        "caregiver-burnout", "grief")) {
      assertThat(issues.find(code)).as(code).isPresent();
    }
  }

  @Test
  void resolve_theSeedsWordsForRejection_nameOneConcept() {
    Code rejection = issues.code("transplant-rejection");
    for (String term : List.of("transplant-rejection", "rejection", "fear-of-rejection", "rejection-fear", "Fear of rejection",
        "  REJECTION issues ", "fear_of_rejection", "Organ rejection")) {
      assertThat(issues.resolve(term)).as(term).contains(rejection);
    }
    assertThat(issues.resolve("rejection of the offer")).isEmpty();
    assertThat(issues.resolve("")).isEmpty();
  }

  @Test
  void resolve_existingSimulationTags_nameDistinctConcepts() {
    // the tags peer-sim's cohorts draw stay distinct issues, so their matches do not change
    List<String> tags = List.of("returning-to-work", "fear-of-recurrence", "rejection", "parenting", "money", "sleep", "fertility");
    assertThat(tags.stream().map(t -> issues.resolve(t).orElseThrow().code()).distinct()).hasSize(tags.size());
  }

  @Test
  void normalise_accentsCaseAndSeparators_becomeOneTag() {
    assertThat(Taxonomy.normalise("  Récidive -- Fear_of  CANCER!  ")).isEqualTo("recidive-fear-of-cancer");
    assertThat(Taxonomy.normalise("breast-cancer.triple-negative")).isEqualTo("breast-cancer-triple-negative");
    assertThat(Taxonomy.normalise("?!")).isEmpty();
  }

  @Test
  void build_badSynonyms_areRefusedNamingTheField() {
    Code a = Code.of("urn:t", "a", "A");
    Code b = Code.of("urn:t", "b", "B");
    Taxonomy.Builder base = Taxonomy.builder().system("urn:t").addNodes(TaxonomyNode.root(a), TaxonomyNode.root(b));
    assertThatThrownBy(() -> Taxonomy.builder().from(base.build()).putSynonyms("x", "c").build())
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("synonyms[x]:").hasMessageContaining("unknown concept c");
    assertThatThrownBy(() -> Taxonomy.builder().from(base.build()).putSynonyms("Not Normal", "a").build())
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("synonyms:");
    assertThatThrownBy(() -> Taxonomy.builder().from(base.build()).putSynonyms("b", "a").build())
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("synonyms[b]:");
    assertThat(Taxonomy.builder().from(base.build()).putSynonyms("x", "a").build().resolve("X")).contains(a);
  }

  @Test
  void parseCsv_synonymsColumn_readsEveryTermAndRefusesATermOfTwoConcepts() {
    Taxonomy t = Taxonomy.parseCsv("urn:t", new StringReader(
        "code,parent,synonyms,display\nroot,,,Root, with a comma\nleaf,root,Other Name|second|leaf,Leaf\n"));
    assertThat(t.synonyms()).containsExactly(java.util.Map.entry("other-name", "leaf"), java.util.Map.entry("second", "leaf"));
    assertThat(t.code("root").display()).isEqualTo("Root, with a comma");
    assertThat(t.resolve("other name")).contains(t.code("leaf"));
    assertThatThrownBy(() -> Taxonomy.parseCsv("urn:t", new StringReader(
        "code,parent,synonyms,display\na,,same,A\nb,,Same,B\n")))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("line 3:").hasMessageContaining("already names concept a");
    assertThatThrownBy(() -> Taxonomy.parseCsv("urn:t", new StringReader("code,parent,synonyms,display\na,,A\n")))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("line 2:");
  }
}
