package io.github.peersupport.core;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
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
 * #standardTreatments()} and {@link #standardSideEffects()}. Hosts load their own, for example a
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

  /** Concept → node index, and code text → concept. */
  private static final class Lookup {
    final Map<Code, Integer> index = new HashMap<>();
    final Map<String, Code> byCode = new HashMap<>();

    Lookup(List<TaxonomyNode> nodes) {
      for (int i = 0; i < nodes.size(); i++) {
        index.put(nodes.get(i).code(), i);
        byCode.put(nodes.get(i).code().code(), nodes.get(i).code());
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
   * code,parent,display} is taken as a header.
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
    Taxonomy.Builder builder = builder().system(system);
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(csv)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || (lineNo == 1 && trimmed.equals("code,parent,display"))) {
          continue;
        }
        String[] cells = trimmed.split(",", 3);
        if (cells.length != 3) {
          throw Require.invalid("line " + lineNo, "expected code,parent,display but found " + cells.length + " cells");
        }
        rows.add(new String[] {cells[0].strip(), cells[1].strip(), cells[2].strip(), Integer.toString(lineNo)});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Code> codes = new HashMap<>();
    for (String[] row : rows) {
      try {
        codes.putIfAbsent(row[0], Code.of(system, row[0], row[2]));
      } catch (IllegalArgumentException e) {
        throw Require.invalid("line " + row[3], e.getMessage());
      }
    }
    for (String[] row : rows) {
      Code code = Code.of(system, row[0], row[2]);
      if (row[1].isEmpty()) {
        builder.addNodes(TaxonomyNode.root(code));
      } else {
        Code parent = codes.get(row[1]);
        if (parent == null) {
          throw Require.invalid("line " + row[3], "unknown parent concept " + row[1]);
        }
        builder.addNodes(TaxonomyNode.child(code, parent));
      }
    }
    return builder.build();
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

  /** Holder of the default taxonomies, loaded once on first use. */
  private static final class Standard {
    static final Taxonomy CONDITIONS = load(Code.CONDITIONS, "standard-conditions.csv");
    static final Taxonomy TREATMENTS = load(Code.TREATMENTS, "standard-treatments.csv");
    static final Taxonomy SIDE_EFFECTS = load(Code.SIDE_EFFECTS, "standard-side-effects.csv");

    private static Taxonomy load(String system, String resource) {
      InputStream in = Taxonomy.class.getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parseCsv(system, new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  /** Returns the system and the number of concepts, e.g. {@code Taxonomy[urn:peersupport:condition, 48 concepts]}. */
  @Override
  public final String toString() {
    return "Taxonomy[" + system() + ", " + nodes().size() + " concepts]";
  }
}
