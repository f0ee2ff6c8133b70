package io.github.peersupport.matching.lifecycle;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An immutable sorted map with structural sharing: a persistent AVL tree. {@link #get}, {@link #put}
 * and {@link #remove} are O(log n); {@code put} and {@code remove} copy only the path to the changed
 * node and share the rest with the map they came from. Keys are ordered by the comparator, which
 * must be consistent with the keys' {@code equals}; {@code null} keys and values are not allowed.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class PersistentMap<K, V> {
  private final Comparator<? super K> order;
  private final @Nullable Node<K, V> root;

  private PersistentMap(Comparator<? super K> order, @Nullable Node<K, V> root) {
    this.order = order;
    this.root = root;
  }

  /** An empty map ordered by {@code order}. */
  static <K, V> PersistentMap<K, V> empty(Comparator<? super K> order) {
    return new PersistentMap<>(order, null);
  }

  /**
   * A map of entries already sorted by {@code order} without repeated keys, built in O(n).
   *
   * @throws IllegalArgumentException if the keys are not strictly increasing
   */
  static <K, V> PersistentMap<K, V> ofSorted(Comparator<? super K> order, List<K> keys, List<V> values) {
    if (keys.size() != values.size()) {
      throw new IllegalArgumentException("keys and values differ in size: " + keys.size() + " and " + values.size());
    }
    for (int i = 1; i < keys.size(); i++) {
      if (order.compare(keys.get(i - 1), keys.get(i)) >= 0) {
        throw new IllegalArgumentException("keys are not strictly increasing at index " + i);
      }
    }
    return new PersistentMap<>(order, build(keys, values, 0, keys.size()));
  }

  private static <K, V> @Nullable Node<K, V> build(List<K> keys, List<V> values, int from, int to) {
    if (from >= to) {
      return null;
    }
    int mid = (from + to) >>> 1;
    return Node.of(keys.get(mid), values.get(mid), build(keys, values, from, mid), build(keys, values, mid + 1, to));
  }

  /** The number of entries, O(1). */
  int size() {
    return Node.size(root);
  }

  /** The value of a key, or {@code null}. */
  @Nullable V get(K key) {
    Node<K, V> n = root;
    while (n != null) {
      int c = order.compare(key, n.key);
      if (c == 0) {
        return n.value;
      }
      n = c < 0 ? n.left : n.right;
    }
    return null;
  }

  /** This map with {@code key} mapped to {@code value}; this map itself when the value is already there. */
  PersistentMap<K, V> put(K key, V value) {
    Node<K, V> next = put(root, key, value);
    return next == root ? this : new PersistentMap<>(order, next);
  }

  /** This map without {@code key}; this map itself when the key is absent. */
  PersistentMap<K, V> remove(K key) {
    Node<K, V> next = remove(root, key);
    return next == root ? this : new PersistentMap<>(order, next);
  }

  /** Calls {@code action} for every entry in key order. */
  void forEach(BiConsumer<? super K, ? super V> action) {
    Iterator<Node<K, V>> it = nodes();
    while (it.hasNext()) {
      Node<K, V> n = it.next();
      action.accept(n.key, n.value);
    }
  }

  /** The values in key order. */
  Iterator<V> values() {
    Iterator<Node<K, V>> it = nodes();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public V next() {
        return it.next().value;
      }
    };
  }

  private Iterator<Node<K, V>> nodes() {
    ArrayDeque<Node<K, V>> stack = new ArrayDeque<>();
    for (Node<K, V> n = root; n != null; n = n.left) {
      stack.push(n);
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !stack.isEmpty();
      }

      @Override
      public Node<K, V> next() {
        if (stack.isEmpty()) {
          throw new NoSuchElementException();
        }
        Node<K, V> n = stack.pop();
        for (Node<K, V> m = n.right; m != null; m = m.left) {
          stack.push(m);
        }
        return n;
      }
    };
  }

  private Node<K, V> put(@Nullable Node<K, V> n, K key, V value) {
    if (n == null) {
      return Node.of(key, value, null, null);
    }
    int c = order.compare(key, n.key);
    if (c == 0) {
      return n.value == value ? n : Node.of(n.key, value, n.left, n.right);
    }
    if (c < 0) {
      Node<K, V> left = put(n.left, key, value);
      return left == n.left ? n : balance(n.key, n.value, left, n.right);
    }
    Node<K, V> right = put(n.right, key, value);
    return right == n.right ? n : balance(n.key, n.value, n.left, right);
  }

  private @Nullable Node<K, V> remove(@Nullable Node<K, V> n, K key) {
    if (n == null) {
      return null;
    }
    int c = order.compare(key, n.key);
    if (c < 0) {
      Node<K, V> left = remove(n.left, key);
      return left == n.left ? n : balance(n.key, n.value, left, n.right);
    }
    if (c > 0) {
      Node<K, V> right = remove(n.right, key);
      return right == n.right ? n : balance(n.key, n.value, n.left, right);
    }
    if (n.left == null) {
      return n.right;
    }
    if (n.right == null) {
      return n.left;
    }
    Node<K, V> min = n.right;
    while (min.left != null) {
      min = min.left;
    }
    return balance(min.key, min.value, n.left, removeMin(n.right));
  }

  private static <K, V> @Nullable Node<K, V> removeMin(Node<K, V> n) {
    if (n.left == null) {
      return n.right;
    }
    return balance(n.key, n.value, removeMin(n.left), n.right);
  }

  private static <K, V> Node<K, V> balance(K key, V value, @Nullable Node<K, V> left, @Nullable Node<K, V> right) {
    int hl = Node.height(left);
    int hr = Node.height(right);
    if (hl > hr + 1) {
      Node<K, V> l = left;
      if (Node.height(l.left) >= Node.height(l.right)) {
        return Node.of(l.key, l.value, l.left, Node.of(key, value, l.right, right));
      }
      Node<K, V> lr = l.right;
      return Node.of(lr.key, lr.value, Node.of(l.key, l.value, l.left, lr.left), Node.of(key, value, lr.right, right));
    }
    if (hr > hl + 1) {
      Node<K, V> r = right;
      if (Node.height(r.right) >= Node.height(r.left)) {
        return Node.of(r.key, r.value, Node.of(key, value, left, r.left), r.right);
      }
      Node<K, V> rl = r.left;
      return Node.of(rl.key, rl.value, Node.of(key, value, left, rl.left), Node.of(r.key, r.value, rl.right, r.right));
    }
    return Node.of(key, value, left, right);
  }

  /** A tree node: immutable, with its subtree's height and size. */
  private static final class Node<K, V> {
    final K key;
    final V value;
    final @Nullable Node<K, V> left;
    final @Nullable Node<K, V> right;
    final int height;
    final int size;

    private Node(K key, V value, @Nullable Node<K, V> left, @Nullable Node<K, V> right) {
      this.key = key;
      this.value = value;
      this.left = left;
      this.right = right;
      this.height = Math.max(height(left), height(right)) + 1;
      this.size = size(left) + size(right) + 1;
    }

    static <K, V> Node<K, V> of(K key, V value, @Nullable Node<K, V> left, @Nullable Node<K, V> right) {
      return new Node<>(key, value, left, right);
    }

    static int height(@Nullable Node<?, ?> n) {
      return n == null ? 0 : n.height;
    }

    static int size(@Nullable Node<?, ?> n) {
      return n == null ? 0 : n.size;
    }
  }
}
