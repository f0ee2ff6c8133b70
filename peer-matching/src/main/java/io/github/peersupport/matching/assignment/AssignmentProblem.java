package io.github.peersupport.matching.assignment;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.matching.internal.UniqueIds;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An immutable capacitated assignment instance: n items of type {@code S} to be assigned to m
 * targets of type {@code T} (for example seekers to supporters, or seekers to groups), each target's
 * capacity (at least 0), and E sparse candidate pairs given as parallel arrays of item index, target
 * index and integer cost. Only candidate pairs may be assigned; an item with no candidate pair is
 * allowed (it stays unassigned). Items and targets are referred to by their index in the lists given,
 * candidate pairs by their index in the arrays given; the solvers work on these indices only, so the
 * types {@code S} and {@code T} cost nothing in their loops.
 *
 * <p><b>Items and targets.</b> Any non-null values with consistent {@code equals} and {@code
 * hashCode} (ids are the usual choice; records and other values work too); the items must be
 * pairwise distinct, and so must the targets.
 *
 * <p><b>Costs.</b> Each cost lies in [{@code -MAX_ABS_COST}, {@code MAX_ABS_COST}] ({@value
 * #MAX_ABS_COST}), and moreover (n + m + 2) · max |cost| ≤ {@value #MAX_PATH_BOUND}, so that every
 * total, shortest-path distance and node potential the solvers compute fits in a {@code long} with a
 * margin of 16×. To maximise a total score, pass {@code cost = -score}.
 *
 * <p><b>Storage.</b> The arrays are copied; the problem also keeps each item's candidate pairs grouped
 * (input order within an item), in O(n + m + E) space. Building takes O(n + m + E) expected time
 * (hashing the items and targets, one counting sort).
 *
 * @param <S> the type of the items assigned (e.g. {@code SeekerId})
 * @param <T> the type of the targets they are assigned to (e.g. {@code SupporterId})
 */
public final class AssignmentProblem<S, T> {
  /** Largest accepted absolute value of a candidate pair's cost: 10^12. */
  public static final long MAX_ABS_COST = 1_000_000_000_000L;

  /** Largest accepted value of (n + m + 2) · max |cost|: 2^59. */
  public static final long MAX_PATH_BOUND = 1L << 59;

  private final List<S> items;
  private final List<T> targets;
  private final int[] capacities;
  private final int[] pairItems;
  private final int[] pairTargets;
  private final long[] pairCosts;
  private final int[] itemStart;
  private final int[] itemPairs;
  private final Map<S, Integer> itemIndex;
  private final Map<T, Integer> targetIndex;

  private AssignmentProblem(
      List<S> items,
      List<T> targets,
      int[] capacities,
      int[] pairItems,
      int[] pairTargets,
      long[] pairCosts) {
    int n = items.size();
    int m = targets.size();
    this.itemIndex = UniqueIds.index("items", items);
    this.targetIndex = UniqueIds.index("targets", targets);
    this.items = List.copyOf(items);
    this.targets = List.copyOf(targets);
    if (capacities.length != m) {
      throw Require.invalid("capacities", "length " + capacities.length + " does not match " + m + " targets");
    }
    for (int j = 0; j < m; j++) {
      if (capacities[j] < 0) {
        throw Require.invalid("capacities[" + j + "]", "must be at least 0", capacities[j]);
      }
    }
    int e = pairItems.length;
    if (pairTargets.length != e || pairCosts.length != e) {
      throw Require.invalid("pairTargets", "pairItems, pairTargets and pairCosts lengths differ: "
          + e + ", " + pairTargets.length + ", " + pairCosts.length);
    }
    long maxAbs = 0;
    for (int k = 0; k < e; k++) {
      if (pairItems[k] < 0 || pairItems[k] >= n) {
        throw Require.invalid("pairItems[" + k + "]", "unknown item index " + pairItems[k]);
      }
      if (pairTargets[k] < 0 || pairTargets[k] >= m) {
        throw Require.invalid("pairTargets[" + k + "]", "unknown target index " + pairTargets[k]);
      }
      long c = pairCosts[k];
      if (c < -MAX_ABS_COST || c > MAX_ABS_COST) {
        throw Require.invalid("pairCosts[" + k + "]", "must be between " + -MAX_ABS_COST + " and " + MAX_ABS_COST, c);
      }
      maxAbs = Math.max(maxAbs, Math.abs(c));
    }
    long nodes = (long) n + m + 2;
    if (maxAbs > MAX_PATH_BOUND / nodes) {
      throw Require.invalid("pairCosts", "(n + m + 2) * max |cost| = " + nodes + " * " + maxAbs + " exceeds " + MAX_PATH_BOUND);
    }
    this.capacities = capacities.clone();
    this.pairItems = pairItems.clone();
    this.pairTargets = pairTargets.clone();
    this.pairCosts = pairCosts.clone();
    // group pairs by item (stable counting sort), then reject a repeated pair
    this.itemStart = new int[n + 1];
    for (int k = 0; k < e; k++) {
      itemStart[this.pairItems[k] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      itemStart[i + 1] += itemStart[i];
    }
    this.itemPairs = new int[e];
    int[] fill = Arrays.copyOf(itemStart, n);
    for (int k = 0; k < e; k++) {
      itemPairs[fill[this.pairItems[k]]++] = k;
    }
    int[] seen = new int[m];
    Arrays.fill(seen, -1);
    for (int i = 0; i < n; i++) {
      for (int at = itemStart[i]; at < itemStart[i + 1]; at++) {
        int k = itemPairs[at];
        int j = this.pairTargets[k];
        if (seen[j] >= 0 && this.pairItems[seen[j]] == i) {
          throw Require.invalid("pairItems[" + k + "]", "repeats the pair of item " + i + " and target " + j
              + " (first at pairItems[" + seen[j] + "])");
        }
        seen[j] = k;
      }
    }
  }

  /**
   * Creates a problem. Candidate pair {@code e} joins item {@code pairItems[e]} and target {@code
   * pairTargets[e]} at cost {@code pairCosts[e]}.
   *
   * @param items the items, pairwise distinct; item {@code i} is {@code items.get(i)} (copied)
   * @param targets the targets, pairwise distinct; target {@code j} is {@code targets.get(j)} (copied)
   * @param capacities each target's capacity, at least 0 (copied)
   * @param pairItems each candidate pair's item index (copied)
   * @param pairTargets each candidate pair's target index (copied)
   * @param pairCosts each candidate pair's cost, |cost| ≤ {@value #MAX_ABS_COST} (copied)
   * @param <S> the type of the items
   * @param <T> the type of the targets
   * @return the problem
   * @throws IllegalArgumentException naming the offending element: a duplicate item or target, a negative
   *     capacity, an unknown index, a pair given twice, a cost out of range, or arrays of different
   *     lengths
   * @throws NullPointerException if any argument, item or target is null
   */
  public static <S, T> AssignmentProblem<S, T> of(
      List<S> items,
      List<T> targets,
      int[] capacities,
      int[] pairItems,
      int[] pairTargets,
      long[] pairCosts) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(capacities, "capacities");
    Objects.requireNonNull(pairItems, "pairItems");
    Objects.requireNonNull(pairTargets, "pairTargets");
    Objects.requireNonNull(pairCosts, "pairCosts");
    return new AssignmentProblem<>(items, targets, capacities, pairItems, pairTargets, pairCosts);
  }

  /**
   * Returns the number of items, n.
   *
   * @return n
   */
  public int itemCount() {
    return items.size();
  }

  /**
   * Returns the number of targets, m.
   *
   * @return m
   */
  public int targetCount() {
    return targets.size();
  }

  /**
   * Returns the number of candidate pairs, E.
   *
   * @return E
   */
  public int pairCount() {
    return pairItems.length;
  }

  /**
   * Returns an item.
   *
   * @param item the item's index
   * @return the item
   */
  public S item(int item) {
    return items.get(item);
  }

  /**
   * Returns a target.
   *
   * @param target the target's index
   * @return the target
   */
  public T target(int target) {
    return targets.get(target);
  }

  /**
   * Returns the items in index order.
   *
   * @return the items (unmodifiable)
   */
  public List<S> items() {
    return items;
  }

  /**
   * Returns the targets in index order.
   *
   * @return the targets (unmodifiable)
   */
  public List<T> targets() {
    return targets;
  }

  /**
   * Returns an item's index.
   *
   * @param item the item
   * @return the index, or empty if the item is not in the problem
   * @throws NullPointerException if any argument is null
   */
  public OptionalInt itemIndex(S item) {
    Objects.requireNonNull(item, "item");
    Integer i = itemIndex.get(item);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * Returns a target's index.
   *
   * @param target the target
   * @return the index, or empty if the target is not in the problem
   * @throws NullPointerException if any argument is null
   */
  public OptionalInt targetIndex(T target) {
    Objects.requireNonNull(target, "target");
    Integer j = targetIndex.get(target);
    return j == null ? OptionalInt.empty() : OptionalInt.of(j);
  }

  /**
   * Returns a target's capacity.
   *
   * @param target the target's index
   * @return the capacity, at least 0
   */
  public int capacity(int target) {
    return capacities[target];
  }

  /**
   * Returns a candidate pair's item index.
   *
   * @param pair the pair's index
   * @return the item index
   */
  public int pairItem(int pair) {
    return pairItems[pair];
  }

  /**
   * Returns a candidate pair's target index.
   *
   * @param pair the pair's index
   * @return the target index
   */
  public int pairTarget(int pair) {
    return pairTargets[pair];
  }

  /**
   * Returns a candidate pair's cost.
   *
   * @param pair the pair's index
   * @return the cost
   */
  public long pairCost(int pair) {
    return pairCosts[pair];
  }

  /**
   * Returns an item's candidate pairs, in input order (a copy).
   *
   * @param item the item's index
   * @return pair indices
   */
  public int[] pairsOf(int item) {
    return Arrays.copyOfRange(itemPairs, itemStart[item], itemStart[item + 1]);
  }

  /**
   * Returns the candidate pair of an item and a target, in O(number of the item's pairs).
   *
   * @param item the item's index
   * @param target the target's index
   * @return the pair's index, or -1 if they are not a candidate pair
   */
  public int pairOf(int item, int target) {
    for (int at = itemStart[item]; at < itemStart[item + 1]; at++) {
      if (pairTargets[itemPairs[at]] == target) {
        return itemPairs[at];
      }
    }
    return -1;
  }

  /** Start of each item's run in {@link #itemPairs()}, n + 1 entries (not copied). */
  int[] itemStart() {
    return itemStart;
  }

  /** Pair indices grouped by item (not copied). */
  int[] itemPairs() {
    return itemPairs;
  }

  /** Each pair's item index (not copied). */
  int[] pairItemsArray() {
    return pairItems;
  }

  /** Each pair's target index (not copied). */
  int[] pairTargetsArray() {
    return pairTargets;
  }

  /** Each pair's cost (not copied). */
  long[] pairCostsArray() {
    return pairCosts;
  }

  /** Each target's capacity (not copied). */
  int[] capacitiesArray() {
    return capacities;
  }
}
