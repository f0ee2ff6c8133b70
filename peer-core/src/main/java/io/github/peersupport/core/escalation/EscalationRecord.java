package io.github.peersupport.core.escalation;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An escalation and what was done about it: raised → acknowledged → resolved, as a pure function of
 * its events, checked against a clock the caller passes (like the follow-up timers of matches). The
 * state, who it is assigned to and whether it is overdue are derived from the events; a record whose
 * events would be refused cannot be built.
 *
 * <p>Rules (ids are constants of this class): an event may not precede the escalation's first signal
 * or the previous event ({@link #OUT_OF_ORDER}); only a raised record is acknowledged ({@link
 * #ALREADY_ACKNOWLEDGED}); only an acknowledged record is resolved, so no state is skipped ({@link
 * #NOT_ACKNOWLEDGED}); nothing follows a resolution ({@link #ALREADY_RESOLVED}); only a role the
 * record is assigned to acknowledges or resolves it ({@link #NOT_ASSIGNED}); an IMMEDIATE escalation
 * is never reassigned away from the crisis line and every clinician ({@link #REASSIGNED_WITHOUT_HELP}),
 * and one routed to {@link CareRole#SAFEGUARDING_LEAD} (abuse: the mandated report) never away from
 * that role ({@link #REASSIGNED_OFF_MANDATED_ROUTE}).
 * A reassignment returns an open record to RAISED; the deadline stays that of the escalation.
 *
 * <p>Overdue: {@link #isOverdue(Instant)} is true exactly when the instant is after the deadline and
 * the record, as of that instant, is RAISED. Replaying n events is O(n). {@code toString()} omits the
 * person and the actors.
 */
@Value.Immutable
@PeerStyle
public abstract class EscalationRecord {
  /** An event before the escalation's first signal or before the previous event. */
  public static final RuleId OUT_OF_ORDER = RuleId.of("escalation.record.out-of-order");
  /** An acknowledgement of a record that is not RAISED. */
  public static final RuleId ALREADY_ACKNOWLEDGED = RuleId.of("escalation.record.already-acknowledged");
  /** A resolution of a record nobody has acknowledged. */
  public static final RuleId NOT_ACKNOWLEDGED = RuleId.of("escalation.record.not-acknowledged");
  /** Any event after the resolution. */
  public static final RuleId ALREADY_RESOLVED = RuleId.of("escalation.record.already-resolved");
  /** An acknowledgement or resolution by a role the record is not assigned to. */
  public static final RuleId NOT_ASSIGNED = RuleId.of("escalation.record.not-assigned");
  /** An IMMEDIATE escalation reassigned to roles with neither the crisis line nor a clinician. */
  public static final RuleId REASSIGNED_WITHOUT_HELP = RuleId.of("escalation.record.reassigned-without-help");
  /** An escalation on the mandated-reporting route reassigned without the safeguarding lead. */
  public static final RuleId REASSIGNED_OFF_MANDATED_ROUTE = RuleId.of("escalation.record.reassigned-off-mandated-route");

  EscalationRecord() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationRecord}; {@code build()} replays the events and names the first refused one. */
  public static class Builder extends ImmutableEscalationRecord.Builder {
    /** Creates an empty builder; prefer {@link EscalationRecord#raised(Escalation)}. */
    public Builder() {}
  }

  /**
   * A record of a newly raised escalation.
   *
   * @param escalation the escalation
   * @return the record, RAISED, without events
   * @throws IllegalArgumentException if the escalation has no evidence
   */
  public static EscalationRecord raised(Escalation escalation) {
    return builder().escalation(escalation).build();
  }

  /**
   * Returns the escalation.
   *
   * @return the escalation
   */
  public abstract Escalation escalation();

  /**
   * Returns what was done, in time order.
   *
   * @return the events
   */
  public abstract List<EscalationEvent> events();

  @Value.Check
  final void check() {
    if (escalation().evidence().isEmpty()) {
      throw Require.invalid("escalation.evidence", "a recorded escalation names at least one signal");
    }
    Replay replay = new Replay(escalation());
    for (int i = 0; i < events().size(); i++) {
      Optional<RuleId> refused = replay.refusal(events().get(i));
      if (refused.isPresent()) {
        throw Require.invalid("events[" + i + "]", "refused by " + refused.get());
      }
      replay.apply(events().get(i));
    }
  }

  /**
   * Applies an event.
   *
   * @param event the event
   * @return the transition: the record with the event, or unchanged with the rule that refused it
   * @throws NullPointerException if any argument is null
   */
  public final EscalationTransition apply(EscalationEvent event) {
    Objects.requireNonNull(event, "event");
    Replay replay = replay(Instant.MAX);
    Optional<RuleId> refused = replay.refusal(event);
    EscalationRecord after = refused.isPresent() ? this : builder().from(this).addEvents(event).build();
    return EscalationTransition.builder().event(event).fromState(replay.state).record(after).refusedBy(refused).build();
  }

  /**
   * Returns the state after every event.
   *
   * @return the state
   */
  public final EscalationState state() {
    return replay(Instant.MAX).state;
  }

  /**
   * Returns the state as of an instant: after the events at or before it.
   *
   * @param at the instant
   * @return the state
   * @throws NullPointerException if any argument is null
   */
  public final EscalationState stateAt(Instant at) {
    Objects.requireNonNull(at, "at");
    return replay(at).state;
  }

  /**
   * Returns the roles the record is assigned to after every event: the escalation's target roles,
   * or those of the last reassignment.
   *
   * @return the roles
   */
  public final Set<CareRole> assignedRoles() {
    return replay(Instant.MAX).assigned;
  }

  /**
   * Tells whether the record is overdue at an instant: the instant is after the deadline and, as of
   * that instant, nobody assigned has acknowledged it (it is RAISED).
   *
   * @param at the instant
   * @return true if overdue
   * @throws NullPointerException if any argument is null
   */
  public final boolean isOverdue(Instant at) {
    Objects.requireNonNull(at, "at");
    return at.isAfter(escalation().deadline()) && stateAt(at) == EscalationState.RAISED;
  }

  /**
   * Returns when it was first acknowledged.
   *
   * @return the instant, or empty if never
   */
  public final Optional<Instant> acknowledgedAt() {
    return events().stream().filter(e -> e.type() == EscalationEventType.ACKNOWLEDGED).map(EscalationEvent::at).findFirst();
  }

  /**
   * Tells whether it was first acknowledged by its deadline.
   *
   * @return true if acknowledged at or before the deadline
   */
  public final boolean acknowledgedInTime() {
    return acknowledgedAt().filter(a -> !a.isAfter(escalation().deadline())).isPresent();
  }

  /**
   * Returns the outcome, once resolved.
   *
   * @return the outcome, or empty while open
   */
  public final Optional<EscalationOutcome> outcome() {
    return events().stream().filter(e -> e.type() == EscalationEventType.RESOLVED).findFirst().flatMap(EscalationEvent::outcome);
  }

  /**
   * Tells whether this record is the one of an escalation: same person, rule and first signal (later
   * evaluations may add evidence to the same escalation).
   *
   * @param other the escalation
   * @return true if it is the same escalation
   * @throws NullPointerException if any argument is null
   */
  public final boolean records(Escalation other) {
    Objects.requireNonNull(other, "other");
    Escalation e = escalation();
    return e.rule().equals(other.rule()) && e.person().equals(other.person()) && !other.evidence().isEmpty()
        && e.evidence().get(0).equals(other.evidence().get(0));
  }

  private Replay replay(Instant until) {
    Replay replay = new Replay(escalation());
    for (EscalationEvent e : events()) {
      if (e.at().isAfter(until)) {
        break;
      }
      replay.apply(e);
    }
    return replay;
  }

  /** Returns level, rule, state, deadline and event count; never the person or the actors. */
  @Override
  public final String toString() {
    return "EscalationRecord[" + escalation().level() + " " + escalation().rule() + ", " + state() + ", deadline "
        + escalation().deadline() + ", " + events().size() + " event(s)]";
  }

  /** The state machine, replayed event by event. */
  private static final class Replay {
    final Escalation escalation;
    EscalationState state = EscalationState.RAISED;
    Set<CareRole> assigned;
    Instant last;

    Replay(Escalation escalation) {
      this.escalation = escalation;
      this.assigned = escalation.targetRoles();
      this.last = escalation.firstSignalAt();
    }

    Optional<RuleId> refusal(EscalationEvent e) {
      if (state == EscalationState.RESOLVED) {
        return Optional.of(ALREADY_RESOLVED);
      }
      if (e.at().isBefore(last)) {
        return Optional.of(OUT_OF_ORDER);
      }
      switch (e.type()) {
        case ACKNOWLEDGED:
          if (state != EscalationState.RAISED) {
            return Optional.of(ALREADY_ACKNOWLEDGED);
          }
          return assigned.contains(e.role()) ? Optional.empty() : Optional.of(NOT_ASSIGNED);
        case RESOLVED:
          if (state != EscalationState.ACKNOWLEDGED) {
            return Optional.of(NOT_ACKNOWLEDGED);
          }
          return assigned.contains(e.role()) ? Optional.empty() : Optional.of(NOT_ASSIGNED);
        case REASSIGNED:
          if (escalation.level() == Severity.IMMEDIATE && !SafetyFloor.reachesHelp(e.reassignedTo())) {
            return Optional.of(REASSIGNED_WITHOUT_HELP);
          }
          return escalation.targetRoles().contains(CareRole.SAFEGUARDING_LEAD) && !e.reassignedTo().contains(CareRole.SAFEGUARDING_LEAD)
              ? Optional.of(REASSIGNED_OFF_MANDATED_ROUTE) : Optional.empty();
        default:
          throw new IllegalStateException("unhandled event type " + e.type());
      }
    }

    void apply(EscalationEvent e) {
      last = e.at();
      switch (e.type()) {
        case ACKNOWLEDGED:
          state = EscalationState.ACKNOWLEDGED;
          break;
        case RESOLVED:
          state = EscalationState.RESOLVED;
          break;
        default:
          state = EscalationState.RAISED;
          assigned = e.reassignedTo();
          break;
      }
    }
  }
}
