package io.github.peersupport.bench;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.matching.stable.BlockingPairs;
import io.github.peersupport.matching.stable.DeferredAcceptanceStableMatching;
import io.github.peersupport.matching.stable.StableMatching;
import io.github.peersupport.matching.stable.StableProblem;
import java.util.List;
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
 * Many-to-one stable matching (deferred acceptance) on the stable view of the seeded cap instances
 * ({@link Instances}): a seeker lists its candidates by ascending cost, a supporter ranks those who
 * listed it in a seeded random order. {@link #buildSolveCertify} is the end-to-end figure
 * (problem from lists, solve, blocking-pair certificate); {@link #solve} and {@link #certify} are its
 * parts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class StableMatchingBenchmark {
  /** The instance. */
  @Param({"cap-1k", "cap-2k", "cap-5k", "cap-10k"})
  public String instance;

  /** Which side proposes. */
  @Param({"SEEKER_OPTIMAL", "SUPPORTER_OPTIMAL"})
  public DeferredAcceptanceStableMatching.Side side;

  private DeferredAcceptanceStableMatching solver;
  private List<SeekerId> seekers;
  private List<SupporterId> supporters;
  private int[] capacities;
  private int[][] seekerLists;
  private int[][] supporterLists;
  private StableProblem problem;
  private StableMatching.Result result;

  /** Generates the instance, its lists and one solution. */
  @Setup(Level.Trial)
  public void setUp() {
    Instances.Cap cap = Instances.cap(instance, Instances.SEED);
    solver = DeferredAcceptanceStableMatching.of(side);
    seekers = Instances.seekerIds(cap.seekers());
    supporters = Instances.supporterIds(cap.supporters());
    capacities = cap.capacities();
    seekerLists = cap.seekerLists();
    supporterLists = cap.supporterLists(Instances.SEED);
    problem = StableProblem.of(seekers, supporters, capacities, seekerLists, supporterLists);
    result = solver.solve(problem);
    if (!BlockingPairs.find(problem, result).isEmpty()) {
      throw new IllegalStateException("blocking pairs on " + instance);
    }
  }

  /**
   * Builds the problem from the lists, solves it and checks the result for blocking pairs.
   *
   * @return the number of blocking pairs, 0 (consumed by JMH)
   */
  @Benchmark
  public int buildSolveCertify() {
    StableProblem p = StableProblem.of(seekers, supporters, capacities, seekerLists, supporterLists);
    return BlockingPairs.find(p, solver.solve(p)).size();
  }

  /**
   * Solves the prebuilt problem.
   *
   * @return the result (consumed by JMH)
   */
  @Benchmark
  public StableMatching.Result solve() {
    return solver.solve(problem);
  }

  /**
   * Finds the blocking pairs of the prebuilt solution.
   *
   * @return the number of blocking pairs, 0 (consumed by JMH)
   */
  @Benchmark
  public int certify() {
    return BlockingPairs.find(problem, result).size();
  }
}
