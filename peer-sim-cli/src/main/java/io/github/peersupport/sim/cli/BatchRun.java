package io.github.peersupport.sim.cli;

import io.github.peersupport.sim.Csv;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Sim;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a shard of a batch's tasks on a pool of threads. Each task is {@link Sim#run} of its point's
 * scenario with its seed, a pure function of the two, and results are kept by task number, so the
 * outcome is the same on any number of threads. A run that throws is recorded as failed, with the
 * exception's class and message, and the others go on; so is every run of a point whose scenario could
 * not be built.
 */
final class BatchRun {
  private BatchRun() {}

  /**
   * Runs the shard's tasks.
   *
   * @param batch the batch
   * @param shard the shard
   * @param threads the number of threads
   * @param progress told of every finished run
   * @param perRun a folder for each run's own files ({@link Csv#write(Run, Path)}), if asked for
   * @return the shard's results, in task order
   */
  static List<TaskResult> run(Batch batch, Shard shard, int threads, Progress progress, Optional<Path> perRun) {
    List<Integer> tasks = new ArrayList<>();
    for (int t = 0; t < batch.tasks(); t++) {
      if (shard.includes(t)) {
        tasks.add(t);
      }
    }
    TaskResult[] results = new TaskResult[tasks.size()];
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "peer-sim-batch");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < tasks.size(); i++) {
        int slot = i;
        int task = tasks.get(i);
        futures.add(pool.submit(() -> {
          results[slot] = task(batch, task, perRun);
          progress.finished(results[slot]);
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("batch: interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("batch: a task failed outside its run: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return List.copyOf(Arrays.asList(results));
  }

  private static TaskResult task(Batch batch, int task, Optional<Path> perRun) {
    Batch.Point point = batch.point(task);
    long seed = batch.seed(task);
    String name = point.scenario().map(s -> s.name()).orElse("");
    if (point.scenario().isEmpty()) {
      return new TaskResult(task, point.labels(), seed, name, point.hash(), java.util.Map.of(), point.error());
    }
    try {
      Run run = Sim.run(point.scenario().get(), seed);
      perRun.ifPresent(folder -> Csv.write(run, folder.resolve(String.format(java.util.Locale.ROOT, "task-%06d", task))));
      return new TaskResult(task, point.labels(), seed, name, point.hash(), TaskResult.values(run.metrics()), "");
    } catch (RuntimeException | StackOverflowError e) {
      return new TaskResult(task, point.labels(), seed, name, point.hash(), java.util.Map.of(),
          e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
