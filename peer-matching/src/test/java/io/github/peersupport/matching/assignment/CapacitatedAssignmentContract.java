package io.github.peersupport.matching.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.assignment.CapacitatedAssignment.Reason;
import io.github.peersupport.matching.assignment.CapacitatedAssignment.Result;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of every {@link CapacitatedAssignment}: capacities are never exceeded, only candidate
 * pairs are used, totals add up, unassigned seekers carry the right reason, and results are
 * deterministic and thread-safe. Subclasses give the expected answer on a small example.
 */
abstract class CapacitatedAssignmentContract {
  /** The solver under test. */
  abstract CapacitatedAssignment solver();

  /** This solver's assignment (supporter index per seeker) on {@link #example()}. */
  abstract int[] exampleExpected();

  /**
   * Seekers a, b, c, d; supporters x (capacity 1) and y (capacity 2). Pairs: a–x −5, b–x −4, a–y 3,
   * d–y 2; c has no candidate. MIN_COST takes a–x only (−5); COVERAGE_FIRST takes a–y, b–x, d–y (1).
   */
  static AssignmentProblem<SeekerId, SupporterId> example() {
    return AssignmentProblem.of(
        List.of(SeekerId.of("a"), SeekerId.of("b"), SeekerId.of("c"), SeekerId.of("d")),
        List.of(SupporterId.of("x"), SupporterId.of("y")),
        new int[] {1, 2},
        new int[] {0, 1, 0, 3},
        new int[] {0, 0, 1, 1},
        new long[] {-5, -4, 3, 2});
  }

  @Test
  void solve_example_returnsExpectedAssignmentWithReasons() {
    AssignmentProblem<SeekerId, SupporterId> p = example();
    Result<SeekerId, SupporterId> r = solver().solve(p);
    assertThat(r.assignment()).containsExactly(exampleExpected());
    assertThat(r.problem()).isSameAs(p);
    assertThat(r.unassignedReason(2)).contains(Reason.NO_CANDIDATE);
    assertThat(r.targetOf(SeekerId.of("c"))).isEmpty();
    checkInvariants(p, r);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void solve_anyProblem_carriesACertificateExactlyWhenTheSolverIsOptimal(long seed) {
    Seeds.forEachCase(seed, 10, random -> {
      AssignmentProblem<SeekerId, SupporterId> p = AssignmentGen.problem(random, 12, 4, 3, 0.5, 20);
      Result<SeekerId, SupporterId> r = solver().solve(p);
      assertThat(r.certificate().isPresent()).isEqualTo(solver().optimal());
      if (solver().optimal()) {
        assertThat(AssignmentGen.certificateViolations(p, r, solver().objective())).isEmpty();
      }
    });
  }

  @Test
  void solve_noPairsOrZeroCapacity_assignsNobody() {
    AssignmentProblem<SeekerId, SupporterId> empty = AssignmentProblem.of(List.<SeekerId>of(), List.<SupporterId>of(), new int[0], new int[0], new int[0], new long[0]);
    assertThat(solver().solve(empty).assignedCount()).isZero();
    AssignmentProblem<SeekerId, SupporterId> full = AssignmentProblem.of(AssignmentGen.seekers(2), AssignmentGen.supporters(1), new int[] {0},
        new int[] {0}, new int[] {0}, new long[] {-7});
    Result<SeekerId, SupporterId> r = solver().solve(full);
    assertThat(r.assignment()).containsExactly(-1, -1);
    assertThat(r.unassignedReason(0)).contains(Reason.CAPACITY);
    assertThat(r.unassignedReason(1)).contains(Reason.NO_CANDIDATE);
    assertThat(r.unassigned()).containsExactly(SeekerId.of("s0"), SeekerId.of("s1"));
    assertThat(r.totalCost()).isZero();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void solve_randomProblems_respectsCapacitiesCandidatesTotalsAndReasons(long seed) {
    Seeds.forEachCase(seed, 100, random -> {
      AssignmentProblem<SeekerId, SupporterId> p = AssignmentGen.problem(random, 40, 12, 4, random.nextDouble(), 1000);
      Result<SeekerId, SupporterId> r = solver().solve(p);
      checkInvariants(p, r);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void solve_sameProblemTwice_returnsTheSameResult(long seed) {
    Seeds.forEachCase(seed, 30, random -> {
      AssignmentProblem<SeekerId, SupporterId> p = AssignmentGen.problem(random, 30, 8, 3, 0.4, 3);
      Result<SeekerId, SupporterId> first = solver().solve(p);
      Result<SeekerId, SupporterId> second = solver().solve(p);
      for (int i = 0; i < p.itemCount(); i++) {
        assertThat(second.pairOf(i)).isEqualTo(first.pairOf(i));
      }
      assertThat(second.totalCost()).isEqualTo(first.totalCost());
    });
  }

  @Test
  void solve_fromManyThreads_returnsTheSameResult() throws Exception {
    AssignmentProblem<SeekerId, SupporterId> p = AssignmentGen.problem(new java.util.SplittableRandom(42), 200, 40, 5, 0.2, 100);
    int[] expected = solver().solve(p).assignment();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<int[]>> futures = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        futures.add(pool.submit(() -> solver().solve(p).assignment()));
      }
      for (Future<int[]> f : futures) {
        assertThat(f.get()).containsExactly(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  static void checkInvariants(AssignmentProblem<SeekerId, SupporterId> p, Result<SeekerId, SupporterId> r) {
    int[] load = new int[p.targetCount()];
    long total = 0;
    int assigned = 0;
    for (int i = 0; i < p.itemCount(); i++) {
      int e = r.pairOf(i);
      if (e >= 0) {
        assertThat(p.pairItem(e)).as("pair of seeker %d", i).isEqualTo(i);
        assertThat(r.targetOf(i)).isEqualTo(p.pairTarget(e));
        assertThat(r.targetOf(p.item(i))).contains(p.target(p.pairTarget(e)));
        assertThat(r.unassignedReason(i)).isEmpty();
        load[p.pairTarget(e)]++;
        total += p.pairCost(e);
        assigned++;
      } else {
        assertThat(r.targetOf(i)).isEqualTo(-1);
      }
    }
    for (int j = 0; j < p.targetCount(); j++) {
      assertThat(load[j]).as("load of supporter %d", j).isEqualTo(r.load(j)).isLessThanOrEqualTo(p.capacity(j));
    }
    assertThat(r.totalCost()).isEqualTo(total);
    assertThat(r.assignedCount()).isEqualTo(assigned);
    assertThat(r.unassigned()).hasSize(p.itemCount() - assigned);
    for (int i = 0; i < p.itemCount(); i++) {
      if (r.pairOf(i) >= 0) {
        continue;
      }
      int[] pairs = p.pairsOf(i);
      Reason expected;
      if (pairs.length == 0) {
        expected = Reason.NO_CANDIDATE;
      } else {
        boolean room = false;
        for (int e : pairs) {
          room |= load[p.pairTarget(e)] < p.capacity(p.pairTarget(e));
        }
        expected = room ? Reason.NOT_CHOSEN : Reason.CAPACITY;
      }
      assertThat(r.unassignedReason(i)).as("reason of seeker %d", i).isEqualTo(Optional.of(expected));
    }
  }
}
