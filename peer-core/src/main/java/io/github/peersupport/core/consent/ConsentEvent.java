package io.github.peersupport.core.consent;

import io.github.peersupport.core.style.PeerTuple;
import java.time.Instant;
import org.immutables.value.Value;

/** A grant or withdrawal of one consent scope at an instant. */
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
    return ImmutableConsentEvent.of(scope, action, at);
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
}
