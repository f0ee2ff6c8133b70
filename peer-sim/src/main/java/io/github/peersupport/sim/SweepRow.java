package io.github.peersupport.sim;

import io.github.peersupport.core.style.PeerStyle;
import java.util.Map;
import org.immutables.value.Value;

/** One run of a sweep: the grid point's parameter values, the seed, and the run's metrics. */
@Value.Immutable
@PeerStyle
public abstract class SweepRow {
  SweepRow() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SweepRow}. */
  public static class Builder extends ImmutableSweepRow.Builder {
    /** Creates an empty builder; prefer {@link SweepRow#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the grid point: each varied parameter's value, as text, in the order they were varied.
   *
   * @return parameter name to value
   */
  public abstract Map<String, String> point();

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * Returns the run's metrics.
   *
   * @return the metrics
   */
  public abstract Metrics metrics();

  /** Returns e.g. {@code SweepRow[{supporters=120}, seed 3, Metrics[...]]}. */
  @Override
  public final String toString() {
    return "SweepRow[" + point() + ", seed " + seed() + ", " + metrics() + "]";
  }
}
