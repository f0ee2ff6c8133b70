package io.github.peersupport.matching.stable;

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
 * An immutable many-to-one stable matching instance (hospitals/residents with capacities): n seekers
 * and m supporters given by their unique ids, each supporter's capacity, each seeker's preference
 * list over supporters and each supporter's preference list over seekers, best first. Seekers and
 * supporters are referred to by their index in the lists given.
 *
 * <p><b>Incomplete lists.</b> A pair is <em>acceptable</em> only if both sides list each other. A
 * pair listed by one side only is simply unacceptable, for both optima alike: it is never matched
 * and never blocks.
 *
 * <p><b>Storage.</b> Lists are stored flat in int arrays (defensive copies), and the problem
 * precomputes, in O(n + m + L) time and space where L is the total length of all lists, each list
 * entry's rank on the other side's list; the algorithms use those tables for O(1) comparisons.
 *
 * <p><b>Scores.</b> {@link #fromScores} derives strict lists from a score per candidate pair for
 * each side, breaking ties by the other side's id; see there for the rule.
 */
public final class StableProblem {
  private final SeekerId[] seekers;
  private final SupporterId[] supporters;
  private final int[] capacities;
  private final int[] seekerStart;
  private final int[] seekerList;
  private final int[] supporterStart;
  private final int[] supporterList;
  /** For each seeker list entry: the seeker's rank on that supporter's list, or -1 if unlisted there. */
  private final int[] rankAtSupporter;
  /** For each supporter list entry: the supporter's rank on that seeker's list, or -1 if unlisted there. */
  private final int[] rankAtSeeker;
  private final Map<SeekerId, Integer> seekerIndex;
  private final Map<SupporterId, Integer> supporterIndex;

  private StableProblem(
      SeekerId[] seekers, SupporterId[] supporters, int[] capacities, int[][] seekerPreferences, int[][] supporterPreferences) {
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
    this.capacities = capacities.clone();
    if (seekerPreferences.length != n) {
      throw Require.invalid("seekerPreferences", "length " + seekerPreferences.length + " does not match " + n + " seekers");
    }
    if (supporterPreferences.length != m) {
      throw Require.invalid(
          "supporterPreferences", "length " + supporterPreferences.length + " does not match " + m + " supporters");
    }
    this.seekerStart = new int[n + 1];
    this.seekerList = PreferenceLists.flatten("seekerPreferences", seekerPreferences, m, "supporter", seekerStart);
    this.supporterStart = new int[m + 1];
    this.supporterList = PreferenceLists.flatten("supporterPreferences", supporterPreferences, n, "seeker", supporterStart);
    this.rankAtSupporter = PreferenceLists.crossRanks(seekerStart, seekerList, supporterStart, supporterList, n);
    this.rankAtSeeker = PreferenceLists.crossRanks(supporterStart, supporterList, seekerStart, seekerList, m);
  }

  /**
   * Creates a problem from explicit preference lists.
   *
   * @param seekers the seekers' ids, unique; seeker {@code i} is {@code seekers.get(i)}
   * @param supporters the supporters' ids, unique; supporter {@code j} is {@code supporters.get(j)}
   * @param capacities each supporter's capacity, at least 0
   * @param seekerPreferences for each seeker, supporter indices, best first, no repeats
   * @param supporterPreferences for each supporter, seeker indices, best first, no repeats
   * @return the problem
   * @throws IllegalArgumentException naming the item: a duplicate id, a negative capacity, an index
   *     out of range, a repeated entry or a length mismatch
   * @throws NullPointerException if any argument is null
   */
  public static StableProblem of(
      List<SeekerId> seekers,
      List<SupporterId> supporters,
      int[] capacities,
      int[][] seekerPreferences,
      int[][] supporterPreferences) {
    Objects.requireNonNull(seekers, "seekers");
    Objects.requireNonNull(supporters, "supporters");
    Objects.requireNonNull(capacities, "capacities");
    Objects.requireNonNull(seekerPreferences, "seekerPreferences");
    Objects.requireNonNull(supporterPreferences, "supporterPreferences");
    return new StableProblem(
        seekers.toArray(new SeekerId[0]), supporters.toArray(new SupporterId[0]), capacities, seekerPreferences, supporterPreferences);
  }

  /**
   * Creates a problem from scores of candidate pairs. Candidate pair {@code e} joins seeker {@code
   * pairSeekers[e]} and supporter {@code pairSupporters[e]}; {@code seekerScores[e]} is how much the
   * seeker wants that supporter and {@code supporterScores[e]} how much the supporter wants that
   * seeker, higher being preferred. Every candidate pair is acceptable to both sides; every other
   * pair is unacceptable.
   *
   * <p><b>Ties.</b> A seeker's equal scores are ordered by supporter id, and a supporter's by seeker
   * id, each ascending in {@link String#compareTo} order of the id text. The matchings found are
   * then stable for these strict lists, hence <em>weakly stable</em> for the scores with ties: no
   * pair would both strictly gain by leaving, though a pair with an equal score may exist.
   *
   * <p>Runs in O(n log n + m log m + E log E) time for E candidate pairs (sorting the ids once, then
   * each list).
   *
   * @param seekers the seekers' ids, unique
   * @param supporters the supporters' ids, unique
   * @param capacities each supporter's capacity, at least 0
   * @param pairSeekers each candidate pair's seeker index
   * @param pairSupporters each candidate pair's supporter index
   * @param seekerScores each candidate pair's score for the seeker, finite
   * @param supporterScores each candidate pair's score for the supporter, finite
   * @return the problem
   * @throws IllegalArgumentException naming the item: a duplicate id, a negative capacity, an index
   *     out of range, a pair given twice, a NaN or infinite score, or arrays of different lengths
   * @throws NullPointerException if any argument is null
   */
  public static StableProblem fromScores(
      List<SeekerId> seekers,
      List<SupporterId> supporters,
      int[] capacities,
      int[] pairSeekers,
      int[] pairSupporters,
      double[] seekerScores,
      double[] supporterScores) {
    Objects.requireNonNull(seekers, "seekers");
    Objects.requireNonNull(supporters, "supporters");
    Objects.requireNonNull(capacities, "capacities");
    Objects.requireNonNull(pairSeekers, "pairSeekers");
    Objects.requireNonNull(pairSupporters, "pairSupporters");
    Objects.requireNonNull(seekerScores, "seekerScores");
    Objects.requireNonNull(supporterScores, "supporterScores");
    int e = pairSeekers.length;
    if (pairSupporters.length != e || seekerScores.length != e || supporterScores.length != e) {
      throw Require.invalid("pairSupporters", "pairSeekers, pairSupporters, seekerScores and supporterScores lengths differ: "
          + e + ", " + pairSupporters.length + ", " + seekerScores.length + ", " + supporterScores.length);
    }
    SeekerId[] seekerIds = seekers.toArray(new SeekerId[0]);
    SupporterId[] supporterIds = supporters.toArray(new SupporterId[0]);
    int n = seekerIds.length;
    int m = supporterIds.length;
    for (int k = 0; k < e; k++) {
      if (pairSeekers[k] < 0 || pairSeekers[k] >= n) {
        throw Require.invalid("pairSeekers[" + k + "]", "unknown seeker index " + pairSeekers[k]);
      }
      if (pairSupporters[k] < 0 || pairSupporters[k] >= m) {
        throw Require.invalid("pairSupporters[" + k + "]", "unknown supporter index " + pairSupporters[k]);
      }
      if (!Double.isFinite(seekerScores[k])) {
        throw Require.invalid("seekerScores[" + k + "]", "must be finite", seekerScores[k]);
      }
      if (!Double.isFinite(supporterScores[k])) {
        throw Require.invalid("supporterScores[" + k + "]", "must be finite", supporterScores[k]);
      }
    }
    // a repeated pair: mark each seeker's supporters with the pair that named them
    int[] bySeeker = PreferenceLists.bucket(pairSeekers, n);
    int[] seen = new int[m];
    Arrays.fill(seen, -1);
    for (int k : bySeeker) {
      int j = pairSupporters[k];
      int i = pairSeekers[k];
      if (seen[j] >= 0 && pairSeekers[seen[j]] == i) {
        int first = Math.min(seen[j], k);
        int second = Math.max(seen[j], k);
        throw Require.invalid("pairSeekers[" + second + "]", "repeats the pair of seeker " + i + " and supporter " + j
            + " (first at pairSeekers[" + first + "])");
      }
      seen[j] = k;
    }
    int[][] seekerPreferences =
        PreferenceLists.preferences(n, pairSeekers, pairSupporters, seekerScores, PreferenceLists.idRanks(supporterIds));
    int[][] supporterPreferences =
        PreferenceLists.preferences(m, pairSupporters, pairSeekers, supporterScores, PreferenceLists.idRanks(seekerIds));
    return new StableProblem(seekerIds, supporterIds, capacities, seekerPreferences, supporterPreferences);
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
   * Returns the total length of all preference lists, L, one-sided entries included.
   *
   * @return L
   */
  public int totalListLength() {
    return seekerList.length + supporterList.length;
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
   * Returns a seeker's preference list as given, best first (a copy).
   *
   * @param seeker the seeker's index
   * @return supporter indices
   */
  public int[] seekerPreferences(int seeker) {
    return Arrays.copyOfRange(seekerList, seekerStart[seeker], seekerStart[seeker + 1]);
  }

  /**
   * Returns a supporter's preference list as given, best first (a copy).
   *
   * @param supporter the supporter's index
   * @return seeker indices
   */
  public int[] supporterPreferences(int supporter) {
    return Arrays.copyOfRange(supporterList, supporterStart[supporter], supporterStart[supporter + 1]);
  }

  /**
   * Returns where a seeker ranks a supporter, in O(length of the seeker's list).
   *
   * @param seeker the seeker's index
   * @param supporter the supporter's index
   * @return the 0-based rank, or -1 if the seeker does not list the supporter
   */
  public int seekerRank(int seeker, int supporter) {
    for (int k = seekerStart[seeker]; k < seekerStart[seeker + 1]; k++) {
      if (seekerList[k] == supporter) {
        return k - seekerStart[seeker];
      }
    }
    return -1;
  }

  /**
   * Returns where a supporter ranks a seeker, in O(length of the supporter's list).
   *
   * @param supporter the supporter's index
   * @param seeker the seeker's index
   * @return the 0-based rank, or -1 if the supporter does not list the seeker
   */
  public int supporterRank(int supporter, int seeker) {
    for (int k = supporterStart[supporter]; k < supporterStart[supporter + 1]; k++) {
      if (supporterList[k] == seeker) {
        return k - supporterStart[supporter];
      }
    }
    return -1;
  }

  /**
   * Tells whether both sides list each other.
   *
   * @param seeker the seeker's index
   * @param supporter the supporter's index
   * @return true if the pair is acceptable
   */
  public boolean isAcceptable(int seeker, int supporter) {
    int k = seekerRank(seeker, supporter);
    return k >= 0 && rankAtSupporter[seekerStart[seeker] + k] >= 0;
  }

  // package-private views for the algorithms of this package; never modified

  int[] seekerStart() {
    return seekerStart;
  }

  int[] seekerList() {
    return seekerList;
  }

  int[] supporterStart() {
    return supporterStart;
  }

  int[] supporterList() {
    return supporterList;
  }

  int[] rankAtSupporter() {
    return rankAtSupporter;
  }

  int[] rankAtSeeker() {
    return rankAtSeeker;
  }

  int[] capacities() {
    return capacities;
  }

  /** Returns e.g. {@code StableProblem[5 seekers, 2 supporters, capacity 4, L = 18]}. */
  @Override
  public String toString() {
    return "StableProblem[" + seekers.length + " seekers, " + supporters.length + " supporters, capacity "
        + Arrays.stream(capacities).asLongStream().sum() + ", L = " + totalListLength() + "]";
  }
}
