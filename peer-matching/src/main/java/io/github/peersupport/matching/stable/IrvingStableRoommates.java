package io.github.peersupport.matching.stable;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Irving's algorithm for stable roommates (Irving 1985): peer buddy pairing within one cohort (e.g.
 * new mothers pairing with each other).
 *
 * <p><b>Problem.</b> Given a {@link RoommatesProblem}, find a matching of members into pairs of
 * mutually acceptable members, some possibly left unmatched, such that no two acceptable members
 * who are not paired together would each rather have the other (being unmatched is worse than any
 * acceptable partner). Unlike the two-sided problem, such a pairing may not exist; the result then
 * says so ({@link StableRoommatesMatching.Result#succeeded()} is false), and it is not an exception.
 * {@link RoommatesBlockingPairs} checks any pairing it returns.
 *
 * <p><b>Algorithm.</b> Phase 1: members propose down their lists; a member receiving a proposal
 * holds the best one and deletes everyone it ranks below the proposer (symmetrically). A member
 * whose list empties is unmatched in every stable matching. Phase 2: while some list has two or more
 * entries, find a rotation by following "second choice, then that member's last choice" and
 * eliminate it; if a list empties, no stable matching exists. When every list has at most one entry,
 * those entries are the pairing. With incomplete lists the same phases apply (Gusfield and Irving
 * 1989, chapter 4).
 *
 * <p><b>Complexity.</b> O(n²) time and space for n members: the table of ranks is n × n, each pair
 * is deleted at most once, and each list's first, second and last pointers only move inwards. The
 * rotation search reuses the path prefix left after each elimination, so phase 2 is O(n²) too.
 *
 * <p><b>Determinism.</b> Lists are strict; proposers are taken in index order from a FIFO queue and
 * the rotation search starts from the lowest-index member with two or more entries, so the same
 * problem always gives the same pairing (one of possibly several stable ones).
 *
 * <p>References: R. W. Irving, "An efficient algorithm for the 'stable roommates' problem", Journal
 * of Algorithms 6 (1985) 577–595; D. Gusfield and R. W. Irving, "The Stable Marriage Problem:
 * Structure and Algorithms", MIT Press (1989), chapter 4.
 */
public final class IrvingStableRoommates implements StableRoommatesMatching {
  private static final IrvingStableRoommates INSTANCE = new IrvingStableRoommates();

  private IrvingStableRoommates() {}

  /**
   * Returns the solver. It has no configuration; {@link #solve} is reusable and thread-safe.
   *
   * @return the solver
   */
  public static IrvingStableRoommates create() {
    return INSTANCE;
  }

  @Override
  public Result solve(RoommatesProblem problem) {
    Objects.requireNonNull(problem, "problem");
    int[] partner = new Table(problem.lists()).solve();
    return partner == null ? Result.none(problem) : Result.owning(problem, partner);
  }

  /** Returns {@code IrvingStableRoommates}. */
  @Override
  public String toString() {
    return "IrvingStableRoommates";
  }

  /** The working table of one run: reduced lists, ranks, and monotone pointers. */
  private static final class Table {
    private final int n;
    private final int[][] list;
    private final int[][] rank;
    private final boolean[][] alive;
    private final int[] first;
    private final int[] second;
    private final int[] last;
    private boolean emptied;

    Table(int[][] preferences) {
      n = preferences.length;
      rank = new int[n][n];
      for (int[] row : rank) {
        Arrays.fill(row, -1);
      }
      for (int i = 0; i < n; i++) {
        for (int r = 0; r < preferences[i].length; r++) {
          rank[i][preferences[i][r]] = r;
        }
      }
      // keep mutual entries only, and renumber ranks along the reduced lists
      list = new int[n][];
      for (int i = 0; i < n; i++) {
        int[] kept = new int[preferences[i].length];
        int size = 0;
        for (int j : preferences[i]) {
          if (rank[j][i] >= 0) {
            kept[size++] = j;
          }
        }
        list[i] = Arrays.copyOf(kept, size);
      }
      alive = new boolean[n][];
      first = new int[n];
      second = new int[n];
      last = new int[n];
      for (int i = 0; i < n; i++) {
        Arrays.fill(rank[i], -1);
        for (int r = 0; r < list[i].length; r++) {
          rank[i][list[i][r]] = r;
        }
        alive[i] = new boolean[list[i].length];
        Arrays.fill(alive[i], true);
        second[i] = 1;
        last[i] = list[i].length - 1;
      }
    }

    int head(int i) {
      while (first[i] <= last[i] && !alive[i][first[i]]) {
        first[i]++;
      }
      return first[i] <= last[i] ? list[i][first[i]] : -1;
    }

    int second(int i) {
      if (head(i) < 0) {
        return -1;
      }
      if (second[i] <= first[i]) {
        second[i] = first[i] + 1;
      }
      while (second[i] <= last[i] && !alive[i][second[i]]) {
        second[i]++;
      }
      return second[i] <= last[i] ? list[i][second[i]] : -1;
    }

    int tail(int i) {
      while (last[i] >= first[i] && !alive[i][last[i]]) {
        last[i]--;
      }
      return last[i] >= first[i] ? list[i][last[i]] : -1;
    }

    /** Deletes every entry after {@code keep} on {@code y}'s list, on both sides. */
    void truncate(int y, int keep) {
      int stop = rank[y][keep];
      for (int r = last[y]; r > stop; r--) {
        if (alive[y][r]) {
          int w = list[y][r];
          alive[y][r] = false;
          alive[w][rank[w][y]] = false;
          if (head(w) < 0) {
            emptied = true;
          }
        }
      }
      last[y] = Math.min(last[y], stop);
    }

    int @Nullable [] solve() {
      // phase 1: proposals
      int[] holder = new int[n];
      Arrays.fill(holder, -1);
      int[] queue = new int[Math.max(1, n)];
      int head = 0;
      int size = n;
      for (int i = 0; i < n; i++) {
        queue[i] = i;
      }
      while (size > 0) {
        int x = queue[head];
        head = head + 1 == queue.length ? 0 : head + 1;
        size--;
        int y = head(x);
        if (y < 0) {
          continue; // x's list is empty: x is unmatched in every stable matching
        }
        int rejected = holder[y];
        holder[y] = x;
        truncate(y, x);
        if (rejected >= 0) {
          int tail = head + size;
          queue[tail >= queue.length ? tail - queue.length : tail] = rejected;
          size++;
        }
      }
      // phase 2: rotations; an emptied list now means no stable matching
      emptied = false;
      int[] path = new int[Math.max(1, n)];
      int[] onPath = new int[n];
      Arrays.fill(onPath, -1);
      int depth = 0;
      int scan = 0;
      int[] ys = new int[Math.max(1, n)];
      while (true) {
        if (depth == 0) {
          while (scan < n && second(scan) < 0) {
            scan++;
          }
          if (scan == n) {
            break;
          }
          path[depth] = scan;
          onPath[scan] = depth++;
        }
        int x = path[depth - 1];
        int y = second(x);
        if (y < 0) {
          onPath[x] = -1;
          depth--;
          continue;
        }
        int next = tail(y);
        if (onPath[next] < 0) {
          path[depth] = next;
          onPath[next] = depth++;
          continue;
        }
        int from = onPath[next];
        for (int t = from; t < depth; t++) {
          ys[t] = second(path[t]);
        }
        for (int t = from; t < depth; t++) {
          truncate(ys[t], path[t]);
        }
        if (emptied) {
          return null;
        }
        for (int t = from; t < depth; t++) {
          onPath[path[t]] = -1;
        }
        depth = from;
      }
      int[] partner = new int[n];
      for (int i = 0; i < n; i++) {
        partner[i] = head(i);
      }
      return partner;
    }
  }
}
