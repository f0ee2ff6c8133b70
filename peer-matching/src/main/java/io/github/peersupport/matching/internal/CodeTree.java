package io.github.peersupport.matching.internal;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.TaxonomyNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A taxonomy compiled to parent and depth arrays, extended with codes the taxonomy does not know
 * (each its own root), so that shared ancestry is computed without allocation. Built once, then
 * read-only.
 */
public final class CodeTree {
  private final Map<Code, Integer> ids = new HashMap<>();
  private int[] parent;
  private int[] depth;
  private int size;

  /**
   * Compiles a taxonomy.
   *
   * @param taxonomy the taxonomy
   */
  public CodeTree(Taxonomy taxonomy) {
    int n = taxonomy.nodes().size();
    parent = new int[Math.max(16, n * 2)];
    depth = new int[parent.length];
    for (TaxonomyNode node : taxonomy.nodes()) {
      ids.put(node.code(), size++);
    }
    for (TaxonomyNode node : taxonomy.nodes()) {
      int id = ids.get(node.code());
      parent[id] = node.parent().map(ids::get).orElse(-1);
    }
    for (int i = 0; i < size; i++) {
      int d = 1;
      for (int p = parent[i]; p >= 0; p = parent[p]) {
        d++;
      }
      depth[i] = d;
    }
  }

  /**
   * Returns the id of a code, adding it as a new root when the taxonomy does not know it (build
   * phase only).
   *
   * @param code the code
   * @return its id
   */
  public int intern(Code code) {
    Integer id = ids.get(code);
    if (id != null) {
      return id;
    }
    if (size == parent.length) {
      parent = Arrays.copyOf(parent, size * 2);
      depth = Arrays.copyOf(depth, size * 2);
    }
    parent[size] = -1;
    depth[size] = 1;
    ids.put(code, size);
    return size++;
  }

  /**
   * Returns the id of a code.
   *
   * @param code the code
   * @return its id, or -1 if neither the taxonomy nor the interned codes know it
   */
  public int id(Code code) {
    Integer id = ids.get(code);
    return id == null ? -1 : id;
  }

  /**
   * Returns the number of ids.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Similarity of two concepts: the depth of their lowest common ancestor divided by the deeper one's
   * depth; 1 for the same concept, 0 under different roots. O(depth), no allocation.
   *
   * @param a an id
   * @param b an id
   * @return 0 to 1
   */
  public double similarity(int a, int b) {
    int da = depth[a];
    int db = depth[b];
    int x = a;
    int y = b;
    while (depth[x] > depth[y]) {
      x = parent[x];
    }
    while (depth[y] > depth[x]) {
      y = parent[y];
    }
    while (x != y) {
      x = parent[x];
      y = parent[y];
      if (x < 0 || y < 0) {
        return 0;
      }
    }
    return (double) depth[x] / Math.max(da, db);
  }
}
