package io.github.peersupport.matching.stable;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Seeded small instances and brute-force references for the stable matching tests: every matching
 * of a small problem is enumerated, the stable ones kept, and each side's optimum picked by
 * definition (not by any algorithm).
 */
final class StableGen {
  private StableGen() {}

  static List<SeekerId> seekers(int n) {
    return IntStream.range(0, n).mapToObj(i -> SeekerId.of("s" + i)).toList();
  }

  static List<SupporterId> supporters(int m) {
    return IntStream.range(0, m).mapToObj(j -> SupporterId.of("h" + j)).toList();
  }

  /** A random subset of 0..count-1 in random order, each element kept with probability p. */
  static int[] randomList(SplittableRandom random, int count, double p) {
    int[] all = IntStream.range(0, count).toArray();
    for (int i = count - 1; i > 0; i--) {
      int k = random.nextInt(i + 1);
      int t = all[i];
      all[i] = all[k];
      all[k] = t;
    }
    return Arrays.stream(all).filter(x -> random.nextDouble() < p).toArray();
  }

  /** 1 to 6 seekers, 1 to 3 supporters with capacity 0 to 2, incomplete (and one-sided) lists. */
  static StableProblem smallProblem(SplittableRandom random) {
    int n = 1 + random.nextInt(6);
    int m = 1 + random.nextInt(3);
    int[] capacities = new int[m];
    for (int j = 0; j < m; j++) {
      capacities[j] = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(2);
    }
    double p = random.nextInt(3) == 0 ? 1.0 : 0.5 + random.nextDouble() * 0.5;
    int[][] seekerLists = new int[n][];
    for (int i = 0; i < n; i++) {
      seekerLists[i] = randomList(random, m, p);
    }
    int[][] supporterLists = new int[m][];
    for (int j = 0; j < m; j++) {
      supporterLists[j] = randomList(random, n, p);
    }
    return StableProblem.of(seekers(n), supporters(m), capacities, seekerLists, supporterLists);
  }

  /**
   * A tight market, where the two optima often differ: 2 or 3 supporters of capacity 1 or 2, as many
   * seekers as places, near-complete lists.
   */
  static StableProblem tightProblem(SplittableRandom random) {
    int m = 2 + random.nextInt(2);
    int[] capacities = new int[m];
    int n = 0;
    for (int j = 0; j < m; j++) {
      capacities[j] = 1 + random.nextInt(2);
      n += capacities[j];
    }
    int[][] seekerLists = new int[n][];
    for (int i = 0; i < n; i++) {
      seekerLists[i] = randomList(random, m, 0.9);
    }
    int[][] supporterLists = new int[m][];
    for (int j = 0; j < m; j++) {
      supporterLists[j] = randomList(random, n, 0.9);
    }
    return StableProblem.of(seekers(n), supporters(m), capacities, seekerLists, supporterLists);
  }

  /** Half {@link #smallProblem}, half {@link #tightProblem}. */
  static StableProblem mixedProblem(SplittableRandom random) {
    return random.nextBoolean() ? smallProblem(random) : tightProblem(random);
  }

  /** Every assignment respecting capacities and acceptability. */
  static List<int[]> allMatchings(StableProblem p) {
    List<int[]> out = new ArrayList<>();
    enumerate(p, 0, new int[p.seekerCount()], new int[p.supporterCount()], out);
    return out;
  }

  private static void enumerate(StableProblem p, int i, int[] current, int[] load, List<int[]> out) {
    if (i == p.seekerCount()) {
      out.add(current.clone());
      return;
    }
    current[i] = -1;
    enumerate(p, i + 1, current, load, out);
    for (int h = 0; h < p.supporterCount(); h++) {
      if (p.isAcceptable(i, h) && load[h] < p.capacity(h)) {
        load[h]++;
        current[i] = h;
        enumerate(p, i + 1, current, load, out);
        load[h]--;
      }
    }
    current[i] = -1;
  }

  /** A seeker's rank of its supporter; unassigned ranks below everything. */
  static int seekerRankOf(StableProblem p, int[] m, int i) {
    return m[i] < 0 ? Integer.MAX_VALUE : p.seekerRank(i, m[i]);
  }

  /** Blocking pairs by definition, in seeker order then the seeker's preference order. */
  static List<int[]> blockingPairs(StableProblem p, int[] m) {
    List<int[]> blocking = new ArrayList<>();
    for (int i = 0; i < p.seekerCount(); i++) {
      for (int h : p.seekerPreferences(i)) {
        if (h == m[i] || !p.isAcceptable(i, h) || p.seekerRank(i, h) > seekerRankOf(p, m, i)) {
          continue;
        }
        int load = 0;
        boolean prefersOverSomeone = false;
        for (int k = 0; k < m.length; k++) {
          if (m[k] == h) {
            load++;
            prefersOverSomeone |= p.supporterRank(h, i) < p.supporterRank(h, k);
          }
        }
        if (load < p.capacity(h) || prefersOverSomeone) {
          blocking.add(new int[] {i, h});
        }
      }
    }
    return blocking;
  }

  static List<int[]> stableMatchings(StableProblem p) {
    return allMatchings(p).stream().filter(m -> blockingPairs(p, m).isEmpty()).toList();
  }

  /** The stable matching every seeker weakly prefers to every other stable matching. */
  static int[] seekerOptimal(StableProblem p) {
    List<int[]> stable = stableMatchings(p);
    for (int[] candidate : stable) {
      boolean best = stable.stream().allMatch(other -> IntStream.range(0, p.seekerCount())
          .allMatch(i -> seekerRankOf(p, candidate, i) <= seekerRankOf(p, other, i)));
      if (best) {
        return candidate;
      }
    }
    throw new AssertionError("no seeker-optimal stable matching among " + stable.size());
  }

  /**
   * The stable matching every supporter weakly prefers to every other: its k-th best seeker is at
   * least as good as its k-th best in any other stable matching, for every k.
   */
  static int[] supporterOptimal(StableProblem p) {
    List<int[]> stable = stableMatchings(p);
    for (int[] candidate : stable) {
      boolean best = stable.stream().allMatch(other -> IntStream.range(0, p.supporterCount())
          .allMatch(h -> dominates(sortedRanks(p, candidate, h), sortedRanks(p, other, h))));
      if (best) {
        return candidate;
      }
    }
    throw new AssertionError("no supporter-optimal stable matching among " + stable.size());
  }

  private static int[] sortedRanks(StableProblem p, int[] m, int h) {
    return IntStream.range(0, m.length).filter(i -> m[i] == h).map(i -> p.supporterRank(h, i)).sorted().toArray();
  }

  private static boolean dominates(int[] a, int[] b) {
    for (int k = 0; k < Math.max(a.length, b.length); k++) {
      int x = k < a.length ? a[k] : Integer.MAX_VALUE;
      int y = k < b.length ? b[k] : Integer.MAX_VALUE;
      if (x > y) {
        return false;
      }
    }
    return true;
  }
}
