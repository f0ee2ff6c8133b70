package io.github.peersupport.json.internal;

/**
 * Whether peer-sim is present: peer-json maps the simulation's values only then. peer-sim is an
 * optional dependency ({@code requires static} in the module descriptor, {@code <optional>} in the
 * pom), so a host that uses peer-json alone never loads, or needs, a peer-sim class: the types that
 * name peer-sim classes ({@link SimDocuments}, {@code SimMixIns}) are loaded only after this check.
 */
final class SimPresence {
  /** Whether peer-sim's classes can be loaded and are readable by this module. */
  static final boolean PRESENT = detect();

  private SimPresence() {}

  private static boolean detect() {
    try {
      Class<?> scenario = Class.forName("io.github.peersupport.sim.Scenario", false, SimPresence.class.getClassLoader());
      return SimPresence.class.getModule().canRead(scenario.getModule());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
