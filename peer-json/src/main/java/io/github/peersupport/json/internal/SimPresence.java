package io.github.peersupport.json.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether peer-sim is present: peer-json maps the simulation's values only then. peer-sim is not a
 * dependency of peer-json (a host adds it; on the module path it must be resolved, for example with
 * {@code --add-modules io.github.peersupport.sim}), and peer-json's code names no peer-sim class: its
 * value types come from peer-sim's value index, its document types are named here and loaded by name.
 */
final class SimPresence {
  /**
   * peer-sim's top-level document types, in documentation order: a scenario and the parts a researcher
   * configures on their own (population, behaviour), then the results (a run, its metrics, a sweep, a comparison of a sweep's arms).
   */
  private static final List<String> DOCUMENTS = List.of(
      "io.github.peersupport.sim.Scenario",
      "io.github.peersupport.sim.Cohort",
      "io.github.peersupport.sim.Behaviour",
      "io.github.peersupport.sim.Run",
      "io.github.peersupport.sim.Metrics",
      "io.github.peersupport.sim.SweepResult",
      "io.github.peersupport.sim.Comparison");

  private static final @Nullable Class<?> ANCHOR = find(DOCUMENTS.get(0));

  /** Whether peer-sim's classes can be loaded. */
  static final boolean PRESENT = ANCHOR != null;

  private SimPresence() {}

  /**
   * Returns a class of peer-sim, to reach its module and class loader.
   *
   * @return peer-sim's {@code Scenario}
   * @throws IllegalStateException if peer-sim is absent
   */
  static Class<?> anchor() {
    if (ANCHOR == null) {
      throw new IllegalStateException("mapping: peer-sim is absent");
    }
    return ANCHOR;
  }

  /**
   * Returns peer-sim's document types.
   *
   * @return the types in documentation order
   * @throws IllegalStateException if peer-sim is absent or lacks one of them
   */
  static List<Class<?>> documents() {
    List<Class<?>> types = new ArrayList<>();
    for (String name : DOCUMENTS) {
      Class<?> type = find(name);
      if (type == null || !PRESENT) {
        throw new IllegalStateException("mapping: peer-sim's document type " + name + " is missing");
      }
      types.add(type);
    }
    return List.copyOf(types);
  }

  private static @Nullable Class<?> find(String name) {
    try {
      return Class.forName(name, false, SimPresence.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
