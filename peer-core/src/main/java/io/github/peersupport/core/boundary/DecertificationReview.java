package io.github.peersupport.core.boundary;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.lifecycle.DecertificationReason;
import io.github.peersupport.core.lifecycle.LifecycleEvent;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A recommendation to review a peer's certification after repeated or grave breaches, with the
 * reason the lifecycle would record. The decision stays with the programme: {@link #openReview()}
 * pauses the peer while it is made, {@link #decertify(Instant)} records the outcome.
 */
@Value.Immutable
@PeerStyle
public abstract class DecertificationReview {
  /** Rule id of the recommendation itself. */
  public static final RuleId RULE = RuleId.of("boundary.repeated-serious-breaches");

  DecertificationReview() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecertificationReview}. */
  public static class Builder extends ImmutableDecertificationReview.Builder {
    /** Creates an empty builder; prefer {@link DecertificationReview#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the peer.
   *
   * @return the peer's id
   */
  public abstract PersonId peer();

  /**
   * Returns the reason the lifecycle would record.
   *
   * @return the reason
   */
  public abstract DecertificationReason reason();

  /**
   * Returns the breaches that led to it, by rule, in time order.
   *
   * @return the rules
   */
  public abstract List<RuleId> breaches();

  /**
   * Returns when the review became due (the last breach counted).
   *
   * @return the instant
   */
  public abstract Instant dueAt();

  /**
   * The lifecycle event that opens the review (pausing an active peer).
   *
   * @return the event
   */
  public final LifecycleEvent openReview() {
    return LifecycleEvent.boundaryReviewOpened(dueAt());
  }

  /**
   * The lifecycle event that decertifies the peer with this review's reason.
   *
   * @param at when the programme decided
   * @return the event
   * @throws NullPointerException if any argument is null
   */
  public final LifecycleEvent decertify(Instant at) {
    Objects.requireNonNull(at, "at");
    return LifecycleEvent.decertified(at, reason());
  }
}
