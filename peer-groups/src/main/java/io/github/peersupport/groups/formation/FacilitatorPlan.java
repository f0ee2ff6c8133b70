package io.github.peersupport.groups.formation;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.style.PeerStyle;
import java.util.List;
import org.immutables.value.Value;

/** How many facilitators a new group needs, whom formation assigned from the pool, and the shortage. */
@Value.Immutable
@PeerStyle
public abstract class FacilitatorPlan {
  FacilitatorPlan() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FacilitatorPlan}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableFacilitatorPlan.Builder {
    /** Creates an empty builder; prefer {@link FacilitatorPlan#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the group.
   *
   * @return the group id
   */
  public abstract GroupId group();

  /**
   * Returns how many facilitators the group needs ({@link io.github.peersupport.groups.GroupSizePolicy#facilitatorsNeeded}).
   *
   * @return the number needed
   */
  public abstract int needed();

  /**
   * Returns the facilitators assigned, lead first.
   *
   * @return the ids
   */
  public abstract List<FacilitatorId> assigned();

  /**
   * Returns how many facilitators are still missing.
   *
   * @return {@code max(0, needed − assigned)}
   */
  public final int shortage() {
    return Math.max(0, needed() - assigned().size());
  }

  /** Returns e.g. {@code FacilitatorPlan[new-1 needs 2, has [f-1, f-2]]}. */
  @Override
  public final String toString() {
    return "FacilitatorPlan[" + group() + " needs " + needed() + ", has " + assigned() + "]";
  }
}
