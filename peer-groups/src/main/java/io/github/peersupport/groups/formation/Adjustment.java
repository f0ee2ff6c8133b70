package io.github.peersupport.groups.formation;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.style.PeerStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A suggestion for groups that drifted out of bounds: merge two groups (sizes holds the merged size),
 * split one (sizes holds the two new sizes), or report an undersized group no merge can fix. A
 * suggestion, not a change: the host decides and moves members.
 */
@Value.Immutable
@PeerStyle
public abstract class Adjustment {
  Adjustment() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Adjustment}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableAdjustment.Builder {
    /** Creates an empty builder; prefer {@link Adjustment#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the kind of suggestion.
   *
   * @return the kind
   */
  public abstract AdjustmentKind kind();

  /**
   * Returns the groups concerned: the undersized group first for a merge.
   *
   * @return the ids
   */
  public abstract List<GroupId> groups();

  /**
   * Returns the resulting sizes: one for a merge or an undersized group, two for a split.
   *
   * @return the sizes
   */
  public abstract List<Integer> sizes();

  /** Returns e.g. {@code MERGE [g-1, g-4] -> [9]}. */
  @Override
  public final String toString() {
    return kind() + " " + groups() + " -> " + sizes();
  }
}
