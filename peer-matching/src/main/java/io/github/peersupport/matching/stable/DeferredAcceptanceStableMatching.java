package io.github.peersupport.matching.stable;

import java.util.Arrays;
import java.util.Objects;

/**
 * Gale–Shapley deferred acceptance for the many-to-one problem with capacities (hospitals/residents):
 * the seeker-optimal or the supporter-optimal stable matching.
 *
 * <p><b>Problem.</b> Given a {@link StableProblem}, find a matching in which no supporter exceeds its
 * capacity, every pair is acceptable to both sides, and no acceptable seeker–supporter pair would
 * both rather be together (the seeker unassigned or preferring the supporter to its own; the
 * supporter with a free place or preferring the seeker to one of its own).
 *
 * <p><b>Sides.</b> {@link Side#SEEKER_OPTIMAL}: seekers propose down their lists and each supporter
 * holds the best proposals up to its capacity; every seeker gets the best supporter it has in any
 * stable matching. {@link Side#SUPPORTER_OPTIMAL}: supporters with free places propose down their
 * lists and each seeker holds the best offer; every supporter gets the best set of seekers it has in
 * any stable matching (and every seeker the worst). By the rural hospitals theorem the same seekers
 * are assigned, and each supporter gets as many seekers, in both.
 *
 * <p><b>Complexity.</b> O(n + m + L) time and space for n seekers, m supporters and L the total
 * length of the preference lists: each list entry is proposed at most once, the comparisons use the
 * rank tables that {@link StableProblem} built in O(n + m + L), and a full supporter's worst held
 * seeker is found by a pointer that only moves up its list.
 *
 * <p><b>Determinism and ties.</b> Lists are strict (see {@link StableProblem#fromScores} for the tie
 * rule applied to scores). Free proposers wait in a FIFO queue, initially in index order; the result
 * does not depend on the order, since the proposing side's optimum is unique.
 *
 * <p><b>Not checked.</b> Nothing beyond {@link StableProblem}'s invariants; {@link BlockingPairs}
 * certifies a result independently.
 *
 * <p>References: D. Gale and L. S. Shapley, "College admissions and the stability of marriage",
 * American Mathematical Monthly 69 (1962) 9–15; D. Gusfield and R. W. Irving, "The Stable Marriage
 * Problem: Structure and Algorithms", MIT Press (1989), chapter 1 (hospitals/residents, the
 * resident- and hospital-oriented algorithms).
 */
public final class DeferredAcceptanceStableMatching implements StableMatching {
  /** Which side's optimum to compute (the proposing side). */
  public enum Side {
    /** Seekers propose: the seeker-optimal, supporter-pessimal stable matching. */
    SEEKER_OPTIMAL,
    /** Supporters propose: the supporter-optimal, seeker-pessimal stable matching. */
    SUPPORTER_OPTIMAL
  }

  private static final DeferredAcceptanceStableMatching SEEKER = new DeferredAcceptanceStableMatching(Side.SEEKER_OPTIMAL);
  private static final DeferredAcceptanceStableMatching SUPPORTER = new DeferredAcceptanceStableMatching(Side.SUPPORTER_OPTIMAL);

  private final Side side;

  private DeferredAcceptanceStableMatching(Side side) {
    this.side = side;
  }

  /**
   * Returns the solver for a side's optimum.
   *
   * @param side the side whose optimum to compute
   * @return the solver
   */
  public static DeferredAcceptanceStableMatching of(Side side) {
    return Objects.requireNonNull(side, "side") == Side.SEEKER_OPTIMAL ? SEEKER : SUPPORTER;
  }

  /**
   * Returns the seeker-optimal solver.
   *
   * @return the solver
   */
  public static DeferredAcceptanceStableMatching seekerOptimal() {
    return SEEKER;
  }

  /**
   * Returns the supporter-optimal solver.
   *
   * @return the solver
   */
  public static DeferredAcceptanceStableMatching supporterOptimal() {
    return SUPPORTER;
  }

  /**
   * Returns the side whose optimum this solver computes.
   *
   * @return the side
   */
  public Side side() {
    return side;
  }

  @Override
  public Result solve(StableProblem problem) {
    Objects.requireNonNull(problem, "problem");
    return Result.owning(problem, side == Side.SEEKER_OPTIMAL ? seekersPropose(problem) : supportersPropose(problem));
  }

