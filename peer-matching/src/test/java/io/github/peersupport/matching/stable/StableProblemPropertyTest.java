package io.github.peersupport.matching.stable;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.testing.Seeds;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link StableProblem#fromScores} on 10 seeds × 20 instances with long lists (up to 80 seekers per
 * supporter) and many ties: every list equals a reference sort by descending score, then ascending
 * id text of the other side ("s10" before "s2"); the rank tables agree with the lists.
 */
class StableProblemPropertyTest {
  private static final int CASES = 20;

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void fromScores_longListsWithTies_orderByScoreThenId(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      int n = 1 + random.nextInt(80);
      int m = 1 + random.nextInt(6);
      List<SeekerId> seekers = StableGen.seekers(n);
      List<SupporterId> supporters = StableGen.supporters(m);
      int e = 0;
      int[] pairSeekers = new int[n * m];
      int[] pairSupporters = new int[n * m];
      double[] seekerScores = new double[n * m];
      double[] supporterScores = new double[n * m];
      double[][] seekerScore = new double[n][m];
      double[][] supporterScore = new double[n][m];
      boolean[][] candidate = new boolean[n][m];
      // pairs in a random order, scores from a few values
      for (int k : StableGen.randomList(random, n * m, 0.8)) {
        int i = k / m;
        int j = k % m;
        pairSeekers[e] = i;
        pairSupporters[e] = j;
        seekerScores[e] = seekerScore[i][j] = random.nextInt(4) * 0.25;
        supporterScores[e] = supporterScore[i][j] = random.nextInt(4) - 1.5;
        candidate[i][j] = true;
        e++;
      }
      StableProblem p = StableProblem.fromScores(seekers, supporters, new int[m], Arrays.copyOf(pairSeekers, e),
          Arrays.copyOf(pairSupporters, e), Arrays.copyOf(seekerScores, e), Arrays.copyOf(supporterScores, e));
      for (int i = 0; i < n; i++) {
        int ii = i;
        int[] expected = IntStream.range(0, m).filter(j -> candidate[ii][j]).boxed()
            .sorted(Comparator.comparingDouble((Integer j) -> -seekerScore[ii][j]).thenComparing(j -> supporters.get(j).value()))
            .mapToInt(Integer::intValue).toArray();
        assertThat(p.seekerPreferences(i)).containsExactly(expected);
      }
      for (int j = 0; j < m; j++) {
        int jj = j;
        int[] expected = IntStream.range(0, n).filter(i -> candidate[i][jj]).boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> -supporterScore[i][jj]).thenComparing(i -> seekers.get(i).value()))
            .mapToInt(Integer::intValue).toArray();
        assertThat(p.supporterPreferences(j)).containsExactly(expected);
        for (int r = 0; r < expected.length; r++) {
          assertThat(p.supporterRank(j, expected[r])).isEqualTo(r);
          assertThat(p.isAcceptable(expected[r], j)).isTrue();
        }
      }
    });
  }
}
