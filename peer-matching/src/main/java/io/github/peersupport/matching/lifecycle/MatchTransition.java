package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of applying a {@link MatchEvent}, and its audit record: the event (when, who, why), the
 * status before and after, the match after, and the offer the transition made, if any; or a rejection
 * naming the rule that blocked it, in which case the match is unchanged. Rejection is a business
 * outcome, not an exception.
 */
@Value.Immutable
@PeerStyle
public abstract class MatchTransition {
  MatchTransition() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MatchTransition}; {@code build()} checks that succeeded and refused transitions are consistent. */
  public static class Builder extends ImmutableMatchTransition.Builder {
    /** Creates an empty builder; prefer {@link MatchTransition#builder()} or the factories. */
    public Builder() {}
  }

  /**
   * A transition that succeeded: the event was applied.
   *
   * @param event the event
   * @param before the match before the event; empty when the event opened it
   * @param after the match after the event
   * @param offer the offer the transition made, if any
   * @return the transition
   */
  public static MatchTransition applied(MatchEvent event, Optional<Match> before, Match after, Optional<MatchOffer> offer) {
    return builder().event(event).fromStatus(before.map(Match::status)).match(after).offer(offer).build();
  }

  /**
   * A refused transition: a rule said no and the match is unchanged.
   *
   * @param event the event
   * @param match the unchanged match; empty when there is no match with the event's id
   * @param rule the rule that refused the event
   * @return the transition
   */
  public static MatchTransition refused(MatchEvent event, Optional<Match> match, RuleId rule) {
    return builder().event(event).fromStatus(match.map(Match::status)).match(match).refusedBy(rule).build();
  }

  /**
   * Returns the event that was applied.
   *
   * @return the event
   */
  public abstract MatchEvent event();

  /**
   * Returns the status before the event; empty when there was no match (a request).
   *
   * @return the status
   */
  public abstract Optional<MatchStatus> fromStatus();

  /**
   * Returns the match after the event: changed when it succeeded, unchanged when refused; empty only when
   * a refused event found no match (a refused request, an unknown match id).
   *
   * @return the match
   */
  public abstract Optional<Match> match();

  /**
   * Returns the offer this transition made: the chosen or next-ranked supporter of an {@link
   * MatchEventType#OFFERED} event, or the next-ranked candidate offered after a decline or an expiry.
   *
   * @return the offer
   */
  public abstract Optional<MatchOffer> offer();

  /**
   * Returns the rule that refused the event, if one did.
   *
   * @return the rule id
   */
  public abstract Optional<RuleId> refusedBy();

  /**
   * Tells whether the event succeeded: no rule refused it.
   *
   * @return true if no rule refused the event
   */
  public final boolean succeeded() {
    return refusedBy().isEmpty();
  }

  /**
   * Returns the status after the event; empty when there is no match.
   *
   * @return the status
   */
  public final Optional<MatchStatus> toStatus() {
    return match().map(Match::status);
  }

  /**
   * Tells whether this transition closed the match and so requested the close-out survey.
   *
   * @return true if a successful event moved an open match to a closed status
   */
  public final boolean closeOutSurveyRequested() {
    return succeeded() && toStatus().filter(MatchStatus::isClosed).isPresent() && fromStatus().filter(MatchStatus::isClosed).isEmpty();
  }

  @Value.Check
  final void check() {
    if (succeeded() && match().isEmpty()) {
      throw Require.invalid("match", "a transition that succeeded has a match");
    }
    if (!succeeded() && offer().isPresent()) {
      throw Require.invalid("offer", "a refused transition makes no offer");
    }
    match().ifPresent(m -> {
      if (!m.id().equals(event().matchId())) {
        throw Require.invalid("match", "must be the match the event names");
      }
    });
  }

  /** Returns e.g. {@code MatchTransition[DECLINED at 2026-01-05T09:00:00Z: OFFERED -> NEEDS_MANUAL_MATCH]}, without ids. */
  @Override
  public final String toString() {
    return "MatchTransition[" + event().type() + " at " + event().at() + ": " + fromStatus().map(Enum::name).orElse("none")
        + " -> " + toStatus().map(Enum::name).orElse("none") + refusedBy().map(r -> ", refused by " + r).orElse("") + "]";
  }
}
