package io.github.peersupport.groups.formation;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/** A seeker placed in a group, with the fit score of the pair. */
@Value.Immutable
@PeerTuple
public abstract class PlacementAssignment {
  PlacementAssignment() {}

  /**
   * Creates one.
   *
   * @param seeker the seeker
   * @param group the group
   * @param fit the pair's fit score, at least 1
   * @return the value
   */
  public static PlacementAssignment of(SeekerId seeker, GroupId group, int fit) {
    return ImmutablePlacementAssignment.of(seeker, group, fit);
  }

  /**
   * Returns the seeker.
   *
   * @return the id
   */
  public abstract SeekerId seeker();

  /**
   * Returns the group.
   *
   * @return the id
   */
  public abstract GroupId group();

  /**
   * Returns the fit score ({@link PlacementPolicy}).
   *
   * @return the score
   */
  public abstract int fit();

  /** Returns e.g. {@code s-1 -> g-7 (fit 13)}. */
  @Override
  public final String toString() {
    return seeker() + " -> " + group() + " (fit " + fit() + ")";
  }
}
