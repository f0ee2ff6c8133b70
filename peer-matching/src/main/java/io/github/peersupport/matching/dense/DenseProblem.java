package io.github.peersupport.matching.dense;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.matching.internal.UniqueIds;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable dense assignment instance: an n × m matrix of integer costs, row {@code i} being
 * seeker {@code i} and column {@code j} supporter {@code j}. Either side may be the larger one.
 *
 * <p><b>Forbidden pairs.</b> A cell holding {@link #FORBIDDEN} ({@link Long#MAX_VALUE}) marks a pair
 * that must never be assigned; every other cell must lie in [{@code -}{@link #MAX_COST}, {@link
 * #MAX_COST}]. The bound keeps every sum and dual potential the solvers form far from {@code long}
 * overflow.
 *
 * <p><b>Storage.</b> The matrix is copied once into one row-major {@code long} array; the problem
 * never shares arrays with its caller. At most {@link #MAX_CELLS} cells are accepted.
 */
public final class DenseProblem {
  /** The cost marking a forbidden pair: {@link Long#MAX_VALUE}. */
  public static final long FORBIDDEN = Long.MAX_VALUE;

  /** The largest accepted absolute cost of an allowed pair: 10<sup>12</sup>. */
  public static final long MAX_COST = 1_000_000_000_000L;

  /** The largest accepted number of cells n · m: 2<sup>30</sup>. */
  public static final long MAX_CELLS = 1L << 30;

  private final SeekerId[] seekers;
  private final SupporterId[] supporters;
  private final long[] costs;

  private DenseProblem(SeekerId[] seekers, SupporterId[] supporters, long[][] costs) {
    int n = seekers.length;
    int m = supporters.length;
    UniqueIds.index("seekers", seekers);
    UniqueIds.index("supporters", supporters);
    if (costs.length != n) {
      throw Require.invalid("costs", "length " + costs.length + " does not match " + n + " seekers");
    }
    if ((long) n * m > MAX_CELLS) {
      throw Require.invalid("costs", n + " × " + m + " cells exceed " + MAX_CELLS);
    }
    long[] flat = new long[n * m];
    for (int i = 0; i < n; i++) {
      long[] row = costs[i];
      if (row == null) {
        throw Require.invalid("costs[" + i + "]", "row is null");
      }
      if (row.length != m) {
        throw Require.invalid("costs[" + i + "]", "row length " + row.length + " but expected " + m);
      }
      for (int j = 0; j < m; j++) {
        long c = row[j];
        if (c != FORBIDDEN && (c > MAX_COST || c < -MAX_COST)) {
          throw Require.invalid(
              "costs[" + i + "][" + j + "]",
              "cost " + c + " is outside [-" + MAX_COST + ", " + MAX_COST + "] (DenseProblem.FORBIDDEN forbids a pair)");
        }
        flat[i * m + j] = c;
      }
    }
    this.seekers = seekers;
    this.supporters = supporters;
    this.costs = flat;
  }

  /**
   * Creates a problem from a cost matrix, naming seeker {@code i} {@code "seeker-i"} and supporter
   * {@code j} {@code "supporter-j"}. The number of supporters is the length of the first row (0
   * when there are no rows).
   *
   * @param costs the costs, {@code costs[i][j]} for seeker {@code i} and supporter {@code j}, each in
   *     [{@code -MAX_COST}, {@code MAX_COST}] or {@link #FORBIDDEN} (copied)
   * @return the problem
   * @throws IllegalArgumentException naming the item: a ragged or null row, a cost out of range, or
   *     too many cells
   */
  public static DenseProblem of(long[][] costs) {
    Objects.requireNonNull(costs, "costs");
    int n = costs.length;
    int m = n == 0 || costs[0] == null ? 0 : costs[0].length;
    SeekerId[] seekers = new SeekerId[n];
    for (int i = 0; i < n; i++) {
      seekers[i] = SeekerId.of("seeker-" + i);
    }
    SupporterId[] supporters = new SupporterId[m];
    for (int j = 0; j < m; j++) {
      supporters[j] = SupporterId.of("supporter-" + j);
    }
    return new DenseProblem(seekers, supporters, costs);
  }

  /**
   * Creates a problem from labelled seekers and supporters and a cost matrix.
   *
   * @param seekers the seekers' ids, unique; row {@code i} is {@code seekers.get(i)}
   * @param supporters the supporters' ids, unique; column {@code j} is {@code supporters.get(j)}
   * @param costs the costs, one row per seeker of one cell per supporter, each in [{@code
   *     -MAX_COST}, {@code MAX_COST}] or {@link #FORBIDDEN} (copied)
   * @return the problem
   * @throws IllegalArgumentException naming the item: a duplicate id, a row count or row length that
   *     does not match, a cost out of range, or too many cells
   * @throws NullPointerException if any argument is null
   */
  public static DenseProblem of(List<SeekerId> seekers, List<SupporterId> supporters, long[][] costs) {
    Objects.requireNonNull(seekers, "seekers");
    Objects.requireNonNull(supporters, "supporters");
    Objects.requireNonNull(costs, "costs");
    return new DenseProblem(seekers.toArray(new SeekerId[0]), supporters.toArray(new SupporterId[0]), costs);
  }

  /**
   * Returns the number of seekers (rows), n.
   *
   * @return n
   */
  public int seekerCount() {
    return seekers.length;
  }

  /**
   * Returns the number of supporters (columns), m.
   *
   * @return m
   */
  public int supporterCount() {
    return supporters.length;
  }

  /**
   * Returns a seeker's id.
   *
   * @param seeker the row index
   * @return the id
   */
  public SeekerId seeker(int seeker) {
    return seekers[seeker];
  }

  /**
   * Returns a supporter's id.
   *
   * @param supporter the column index
   * @return the id
   */
  public SupporterId supporter(int supporter) {
    return supporters[supporter];
  }

  /**
   * Returns the seekers' ids in row order.
   *
   * @return an immutable list
   */
  public List<SeekerId> seekers() {
    return List.of(seekers);
  }

  /**
   * Returns the supporters' ids in column order.
   *
   * @return an immutable list
   */
  public List<SupporterId> supporters() {
    return List.of(supporters);
  }

  /**
   * Returns the cost of a pair, {@link #FORBIDDEN} if it is forbidden.
   *
   * @param seeker the row index
   * @param supporter the column index
   * @return the cost
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public long cost(int seeker, int supporter) {
    Objects.checkIndex(seeker, seekers.length);
    Objects.checkIndex(supporter, supporters.length);
    return costs[seeker * supporters.length + supporter];
  }

  /**
   * Returns whether a pair may be assigned.
   *
   * @param seeker the row index
   * @param supporter the column index
   * @return false if the pair's cost is {@link #FORBIDDEN}
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public boolean allowed(int seeker, int supporter) {
    return cost(seeker, supporter) != FORBIDDEN;
  }

  /**
   * Returns a copy of the cost matrix.
   *
   * @return a new n × m array
   */
  public long[][] costs() {
    int m = supporters.length;
    long[][] copy = new long[seekers.length][];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = Arrays.copyOfRange(costs, i * m, i * m + m);
    }
    return copy;
  }

  /** The row-major matrix itself, for the solvers of this package; never modified. */
  long[] flat() {
    return costs;
  }

  @Override
  public String toString() {
    return "DenseProblem[" + seekers.length + " × " + supporters.length + "]";
  }
}
