package io.github.peersupport.matching.stable;

import io.github.peersupport.core.Identifier;
import io.github.peersupport.core.internal.Require;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * How {@link StableProblem} builds its preference lists: strict lists from scores with ties broken by
 * id ({@link StableProblem#fromScores}), flat validated lists, and each entry's rank on the other
 * side's list, all with counting sorts and stable merge sorts in O(n + m + L) or O(E log E) time.
 */
final class PreferenceLists {
  private PreferenceLists() {}

  /** Pair indices grouped by owner (counting sort, stable). */
  static int[] bucket(int[] owners, int count) {
    int[] identity = new int[owners.length];
    for (int k = 0; k < identity.length; k++) {
      identity[k] = k;
    }
    return bucket(identity, owners, count);
  }

  /** The items of {@code order}, stably sorted by {@code keys[item]} in 0..count-1 (counting sort). */
  static int[] bucket(int[] order, int[] keys, int count) {
    int[] start = new int[count + 1];
    for (int k : order) {
      start[keys[k] + 1]++;
    }
    for (int i = 0; i < count; i++) {
      start[i + 1] += start[i];
    }
    int[] sorted = new int[order.length];
    for (int k : order) {
      sorted[start[keys[k]]++] = k;
    }
    return sorted;
  }

  /** Each id's position in ascending {@link String#compareTo} order of the id text. */
  static int[] idRanks(Identifier[] ids) {
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < ids.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing((Integer i) -> ids[i].value()));
    int[] rank = new int[ids.length];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
    }
    return rank;
  }

  /**
   * Each owner's list: its pairs by descending score, ties by ascending id rank of the other side.
   * Pairs are put in id order first (two stable counting sorts), then each owner's run is sorted
   * stably by score.
   */
  static int[][] preferences(int count, int[] owners, int[] others, double[] scores, int[] otherIdRank) {
    int e = owners.length;
    int[] idKey = new int[e];
    for (int k = 0; k < e; k++) {
      idKey[k] = otherIdRank[others[k]];
    }
    int[] order = bucket(bucket(idKey, otherIdRank.length), owners, count);
    int[] scratch = new int[e];
    int[][] lists = new int[count][];
    int at = 0;
    for (int o = 0; o < count; o++) {
      int from = at;
      while (at < e && owners[order[at]] == o) {
        at++;
      }
      mergeSortByScore(order, from, at, scores, scratch);
      lists[o] = new int[at - from];
      for (int k = from; k < at; k++) {
        lists[o][k - from] = others[order[k]];
      }
    }
    return lists;
  }

  /** Stable sort of {@code a[from, to)} by descending {@code scores[a[k]]}. */
  static void mergeSortByScore(int[] a, int from, int to, double[] scores, int[] scratch) {
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int item = a[i];
        int j = i - 1;
        while (j >= from && scores[a[j]] < scores[item]) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = item;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSortByScore(a, from, mid, scores, scratch);
    mergeSortByScore(a, mid, to, scores, scratch);
    int i = from;
    int j = mid;
    int out = from;
    while (i < mid && j < to) {
      scratch[out++] = scores[a[j]] > scores[a[i]] ? a[j++] : a[i++];
    }
    while (i < mid) {
      scratch[out++] = a[i++];
    }
    while (j < to) {
      scratch[out++] = a[j++];
    }
    System.arraycopy(scratch, from, a, from, to - from);
  }

  static int[] flatten(String field, int[][] lists, int others, String otherName, int[] start) {
    int total = 0;
    for (int i = 0; i < lists.length; i++) {
      Objects.requireNonNull(lists[i], field);
      total += lists[i].length;
      start[i + 1] = total;
    }
    int[] flat = new int[total];
    int[] seenAt = new int[others];
    Arrays.fill(seenAt, -1);
    int[] seenBy = new int[others];
    Arrays.fill(seenBy, -1);
    for (int i = 0; i < lists.length; i++) {
      int[] list = lists[i];
      for (int r = 0; r < list.length; r++) {
        int o = list[r];
        if (o < 0 || o >= others) {
          throw Require.invalid(field + "[" + i + "][" + r + "]", "unknown " + otherName + " index " + o);
        }
        if (seenBy[o] == i) {
          throw Require.invalid(field + "[" + i + "][" + r + "]",
              "repeats " + otherName + " index " + o + " (first at " + field + "[" + i + "][" + seenAt[o] + "])");
        }
        seenBy[o] = i;
        seenAt[o] = r;
        flat[start[i] + r] = o;
      }
    }
    return flat;
  }

  /**
   * For each entry (a, b) of side A's lists, b's rank of a on side B's lists, or -1. O(|A| + |B| + L):
   * entries are bucketed by b, then each b's list is laid into a scratch rank array indexed by a.
   */
  static int[] crossRanks(int[] aStart, int[] aList, int[] bStart, int[] bList, int aCount) {
    int bCount = bStart.length - 1;
    int[] owner = new int[aList.length];
    for (int a = 0; a < aCount; a++) {
      for (int k = aStart[a]; k < aStart[a + 1]; k++) {
        owner[k] = a;
      }
    }
    int[] byB = bucket(aList, bCount);
    int[] ranks = new int[aList.length];
    int[] scratch = new int[aCount];
    Arrays.fill(scratch, -1);
    int at = 0;
    for (int b = 0; b < bCount; b++) {
      for (int k = bStart[b]; k < bStart[b + 1]; k++) {
        scratch[bList[k]] = k - bStart[b];
      }
      while (at < byB.length && aList[byB[at]] == b) {
        int k = byB[at++];
        ranks[k] = scratch[owner[k]];
      }
      for (int k = bStart[b]; k < bStart[b + 1]; k++) {
        scratch[bList[k]] = -1;
      }
    }
    return ranks;
  }
}
