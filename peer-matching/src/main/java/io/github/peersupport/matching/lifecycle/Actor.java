package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who recorded a match event: a person (the seeker, a supporter, a clinician) by id, someone acting in
 * a care role such as {@link CareRole#COORDINATOR}, or the host system (for example a scheduler
 * recording an offer expiry). At most one of {@link #person()} and {@link #role()} is present; neither
 * means the system.
 */
@Value.Immutable
@PeerStyle
public abstract class Actor {
  Actor() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Actor}; {@code build()} checks that at most one of person and role is set. */
  public static class Builder extends ImmutableActor.Builder {
    /** Creates an empty builder; prefer {@link Actor#builder()} or the factories. */
    public Builder() {}
  }

  /**
   * A person, by id.
   *
   * @param person the person's id
   * @return the actor
   */
  public static Actor person(PersonId person) {
    return builder().person(person).build();
  }

  /**
   * Someone acting in a care role.
   *
   * @param role the role
   * @return the actor
   */
  public static Actor role(CareRole role) {
    return builder().role(role).build();
  }

  /**
   * The host system.
   *
   * @return the actor
   */
  public static Actor system() {
    return builder().build();
  }

  /**
   * Returns the person who acted, if a person did.
   *
   * @return the person's id
   */
  public abstract Optional<PersonId> person();

  /**
   * Returns the care role acted in, if a role did.
   *
   * @return the role
   */
  public abstract Optional<CareRole> role();

  /**
   * Tells whether the host system acted (neither a person nor a role).
   *
   * @return true for the system
   */
  public final boolean isSystem() {
    return person().isEmpty() && role().isEmpty();
  }

  @Value.Check
  final void check() {
    if (person().isPresent() && role().isPresent()) {
      throw Require.invalid("actor", "a person or a care role, not both");
    }
  }
}
