package io.github.peersupport.matching.stable;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/** Two members of one cohort paired as peer buddies by a {@link StableRoommatesMatching}. */
@Value.Immutable
@PeerTuple
public abstract class BuddyPair {
  BuddyPair() {}

  /**
   * Creates a pair.
   *
   * @param first the member with the lower index in the problem
   * @param second the other member
   * @return the pair
   */
  public static BuddyPair of(SeekerId first, SeekerId second) {
    return ImmutableBuddyPair.of(first, second);
  }

  /**
   * Returns the member with the lower index in the problem.
   *
   * @return the id
   */
  public abstract SeekerId first();

  /**
   * Returns the other member.
   *
   * @return the id
   */
  public abstract SeekerId second();

  /** Returns e.g. {@code (m-1, m-4)}. */
  @Override
  public final String toString() {
    return "(" + first() + ", " + second() + ")";
  }
}
