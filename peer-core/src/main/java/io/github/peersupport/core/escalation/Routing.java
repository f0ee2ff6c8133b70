package io.github.peersupport.core.escalation;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.style.PeerTuple;
import java.time.Duration;
import java.util.Set;
import org.immutables.value.Value;

/** Who must hear of an escalation and how soon: target care roles and a response deadline. */
@Value.Immutable
@PeerTuple
public abstract class Routing {
  Routing() {}

  /**
   * Creates a routing.
   *
   * @param roles the roles to notify, at least one
   * @param deadline how soon after the first signal, zero or more
   * @return the routing
   */
  public static Routing of(Set<CareRole> roles, Duration deadline) {
    return ImmutableRouting.of(roles, deadline);
  }

  /**
   * Returns the roles to notify.
   *
   * @return the roles
   */
  public abstract Set<CareRole> roles();

  /**
   * Returns the response deadline, counted from the first signal.
   *
   * @return the deadline
   */
  public abstract Duration deadline();

  @Value.Check
  final void check() {
    if (roles().isEmpty()) {
      throw Require.invalid("roles", "must name at least one care role");
    }
    Require.duration("deadline", deadline(), true);
  }
}
