package io.github.peersupport.json.internal;

import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Metrics;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.SweepResult;
import java.util.List;

/**
 * The top-level document types of peer-sim: a scenario and its parts a researcher configures on their
 * own (population, behaviour), and the results (a run, its metrics, a sweep). Loaded only when peer-sim
 * is present ({@link SimPresence}).
 */
final class SimDocuments {
  /** The types, in documentation order. */
  static final List<Class<?>> TYPES = List.of(
      Scenario.class,
      Cohort.class,
      Behaviour.class,
      Run.class,
      Metrics.class,
      SweepResult.class);

  private SimDocuments() {}

  /**
   * Adds the simulation's mix-ins.
   *
   * @param mixIns the map to fill
   */
  static void mixIns(java.util.Map<Class<?>, Class<?>> mixIns) {
    SimMixIns.mixIns(mixIns);
  }

  /**
   * Adds the simulation's string-valued types.
   *
   * @param strings the list to fill
   */
  static void strings(List<StringValue<?>> strings) {
    SimMixIns.strings(strings);
  }

  /**
   * Adds the simulation's tuple types.
   *
   * @param tuples the list to fill
   */
  static void tuples(List<Class<?>> tuples) {
    SimMixIns.tuples(tuples);
  }
}