  private static int[] seekersPropose(StableProblem p) {
    int n = p.seekerCount();
    int m = p.supporterCount();
    int[] seekerStart = p.seekerStart();
    int[] seekerList = p.seekerList();
    int[] rankAtSupporter = p.rankAtSupporter();
    int[] supporterStart = p.supporterStart();
    int[] supporterList = p.supporterList();
    int[] capacity = p.capacities();

    int[] supporterOf = new int[n];
    Arrays.fill(supporterOf, -1);
    int[] next = Arrays.copyOf(seekerStart, n);
    // held[k]: the seeker at supporter-list position k is held by that supporter
    boolean[] held = new boolean[supporterList.length];
    int[] count = new int[m];
    // a full supporter's worst held position is at or above worst[h]; it only moves up
    int[] worst = new int[m];
    for (int h = 0; h < m; h++) {
      worst[h] = supporterStart[h + 1] - 1;
    }
    // free seekers; at most n at a time
    int[] queue = new int[Math.max(1, n)];
    int head = 0;
    int size = n;
    for (int i = 0; i < n; i++) {
      queue[i] = i;
    }
    while (size > 0) {
      int i = queue[head];
      head = head + 1 == queue.length ? 0 : head + 1;
      size--;
      while (next[i] < seekerStart[i + 1]) {
        int k = next[i]++;
        int h = seekerList[k];
        int rank = rankAtSupporter[k];
        if (rank < 0 || capacity[h] == 0) {
          continue; // unacceptable to the supporter, or no place at all
        }
        int pos = supporterStart[h] + rank;
        if (count[h] < capacity[h]) {
          held[pos] = true;
          count[h]++;
          supporterOf[i] = h;
          break;
        }
        while (!held[worst[h]]) {
          worst[h]--;
        }
        if (pos < worst[h]) {
          int rejected = supporterList[worst[h]];
          held[worst[h]] = false;
          supporterOf[rejected] = -1;
          held[pos] = true;
          supporterOf[i] = h;
          int tail = head + size;
          queue[tail >= queue.length ? tail - queue.length : tail] = rejected;
          size++;
          break;
        }
      }
    }
    return supporterOf;
  }

  private static int[] supportersPropose(StableProblem p) {
    int n = p.seekerCount();
    int m = p.supporterCount();
    int[] supporterStart = p.supporterStart();
    int[] supporterList = p.supporterList();
    int[] rankAtSeeker = p.rankAtSeeker();
    int[] capacity = p.capacities();

    int[] supporterOf = new int[n];
    Arrays.fill(supporterOf, -1);
    int[] heldRank = new int[n];
    int[] next = Arrays.copyOf(supporterStart, m);
    int[] count = new int[m];
    boolean[] queued = new boolean[m];
    // supporters with a free place and list left; each at most once at a time
    int[] queue = new int[Math.max(1, m)];
    int head = 0;
    int size = 0;
    for (int h = 0; h < m; h++) {
      if (capacity[h] > 0) {
        queue[size++] = h;
        queued[h] = true;
      }
    }
    while (size > 0) {
      int h = queue[head];
      head = head + 1 == queue.length ? 0 : head + 1;
      size--;
      queued[h] = false;
      while (count[h] < capacity[h] && next[h] < supporterStart[h + 1]) {
        int k = next[h]++;
        int i = supporterList[k];
        int rank = rankAtSeeker[k];
        if (rank < 0) {
          continue; // the seeker does not list the supporter
        }
        int current = supporterOf[i];
        if (current >= 0 && heldRank[i] < rank) {
          continue; // the seeker keeps a better offer
        }
        supporterOf[i] = h;
        heldRank[i] = rank;
        count[h]++;
        if (current >= 0) {
          count[current]--;
          if (!queued[current]) {
            int tail = head + size;
            queue[tail >= queue.length ? tail - queue.length : tail] = current;
            size++;
            queued[current] = true;
          }
        }
      }
    }
    return supporterOf;
  }

  /** Returns e.g. {@code DeferredAcceptanceStableMatching[SEEKER_OPTIMAL]}. */
  @Override
  public String toString() {
    return "DeferredAcceptanceStableMatching[" + side + "]";
  }
}
