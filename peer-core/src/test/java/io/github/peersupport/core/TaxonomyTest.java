package io.github.peersupport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.testing.Seeds;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TaxonomyTest {
  private final Taxonomy conditions = Taxonomy.standardConditions();

  @Test
  void standardConditions_coverTheSeedProgrammes() {
    for (String root : List.of("cancer", "transplant", "chronic-kidney-disease", "mental-illness", "substance-use",
        "new-mothers", "child-disability", "overweight")) {
      assertThat(conditions.find(root)).as(root).isPresent();
      assertThat(conditions.parent(conditions.code(root))).isEmpty();
    }
    assertThat(conditions.lineage(conditions.code("breast-cancer.triple-negative")))
        .extracting(Code::code).containsExactly("cancer", "breast-cancer", "breast-cancer.triple-negative");
    assertThat(conditions.children(conditions.code("transplant"))).extracting(Code::code)
        .containsExactly("heart-transplant", "liver-transplant", "lung-transplant", "kidney-transplant");
    assertThat(conditions.children(conditions.code("chronic-kidney-disease"))).extracting(Code::code)
        .containsExactly("ckd.stage-4", "ckd.dialysis", "ckd.transplant");
  }

  @Test
  void standardTreatments_followTheMastectomyReconstructionOrder() {
    Taxonomy treatments = Taxonomy.standardTreatments();
    assertThat(treatments.lineage(treatments.code("mastectomy.flap-reconstruction"))).extracting(Code::code)
        .containsExactly("surgery", "mastectomy", "mastectomy.flap-reconstruction");
    assertThat(Taxonomy.standardSideEffects().find("surgical-drains")).isPresent();
  }

  @Test
  void sharedDepth_siblingSubtypes_shareTheirParent() {
    Code tnbc = conditions.code("breast-cancer.triple-negative");
    Code her2 = conditions.code("breast-cancer.her2-positive");
    Code prostate = conditions.code("prostate-cancer");
    Code heart = conditions.code("heart-transplant");

    assertThat(conditions.sharedDepth(tnbc, tnbc)).isEqualTo(3);
    assertThat(conditions.sharedDepth(tnbc, her2)).isEqualTo(2);
    assertThat(conditions.sharedDepth(tnbc, prostate)).isEqualTo(1);
    assertThat(conditions.sharedDepth(tnbc, heart)).isZero();
    assertThat(conditions.commonAncestor(tnbc, her2)).contains(conditions.code("breast-cancer"));
    assertThat(conditions.subsumes(conditions.code("cancer"), tnbc)).isTrue();
    assertThat(conditions.subsumes(tnbc, conditions.code("cancer"))).isFalse();
  }

  @Test
  void lookup_ignoresDisplayText() {
    Code sameConcept = Code.of(Code.CONDITIONS, "breast-cancer", "any label");
    assertThat(conditions.contains(sameConcept)).isTrue();
    assertThat(sameConcept).isEqualTo(conditions.code("breast-cancer"));
  }

  @Test
  void lookup_unknownConcept_throwsNamingTheField() {
    assertThatThrownBy(() -> conditions.depth(Code.of("urn:other", "x", "X")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("code:");
  }

  @Test
  void parseCsv_hostTaxonomy_parentsMayFollowChildren() {
    Taxonomy icd = Taxonomy.parseCsv("http://hl7.org/fhir/sid/icd-10", new StringReader(String.join("\n",
        "code,parent,display",
        "# a host's ICD-10 subset",
        "C50.9,C50,Malignant neoplasm of breast, unspecified",
        "C50,,Malignant neoplasm of breast",
        "")));
    assertThat(icd.roots()).extracting(Code::code).containsExactly("C50");
    assertThat(icd.code("C50.9").display()).isEqualTo("Malignant neoplasm of breast, unspecified");
    assertThat(icd.depth(icd.code("C50.9"))).isEqualTo(2);
  }

  @Test
  void parseCsv_malformedRows_nameTheLine() {
    assertThatThrownBy(() -> Taxonomy.parseCsv("urn:t", new StringReader("a,,A\nb\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 2:");
    assertThatThrownBy(() -> Taxonomy.parseCsv("urn:t", new StringReader("a,,A\nb,zz,B\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 2:").hasMessageContaining("zz");
    assertThatThrownBy(() -> Taxonomy.parseCsv("urn:t", new StringReader("a b,,A\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 1: code:");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void commonAncestor_randomTaxonomies_equalsBruteForce(long seed) {
    Seeds.forEachCase(seed, 100, random -> {
      Taxonomy t = TaxonomyGen.taxonomy(random);
      List<Code> codes = new ArrayList<>();
      t.nodes().forEach(n -> codes.add(n.code()));
      Code a = codes.get(random.nextInt(codes.size()));
      Code b = codes.get(random.nextInt(codes.size()));

      // brute force: the deepest concept that subsumes both, found by checking every concept
      Optional<Code> expected = codes.stream()
          .filter(c -> ancestorsOrSelf(t, a).contains(c) && ancestorsOrSelf(t, b).contains(c))
          .max((x, y) -> Integer.compare(ancestorsOrSelf(t, x).size(), ancestorsOrSelf(t, y).size()));
      assertThat(t.commonAncestor(a, b)).isEqualTo(expected);
      assertThat(t.commonAncestor(a, b)).isEqualTo(t.commonAncestor(b, a));
      assertThat(t.sharedDepth(a, b)).isLessThanOrEqualTo(Math.min(t.depth(a), t.depth(b)));
      assertThat(t.lineage(a).get(t.lineage(a).size() - 1)).isEqualTo(a);
    });
  }

  /** Ancestors by walking parent links directly, independent of lineage(). */
  private static List<Code> ancestorsOrSelf(Taxonomy t, Code code) {
    List<Code> result = new ArrayList<>();
    Optional<Code> cursor = Optional.of(code);
    while (cursor.isPresent()) {
      Code c = cursor.get();
      result.add(c);
      cursor = t.nodes().stream().filter(n -> n.code().equals(c)).findFirst().orElseThrow().parent();
    }
    return result;
  }
}
