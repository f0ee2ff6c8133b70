package io.github.peersupport.core.escalation;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Something done about an escalation, by whom and when: acknowledged, reassigned to other roles, or
 * resolved with an outcome. Who acted is a care role and an opaque actor id (the host's staff id,
 * never a name). {@code toString()} omits the actor id.
 */
@Value.Immutable
@PeerStyle
public abstract class EscalationEvent {
  EscalationEvent() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationEvent}; {@code build()} checks the payload for its type. */
  public static class Builder extends ImmutableEscalationEvent.Builder {
    /** Creates an empty builder; prefer {@link EscalationEvent#builder()} or the factories. */
    public Builder() {}
  }

  /**
   * An acknowledgement.
   *
   * @param at when
   * @param role the acting role
   * @param actor the actor's opaque id
   * @return the event
   */
  public static EscalationEvent acknowledged(Instant at, CareRole role, String actor) {
    return builder().type(EscalationEventType.ACKNOWLEDGED).at(at).role(role).actor(actor).build();
  }

  /**
   * A reassignment to other roles.
   *
   * @param at when
   * @param role the acting role
   * @param actor the actor's opaque id
   * @param to the roles that take the escalation over, at least one
   * @return the event
   */
  public static EscalationEvent reassigned(Instant at, CareRole role, String actor, Set<CareRole> to) {
    return builder().type(EscalationEventType.REASSIGNED).at(at).role(role).actor(actor).reassignedTo(to).build();
  }

  /**
   * A resolution.
   *
   * @param at when
   * @param role the acting role
   * @param actor the actor's opaque id
   * @param outcome how it was resolved
   * @return the event
   */
  public static EscalationEvent resolved(Instant at, CareRole role, String actor, EscalationOutcome outcome) {
    return builder().type(EscalationEventType.RESOLVED).at(at).role(role).actor(actor).outcome(outcome).build();
  }

  /**
   * Returns what happened.
   *
   * @return the type
   */
  public abstract EscalationEventType type();

  /**
   * Returns when.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns the role of who acted.
   *
   * @return the role
   */
  public abstract CareRole role();

  /**
   * Returns the opaque id of who acted.
   *
   * @return the actor id
   */
  @Value.Redacted
  public abstract String actor();

  /**
   * Returns the roles that take the escalation over; non-empty exactly for {@link
   * EscalationEventType#REASSIGNED}.
   *
   * @return the roles
   */
  public abstract Set<CareRole> reassignedTo();

  /**
   * Returns the outcome; present exactly for {@link EscalationEventType#RESOLVED}.
   *
   * @return the outcome
   */
  public abstract Optional<EscalationOutcome> outcome();

  @Value.Check
  final void check() {
    Require.id("actor", actor());
    if (reassignedTo().isEmpty() == (type() == EscalationEventType.REASSIGNED)) {
      throw Require.invalid("reassignedTo", "must name roles exactly for REASSIGNED events (type " + type() + ")");
    }
    if (outcome().isPresent() != (type() == EscalationEventType.RESOLVED)) {
      throw Require.invalid("outcome", "must be present exactly for RESOLVED events (type " + type() + ")");
    }
  }

  /** Returns type, instant, role and, where set, the new roles or the outcome; never the actor id. */
  @Override
  public final String toString() {
    return "EscalationEvent[" + type() + " at " + at() + " by " + role()
        + (reassignedTo().isEmpty() ? "" : " to " + reassignedTo()) + outcome().map(o -> ": " + o).orElse("") + "]";
  }
}
