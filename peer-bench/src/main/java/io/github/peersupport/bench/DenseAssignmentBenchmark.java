package io.github.peersupport.bench;

import io.github.peersupport.matching.dense.DenseAssignment;
import io.github.peersupport.matching.dense.DenseProblem;
import io.github.peersupport.matching.dense.ShortestAugmentingPathAssignment;
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
 * Dense assignment (shortest augmenting path, Jonker–Volgenant family) on seeded n × n matrices of
 * integer costs in [0, 10^6) ({@link Instances}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class DenseAssignmentBenchmark {
  /** The matrix size n. */
  @Param({"1000", "2000", "5000"})
  public int n;

  private final DenseAssignment solver = ShortestAugmentingPathAssignment.create();
  private DenseProblem problem;

  /** Generates the matrix and builds the problem. */
  @Setup(Level.Trial)
  public void setUp() {
    problem = DenseProblem.of(Instances.dense(n, Instances.SEED));
  }

  /**
   * Solves the prebuilt problem.
   *
   * @return the result (consumed by JMH)
   */
  @Benchmark
  public DenseAssignment.Result solve() {
    return solver.solve(problem);
  }
}
