package io.github.peersupport.matching.stable;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.testing.Seeds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Irving's algorithm against brute force on 10 seeds × 150 random cohorts of 0 to 8 members, half
 * with complete lists and half with incomplete (possibly one-sided) lists: it finds a pairing exactly
 * when one of the enumerated matchings is stable, and any pairing it returns is stable, mutual and
 * uses acceptable pairs only.
 */
class RoommatesPropertyTest {
  private static final int CASES = 150;

  static List<SeekerId> members(int n) {
    return IntStream.range(0, n).mapToObj(i -> SeekerId.of("m" + i)).toList();
  }

  static RoommatesProblem randomProblem(SplittableRandom random) {
    int n = random.nextInt(9);
    boolean complete = random.nextBoolean();
    int[][] lists = new int[n][];
    for (int i = 0; i < n; i++) {
      int self = i;
      int[] others = Arrays.stream(StableGen.randomList(random, n, complete ? 1.0 : 0.7)).filter(j -> j != self).toArray();
      lists[i] = others;
    }
    return RoommatesProblem.of(members(n), lists);
  }

  private static boolean acceptable(RoommatesProblem p, int a, int b) {
    return rank(p, a, b) >= 0 && rank(p, b, a) >= 0;
  }

  private static int rank(RoommatesProblem p, int a, int b) {
    int[] list = p.preferences(a);
    for (int r = 0; r < list.length; r++) {
      if (list[r] == b) {
        return r;
      }
    }
    return -1;
  }

  /** Whether a pairing (partner or -1 per member) is stable: no acceptable pair both strictly prefer. */
  static boolean isStable(RoommatesProblem p, int[] partner) {
    int n = p.size();
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (partner[a] == b || !acceptable(p, a, b)) {
          continue;
        }
        boolean aWants = partner[a] < 0 || rank(p, a, b) < rank(p, a, partner[a]);
        boolean bWants = partner[b] < 0 || rank(p, b, a) < rank(p, b, partner[b]);
        if (aWants && bWants) {
          return false;
        }
      }
    }
    return true;
  }

  /** Every stable matching, found by enumerating all matchings of acceptable pairs. */
  static List<int[]> bruteForceStable(RoommatesProblem p) {
    List<int[]> all = new ArrayList<>();
    int[] partner = new int[p.size()];
    Arrays.fill(partner, -1);
    enumerate(p, 0, partner, all);
    return all.stream().filter(m -> isStable(p, m)).toList();
  }

  private static void enumerate(RoommatesProblem p, int a, int[] partner, List<int[]> out) {
    if (a == p.size()) {
      out.add(partner.clone());
      return;
    }
    if (partner[a] >= 0) {
      enumerate(p, a + 1, partner, out);
      return;
    }
    enumerate(p, a + 1, partner, out);
    for (int b = a + 1; b < p.size(); b++) {
      if (partner[b] < 0 && acceptable(p, a, b)) {
        partner[a] = b;
        partner[b] = a;
        enumerate(p, a + 1, partner, out);
        partner[a] = -1;
        partner[b] = -1;
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void solve_randomCohorts_agreesWithBruteForceAndIsStable(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      RoommatesProblem p = randomProblem(random);
      StableRoommatesMatching.Result r = IrvingStableRoommates.create().solve(p);
      List<int[]> stable = bruteForceStable(p);
      assertThat(r.succeeded()).as("exists, %d stable matchings", stable.size()).isEqualTo(!stable.isEmpty());
      if (r.succeeded()) {
        int[] partner = r.partners();
        for (int a = 0; a < p.size(); a++) {
          if (partner[a] >= 0) {
            assertThat(partner[partner[a]]).isEqualTo(a);
            assertThat(acceptable(p, a, partner[a])).isTrue();
          }
        }
        assertThat(isStable(p, partner)).as(Arrays.toString(partner)).isTrue();
        assertThat(RoommatesBlockingPairs.violations(p, r)).isEmpty();
        assertThat(RoommatesBlockingPairs.find(p, r)).isEmpty();
        assertThat(r.pairs().size() * 2 + r.unmatched().size()).isEqualTo(p.size());
      }
    });
  }
}
