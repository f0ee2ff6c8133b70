package io.github.peersupport.core.consent;

import io.github.peersupport.core.style.PeerTuple;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A grant or withdrawal of one consent scope at an instant, and who gave it ({@link ConsentGiver}; the
 * person themself unless said otherwise, so that events written before givers were recorded keep their
 * meaning).
 */
@Value.Immutable
@PeerTuple
public abstract class ConsentEvent {
  ConsentEvent() {}

  /**
   * Creates an event.
   *
   * @param scope the scope
   * @param action granted or withdrawn
   * @param at when
   * @return the event
   */
  public static ConsentEvent of(ConsentScope scope, ConsentAction action, Instant at) {
    return of(scope, action, at, ConsentGiver.SELF);
  }

  /**
   * Creates an event given by someone on the person's behalf, or by the person themself.
   *
   * @param scope the scope
   * @param action granted or withdrawn
   * @param at when
   * @param giver who gave or withdrew it
   * @return the event
   */
  public static ConsentEvent of(ConsentScope scope, ConsentAction action, Instant at, ConsentGiver giver) {
    return ImmutableConsentEvent.of(scope, action, at, giver);
  }

  /**
   * A grant.
   *
   * @param scope the scope
   * @param at when
   * @return the event
   */
  public static ConsentEvent granted(ConsentScope scope, Instant at) {
    return of(scope, ConsentAction.GRANTED, at);
  }

  /**
   * A withdrawal.
   *
   * @param scope the scope
   * @param at when
   * @return the event
   */
  public static ConsentEvent withdrawn(ConsentScope scope, Instant at) {
    return of(scope, ConsentAction.WITHDRAWN, at);
  }

  /**
   * A grant by someone other than the person, or by the person themself.
   *
   * @param scope the scope
   * @param at when
   * @param giver who granted it
   * @return the event
   */
  public static ConsentEvent grantedBy(ConsentScope scope, Instant at, ConsentGiver giver) {
    return of(scope, ConsentAction.GRANTED, at, giver);
  }

  /**
   * A withdrawal by someone other than the person, or by the person themself.
   *
   * @param scope the scope
   * @param at when
   * @param giver who withdrew it
   * @return the event
   */
  public static ConsentEvent withdrawnBy(ConsentScope scope, Instant at, ConsentGiver giver) {
    return of(scope, ConsentAction.WITHDRAWN, at, giver);
  }

  /**
   * Returns the scope.
   *
   * @return the scope
   */
  public abstract ConsentScope scope();

  /**
   * Returns whether it grants or withdraws.
   *
   * @return the action
   */
  public abstract ConsentAction action();

  /**
   * Returns when.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns who gave or withdrew it.
   *
   * @return the giver (default {@link ConsentGiver#SELF})
   */
  @Value.Default
  public ConsentGiver giver() {
    return ConsentGiver.SELF;
  }
}
