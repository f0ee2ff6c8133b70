package io.github.peersupport.core.consent;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The limits of confidentiality a programme states and acts on. Danger to self, danger to others and
 * child abuse are a floor no configuration can remove; elder or dependent-adult abuse is included by
 * default and may be left out where the jurisdiction does not require reporting it.
 */
@Value.Immutable
@PeerStyle
public abstract class ConfidentialityPolicy {
  /** The limits every policy contains. */
  public static final Set<ConfidentialityLimit> FLOOR = Collections.unmodifiableSet(EnumSet.of(
      ConfidentialityLimit.DANGER_TO_SELF, ConfidentialityLimit.DANGER_TO_OTHERS, ConfidentialityLimit.CHILD_ABUSE));

  ConfidentialityPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConfidentialityPolicy}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableConfidentialityPolicy.Builder {
    /** Creates an empty builder; prefer {@link ConfidentialityPolicy#builder()}. */
    public Builder() {}
  }

  /**
   * The default policy: all four limits.
   *
   * @return the policy
   */
  public static ConfidentialityPolicy standard() {
    return builder().addAllLimits(EnumSet.allOf(ConfidentialityLimit.class)).build();
  }

  /**
   * Returns the limits in force.
   *
   * @return the limits
   */
  public abstract Set<ConfidentialityLimit> limits();

  /**
   * Returns whether the first session says that facilitators cannot guarantee what other group
   * members repeat (default true).
   *
   * @return true if stated
   */
  @Value.Default
  public boolean groupCaveatStated() {
    return true;
  }

  @Value.Check
  final void check() {
    for (ConfidentialityLimit floor : FLOOR) {
      if (!limits().contains(floor)) {
        throw Require.invalid("limits", "must contain " + floor + " (safety floor)");
      }
    }
  }

  /**
   * Tells whether a limit overrides a missing consent to share with the care team.
   *
   * @param limit the limit
   * @return true if it is in force
   * @throws NullPointerException if any argument is null
   */
  public final boolean overridesConsent(ConfidentialityLimit limit) {
    Objects.requireNonNull(limit, "limit");
    return limits().contains(limit);
  }
}
