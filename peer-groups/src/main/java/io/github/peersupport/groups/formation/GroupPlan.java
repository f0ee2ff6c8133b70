package io.github.peersupport.groups.formation;

import io.github.peersupport.core.style.PeerStyle;
import io.github.peersupport.groups.SupportGroup;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of {@link GroupPlanner#plan}: seekers placed into existing groups, new groups formed
 * for the rest, and split or merge suggestions for the existing groups after placement.
 */
@Value.Immutable
@PeerStyle
public abstract class GroupPlan {
  GroupPlan() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupPlan}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableGroupPlan.Builder {
    /** Creates an empty builder; prefer {@link GroupPlan#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the placement into existing groups.
   *
   * @return the placement
   */
  public abstract Placement placement();

  /**
   * Returns the formation of new groups from the seekers placement left over.
   *
   * @return the formation
   */
  public abstract Formation formation();

  /**
   * Returns split and merge suggestions for the existing groups after placement.
   *
   * @return the suggestions
   */
  public abstract List<Adjustment> adjustments();

  /**
   * Returns every group: existing ones after placement, then the new ones.
   *
   * @return the groups
   */
  public final List<SupportGroup> groups() {
    List<SupportGroup> all = new ArrayList<>(placement().groups());
    all.addAll(formation().groups());
    return List.copyOf(all);
  }

  /**
   * Returns the seekers neither placed nor formed into a group: those placement refused outright
   * ({@link UnplacedReason#NOT_ELIGIBLE}), then formation's unplaced.
   *
   * @return the unplaced seekers
   */
  public final List<Unplaced> unplaced() {
    List<Unplaced> all = new ArrayList<>();
    for (Unplaced u : placement().unplaced()) {
      if (u.reason() == UnplacedReason.NOT_ELIGIBLE) {
        all.add(u);
      }
    }
    all.addAll(formation().unplaced());
    return List.copyOf(all);
  }

  /** Returns e.g. {@code GroupPlan[Placement[...], Formation[...], 1 adjustments]}. */
  @Override
  public final String toString() {
    return "GroupPlan[" + placement() + ", " + formation() + ", " + adjustments().size() + " adjustments]";
  }
}
