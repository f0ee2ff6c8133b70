package io.github.peersupport.groups.formation;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.style.PeerStyle;
import io.github.peersupport.groups.SupportGroup;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of placing a batch of seekers into existing groups: who went where with what fit, who
 * was not placed and why, and the groups after (new members appended in the seekers' input order).
 * {@link #exact()} tells whether facilitator load caps never constrained the assignment, in which
 * case the total fit is optimal for the solver's objective.
 */
@Value.Immutable
@PeerStyle
public abstract class Placement {
  Placement() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Placement}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutablePlacement.Builder {
    /** Creates an empty builder; prefer {@link Placement#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the placed seekers, in input order.
   *
   * @return the assignments
   */
  public abstract List<PlacementAssignment> assignments();

  /**
   * Returns the seekers not placed, in input order, with reasons.
   *
   * @return the unplaced seekers
   */
  public abstract List<Unplaced> unplaced();

  /**
   * Returns the groups after placement, in input order.
   *
   * @return the groups
   */
  public abstract List<SupportGroup> groups();

  /**
   * Returns the number of assignment rounds run (1 unless facilitator caps bound).
   *
   * @return the rounds
   */
  public abstract int rounds();

  /**
   * Returns whether facilitator load caps never bound; then the assignment is optimal for the solver's objective.
   *
   * @return true if exact
   */
  public abstract boolean exact();

  /**
   * Returns the total fit of the assignments.
   *
   * @return the sum of fits
   */
  public final long totalFit() {
    long total = 0;
    for (PlacementAssignment a : assignments()) {
      total += a.fit();
    }
    return total;
  }

  /**
   * Returns a facilitator's load after placement: the members of all the groups they facilitate.
   *
   * @param facilitator the facilitator
   * @return the member count
   */
  public final int loadOf(FacilitatorId facilitator) {
    int load = 0;
    for (SupportGroup g : groups()) {
      if (g.facilitators().contains(facilitator)) {
        load += g.size();
      }
    }
    return load;
  }

  /** Returns e.g. {@code Placement[812 placed, 188 unplaced, fit 9120, 1 round, exact]}. */
  @Override
  public final String toString() {
    return "Placement[" + assignments().size() + " placed, " + unplaced().size() + " unplaced, fit " + totalFit() + ", "
        + rounds() + (rounds() == 1 ? " round" : " rounds") + (exact() ? ", exact]" : ", facilitator caps bound]");
  }
}
