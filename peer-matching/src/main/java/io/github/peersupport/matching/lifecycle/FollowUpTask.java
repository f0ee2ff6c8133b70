package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A follow-up task for a match: what to do, for which match, from when, and from when it is overdue.
 * Tasks are computed by {@link FollowUpTimers} from the match's recorded facts; a task disappears
 * when an event clears it.
 */
@Value.Immutable
@PeerStyle
public abstract class FollowUpTask {
  /** The order of due tasks: by due instant, then kind, then match id. */
  public static final Comparator<FollowUpTask> ORDER = Comparator.comparing(FollowUpTask::dueAt)
      .thenComparing(FollowUpTask::kind)
      .thenComparing(t -> t.matchId().value());

  FollowUpTask() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUpTask}; {@code build()} checks that it is not overdue before it is due. */
  public static class Builder extends ImmutableFollowUpTask.Builder {
    /** Creates an empty builder; prefer {@link FollowUpTask#builder()}. */
    public Builder() {}
  }

  /**
   * Returns what to do.
   *
   * @return the kind
   */
  public abstract FollowUpKind kind();

  /**
   * Returns the match it is about.
   *
   * @return the match's id
   */
  public abstract MatchId matchId();

  /**
   * Returns when the task falls due; it is due at this instant and after.
   *
   * @return the instant
   */
  public abstract Instant dueAt();

  /**
   * Returns when the task becomes overdue, for tasks with a target.
   *
   * @return the instant, not before {@link #dueAt()}
   */
  public abstract Optional<Instant> overdueAt();

  /**
   * Returns the stable id of the timer that scheduled the task.
   *
   * @return the timer id
   */
  public final RuleId timer() {
    return kind().timer();
  }

  /**
   * Tells whether the task is due at an instant.
   *
   * @param at the instant
   * @return true if {@code at} is not before {@link #dueAt()}
   */
  public final boolean isDueAt(Instant at) {
    return !at.isBefore(dueAt());
  }

  /**
   * Tells whether the task is overdue at an instant.
   *
   * @param at the instant
   * @return true if it has a target and {@code at} is not before {@link #overdueAt()}
   */
  public final boolean isOverdueAt(Instant at) {
    return overdueAt().filter(o -> !at.isBefore(o)).isPresent();
  }

  @Value.Check
  final void check() {
    if (overdueAt().filter(o -> o.isBefore(dueAt())).isPresent()) {
      throw Require.invalid("overdueAt", "must not be before dueAt");
    }
  }
}
