package io.github.peersupport.sim.internal;

import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.formation.Placement;
import java.time.Instant;
import java.util.List;

/**
 * Told of each weekly group placement of a run, with the groups after the assignments were seated;
 * a test hook of a run ({@link RunObserver#ofPlacements}), not part of the API.
 */
@FunctionalInterface
interface GroupObserver {
  /** Observes nothing. */
  GroupObserver NONE = (at, waiting, placement, groups) -> {};

  /**
   * Observes one placement.
   *
   * @param at the instant of the placement
   * @param waiting the waitlisted seekers placed, in waitlist order
   * @param placement the placement's result
   * @param groups the engine's groups after seating the assignments
   */
  void placed(Instant at, List<Seeker> waiting, Placement placement, List<SupportGroup> groups);
}
