package io.github.peersupport.bench;

import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.formation.GroupPlacement;
import io.github.peersupport.groups.formation.Placement;
import io.github.peersupport.groups.testing.GroupsGen;
import io.github.peersupport.matching.assignment.GreedyAssignment;
import io.github.peersupport.groups.formation.PlacementPolicy;
import java.util.List;
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
 * Placement of 1,000 seeded seekers into 200 seeded existing groups (the property tests' generators:
 * diagnosis-specific and mixed groups at any fill level, one or two facilitators from a pool of 100,
 * standard and edge-case size policies), by min-cost flow with facilitator budgets, and the greedy
 * baseline through the same pipeline. Goal: ≤ 20 ms for {@link #place}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class GroupPlacementBenchmark {
  /** Number of seekers placed. */
  @Param({"1000"})
  public int seekers;

  /** Number of existing groups. */
  @Param({"200"})
  public int groups;

  private final GroupPlacement optimal = GroupPlacement.standard();
  private final GroupPlacement greedy = GroupPlacement.of(PlacementPolicy.standard(), GreedyAssignment.minCost());
  private List<Seeker> batch;
  private List<SupportGroup> existing;

  /** Generates the seekers and groups (seed 42). */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    existing = GroupsGen.groups(random, groups, 100);
    batch = GroupsGen.seekers(random, seekers);
  }

  /**
   * Places the batch optimally (min-cost flow).
   *
   * @return the placement
   */
  @Benchmark
  public Placement place() {
    return optimal.place(batch, existing, GroupsGen.NOW);
  }

  /**
   * Places the batch with the greedy baseline.
   *
   * @return the placement
   */
  @Benchmark
  public Placement placeGreedy() {
    return greedy.place(batch, existing, GroupsGen.NOW);
  }
}
