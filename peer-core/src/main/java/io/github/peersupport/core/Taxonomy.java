package io.github.peersupport.core;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.io.Reader;
import java.text.Normalizer;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A hierarchy of coded concepts held as data, for example <i>cancer › breast cancer ›
 * triple-negative</i> or <i>chronic kidney disease › dialysis</i>. Matching measures how much two
 * people's conditions have in common by their shared ancestry ({@link #sharedDepth(Code, Code)}).
 *
 * <p>The library ships small default taxonomies covering the programmes described by IPFCC, Joo et
 * al. (2022) and the other sources in docs/domain.md: {@link #standardConditions()}, {@link
 * #standardTreatments()}, {@link #standardSideEffects()} and {@link #standardIssues()} (with synonyms
 * that {@link #resolve(String)} reads). Hosts load their own, for example a
 * SNOMED CT or ICD-10 subset, with {@link #builder()} or {@link #parseCsv(String, Reader)}.
 *
 * <p>Roots should be clinical categories (cancer, transplant), not administrative groupings ("rare
 * disease"): shared ancestry counts from the root, so a grouping root would make unrelated conditions
 * look related.
 *
 * <p>Invariants: every concept belongs to {@link #system()}, appears once, and its parent is a concept
 * of the same taxonomy; there are no cycles. Lookups are O(1); ancestry queries are O(depth).
 */
@Value.Immutable
@PeerStyle
public abstract class Taxonomy {
  Taxonomy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Taxonomy}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableTaxonomy.Builder {
    /** Creates an empty builder; prefer {@link Taxonomy#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the code system every concept of this taxonomy belongs to.
   *
   * @return the code system
   */
  public abstract String system();

  /**
   * Returns the concepts in the order they were given (parents need not come first).
   *
   * @return the nodes
   */
  public abstract List<TaxonomyNode> nodes();

  /**
   * Returns other names of concepts, for {@link #resolve(String)}: a term in {@linkplain
   * #normalise(String) normal form} → the code text of the concept it names. Empty by default.
   *
   * <p>Invariants: every term is non-empty and in normal form, names a concept of this taxonomy, and
   * is not the normal form of another concept's code (it would be ambiguous).
   *
   * @return the synonyms
   */
  public abstract Map<String, String> synonyms();

  /**
   * Lookup tables derived from {@link #nodes()}, computed once on first use (a benign race: any thread
   * computes the same tables). Not an attribute: it takes no part in equality or serialisation.
   */
  @SuppressWarnings("immutables:incompat")
  private volatile @Nullable Lookup lookup;

  private Lookup lookup() {
    Lookup l = lookup;
    if (l == null) {
      l = new Lookup(nodes());
      lookup = l;
    }
    return l;
  }

  /** Concept → node index, code text → concept, and normal form of a code → concept (unless two share it). */
  private static final class Lookup {
    final Map<Code, Integer> index = new HashMap<>();
    final Map<String, Code> byCode = new HashMap<>();
    final Map<String, Optional<Code>> byNormalCode = new HashMap<>();

    Lookup(List<TaxonomyNode> nodes) {
      for (int i = 0; i < nodes.size(); i++) {
        Code code = nodes.get(i).code();
        index.put(code, i);
        byCode.put(code.code(), code);
        byNormalCode.merge(normalise(code.code()), Optional.of(code), (a, b) -> Optional.empty());
      }
    }
  }

  @Value.Check
  final void check() {
    Map<Code, Code> parents = new HashMap<>();
    for (int i = 0; i < nodes().size(); i++) {
      TaxonomyNode n = nodes().get(i);
      if (!n.code().system().equals(system())) {
        throw Require.invalid("nodes[" + i + "].code.system", "must be " + system(), n.code().system());
      }
      if (parents.containsKey(n.code())) {
        throw Require.invalid("nodes[" + i + "].code", "duplicate concept " + n.code().code());
      }
      parents.put(n.code(), n.parent().orElse(null));
    }
    for (int i = 0; i < nodes().size(); i++) {
      TaxonomyNode n = nodes().get(i);
      Optional<Code> parent = n.parent();
      if (parent.isPresent() && !parents.containsKey(parent.get())) {
        throw Require.invalid("nodes[" + i + "].parent", "unknown concept " + parent.get().code());
      }
      // walk up: a path longer than the node count means a cycle
      Code cursor = n.code();
      for (int steps = 0; cursor != null; steps++) {
        if (steps > nodes().size()) {
          throw Require.invalid("nodes[" + i + "].parent", "cycle through concept " + n.code().code());
        }
        cursor = parents.get(cursor);
      }
    }
    for (Map.Entry<String, String> synonym : synonyms().entrySet()) {
      String term = synonym.getKey();
      String field = "synonyms[" + term + "]";
      if (term.isEmpty() || !normalise(term).equals(term)) {
        throw Require.invalid("synonyms", "a term must be non-empty and in normal form", term);
      }
      Code named = lookup().byCode.get(synonym.getValue());
      if (named == null) {
        throw Require.invalid(field, "unknown concept " + synonym.getValue());
      }
      Optional<Code> shadow = lookup().byNormalCode.getOrDefault(term, Optional.of(named));
      if (!shadow.equals(Optional.of(named))) {
        throw Require.invalid(field, "is the code of another concept");
      }
    }
  }

  /**
   * Tells whether a concept belongs to this taxonomy.
   *
   * @param code the concept
   * @return true if it is one of the nodes
   * @throws NullPointerException if any argument is null
   */
  public final boolean contains(Code code) {
    Objects.requireNonNull(code, "code");
    return lookup().index.containsKey(code);
  }

  /**
   * Looks a concept up by its code text.
   *
   * @param code the code text within {@link #system()}
   * @return the concept with its display text, or empty
   * @throws NullPointerException if any argument is null
   */
  public final Optional<Code> find(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(lookup().byCode.get(code));
  }

  /**
   * Returns the concept with this code text.
   *
   * @param code the code text within {@link #system()}
   * @return the concept with its display text
   * @throws IllegalArgumentException if the taxonomy has no such concept
   * @throws NullPointerException if any argument is null
   */
  public final Code code(String code) {
    Objects.requireNonNull(code, "code");
    return find(code).orElseThrow(() -> Require.invalid("code", "not in taxonomy " + system() + ": " + code));
  }

  /**
   * Finds the concept a term names: a code text exactly as given; else a code whose {@linkplain
   * #normalise(String) normal form} equals the term's (unless two codes share that normal form); else a
   * {@linkplain #synonyms() synonym} of the term's normal form. So {@code "Fear of rejection"}, {@code
   * "fear-of-rejection"} and {@code "rejection"} all resolve to {@code transplant-rejection} in {@link
   * #standardIssues()}. O(length of the term).
   *
   * @param term a code text, a synonym or free text
   * @return the concept, or empty when the term names none
   * @throws NullPointerException if any argument is null
   */
  public final Optional<Code> resolve(String term) {
    Objects.requireNonNull(term, "term");
    Code exact = lookup().byCode.get(term);
    if (exact != null) {
      return Optional.of(exact);
    }
    String normal = normalise(term);
    Optional<Code> byCode = lookup().byNormalCode.getOrDefault(normal, Optional.empty());
    if (byCode.isPresent()) {
      return byCode;
    }
    String code = synonyms().get(normal);
    return code == null ? Optional.empty() : Optional.of(lookup().byCode.get(code));
  }

  /**
   * Returns the normal form of a term: accents removed (Unicode NFD without combining marks), lower
   * case ({@link Locale#ROOT}), each run of characters other than {@code a-z} and {@code 0-9} replaced
   * by one {@code -}, none at either end. {@code "Fear of  Rejection!"} becomes {@code
   * fear-of-rejection}; a non-empty normal form of at most 64 characters is a valid {@link Tag}.
   *
   * @param term any text
   * @return the normal form, possibly empty
   * @throws NullPointerException if any argument is null
   */
  public static String normalise(String term) {
    Objects.requireNonNull(term, "term");
    String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean gap = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = Character.toLowerCase(decomposed.charAt(i));
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && out.length() > 0) {
          out.append('-');
        }
        out.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /**
   * Returns the broader concept of a concept.
   *
   * @param code a concept of this taxonomy
   * @return its parent, or empty for a root
   * @throws IllegalArgumentException if the concept is not in this taxonomy
   * @throws NullPointerException if any argument is null
   */
  public final Optional<Code> parent(Code code) {
    Objects.requireNonNull(code, "code");
    return nodes().get(indexOf(code)).parent();
  }

  /**
   * Returns the path from the root down to a concept, both included.
   *
   * @param code a concept of this taxonomy
   * @return the lineage, root first
   * @throws IllegalArgumentException if the concept is not in this taxonomy
   * @throws NullPointerException if any argument is null
   */
  public final List<Code> lineage(Code code) {
    Objects.requireNonNull(code, "code");
    List<Code> path = new ArrayList<>();
    Optional<Code> cursor = Optional.of(nodes().get(indexOf(code)).code());
    while (cursor.isPresent()) {
      path.add(cursor.get());
      cursor = parent(cursor.get());
    }
    Collections.reverse(path);
    return List.copyOf(path);
  }

  /**
   * Returns the depth of a concept: 1 for a root, 2 for its children, and so on.
   *
   * @param code a concept of this taxonomy
   * @return the depth
   * @throws IllegalArgumentException if the concept is not in this taxonomy
   * @throws NullPointerException if any argument is null
   */
  public final int depth(Code code) {
    Objects.requireNonNull(code, "code");
    return lineage(code).size();
  }

  /**
   * Returns the most specific concept that is an ancestor of (or equal to) both concepts.
   *
   * @param a a concept of this taxonomy
   * @param b a concept of this taxonomy
   * @return the lowest common ancestor, or empty if they are under different roots
   * @throws IllegalArgumentException if a concept is not in this taxonomy
   * @throws NullPointerException if any argument is null
   */
  public final Optional<Code> commonAncestor(Code a, Code b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    List<Code> la = lineage(a);
    List<Code> lb = lineage(b);
    Code common = null;
    for (int i = 0; i < Math.min(la.size(), lb.size()) && la.get(i).equals(lb.get(i)); i++) {
      common = la.get(i);
    }
    return Optional.ofNullable(common);
  }

  /**
   * Returns the depth of the lowest common ancestor: 0 when the concepts share no root, and {@code
   * depth(a)} when {@code a} equals {@code b}.
   *
   * @param a a concept of this taxonomy
   * @param b a concept of this taxonomy
   * @return the shared depth
   * @throws IllegalArgumentException if a concept is not in this taxonomy
   * @throws NullPointerException if any argument is null
   */
  public final int sharedDepth(Code a, Code b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return commonAncestor(a, b).map(this::depth).orElse(0);
  }

  /**
   * Tells whether {@code ancestor} is {@code code} or one of its ancestors.
   *
   * @param ancestor a concept of this taxonomy
   * @param code a concept of this taxonomy
   * @return true if {@code ancestor} lies on the lineage of {@code code}
   * @throws IllegalArgumentException if a concept is not in this taxonomy
   * @throws NullPointerException if any argument is null
   */
  public final boolean subsumes(Code ancestor, Code code) {
    Objects.requireNonNull(ancestor, "ancestor");
    Objects.requireNonNull(code, "code");
    indexOf(ancestor);
    return lineage(code).contains(ancestor);
  }

  /**
   * Returns the direct children of a concept, in node order.
   *
   * @param code a concept of this taxonomy
   * @return the children
   * @throws IllegalArgumentException if the concept is not in this taxonomy
   * @throws NullPointerException if any argument is null
   */
  public final List<Code> children(Code code) {
    Objects.requireNonNull(code, "code");
    indexOf(code);
    List<Code> children = new ArrayList<>();
    for (TaxonomyNode n : nodes()) {
      if (n.parent().filter(code::equals).isPresent()) {
        children.add(n.code());
      }
    }
    return List.copyOf(children);
  }

  /**
   * Returns the root concepts, in node order.
   *
   * @return the roots
   */
  public final List<Code> roots() {
    List<Code> roots = new ArrayList<>();
    for (TaxonomyNode n : nodes()) {
      if (n.parent().isEmpty()) {
        roots.add(n.code());
      }
    }
    return List.copyOf(roots);
  }

  private int indexOf(Code code) {
    Integer i = lookup().index.get(code);
    if (i == null) {
      throw Require.invalid("code", "not in taxonomy " + system() + ": " + code.code());
    }
    return i;
  }

  /**
   * Reads a taxonomy from CSV text: one concept per line as {@code code,parent,display}, where {@code
   * parent} is empty for a root and {@code display} runs to the end of the line (it may contain
   * commas). Blank lines and lines starting with {@code #} are skipped; a first line {@code
   * code,parent,display} is taken as a header. When the first line is the header {@code
   * code,parent,synonyms,display}, every line has a synonyms cell before the display: other names of
   * the concept separated by {@code |}, each taken in {@linkplain #normalise(String) normal form} into
   * {@link #synonyms()} (an empty cell names none; a term given for two concepts fails).
   *
   * @param system the code system of every concept
   * @param csv the CSV text
   * @return the taxonomy
   * @throws IllegalArgumentException naming the line of a malformed row or the failed invariant
   * @throws UncheckedIOException if reading fails
   * @throws NullPointerException if any argument is null
   */
  public static Taxonomy parseCsv(String system, Reader csv) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(csv, "csv");
    return TaxonomyCsv.parse(system, csv);
  }

  /**
   * The default condition taxonomy: cancer (breast with subtypes, prostate, colorectal, lung, blood,
   * ovarian, paediatric), organ transplant (heart, liver, lung, kidney), chronic kidney disease (stage
   * 4, dialysis, kidney transplant), mental illness, substance use, new mothers (perinatal), children
   * with disability, overweight and obesity, and a few chronic and rare conditions as roots of their own. Sources: the
   * programmes described by IPFCC, Imerman Angels, Cancer Hope Network, Joo et al. (2022), NAMI and
   * Presently. System {@value Code#CONDITIONS}.
   *
   * @return the default condition taxonomy
   */
  public static Taxonomy standardConditions() {
    return Standard.CONDITIONS;
  }

  /**
   * The default treatment taxonomy (surgery with mastectomy and reconstruction types, chemotherapy,
   * radiation, hormone and targeted therapy, stem cell and organ transplantation, dialysis, mental
   * health and substance use treatments, bariatric surgery). System {@value Code#TREATMENTS}.
   *
   * @return the default treatment taxonomy
   */
  public static Taxonomy standardTreatments() {
    return Standard.TREATMENTS;
  }

  /**
   * The default side-effect taxonomy (fatigue, nausea, hair loss, lymphoedema, neuropathy, drains
   * after surgery, cognitive effects, and others). System {@value Code#SIDE_EFFECTS}.
   *
   * @return the default side-effect taxonomy
   */
  public static Taxonomy standardSideEffects() {
    return Standard.SIDE_EFFECTS;
  }

  /**
   * The default issue taxonomy: 40 concepts, 34 concerns people bring to a peer under six roots
   * (treatment, recovery and the body; recovery from substance use or mental illness; emotions, stigma
   * and isolation; new parenthood; family and caregiving; work, school and money), with synonyms
   * so that free tags such as {@code rejection}, {@code fear-of-rejection} and {@code Fear of
   * rejection} {@linkplain #resolve(String) resolve} to one code ({@code transplant-rejection}).
   * Matching compares issues by code; the roots only group them.
   *
   * <p>Sources: Joo JH, Bone L, Forte J, Kirley E, Lynch T, Aboumatar H (2022), "The benefits and
   * challenges of established peer support programmes for patients, informal caregivers, and
   * healthcare providers", Fam Pract 39(5):903–912, doi:10.1093/fampra/cmab004, Tables 2 and 3:
   * transplant rejection and life after a transplant (programme E, "I try to match on issues"), drains
   * and self-care after surgery, sleep, breast reconstruction and pain (F), medication (B), weight
   * loss (G), relapse prevention and cravings (A) and early warning signs (B), stigma and isolation,
   * a rare diagnosis (D), mother and baby care and a child's development (C), parenting (C),
   * advocating for a child's services, caregiver burnout and respite (D), the caregiver role (E),
   * school, income and housing (A), transportation and navigation of services; body image (Fanakidou
   * et al. 2018, cited by Joo et al.); grief and complicated grief (the Presently peer support group
   * facilitation curriculum). Assumption: fertility, sexual health, fear of recurrence, breastfeeding,
   * sleep deprivation with a newborn and returning to work are common concerns not named by these
   * sources. The CSV resource {@code standard-issues.csv} cites each group. System {@value
   * Code#ISSUES}.
   *
   * @return the default issue taxonomy
   */
  public static Taxonomy standardIssues() {
    return Standard.ISSUES;
  }

  /** Holder of the default taxonomies, loaded once on first use. */
  private static final class Standard {
    static final Taxonomy CONDITIONS = TaxonomyCsv.load(Code.CONDITIONS, "standard-conditions.csv");
    static final Taxonomy TREATMENTS = TaxonomyCsv.load(Code.TREATMENTS, "standard-treatments.csv");
    static final Taxonomy SIDE_EFFECTS = TaxonomyCsv.load(Code.SIDE_EFFECTS, "standard-side-effects.csv");
    static final Taxonomy ISSUES = TaxonomyCsv.load(Code.ISSUES, "standard-issues.csv");
  }

  /** Returns the system and the number of concepts, e.g. {@code Taxonomy[urn:peersupport:condition, 48 concepts]}. */
  @Override
  public final String toString() {
    return "Taxonomy[" + system() + ", " + nodes().size() + " concepts]";
  }
}
