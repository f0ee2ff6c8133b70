package io.github.peersupport.json.testing;

import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Comparison;
import io.github.peersupport.sim.Metrics;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.SweepResult;
import io.github.peersupport.sim.testing.SimGen;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The example generators of the peer-sim top-level document types, for {@link Examples}: values of
 * peer-sim's seeded generators ({@code SimGen}). The scenario example is the standard scenario with
 * seeded what-ifs, so its golden file shows the library's default policies a scenario carries.
 */
final class SimExamples {
  private static final Map<Class<?>, Function<SplittableRandom, ?>> GENERATORS = Map.ofEntries(
      Map.entry(Scenario.class, r -> Scenario.standard().withName("example-" + r.nextInt(100)).withHorizonWeeks(r.nextInt(4, 53))),
      Map.entry(Cohort.class, SimGen::cohort),
      Map.entry(Behaviour.class, SimGen::behaviour),
      Map.entry(Run.class, SimGen::run),
      Map.entry(Metrics.class, SimGen::metrics),
      Map.entry(SweepResult.class, SimGen::sweep),
      Map.entry(Comparison.class, SimGen::comparison));

  private SimExamples() {}

  /**
   * Returns the example generator of a peer-sim document type.
   *
   * @param type the type
   * @return the generator, or null when the type is not a peer-sim document type
   */
  static @Nullable Function<SplittableRandom, ?> generator(Class<?> type) {
    return GENERATORS.get(type);
  }
}
