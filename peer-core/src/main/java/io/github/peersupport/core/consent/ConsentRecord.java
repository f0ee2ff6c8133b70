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
 * A person's consent history: grants and withdrawals of each scope over time, each by the person
 * themself or by someone on their behalf ({@link ConsentGiver}). A scope is permitted at an instant when
 * the latest event for that scope at or before the instant is a grant; when a grant and a withdrawal
 * share the latest instant, the withdrawal wins. So a withdrawal takes effect for every later decision
 * until a new grant, and the answer does not depend on the order the events were recorded in. With no
 * event, nothing is permitted.
 *
 * <p><b>Who gave it.</b> {@link #permitsBy(ConsentScope, Instant, ConsentGiver...)} asks whether a scope
 * stands granted by one of some givers: some grant by one of them at or before the instant, later than
 * the latest withdrawal of the scope at or before it. A withdrawal ends every grant of its scope, whoever
 * gave the grant and whoever withdraws: a guardian's withdrawal ends the minor's assent, and a minor's
 * own withdrawal (dissent) ends the guardian's permission. Assumption: a peer support programme is not
 * care a child needs against their will, so a child's dissent is honoured as the AAP recommends for
 * interventions that are not essential (Katz, Webb and AAP Committee on Bioethics 2016, "Informed
 * Consent in Decision-Making in Pediatric Practice", Pediatrics 138(2)); and 45 CFR 46.402(b): failing
 * to object is not assent. With every giver, {@code permitsBy} is {@link #permits(ConsentScope,
 * Instant)}: events recorded without a giver are the person's own and keep their meaning.
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
   * Tells whether a scope is permitted at an instant, whoever gave it. O(e) for e events.
   *
   * @param scope the scope
   * @param at the instant of the decision
   * @return true if the latest event for the scope at or before {@code at} is a grant
   * @throws NullPointerException if any argument is null
   */
  public final boolean permits(ConsentScope scope, Instant at) {
    return permitsBy(scope, at, ConsentGiver.values());
  }

  /**
   * Tells whether a scope stands granted at an instant by one of the given givers: a grant by one of
   * them at or before {@code at}, strictly later than every withdrawal of the scope (by anyone) at or
   * before {@code at}. O(e) for e events.
   *
   * @param scope the scope
   * @param at the instant of the decision
   * @param givers who may have granted it; none gives false
   * @return true if such a grant stands
   * @throws NullPointerException if any argument is null
   */
  public final boolean permitsBy(ConsentScope scope, Instant at, ConsentGiver... givers) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(givers, "givers");
    Set<ConsentGiver> by = EnumSet.noneOf(ConsentGiver.class);
    for (ConsentGiver g : givers) {
      by.add(Objects.requireNonNull(g, "givers"));
    }
    Instant lastWithdrawal = null;
    Instant lastGrant = null;
    for (ConsentEvent e : events()) {
      if (e.scope() != scope || e.at().isAfter(at)) {
        continue;
      }
      if (e.action() == ConsentAction.WITHDRAWN) {
        lastWithdrawal = lastWithdrawal == null || e.at().isAfter(lastWithdrawal) ? e.at() : lastWithdrawal;
      } else if (by.contains(e.giver())) {
        lastGrant = lastGrant == null || e.at().isAfter(lastGrant) ? e.at() : lastGrant;
      }
    }
    return lastGrant != null && (lastWithdrawal == null || lastGrant.isAfter(lastWithdrawal));
  }

  /**
   * Tells whether every given scope stands granted at an instant by a parent, guardian or other
   * legally authorised representative ({@link ConsentGiver#GUARDIAN} or {@link ConsentGiver#PROXY}):
   * the permission a minor needs (45 CFR 46.408(b)).
   *
   * @param at the instant
   * @param scopes the scopes
   * @return true if all are permitted on the person's behalf
   * @throws NullPointerException if any argument is null
   */
  public final boolean permitsAllOnBehalf(Instant at, ConsentScope... scopes) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(scopes, "scopes");
    for (ConsentScope s : scopes) {
      if (!permitsBy(s, at, ConsentGiver.GUARDIAN, ConsentGiver.PROXY)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether every given scope stands granted at an instant by the person themself
   * ({@link ConsentGiver#SELF}): for a minor, their assent (45 CFR 46.402(b), 46.408(a)).
   *
   * @param at the instant
   * @param scopes the scopes
   * @return true if the person agreed to all of them themself
   * @throws NullPointerException if any argument is null
   */
  public final boolean assentsToAll(Instant at, ConsentScope... scopes) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(scopes, "scopes");
    for (ConsentScope s : scopes) {
      if (!permitsBy(s, at, ConsentGiver.SELF)) {
        return false;
      }
    }
    return true;
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

  /**
   * Returns a copy with a grant by the given giver added.
   *
   * @param scope the scope
   * @param at when
   * @param giver who granted it
   * @return the new record
   * @throws NullPointerException if any argument is null
   */
  public final ConsentRecord grantBy(ConsentScope scope, Instant at, ConsentGiver giver) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(giver, "giver");
    return builder().from(this).addEvents(ConsentEvent.grantedBy(scope, at, giver)).build();
  }

  /**
   * Returns a copy with a withdrawal by the given giver added; it ends every grant of the scope,
   * whoever gave it.
   *
   * @param scope the scope
   * @param at when
   * @param giver who withdrew it
   * @return the new record
   * @throws NullPointerException if any argument is null
   */
  public final ConsentRecord withdrawBy(ConsentScope scope, Instant at, ConsentGiver giver) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(giver, "giver");
    return builder().from(this).addEvents(ConsentEvent.withdrawnBy(scope, at, giver)).build();
  }

  /**
   * A record in which a parent, guardian or proxy grants scopes at an instant.
   *
   * @param at when
   * @param giver who granted them, usually {@link ConsentGiver#GUARDIAN}
   * @param scopes the scopes granted
   * @return the record
   * @throws NullPointerException if any argument is null
   */
  public static ConsentRecord grantedBy(Instant at, ConsentGiver giver, ConsentScope... scopes) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(giver, "giver");
    Objects.requireNonNull(scopes, "scopes");
    ConsentRecord.Builder b = builder();
    for (ConsentScope s : scopes) {
      b.addEvents(ConsentEvent.grantedBy(s, at, giver));
    }
    return b.build();
  }
}
