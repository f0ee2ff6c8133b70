package io.github.peersupport.bench;

import io.github.peersupport.matching.stable.IrvingStableRoommates;
import io.github.peersupport.matching.stable.RoommatesProblem;
import io.github.peersupport.matching.stable.StableRoommatesMatching;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Peer buddy pairing (stable roommates, Irving's algorithm) in one cohort: n members, each listing
 * {@code listLength} other members (all of them when the list is as long as the cohort allows) in a
 * seeded random order; two members are acceptable to each other only if both list each other.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class StableRoommatesBenchmark {
  /** Members in the cohort. */
  @Param({"100", "1000"})
  public int n;

  private final IrvingStableRoommates solver = IrvingStableRoommates.create();
  private RoommatesProblem problem;

  /** Generates complete random preference lists (seeded). */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(Instances.SEED ^ n);
    int[][] lists = new int[n][];
    for (int i = 0; i < n; i++) {
      int[] list = new int[n - 1];
      for (int j = 0, at = 0; j < n; j++) {
        if (j != i) {
          list[at++] = j;
        }
      }
      for (int t = list.length - 1; t > 0; t--) {
        int u = random.nextInt(t + 1);
        int swap = list[t];
        list[t] = list[u];
        list[u] = swap;
      }
      lists[i] = list;
    }
    problem = RoommatesProblem.of(Instances.seekerIds(n), lists);
  }

  /**
   * Solves the cohort (a stable pairing, or the report that none exists).
   *
   * @return the result (consumed by JMH)
   */
  @Benchmark
  public StableRoommatesMatching.Result solve() {
    return solver.solve(problem);
  }
}
