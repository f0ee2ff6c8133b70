package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A run recorded seeker by seeker ({@link Sim#record(Scenario, long)}): the run, one outcome per
 * referred seeker in referral order, and every seeker's events in the run's order. Recording is opt-in,
 * so that the many runs of a sweep stay light; the recorded run equals {@link Sim#run(Scenario, long)}
 * of the same scenario and seed.
 */
@Value.Immutable
@PeerStyle
public abstract class SeekerLog {
  SeekerLog() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SeekerLog}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableSeekerLog.Builder {
    /** Creates an empty builder; prefer {@link SeekerLog#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the run.
   *
   * @return the run
   */
  public abstract Run run();

  /**
   * Returns one outcome per referred seeker, in referral order.
   *
   * @return the outcomes; the i-th has index i + 1
   */
  public abstract List<SeekerOutcome> seekers();

  /**
   * Returns the seekers' events, in time order (the run's order within an instant).
   *
   * @return the events
   */
  public abstract List<SeekerEvent> events();

  @Value.Check
  final void check() {
    for (int i = 0; i < seekers().size(); i++) {
      if (seekers().get(i).index() != i + 1) {
        throw Require.invalid("seekers[" + i + "].index", "must be " + (i + 1), seekers().get(i).index());
      }
    }
    for (int i = 0; i < events().size(); i++) {
      if (events().get(i).seeker() > seekers().size()) {
        throw Require.invalid("events[" + i + "].seeker", "must name one of the " + seekers().size() + " seekers",
            events().get(i).seeker());
      }
      if (i > 0 && events().get(i).at().isBefore(events().get(i - 1).at())) {
        throw Require.invalid("events[" + i + "].at", "must not be before the event before it", events().get(i).at());
      }
    }
  }

  /** Returns e.g. {@code SeekerLog[standard, seed 42, 1290 seekers, 9120 events]}. */
  @Override
  public final String toString() {
    return "SeekerLog[" + run().scenario() + ", seed " + run().seed() + ", " + seekers().size() + " seekers, " + events().size()
        + " events]";
  }
}
