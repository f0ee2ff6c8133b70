package io.github.peersupport.matching;

import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/**
 * One criterion's part of a candidate's score: its similarity in [0, 1], its share of the total weight,
 * and the product, which is what it adds to the score.
 */
@Value.Immutable
@PeerTuple
public abstract class Contribution {
  Contribution() {}

  /**
   * Creates a contribution.
   *
   * @param criterion the criterion
   * @param similarity its similarity, 0 to 1
   * @param share its weight divided by the sum of weights in use
   * @return the contribution
   */
  public static Contribution of(Criterion criterion, double similarity, double share) {
    return ImmutableContribution.of(criterion, similarity, share);
  }

  /**
   * Returns the criterion.
   *
   * @return the criterion
   */
  public abstract Criterion criterion();

  /**
   * Returns the similarity.
   *
   * @return 0 to 1
   */
  public abstract double similarity();

  /**
   * Returns the criterion's share of the total weight.
   *
   * @return 0 to 1
   */
  public abstract double share();

  /**
   * Returns what the criterion adds to the score: {@code share × similarity}.
   *
   * @return the value
   */
  public final double value() {
    return share() * similarity();
  }

  /** Returns e.g. {@code condition 0.67×0.30}. */
  @Override
  public final String toString() {
    return criterion().name().toLowerCase(java.util.Locale.ROOT) + String.format(java.util.Locale.ROOT, " %.2f×%.2f", similarity(), share());
  }
}
