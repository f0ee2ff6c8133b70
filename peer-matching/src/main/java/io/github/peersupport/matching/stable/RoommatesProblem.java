package io.github.peersupport.matching.stable;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.internal.Require;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable stable roommates instance: the n members of one cohort (e.g. new mothers who want a
 * peer buddy), each with a strict preference list over the other members, best first. Lists may be
 * complete or incomplete; two members are <em>acceptable</em> to each other only if both list each
 * other, and a one-sided entry is ignored.
 */
public final class RoommatesProblem {
  private final SeekerId[] members;
  private final int[][] preferences;

  private RoommatesProblem(SeekerId[] members, int[][] preferences) {
    this.members = members;
    this.preferences = preferences;
  }

  /**
   * Creates a problem.
   *
   * @param members the members' ids, unique; member {@code i} is {@code members.get(i)}
   * @param preferences for each member, other members' indices, best first, no repeats, not itself
   * @return the problem
   * @throws IllegalArgumentException naming the item: a duplicate id, a length mismatch, an index
   *     out of range, a member listing itself or a repeated entry
   * @throws NullPointerException if any argument is null
   */
  public static RoommatesProblem of(List<SeekerId> members, int[][] preferences) {
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(preferences, "preferences");
    SeekerId[] ids = members.toArray(new SeekerId[0]);
    int n = ids.length;
    Map<SeekerId, Integer> index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      Integer first = index.putIfAbsent(Objects.requireNonNull(ids[i], "members"), i);
      if (first != null) {
        throw Require.invalid("members[" + i + "]", "duplicate id " + ids[i] + " (first at members[" + first + "])");
      }
    }
    if (preferences.length != n) {
      throw Require.invalid("preferences", "length " + preferences.length + " does not match " + n + " members");
    }
    int[][] lists = new int[n][];
    int[] seenBy = new int[n];
    int[] seenAt = new int[n];
    Arrays.fill(seenBy, -1);
    for (int i = 0; i < n; i++) {
      int[] list = Objects.requireNonNull(preferences[i], "preferences").clone();
      for (int r = 0; r < list.length; r++) {
        int j = list[r];
        String field = "preferences[" + i + "][" + r + "]";
        if (j < 0 || j >= n) {
          throw Require.invalid(field, "unknown member index " + j);
        }
        if (j == i) {
          throw Require.invalid(field, "member " + i + " lists itself");
        }
        if (seenBy[j] == i) {
          throw Require.invalid(field, "repeats member index " + j + " (first at preferences[" + i + "][" + seenAt[j] + "])");
        }
        seenBy[j] = i;
        seenAt[j] = r;
      }
      lists[i] = list;
    }
    return new RoommatesProblem(ids, lists);
  }

  /**
   * Returns the number of members, n.
   *
   * @return n
   */
  public int size() {
    return members.length;
  }

  /**
   * Returns a member's id.
   *
   * @param member the member's index
   * @return the id
   */
  public SeekerId member(int member) {
    return members[member];
  }

  /**
   * Returns the members' ids in index order.
   *
   * @return the ids
   */
  public List<SeekerId> members() {
    return List.of(members);
  }

  /**
   * Returns a member's preference list as given, best first (a copy).
   *
   * @param member the member's index
   * @return other members' indices
   */
  public int[] preferences(int member) {
    return preferences[member].clone();
  }

  /** The lists themselves, for this package's algorithms; never modified. */
  int[][] lists() {
    return preferences;
  }

  /** Returns e.g. {@code RoommatesProblem[6 members]}. */
  @Override
  public String toString() {
    return "RoommatesProblem[" + members.length + " members]";
  }
}
