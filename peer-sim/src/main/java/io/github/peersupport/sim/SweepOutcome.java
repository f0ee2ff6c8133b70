package io.github.peersupport.sim;

import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/** What one task of a {@link Sweep} gave: its row, or its failure if the run or a user metric threw. */
final class SweepOutcome {
  final @Nullable SweepRow row;
  final @Nullable SweepFailure failure;

  private SweepOutcome(@Nullable SweepRow row, @Nullable SweepFailure failure) {
    this.row = row;
    this.failure = failure;
  }

  /**
   * Runs a task and computes its row, recording an exception instead.
   *
   * @param scenario the task's grid point's scenario
   * @param task the task
   * @param metrics the user-defined metrics, in order
   * @param keepRun whether the row keeps the whole run
   * @return the outcome
   */
  static SweepOutcome of(Scenario scenario, SweepTask task, Map<String, ToDoubleFunction<Run>> metrics, boolean keepRun) {
    try {
      Run run = Sim.run(scenario, task.seed());
      SweepRow.Builder row = SweepRow.builder().point(task.point()).seed(task.seed()).metrics(run.metrics());
      for (Map.Entry<String, ToDoubleFunction<Run>> m : metrics.entrySet()) {
        row.putExtra(m.getKey(), m.getValue().applyAsDouble(run));
      }
      if (keepRun) {
        row.run(Optional.of(run));
      }
      return new SweepOutcome(row.build(), null);
    } catch (RuntimeException e) {
      return new SweepOutcome(null, SweepFailure.of(task, e));
    }
  }
}
