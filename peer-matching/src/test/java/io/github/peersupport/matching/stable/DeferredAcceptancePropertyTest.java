package io.github.peersupport.matching.stable;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.testing.Seeds;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deferred acceptance against brute force on 10 seeds × 200 small random instances (half loose: 1 to
 * 6 seekers, 1 to 3 supporters of capacity 0 to 2, incomplete and one-sided lists; half tight: as
 * many seekers as places, where the two optima often differ): for both sides the result
 * respects capacities and acceptability, has no blocking pair, and equals that side's optimum found
 * by enumerating every matching; {@link BlockingPairs} agrees with the definition on every
 * enumerated matching (10 × 100 instances); lists derived from scores with ties give weakly stable matchings.
 */
class DeferredAcceptancePropertyTest {
  private static final int CASES = 100;
  private static final int CROSS_CHECK_CASES = 200;
  private static final StableMatching SEEKER = DeferredAcceptanceStableMatching.seekerOptimal();
  private static final StableMatching SUPPORTER = DeferredAcceptanceStableMatching.supporterOptimal();

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void solve_randomSmallProblems_equalsBruteForceOptimaWithoutBlockingPairs(long seed) {
    Seeds.forEachCase(seed, CROSS_CHECK_CASES, random -> {
      StableProblem p = StableGen.mixedProblem(random);
      StableMatching.Result seeker = SEEKER.solve(p);
      StableMatching.Result supporter = SUPPORTER.solve(p);
      for (StableMatching.Result r : List.of(seeker, supporter)) {
        assertThat(BlockingPairs.violations(p, r)).isEmpty();
        assertThat(BlockingPairs.find(p, r)).isEmpty();
        for (int h = 0; h < p.supporterCount(); h++) {
          assertThat(r.load(h)).isLessThanOrEqualTo(p.capacity(h));
        }
        for (int i = 0; i < p.seekerCount(); i++) {
          assertThat(r.supporterOf(i) < 0 || p.isAcceptable(i, r.supporterOf(i))).isTrue();
        }
      }
      assertThat(seeker.assignment()).containsExactly(StableGen.seekerOptimal(p));
      assertThat(supporter.assignment()).containsExactly(StableGen.supporterOptimal(p));
      // rural hospitals: the same seekers are assigned and every supporter fills as many places
      assertThat(seeker.unassigned()).isEqualTo(supporter.unassigned());
      for (int h = 0; h < p.supporterCount(); h++) {
        assertThat(seeker.load(h)).isEqualTo(supporter.load(h));
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void find_everyFeasibleMatching_equalsTheDefinition(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      StableProblem p = StableGen.mixedProblem(random);
      for (int[] m : StableGen.allMatchings(p)) {
        List<StablePair> expected = StableGen.blockingPairs(p, m).stream()
            .map(b -> StablePair.of(p.seeker(b[0]), p.supporter(b[1]))).toList();
        assertThat(BlockingPairs.find(p, StableMatching.Result.of(p, m))).as(Arrays.toString(m)).isEqualTo(expected);
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void fromScores_scoresWithTies_giveWeaklyStableMatchings(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      int n = 1 + random.nextInt(5);
      int m = 1 + random.nextInt(3);
      int[] capacities = IntStream.range(0, m).map(j -> random.nextInt(3)).toArray();
      int[] pairSeekers = new int[n * m];
      int[] pairSupporters = new int[n * m];
      double[] seekerScores = new double[n * m];
      double[] supporterScores = new double[n * m];
      boolean[][] candidate = new boolean[n][m];
      int e = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
          if (random.nextInt(4) > 0) {
            candidate[i][j] = true;
            pairSeekers[e] = i;
            pairSupporters[e] = j;
            seekerScores[e] = random.nextInt(3); // few values: many ties
            supporterScores[e] = random.nextInt(3);
            e++;
          }
        }
      }
      StableProblem p = StableProblem.fromScores(StableGen.seekers(n), StableGen.supporters(m), capacities,
          Arrays.copyOf(pairSeekers, e), Arrays.copyOf(pairSupporters, e), Arrays.copyOf(seekerScores, e), Arrays.copyOf(supporterScores, e));
      double[][] seekerScore = new double[n][m];
      double[][] supporterScore = new double[n][m];
      for (int k = 0; k < e; k++) {
        seekerScore[pairSeekers[k]][pairSupporters[k]] = seekerScores[k];
        supporterScore[pairSeekers[k]][pairSupporters[k]] = supporterScores[k];
      }
      for (StableMatching solver : List.of(SEEKER, SUPPORTER)) {
        int[] r = solver.solve(p).assignment();
        // weak stability: no candidate pair where both strictly gain
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < m; j++) {
            if (!candidate[i][j] || r[i] == j) {
              continue;
            }
            boolean seekerGains = r[i] < 0 || seekerScore[i][j] > seekerScore[i][r[i]];
            int jj = j;
            long load = Arrays.stream(r).filter(x -> x == jj).count();
            int ii = i;
            boolean supporterGains = load < capacities[j] || IntStream.range(0, n)
                .anyMatch(k -> r[k] == jj && supporterScore[ii][jj] > supporterScore[k][jj]);
            assertThat(seekerGains && supporterGains).as("pair %d-%d strictly blocks %s", i, j, Arrays.toString(r)).isFalse();
          }
        }
      }
    });
  }
}
