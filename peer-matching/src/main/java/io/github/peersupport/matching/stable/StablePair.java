package io.github.peersupport.matching.stable;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/** A seeker and a supporter: a pair of a matching, or a pair that blocks one. */
@Value.Immutable
@PeerTuple
public abstract class StablePair {
  StablePair() {}

  /**
   * Creates a pair.
   *
   * @param seeker the seeker
   * @param supporter the supporter
   * @return the pair
   */
  public static StablePair of(SeekerId seeker, SupporterId supporter) {
    return ImmutableStablePair.of(seeker, supporter);
  }

  /**
   * Returns the seeker.
   *
   * @return the seeker's id
   */
  public abstract SeekerId seeker();

  /**
   * Returns the supporter.
   *
   * @return the supporter's id
   */
  public abstract SupporterId supporter();

  /** Returns e.g. {@code (s-1, h-2)}. */
  @Override
  public final String toString() {
    return "(" + seeker() + ", " + supporter() + ")";
  }
}
