package io.github.peersupport.sim;

import io.github.peersupport.sim.internal.Engine;
import java.util.Objects;

/**
 * Runs scenarios. A run steps simulated days (a week is seven of them) from {@link Scenario#start()}:
 *
 * <ol>
 *   <li>each Monday: supporters resume, pause or retire through {@code PeerLifecycle}; supporters in
 *       distress are signalled, escalated by {@code EscalationPolicy} and paused when it says so; the
 *       supporter pool is compiled ({@code PeerMatcher.pool}; a batch mode compiles it again at each day's batch with the live loads); engaged seekers (in a match, or seated in a group they were
 *       referred to alone) are screened (PHQ-2, then PHQ-9 when PHQ-2 ≥ 3) and the signals evaluated; members whose series ended or who dropped
 *       out leave their groups; the group waitlist, in the order seekers asked, is placed into the
 *       groups' free seats by {@code GroupPlacement} (admission rules and fit of the scenario's {@code
 *       PlacementPolicy}, caps of its {@code GroupSizePolicy}), and seekers no group can ever admit
 *       leave the waitlist; each group with at least the minimum viable number of members meets at its
 *       slot, its {@code SessionRecord} goes through {@code SessionSignals} and escalation;
 *   <li>each day: seekers arrive (Poisson), those referred to a group only ({@code Behaviour.oneToOneShare})
 *       join the group waitlist, and the others are ranked ({@code PeerMatcher.rank}) or queued for the
 *       day's batch ({@code MinCostFlowAssignment} / {@code GreedyAssignment}); every live match takes
 *       its due events as {@code MatchEvent}s applied to the run's {@code MatchBook} (loads come from
 *       the book, as for a host): answers, expiries and next offers, manual
 *       retries and "no match found", first contact after {@code FollowUpTimers}' checks and reminders,
 *       activation, contacts, "not working" reports and rematches, completion.
 * </ol>
 *
 * <p>A run is a pure function of (scenario, seed): a fixed simulated clock, seeded random streams, and
 * no iteration over unordered collections reaches a result. It is single-threaded; run several at
 * once with {@link Sweep}.
 */
public final class Sim {
  private Sim() {}

  /**
   * Simulates a scenario.
   *
   * @param scenario the scenario
   * @param seed the seed
   * @return the run
   */
  public static Run run(Scenario scenario, long seed) {
    Objects.requireNonNull(scenario, "scenario");
    return Engine.run(scenario, seed);
  }

  /**
   * Simulates a scenario and records every referred seeker's course: one {@link SeekerOutcome} per
   * seeker and their {@link SeekerEvent}s. Opt-in, for one run at a time: {@link #run(Scenario, long)}
   * (and so a {@link Sweep}) records nothing. The log's run equals {@code run(scenario, seed)}.
   *
   * @param scenario the scenario
   * @param seed the seed
   * @return the log
   */
  public static SeekerLog record(Scenario scenario, long seed) {
    Objects.requireNonNull(scenario, "scenario");
    return io.github.peersupport.sim.internal.SeekerRecorder.record(scenario, seed);
  }
}
