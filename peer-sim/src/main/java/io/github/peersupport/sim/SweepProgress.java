package io.github.peersupport.sim;

/**
 * Hears of each finished run of a {@link Sweep}, to show progress on a terminal or in a log.
 *
 * <p>Threading: the sweep calls the listener on its worker threads, right after each run finishes
 * (successfully or with a recorded {@link SweepFailure}). Calls are serialised (never two at once, and
 * each call happens-after the previous one), and {@code done} rises by one per call, from 1 to {@code
 * total}; tasks finish in no fixed order. Keep the listener quick: the worker waits for it. An
 * exception it throws aborts the sweep.
 */
@FunctionalInterface
public interface SweepProgress {
  /**
   * Called after a run has finished.
   *
   * @param done the number of runs finished so far, this one included
   * @param total the number of runs this sweep (or shard) makes
   * @param task the run that finished
   * @param failed whether it threw (it is then among {@link SweepResult#failures()})
   */
  void finished(int done, int total, SweepTask task, boolean failed);
}
