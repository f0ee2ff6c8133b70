package io.github.peersupport.core.consent;

import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person's consent history: grants and withdrawals of each scope over time. A scope is permitted at
 * an instant when the latest event for that scope at or before the instant is a grant; when a grant
 * and a withdrawal share the latest instant, the withdrawal wins. So a withdrawal takes effect for
 * every later decision until a new grant, and the answer does not depend on the order the events
 * were recorded in. With no event, nothing is permitted.
 */
@Value.Immutable
@PeerStyle
public abstract class ConsentRecord {
  ConsentRecord() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConsentRecord}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableConsentRecord.Builder {
    /** Creates an empty builder; prefer {@link ConsentRecord#builder()}. */
    public Builder() {}
  }

  /**
   * A record with no consent.
   *
   * @return the empty record
   */
  public static ConsentRecord none() {
    return builder().build();
  }

  /**
   * A record granting scopes at an instant.
   *
   * @param at when
   * @param scopes the scopes granted
   * @return the record
   * @throws NullPointerException if any argument is null
   */
  public static ConsentRecord grantedAt(Instant at, ConsentScope... scopes) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(scopes, "scopes");
    ConsentRecord.Builder b = builder();
    for (ConsentScope s : scopes) {
      b.addEvents(ConsentEvent.granted(s, at));
    }
    return b.build();
  }

  /**
   * Returns the events in the order they were recorded.
   *
   * @return the events
   */
  public abstract List<ConsentEvent> events();

  /**
   * Tells whether a scope is permitted at an instant. O(e) for e events.
   *
   * @param scope the scope
   * @param at the instant of the decision
   * @return true if the latest event for the scope at or before {@code at} is a grant
   * @throws NullPointerException if any argument is null
   */
  public final boolean permits(ConsentScope scope, Instant at) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(at, "at");
    Instant latest = null;
    boolean granted = false;
    for (ConsentEvent e : events()) {
      if (e.scope() != scope || e.at().isAfter(at)) {
        continue;
      }
      if (latest == null || e.at().isAfter(latest)) {
        latest = e.at();
        granted = e.action() == ConsentAction.GRANTED;
      } else if (e.at().equals(latest) && e.action() == ConsentAction.WITHDRAWN) {
        granted = false;
      }
    }
    return granted;
  }

  /**
   * Tells whether every given scope is permitted at an instant.
   *
   * @param at the instant
   * @param scopes the scopes
   * @return true if all are permitted
   * @throws NullPointerException if any argument is null
   */
  public final boolean permitsAll(Instant at, ConsentScope... scopes) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(scopes, "scopes");
    for (ConsentScope s : scopes) {
      if (!permits(s, at)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the scopes permitted at an instant.
   *
   * @param at the instant
   * @return the permitted scopes, in declaration order
   * @throws NullPointerException if any argument is null
   */
  public final Set<ConsentScope> permittedAt(Instant at) {
    Objects.requireNonNull(at, "at");
    Set<ConsentScope> permitted = EnumSet.noneOf(ConsentScope.class);
    for (ConsentScope s : ConsentScope.values()) {
      if (permits(s, at)) {
        permitted.add(s);
      }
    }
    return Collections.unmodifiableSet(permitted);
  }

  /**
   * Returns a copy with a grant added.
   *
   * @param scope the scope
   * @param at when
   * @return the new record
   * @throws NullPointerException if any argument is null
   */
  public final ConsentRecord grant(ConsentScope scope, Instant at) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(at, "at");
    return builder().from(this).addEvents(ConsentEvent.granted(scope, at)).build();
  }

  /**
   * Returns a copy with a withdrawal added.
   *
   * @param scope the scope
   * @param at when
   * @return the new record
   * @throws NullPointerException if any argument is null
   */
  public final ConsentRecord withdraw(ConsentScope scope, Instant at) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(at, "at");
    return builder().from(this).addEvents(ConsentEvent.withdrawn(scope, at)).build();
  }
}
