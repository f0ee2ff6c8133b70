package io.github.peersupport.core;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerTuple;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One concept of a {@link Taxonomy} and its parent (absent for a root).
 */
@Value.Immutable
@PeerTuple
public abstract class TaxonomyNode {
  TaxonomyNode() {}

  /**
   * Creates a node: a root when {@code parent} is empty, otherwise a child of it.
   *
   * @param code the node's code
   * @param parent the parent's code, if any
   * @return the node
   */
  public static TaxonomyNode of(Code code, Optional<? extends Code> parent) {
    return ImmutableTaxonomyNode.of(code, parent);
  }

  /**
   * Creates a root node.
   *
   * @param code the concept
   * @return the node
   */
  public static TaxonomyNode root(Code code) {
    return ImmutableTaxonomyNode.of(code, Optional.empty());
  }

  /**
   * Creates a node under a parent.
   *
   * @param code the concept
   * @param parent the broader concept
   * @return the node
   */
  public static TaxonomyNode child(Code code, Code parent) {
    return ImmutableTaxonomyNode.of(code, Optional.of(parent));
  }

  /**
   * Returns the concept.
   *
   * @return the concept
   */
  public abstract Code code();

  /**
   * Returns the broader concept.
   *
   * @return the parent, or empty for a root
   */
  public abstract Optional<Code> parent();

  @Value.Check
  final void check() {
    parent().ifPresent(p -> {
      if (p.equals(code())) {
        throw Require.invalid("parent", "a concept cannot be its own parent: " + code().code());
      }
    });
  }
}
