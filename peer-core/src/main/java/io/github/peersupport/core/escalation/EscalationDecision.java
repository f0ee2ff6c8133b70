package io.github.peersupport.core.escalation;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of {@link EscalationPolicy#evaluate}: every escalation, most severe first (then earliest
 * deadline, person id, rule id), and the crisis resources to give when any escalation asks for them.
 * An empty list means no escalation.
 */
@Value.Immutable
@PeerStyle
public abstract class EscalationDecision {
  EscalationDecision() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationDecision}. */
  public static class Builder extends ImmutableEscalationDecision.Builder {
    /** Creates an empty builder; prefer {@link EscalationDecision#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the evaluation instant.
   *
   * @return the instant
   */
  public abstract Instant evaluatedAt();

  /**
   * Returns the escalations, most severe first.
   *
   * @return the escalations
   */
  public abstract List<Escalation> escalations();

  /**
   * Returns the crisis resources to give now: those of the policy's country ({@link
   * EscalationPolicy#crisisResources()}) when an escalation asks for them, empty otherwise.
   *
   * @return the resources
   */
  public abstract List<CrisisResource> crisisResources();

  /**
   * Returns the highest level among the escalations.
   *
   * @return the level, or empty if nothing escalates
   */
  public final Optional<Severity> highest() {
    return escalations().stream().map(Escalation::level).max(Enum::compareTo);
  }

  /**
   * Tells whether some escalation is at least a level.
   *
   * @param level the level
   * @return true if so
   */
  public final boolean reaches(Severity level) {
    return highest().filter(h -> h.atLeast(level)).isPresent();
  }

  /**
   * Returns the escalations that concern one person.
   *
   * @param person the person
   * @return their escalations, in decision order
   */
  public final List<Escalation> about(PersonId person) {
    return escalations().stream().filter(e -> e.person().equals(person)).toList();
  }

  /**
   * Returns the escalations the host should notify (not repeats within the window).
   *
   * @return the escalations to notify
   */
  public final List<Escalation> notifications() {
    return escalations().stream().filter(Escalation::notifies).toList();
  }

  /** Returns a count per level, e.g. {@code EscalationDecision[IMMEDIATE 1, CONCERN 2]}. */
  @Override
  public final String toString() {
    StringBuilder sb = new StringBuilder("EscalationDecision[");
    Severity[] levels = Severity.values();
    boolean first = true;
    for (int i = levels.length - 1; i >= 0; i--) {
      Severity level = levels[i];
      long n = escalations().stream().filter(e -> e.level() == level).count();
      if (n > 0) {
        sb.append(first ? "" : ", ").append(level).append(' ').append(n);
        first = false;
      }
    }
    return sb.append(first ? "no escalation]" : "]").toString();
  }
}
