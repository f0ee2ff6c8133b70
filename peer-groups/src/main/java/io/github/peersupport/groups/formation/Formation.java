package io.github.peersupport.groups.formation;

import io.github.peersupport.core.style.PeerStyle;
import io.github.peersupport.groups.SupportGroup;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of forming new groups from a cohort: the groups (each within its size bounds), a
 * facilitator plan per group, and the seekers not placed with a reason.
 */
@Value.Immutable
@PeerStyle
public abstract class Formation {
  Formation() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Formation}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableFormation.Builder {
    /** Creates an empty builder; prefer {@link Formation#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the new groups, in key order (audience, focus with mixed last, modality, language, slot).
   *
   * @return the groups
   */
  public abstract List<SupportGroup> groups();

  /**
   * Returns the facilitator plan of each group, in group order.
   *
   * @return the plans
   */
  public abstract List<FacilitatorPlan> facilitatorPlans();

  /**
   * Returns the seekers not formed into a group, in input order.
   *
   * @return the unplaced seekers
   */
  public abstract List<Unplaced> unplaced();

  /**
   * Returns the total facilitator shortage across groups.
   *
   * @return the number of facilitator places not filled
   */
  public final int facilitatorShortage() {
    int s = 0;
    for (FacilitatorPlan p : facilitatorPlans()) {
      s += p.shortage();
    }
    return s;
  }

  /** Returns e.g. {@code Formation[5 groups, 52 members, 0 unplaced, shortage 0]}. */
  @Override
  public final String toString() {
    int members = 0;
    for (SupportGroup g : groups()) {
      members += g.size();
    }
    return "Formation[" + groups().size() + " groups, " + members + " members, " + unplaced().size() + " unplaced, shortage "
        + facilitatorShortage() + "]";
  }
}
