package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One run of a {@link Sweep}: a grid point and a seed, numbered in the sweep's fixed task order
 * (point-major, seeds ascending within a point: task {@code index} is point {@code index / seeds} with
 * seed {@code firstSeed + index % seeds}). The numbering is the full grid's, also in a shard, so results
 * of shards can be merged.
 */
@Value.Immutable
@PeerStyle
public abstract class SweepTask {
  SweepTask() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SweepTask}. */
  public static class Builder extends ImmutableSweepTask.Builder {
    /** Creates an empty builder; prefer {@link SweepTask#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the task's number in the full grid, from 0.
   *
   * @return the index
   */
  public abstract int index();

  /**
   * Returns the grid point's number, from 0, in the order the grid was built.
   *
   * @return the point index
   */
  public abstract int pointIndex();

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

  @Value.Check
  final void check() {
    Require.inRange("index", index(), 0, Integer.MAX_VALUE);
    Require.inRange("pointIndex", pointIndex(), 0, index());
  }

  /** Returns e.g. {@code SweepTask[7: point 1 {supporters=60}, seed 3]}. */
  @Override
  public final String toString() {
    return "SweepTask[" + index() + ": point " + pointIndex() + " " + point() + ", seed " + seed() + "]";
  }
}
