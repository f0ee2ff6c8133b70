package io.github.peersupport.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** Seeded random taxonomies (random forests of up to 40 concepts), for taxonomy properties. */
final class TaxonomyGen {
  private TaxonomyGen() {}

  static Taxonomy taxonomy(SplittableRandom r) {
    int n = 1 + r.nextInt(40);
    List<Code> codes = new ArrayList<>();
    Taxonomy.Builder b = Taxonomy.builder().system("urn:test");
    for (int i = 0; i < n; i++) {
      Code code = Code.of("urn:test", "c" + i, "Concept " + i);
      Optional<Code> parent = i == 0 || r.nextInt(5) == 0 ? Optional.empty() : Optional.of(codes.get(r.nextInt(codes.size())));
      codes.add(code);
      b.addNodes(parent.map(p -> TaxonomyNode.child(code, p)).orElseGet(() -> TaxonomyNode.root(code)));
    }
    List<TaxonomyNode> nodes = new ArrayList<>(b.build().nodes());
    // node order must not matter: shuffle
    for (int i = nodes.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      TaxonomyNode t = nodes.get(i);
      nodes.set(i, nodes.get(j));
      nodes.set(j, t);
    }
    return Taxonomy.builder().system("urn:test").nodes(nodes).build();
  }
}
