package io.github.peersupport.matching;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/**
 * How a programme uses one criterion: its mode and weight. The criterion is <i>in use</i> (it scores)
 * when its mode is not {@link CriterionMode#OFF} and its weight is above 0; its share of a score is
 * its weight ÷ the sum of the weights in use, a weight doubled for a seeker who {@linkplain
 * io.github.peersupport.core.person.Preference#PREFER prefers} the criterion (see {@link PeerMatcher}).
 */
@Value.Immutable
@PeerTuple
public abstract class CriterionSetting {
  CriterionSetting() {}

  /**
   * Creates a setting.
   *
   * @param mode hard, soft or off
   * @param weight a finite weight, 0 to 100
   * @return the setting
   */
  public static CriterionSetting of(CriterionMode mode, double weight) {
    return ImmutableCriterionSetting.of(mode, weight);
  }

  /**
   * A soft criterion.
   *
   * @param weight the weight
   * @return the setting
   */
  public static CriterionSetting soft(double weight) {
    return of(CriterionMode.SOFT, weight);
  }

  /**
   * A hard criterion that also scores.
   *
   * @param weight the weight
   * @return the setting
   */
  public static CriterionSetting hard(double weight) {
    return of(CriterionMode.HARD, weight);
  }

  /**
   * Returns the mode.
   *
   * @return the mode
   */
  public abstract CriterionMode mode();

  /**
   * Returns the weight.
   *
   * @return the weight
   */
  public abstract double weight();

  @Value.Check
  final void check() {
    Require.inRange("weight", weight(), 0, 100);
  }
}
