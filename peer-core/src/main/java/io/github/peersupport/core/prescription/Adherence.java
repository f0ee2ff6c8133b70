package io.github.peersupport.core.prescription;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/**
 * Sessions attended against sessions expected so far. When nothing was expected yet the ratio is 1
 * (fully adherent). Never negative.
 */
@Value.Immutable
@PeerTuple
public abstract class Adherence {
  Adherence() {}

  /**
   * Creates an adherence figure.
   *
   * @param attended sessions attended, 0 or more
   * @param expected sessions expected so far, 0 or more
   * @return the figure
   */
  public static Adherence of(int attended, int expected) {
    return ImmutableAdherence.of(attended, expected);
  }

  /**
   * Returns the sessions attended.
   *
   * @return the count
   */
  public abstract int attended();

  /**
   * Returns the sessions expected so far.
   *
   * @return the count
   */
  public abstract int expected();

  @Value.Check
  final void check() {
    Require.inRange("attended", attended(), 0, Integer.MAX_VALUE);
    Require.inRange("expected", expected(), 0, Integer.MAX_VALUE);
  }

  /**
   * Returns attended ÷ expected, which may exceed 1; 1 when nothing was expected.
   *
   * @return the raw ratio, 0 or more
   */
  public final double raw() {
    return expected() == 0 ? 1.0 : (double) attended() / expected();
  }

  /**
   * Returns the ratio capped at 1.
   *
   * @return the capped ratio, between 0 and 1
   */
  public final double capped() {
    return Math.min(1.0, raw());
  }

  /** Returns e.g. {@code 2/3}. */
  @Override
  public final String toString() {
    return attended() + "/" + expected();
  }
}
