package io.github.peersupport.bench;

import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.groups.formation.Formation;
import io.github.peersupport.groups.formation.GroupFormation;
import io.github.peersupport.groups.testing.GroupsGen;
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
 * Formation of a cohort of 10,000 seeded seekers (the property tests' generator: seven conditions,
 * patients and caregivers, several languages and modalities, about 10% without consent) into groups
 * of at most 12 with the standard policy, staffed from a pool of 400 seeded facilitators. Goal: ≤ 100 ms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class GroupFormationBenchmark {
  /** Number of seekers in the cohort. */
  @Param({"10000"})
  public int seekers;

  private final GroupFormation formation = GroupFormation.standard();
  private List<Seeker> cohort;
  private List<Facilitator> pool;

  /** Generates the cohort and the pool (seed 42). */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    cohort = GroupsGen.seekers(random, seekers);
    pool = GroupsGen.facilitators(random, 400);
  }

  /**
   * Forms the cohort into groups with a facilitator plan.
   *
   * @return the formation
   */
  @Benchmark
  public Formation form() {
    return formation.form(cohort, pool, GroupsGen.NOW);
  }
}
