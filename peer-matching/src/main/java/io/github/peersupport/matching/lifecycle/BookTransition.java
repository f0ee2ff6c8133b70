package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of {@link MatchBook#apply(MatchEvent)}: the book after the event (the same book when the
 * event was refused) and the match transition with its audit data or the rule that refused it.
 */
@Value.Immutable
@PeerStyle
public abstract class BookTransition {
  BookTransition() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BookTransition}. */
  public static class Builder extends ImmutableBookTransition.Builder {
    /** Creates an empty builder; prefer {@link BookTransition#builder()} or {@link BookTransition#of}. */
    public Builder() {}
  }

  /**
   * Creates an outcome.
   *
   * @param book the book after the event
   * @param transition the transition
   * @return the outcome
   */
  public static BookTransition of(MatchBook book, MatchTransition transition) {
    return builder().book(book).transition(transition).build();
  }

  /**
   * Returns the book after the event; unchanged when the event was refused.
   *
   * @return the book
   */
  public abstract MatchBook book();

  /**
   * Returns the match transition: audit data, or the rejection.
   *
   * @return the transition
   */
  public abstract MatchTransition transition();

  /**
   * Tells whether the event succeeded: no rule refused it.
   *
   * @return true if no rule refused the event
   */
  public final boolean succeeded() {
    return transition().succeeded();
  }

  /**
   * Returns the rule that refused the event, if one did.
   *
   * @return the rule id
   */
  public final Optional<RuleId> refusedBy() {
    return transition().refusedBy();
  }

  /** Returns the transition's description; the book is not shown. */
  @Override
  public final String toString() {
    return "BookTransition[" + transition() + "]";
  }
}
