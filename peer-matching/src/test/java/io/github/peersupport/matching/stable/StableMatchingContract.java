package io.github.peersupport.matching.stable;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link StableMatching}: results respect capacities and acceptability (one-sided
 * listings are unacceptable), have no blocking pair, reproduce the published Gale–Shapley answers,
 * and {@code solve} is reusable and thread-safe. Subclasses name the side's optimum.
 */
abstract class StableMatchingContract {
  /** The solver under test. */
  abstract StableMatching solver();

  /** The matching this solver must return on Gale and Shapley's Example 1. */
  abstract int[] galeShapley1Expected();

  /** The matching this solver must return on {@link Textbook#hospitals()}. */
  abstract int[] hospitalsExpected();

  /** The brute-force reference of this solver's optimum. */
  abstract int[] bruteForceOptimum(StableProblem problem);

  @Test
  void solve_galeShapleyExample1_returnsThisSidesOptimum() {
    StableProblem p = Textbook.galeShapley1();
    assertThat(solver().solve(p).assignment()).containsExactly(galeShapley1Expected());
    assertThat(StableGen.stableMatchings(p)).hasSize(3);
  }

  @Test
  void solve_galeShapleyExample2_returnsTheUniqueStableMatching() {
    StableProblem p = Textbook.galeShapley2();
    StableMatching.Result r = solver().solve(p);
    assertThat(r.assignment()).containsExactly(Textbook.GALE_SHAPLEY_2_UNIQUE);
    assertThat(r.pairs()).containsExactly(
        StablePair.of(SeekerId.of("s0"), SupporterId.of("h2")),
        StablePair.of(SeekerId.of("s1"), SupporterId.of("h3")),
        StablePair.of(SeekerId.of("s2"), SupporterId.of("h0")),
        StablePair.of(SeekerId.of("s3"), SupporterId.of("h1")));
    assertThat(StableGen.stableMatchings(p)).hasSize(1);
  }

  @Test
  void solve_hospitalsInstance_returnsThisSidesOptimumAndLeavesTheOneSidedSeekerOut() {
    StableProblem p = Textbook.hospitals();
    StableMatching.Result r = solver().solve(p);
    assertThat(r.assignment()).containsExactly(hospitalsExpected()).containsExactly(bruteForceOptimum(p));
    assertThat(r.unassigned()).containsExactly(SeekerId.of("s3"));
    assertThat(r.assignedCount()).isEqualTo(5);
    assertThat(r.load(0)).isEqualTo(2);
    assertThat(r.supporterOf(SeekerId.of("s3"))).isEmpty();
    assertThat(r.supporterOf(SeekerId.of("s0"))).contains(SupporterId.of("h2"));
    assertThat(BlockingPairs.find(p, r)).isEmpty();
  }

  @Test
  void solve_emptyProblem_assignsNobody() {
    StableProblem p = StableProblem.of(List.of(), List.of(), new int[0], new int[0][], new int[0][]);
    StableMatching.Result r = solver().solve(p);
    assertThat(r.assignment()).isEmpty();
    assertThat(r.pairs()).isEmpty();
  }

  @Test
  void solve_pairsListedByOneSideOnly_areNeverMatched() {
    // s0 lists h0 but h0 lists only s1; s1 does not list h0
    StableProblem p = StableProblem.of(StableGen.seekers(2), StableGen.supporters(1), new int[] {2},
        new int[][] {{0}, {}}, new int[][] {{1}});
    StableMatching.Result r = solver().solve(p);
    assertThat(r.assignment()).containsExactly(-1, -1);
    assertThat(r.unassigned()).containsExactly(SeekerId.of("s0"), SeekerId.of("s1"));
    assertThat(BlockingPairs.find(p, r)).isEmpty();
  }

  @Test
  void solve_zeroCapacity_supporterGetsNobody() {
    StableProblem p = StableProblem.of(StableGen.seekers(2), StableGen.supporters(2), new int[] {0, 1},
        new int[][] {{0, 1}, {0, 1}}, new int[][] {{0, 1}, {1, 0}});
    StableMatching.Result r = solver().solve(p);
    assertThat(r.load(0)).isZero();
    assertThat(r.assignment()).containsExactly(-1, 1);
    assertThat(r.seekersOf(1)).containsExactly(1);
  }

  @Test
  void solve_sameProblemFromManyThreads_returnsEqualResults() throws Exception {
    StableProblem p = Textbook.hospitals();
    StableMatching.Result first = solver().solve(p);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<StableMatching.Result>> results = IntStream.range(0, 64)
          .mapToObj(k -> pool.submit(() -> solver().solve(p))).toList();
      for (Future<StableMatching.Result> f : results) {
        assertThat(f.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void solve_resultOfAnotherProblem_isNotEqual() {
    assertThat(solver().solve(Textbook.hospitals())).isNotEqualTo(solver().solve(Textbook.hospitals()));
  }
}
