package io.github.peersupport.sim.internal;

import io.github.peersupport.core.escalation.EscalationDecision;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.person.Seeker;
import java.time.Instant;
import java.util.List;

/**
 * Told what happens inside a run, for tests; not part of the API. The methods are called on the run's
 * thread, in the run's order; an observer must not change what it is given.
 */
interface RunObserver {
  /** Observes nothing. */
  RunObserver NONE = new RunObserver() {};

  /**
   * Returns an observer of the weekly group placements only.
   *
   * @param groups told of each placement
   * @return the observer
   */
  static RunObserver ofPlacements(GroupObserver groups) {
    return new RunObserver() {
      @Override
      public GroupObserver groups() {
        return groups;
      }
    };
  }

  /**
   * Returns the observer of group placements.
   *
   * @return the observer, {@link GroupObserver#NONE} by default
   */
  default GroupObserver groups() {
    return GroupObserver.NONE;
  }

  /**
   * Observes one screening of an engaged seeker.
   *
   * @param at when
   * @param signals the PHQ-2, and the PHQ-9 when it was asked
   * @param decision the escalation policy's decision on them
   */
  default void screened(Instant at, List<Signal> signals, EscalationDecision decision) {}

  /**
   * Observes every decision of the escalation policy: on a supporter's distress, a screening, a
   * session record's signals.
   *
   * @param at when the signals were evaluated
   * @param decision the decision
   */
  default void escalated(Instant at, EscalationDecision decision) {}

  /**
   * Observes each seeker referred, in referral order, as drawn (after a programme's redraws).
   *
   * @param at the referral instant
   * @param seeker the seeker
   * @param groupInterest whether they asked for a group (or were referred to a group only)
   * @param oneToOne whether they asked for a one-to-one match
   */
  default void referred(Instant at, Seeker seeker, boolean groupInterest, boolean oneToOne) {}

  /**
   * Observes each change the match book applied to a match (its request included), in the run's
   * order.
   *
   * @param change the change
   */
  default void matchChanged(MatchChange change) {}

  /**
   * Observes the end of a week.
   *
   * @param week what the run holds then
   */
  default void weekEnded(WeekEnd week) {}
}
