package io.github.peersupport.bench;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.matching.assignment.AssignmentProblem;
import io.github.peersupport.matching.stable.StableProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The seeded benchmark instances of issue 5, shared by the JMH benchmarks and the side-by-side
 * runner so that both measure exactly the same data.
 *
 * <ul>
 *   <li><b>cap-1k, cap-2k, cap-5k, cap-10k</b>: n seekers (1,000 … 10,000), n / 5 supporters of
 *       capacity 5, each seeker 50 distinct random candidate supporters with integer costs uniform in
 *       [0, 1000).
 *   <li><b>Stable view</b> of a cap instance: a seeker's list is its candidates by ascending cost
 *       (equal costs by supporter index); a supporter's list is the seekers who listed it, in an
 *       independent seeded random order.
 *   <li><b>dense-1000, dense-2000, dense-5000</b>: n × n integer costs uniform in [0, 10^6).
 * </ul>
 *
 * <p>Every instance is a pure function of its name and the seed ({@link #SEED} by default).
 */
public final class Instances {
  /** The seed every benchmark and the runner use unless told otherwise. */
  public static final long SEED = 20_261_122L;

  /** Candidate supporters per seeker in the cap instances. */
  public static final int CANDIDATES = 50;

  /** Capacity of every supporter in the cap instances. */
  public static final int CAPACITY = 5;

  /** Costs of the cap instances lie in [0, this). */
  public static final int CAP_COST_BOUND = 1000;

  /** Costs of the dense instances lie in [0, this). */
  public static final int DENSE_COST_BOUND = 1_000_000;

  /** The names of the capacitated instances, smallest first. */
  public static final List<String> CAP_NAMES = List.of("cap-1k", "cap-2k", "cap-5k", "cap-10k");

  /** The names of the dense instances, smallest first. */
  public static final List<String> DENSE_NAMES = List.of("dense-1000", "dense-2000", "dense-5000");

  private Instances() {}

  /**
   * A capacitated instance as parallel arrays: candidate pair {@code k} joins seeker {@code
   * pairSeekers[k]} and supporter {@code pairSupporters[k]} at cost {@code costs[k]}; a seeker's pairs
   * are consecutive.
   *
   * @param name the instance name
   * @param seekers n
   * @param supporters m
   * @param capacities each supporter's capacity
   * @param pairSeekers each pair's seeker
   * @param pairSupporters each pair's supporter
   * @param costs each pair's cost
   */
  public record Cap(
      String name, int seekers, int supporters, int[] capacities, int[] pairSeekers, int[] pairSupporters, long[] costs) {

    /**
     * Returns the number of candidate pairs, E.
     *
     * @return E
     */
    public int pairs() {
      return costs.length;
    }

    /**
     * Builds the library's problem from the arrays (ids {@code k-i} and {@code s-j}).
     *
     * @return the problem
     */
    public AssignmentProblem<SeekerId, SupporterId> problem() {
      return AssignmentProblem.of(seekerIds(seekers), supporterIds(supporters), capacities, pairSeekers, pairSupporters, costs);
    }

    /**
     * Returns the stable view's preference lists and builds the library's stable problem.
     *
     * @param seed the seed of the supporters' random orders
     * @return the problem
     */
    public StableProblem stableProblem(long seed) {
      return StableProblem.of(
          seekerIds(seekers), supporterIds(supporters), capacities, seekerLists(), supporterLists(seed));
    }

    /**
     * Each seeker's candidates by ascending cost, equal costs by supporter index.
     *
     * @return the lists
     */
    public int[][] seekerLists() {
      int[][] lists = new int[seekers][];
      long[] keys = new long[CANDIDATES];
      int k = 0;
      for (int i = 0; i < seekers; i++) {
        int from = k;
        while (k < costs.length && pairSeekers[k] == i) {
          k++;
        }
        int len = k - from;
        for (int t = 0; t < len; t++) {
          keys[t] = costs[from + t] * (long) supporters + pairSupporters[from + t];
        }
        Arrays.sort(keys, 0, len);
        int[] list = new int[len];
        for (int t = 0; t < len; t++) {
          list[t] = (int) (keys[t] % supporters);
        }
        lists[i] = list;
      }
      return lists;
    }

    /**
     * Each supporter's list: the seekers who listed it, in an independent seeded random order.
     *
     * @param seed the seed
     * @return the lists
     */
    public int[][] supporterLists(long seed) {
      int[] count = new int[supporters];
      for (int j : pairSupporters) {
        count[j]++;
      }
      int[][] lists = new int[supporters][];
      for (int j = 0; j < supporters; j++) {
        lists[j] = new int[count[j]];
      }
      int[] fill = new int[supporters];
      for (int k = 0; k < pairSupporters.length; k++) {
        int j = pairSupporters[k];
        lists[j][fill[j]++] = pairSeekers[k];
      }
      SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
      for (int[] list : lists) {
        for (int t = list.length - 1; t > 0; t--) {
          int u = random.nextInt(t + 1);
          int swap = list[t];
          list[t] = list[u];
          list[u] = swap;
        }
      }
      return lists;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s[n=%d, m=%d, E=%d]", name, seekers, supporters, costs.length);
    }
  }

  /**
   * Generates a capacitated instance by name ({@code cap-1k} … {@code cap-10k}, or {@code cap-N}
   * for N seekers).
   *
   * @param name the name
   * @param seed the seed
   * @return the instance
   */
  public static Cap cap(String name, long seed) {
    if (!name.startsWith("cap-")) {
      throw new IllegalArgumentException("name: not a cap instance: " + name);
    }
    String size = name.substring(4);
    int n = size.endsWith("k") ? Integer.parseInt(size.substring(0, size.length() - 1)) * 1000 : Integer.parseInt(size);
    return cap(name, n, n / CAPACITY, seed);
  }

  /**
   * Generates a capacitated instance of the shape.
   *
   * @param name the name to carry
   * @param n seekers
   * @param m supporters, at least {@link #CANDIDATES}
   * @param seed the seed
   * @return the instance
   */
  public static Cap cap(String name, int n, int m, long seed) {
    if (m < CANDIDATES) {
      throw new IllegalArgumentException("m: at least " + CANDIDATES + " supporters needed, was " + m);
    }
    SplittableRandom random = new SplittableRandom(seed ^ n);
    int e = n * CANDIDATES;
    int[] pairSeekers = new int[e];
    int[] pairSupporters = new int[e];
    long[] costs = new long[e];
    int[] pool = new int[m];
    for (int j = 0; j < m; j++) {
      pool[j] = j;
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
      // partial Fisher–Yates: the first CANDIDATES entries of pool become a uniform random sample
      for (int t = 0; t < CANDIDATES; t++) {
        int u = t + random.nextInt(m - t);
        int swap = pool[t];
        pool[t] = pool[u];
        pool[u] = swap;
        pairSeekers[k] = i;
        pairSupporters[k] = pool[t];
        costs[k] = random.nextInt(CAP_COST_BOUND);
        k++;
      }
    }
    int[] capacities = new int[m];
    Arrays.fill(capacities, CAPACITY);
    return new Cap(name, n, m, capacities, pairSeekers, pairSupporters, costs);
  }

  /**
   * Generates a dense instance by name ({@code dense-N}).
   *
   * @param name the name
   * @param seed the seed
   * @return the n × n cost matrix
   */
  public static long[][] dense(String name, long seed) {
    if (!name.startsWith("dense-")) {
      throw new IllegalArgumentException("name: not a dense instance: " + name);
    }
    return dense(Integer.parseInt(name.substring(6)), seed);
  }

  /**
   * Generates an n × n matrix of integer costs uniform in [0, 10^6).
   *
   * @param n the size
   * @param seed the seed
   * @return the matrix
   */
  public static long[][] dense(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ (31L * n));
    long[][] costs = new long[n][n];
    for (long[] row : costs) {
      for (int j = 0; j < n; j++) {
        row[j] = random.nextInt(DENSE_COST_BOUND);
      }
    }
    return costs;
  }

  static List<SeekerId> seekerIds(int n) {
    List<SeekerId> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ids.add(SeekerId.of("k-" + i));
    }
    return ids;
  }

  static List<SupporterId> supporterIds(int m) {
    List<SupporterId> ids = new ArrayList<>(m);
    for (int j = 0; j < m; j++) {
      ids.add(SupporterId.of("s-" + j));
    }
    return ids;
  }
}
