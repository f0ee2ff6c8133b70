package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One run of a sweep: the grid point's parameter values, the seed, the run's metrics, the values of the
 * sweep's user-defined metrics ({@link Sweep#metric}) and, if the sweep keeps runs ({@link
 * Sweep#keepRuns()}), the whole run. {@link #value(String)} reads a built-in or user-defined metric by
 * name.
 */
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

  /**
   * Returns the values of the sweep's user-defined metrics ({@link Sweep#metric}), in the order they were
   * defined; empty when the sweep defines none.
   *
   * @return metric name to value
   */
  public abstract Map<String, Double> extra();

  /**
   * Returns the whole run, if the sweep keeps runs ({@link Sweep#keepRuns()}).
   *
   * @return the run, or empty
   */
  public abstract Optional<Run> run();

  /**
   * Reads a metric by name: a user-defined metric of {@link #extra()}, or a built-in {@link Metric} by
   * its constant's name ({@code MATCH_RATE}) or that name in lower case ({@code match_rate}).
   *
   * @param name the metric's name
   * @return the value
   * @throws IllegalArgumentException if no metric has that name
   * @throws NullPointerException if any argument is null
   */
  public final double value(String name) {
    Objects.requireNonNull(name, "name");
    Double user = extra().get(name);
    if (user != null) {
      return user;
    }
    Metric builtIn = builtIn(name);
    if (builtIn == null) {
      throw Require.invalid("name", "no built-in or user-defined metric of this name: " + name + " (user-defined: "
          + extra().keySet() + ")");
    }
    return builtIn.of(metrics());
  }

  /**
   * Reads a built-in metric.
   *
   * @param metric the metric
   * @return the value
   * @throws NullPointerException if any argument is null
   */
  public final double value(Metric metric) {
    Objects.requireNonNull(metric, "metric");
    return metric.of(metrics());
  }

  /**
   * Returns the built-in metric of a name, by its constant's name in upper or lower case.
   *
   * @param name the name
   * @return the metric, or null
   */
  static @Nullable Metric builtIn(String name) {
    for (Metric m : Metric.values()) {
      if (m.name().equals(name) || m.name().toLowerCase(Locale.ROOT).equals(name)) {
        return m;
      }
    }
    return null;
  }

  @Value.Check
  final void check() {
    for (String name : extra().keySet()) {
      if (builtIn(name) != null) {
        throw Require.invalid("extra", "must not reuse a built-in metric's name: " + name);
      }
    }
    if (run().isPresent() && (run().get().seed() != seed() || !run().get().metrics().equals(metrics()))) {
      throw Require.invalid("run", "must be the run of this row's seed " + seed() + " with this row's metrics");
    }
  }

  /** Returns e.g. {@code SweepRow[{supporters=120}, seed 3, Metrics[...]]}, then user-defined metrics if any. */
  @Override
  public final String toString() {
    return "SweepRow[" + point() + ", seed " + seed() + ", " + metrics() + (extra().isEmpty() ? "" : ", " + extra()) + "]";
  }
}
