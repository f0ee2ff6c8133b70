package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A run of a {@link Sweep} that threw instead of finishing: its grid point, its seed, and the
 * exception's class and message. The sweep records it and goes on with the other runs. Messages are the
 * library's own (they name fields and values of the synthetic scenario), never personal data.
 */
@Value.Immutable
@PeerStyle
public abstract class SweepFailure {
  SweepFailure() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SweepFailure}. */
  public static class Builder extends ImmutableSweepFailure.Builder {
    /** Creates an empty builder; prefer {@link SweepFailure#builder()}. */
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
   * Returns the binary name of the exception's class, e.g. {@code java.lang.IllegalStateException}.
   *
   * @return the class name
   */
  public abstract String exception();

  /**
   * Returns the exception's message, empty when it had none.
   *
   * @return the message
   */
  public abstract String message();

  @Value.Check
  final void check() {
    if (exception().isBlank()) {
      throw Require.invalid("exception", "must not be blank");
    }
  }

  /**
   * Records an exception a run threw.
   *
   * @param task the run
   * @param e the exception
   * @return the failure
   */
  static SweepFailure of(SweepTask task, Exception e) {
    String message = e.getMessage();
    return builder().point(task.point()).seed(task.seed()).exception(e.getClass().getName())
        .message(message == null ? "" : message).build();
  }

  /** Returns e.g. {@code SweepFailure[{supporters=60}, seed 3, java.lang.IllegalStateException: ...]}. */
  @Override
  public final String toString() {
    return "SweepFailure[" + point() + ", seed " + seed() + ", " + exception() + ": " + message() + "]";
  }
}
