package io.github.peersupport.matching.assignment;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.matching.internal.UniqueIds;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An immutable capacitated assignment instance: n seekers and m supporters given by their unique ids,
 * each supporter's capacity (at least 0), and E sparse candidate pairs given as parallel arrays of
 * seeker index, supporter index and integer cost. Only candidate pairs may be assigned; a seeker with
 * no candidate pair is allowed (it stays unassigned). Seekers and supporters are referred to by their
 * index in the lists given, candidate pairs by their index in the arrays given.
 *
 * <p><b>Costs.</b> Each cost lies in [{@code -MAX_ABS_COST}, {@code MAX_ABS_COST}] ({@value
 * #MAX_ABS_COST}), and moreover (n + m + 2) · max |cost| ≤ {@value #MAX_PATH_BOUND}, so that every
 * total, shortest-path distance and node potential the solvers compute fits in a {@code long} with a
 * margin of 16×. To maximise a total score, pass {@code cost = -score}.
 *
 * <p><b>Storage.</b> The arrays are copied; the problem also keeps each seeker's candidate pairs
 * grouped (input order within a seeker), in O(n + m + E) space. Building takes O(n + m + E) expected
 * time (hashing the ids, one counting sort).
 */
public final class AssignmentProblem {
  /** Largest accepted absolute value of a candidate pair's cost: 10^12. */
  public static final long MAX_ABS_COST = 1_000_000_000_000L;

  /** Largest accepted value of (n + m + 2) · max |cost|: 2^59. */
  public static final long MAX_PATH_BOUND = 1L << 59;

  private final SeekerId[] seekers;
  private final SupporterId[] supporters;
  private final int[] capacities;
  private final int[] pairSeekers;
  private final int[] pairSupporters;
  private final long[] pairCosts;
  private final int[] seekerStart;
  private final int[] seekerPairs;
  private final Map<SeekerId, Integer> seekerIndex;
  private final Map<SupporterId, Integer> supporterIndex;

  private AssignmentProblem(
      SeekerId[] seekers,
      SupporterId[] supporters,
      int[] capacities,
      int[] pairSeekers,
      int[] pairSupporters,
      long[] pairCosts) {
    int n = seekers.length;
    int m = supporters.length;
    this.seekers = seekers;
    this.supporters = supporters;
    this.seekerIndex = UniqueIds.index("seekers", seekers);
    this.supporterIndex = UniqueIds.index("supporters", supporters);
    if (capacities.length != m) {
      throw Require.invalid("capacities", "length " + capacities.length + " does not match " + m + " supporters");
    }
    for (int j = 0; j < m; j++) {
      if (capacities[j] < 0) {
        throw Require.invalid("capacities[" + j + "]", "must be at least 0", capacities[j]);
      }
    }
    int e = pairSeekers.length;
    if (pairSupporters.length != e || pairCosts.length != e) {
      throw Require.invalid("pairSupporters", "pairSeekers, pairSupporters and pairCosts lengths differ: "
          + e + ", " + pairSupporters.length + ", " + pairCosts.length);
    }
    long maxAbs = 0;
    for (int k = 0; k < e; k++) {
      if (pairSeekers[k] < 0 || pairSeekers[k] >= n) {
        throw Require.invalid("pairSeekers[" + k + "]", "unknown seeker index " + pairSeekers[k]);
      }
      if (pairSupporters[k] < 0 || pairSupporters[k] >= m) {
        throw Require.invalid("pairSupporters[" + k + "]", "unknown supporter index " + pairSupporters[k]);
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
    this.pairSeekers = pairSeekers.clone();
    this.pairSupporters = pairSupporters.clone();
    this.pairCosts = pairCosts.clone();
    // group pairs by seeker (stable counting sort), then reject a repeated pair
    this.seekerStart = new int[n + 1];
    for (int k = 0; k < e; k++) {
      seekerStart[this.pairSeekers[k] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      seekerStart[i + 1] += seekerStart[i];
    }
    this.seekerPairs = new int[e];
    int[] fill = Arrays.copyOf(seekerStart, n);
    for (int k = 0; k < e; k++) {
      seekerPairs[fill[this.pairSeekers[k]]++] = k;
    }
    int[] seen = new int[m];
    Arrays.fill(seen, -1);
    for (int i = 0; i < n; i++) {
      for (int at = seekerStart[i]; at < seekerStart[i + 1]; at++) {
        int k = seekerPairs[at];
        int j = this.pairSupporters[k];
        if (seen[j] >= 0 && this.pairSeekers[seen[j]] == i) {
          throw Require.invalid("pairSeekers[" + k + "]", "repeats the pair of seeker " + i + " and supporter " + j
              + " (first at pairSeekers[" + seen[j] + "])");
        }
        seen[j] = k;
      }
    }
  }

  /**
   * Creates a problem. Candidate pair {@code e} joins seeker {@code pairSeekers[e]} and supporter
   * {@code pairSupporters[e]} at cost {@code pairCosts[e]}.
   *
   * @param seekers the seekers' ids, unique; seeker {@code i} is {@code seekers.get(i)}
   * @param supporters the supporters' ids, unique; supporter {@code j} is {@code supporters.get(j)}
   * @param capacities each supporter's capacity, at least 0 (copied)
   * @param pairSeekers each candidate pair's seeker index (copied)
   * @param pairSupporters each candidate pair's supporter index (copied)
   * @param pairCosts each candidate pair's cost, |cost| ≤ {@value #MAX_ABS_COST} (copied)
   * @return the problem
   * @throws IllegalArgumentException naming the item: a duplicate id, a negative capacity, an unknown
   *     index, a pair given twice, a cost out of range, or arrays of different lengths
   * @throws NullPointerException if any argument is null
   */
  public static AssignmentProblem of(
      List<SeekerId> seekers,
      List<SupporterId> supporters,
      int[] capacities,
      int[] pairSeekers,
      int[] pairSupporters,
      long[] pairCosts) {
    Objects.requireNonNull(seekers, "seekers");
    Objects.requireNonNull(supporters, "supporters");
    Objects.requireNonNull(capacities, "capacities");
    Objects.requireNonNull(pairSeekers, "pairSeekers");
    Objects.requireNonNull(pairSupporters, "pairSupporters");
    Objects.requireNonNull(pairCosts, "pairCosts");
    return new AssignmentProblem(seekers.toArray(new SeekerId[0]), supporters.toArray(new SupporterId[0]),
        capacities, pairSeekers, pairSupporters, pairCosts);
  }

  /**
   * Returns the number of seekers, n.
   *
   * @return n
   */
  public int seekerCount() {
    return seekers.length;
  }

  /**
   * Returns the number of supporters, m.
   *
   * @return m
   */
  public int supporterCount() {
    return supporters.length;
  }

  /**
   * Returns the number of candidate pairs, E.
   *
   * @return E
   */
  public int pairCount() {
    return pairSeekers.length;
  }

  /**
   * Returns a seeker's id.
   *
   * @param seeker the seeker's index
   * @return the id
   */
  public SeekerId seeker(int seeker) {
    return seekers[seeker];
  }

  /**
   * Returns a supporter's id.
   *
   * @param supporter the supporter's index
   * @return the id
   */
  public SupporterId supporter(int supporter) {
    return supporters[supporter];
  }

  /**
   * Returns the seekers' ids in index order.
   *
   * @return the ids
   */
  public List<SeekerId> seekers() {
    return List.of(seekers);
  }

  /**
   * Returns the supporters' ids in index order.
   *
   * @return the ids
   */
  public List<SupporterId> supporters() {
    return List.of(supporters);
  }

  /**
   * Returns a seeker's index.
   *
   * @param seeker the id
   * @return the index, or empty if the seeker is not in the problem
   * @throws NullPointerException if any argument is null
   */
  public OptionalInt seekerIndex(SeekerId seeker) {
    Objects.requireNonNull(seeker, "seeker");
    Integer i = seekerIndex.get(seeker);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * Returns a supporter's index.
   *
   * @param supporter the id
   * @return the index, or empty if the supporter is not in the problem
   * @throws NullPointerException if any argument is null
   */
  public OptionalInt supporterIndex(SupporterId supporter) {
    Objects.requireNonNull(supporter, "supporter");
    Integer j = supporterIndex.get(supporter);
    return j == null ? OptionalInt.empty() : OptionalInt.of(j);
  }

  /**
   * Returns a supporter's capacity.
   *
   * @param supporter the supporter's index
   * @return the capacity, at least 0
   */
  public int capacity(int supporter) {
    return capacities[supporter];
  }

  /**
   * Returns a candidate pair's seeker index.
   *
   * @param pair the pair's index
   * @return the seeker index
   */
  public int pairSeeker(int pair) {
    return pairSeekers[pair];
  }

  /**
   * Returns a candidate pair's supporter index.
   *
   * @param pair the pair's index
   * @return the supporter index
   */
  public int pairSupporter(int pair) {
    return pairSupporters[pair];
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
   * Returns a seeker's candidate pairs, in input order (a copy).
   *
   * @param seeker the seeker's index
   * @return pair indices
   */
  public int[] pairsOf(int seeker) {
    return Arrays.copyOfRange(seekerPairs, seekerStart[seeker], seekerStart[seeker + 1]);
  }

  /**
   * Returns the candidate pair of a seeker and a supporter, in O(number of the seeker's pairs).
   *
   * @param seeker the seeker's index
   * @param supporter the supporter's index
   * @return the pair's index, or -1 if they are not a candidate pair
   */
  public int pairOf(int seeker, int supporter) {
    for (int at = seekerStart[seeker]; at < seekerStart[seeker + 1]; at++) {
      if (pairSupporters[seekerPairs[at]] == supporter) {
        return seekerPairs[at];
      }
    }
    return -1;
  }

  /** Start of each seeker's run in {@link #seekerPairs()}, n + 1 entries (not copied). */
  int[] seekerStart() {
    return seekerStart;
  }

  /** Pair indices grouped by seeker (not copied). */
  int[] seekerPairs() {
    return seekerPairs;
  }

  /** Each pair's seeker index (not copied). */
  int[] pairSeekersArray() {
    return pairSeekers;
  }

  /** Each pair's supporter index (not copied). */
  int[] pairSupportersArray() {
    return pairSupporters;
  }

  /** Each pair's cost (not copied). */
  long[] pairCostsArray() {
    return pairCosts;
  }

  /** Each supporter's capacity (not copied). */
  int[] capacitiesArray() {
    return capacities;
  }
}
