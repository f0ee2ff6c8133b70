package io.github.peersupport.bench;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.matching.assignment.AssignmentProblem;
import io.github.peersupport.matching.assignment.CapacitatedAssignment;
import io.github.peersupport.matching.assignment.GreedyAssignment;
import io.github.peersupport.matching.assignment.MinCostFlowAssignment;
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
 * Capacitated assignment on the seeded cap instances ({@link Instances}: n seekers, n / 5 supporters
 * of capacity 5, 50 candidates each, costs in [0, 1000)): the optimal min-cost-flow solver with the
 * coverage-first objective, the greedy baseline, and building the problem from arrays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CapacitatedAssignmentBenchmark {
  /** The instance. */
  @Param({"cap-1k", "cap-2k", "cap-5k", "cap-10k"})
  public String instance;

  private final CapacitatedAssignment optimal = MinCostFlowAssignment.coverageFirst();
  private final CapacitatedAssignment greedy = GreedyAssignment.coverageFirst();
  private Instances.Cap cap;
  private AssignmentProblem<SeekerId, SupporterId> problem;

  /** Generates the instance and builds its problem. */
  @Setup(Level.Trial)
  public void setUp() {
    cap = Instances.cap(instance, Instances.SEED);
    problem = cap.problem();
  }

  /**
   * Solves optimally (maximum coverage, then minimum cost).
   *
   * @return the result (consumed by JMH)
   */
  @Benchmark
  public CapacitatedAssignment.Result<SeekerId, SupporterId> minCostFlow() {
    return optimal.solve(problem);
  }

  /**
   * Solves greedily.
   *
   * @return the result (consumed by JMH)
   */
  @Benchmark
  public CapacitatedAssignment.Result<SeekerId, SupporterId> greedy() {
    return greedy.solve(problem);
  }

  /**
   * Builds the problem from the generated arrays (ids, validation, grouping).
   *
   * @return the problem (consumed by JMH)
   */
  @Benchmark
  public AssignmentProblem<SeekerId, SupporterId> build() {
    return cap.problem();
  }
}
