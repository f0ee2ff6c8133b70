package io.github.peersupport.sim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Merges the output folders of a sweep's shards into the folder the whole sweep would have written. It
 * refuses (a usage error) shards whose stamps differ (library version, command, scenario, input hash, time
 * of the run, seeds, grid, reference), shards of different counts, a shard given twice or missing, and
 * shards whose tasks are not exactly their own (overlapping or missing runs).
 */
final class ShardMerge {
  private ShardMerge() {}

  /**
   * Merged shards.
   *
   * @param header the whole batch's stamp
   * @param results every task's result, in task order
   */
  record Merged(BatchFiles.Header header, String points, List<TaskResult> results) {}

  static Merged merge(List<Path> folders) {
    List<BatchFiles.Header> headers = new ArrayList<>();
    for (Path f : folders) {
      headers.add(BatchFiles.header(f));
    }
    BatchFiles.Header whole = headers.get(0).withShard(Shard.ALL);
    int count = headers.get(0).shard().count();
    boolean[] seen = new boolean[count];
    for (int i = 0; i < folders.size(); i++) {
      BatchFiles.Header h = headers.get(i);
      if (!h.withShard(Shard.ALL).equals(whole)) {
        throw new UsageException("merge: " + folders.get(i) + " is not a shard of the same sweep as " + folders.get(0)
            + " (" + difference(h, headers.get(0)) + ")");
      }
      if (h.shard().count() != count) {
        throw new UsageException("merge: " + folders.get(i) + " is shard " + h.shard() + " but " + folders.get(0)
            + " is shard " + headers.get(0).shard());
      }
      if (seen[h.shard().index()]) {
        throw new UsageException("merge: shard " + h.shard() + " is given twice (overlapping runs)");
      }
      seen[h.shard().index()] = true;
    }
    for (int s = 0; s < count; s++) {
      if (!seen[s]) {
        throw new UsageException("merge: shard " + s + "/" + count + " is missing");
      }
    }
    String points = BatchFiles.pointsText(folders.get(0));
    for (Path f : folders) {
      if (!BatchFiles.pointsText(f).equals(points)) {
        throw new UsageException("merge: " + f + " has other grid points than " + folders.get(0));
      }
    }
    TaskResult[] all = new TaskResult[whole.tasks()];
    for (int i = 0; i < folders.size(); i++) {
      Shard shard = headers.get(i).shard();
      int expected = 0;
      for (int t = 0; t < whole.tasks(); t++) {
        expected += shard.includes(t) ? 1 : 0;
      }
      List<TaskResult> results = BatchFiles.results(folders.get(i), headers.get(i));
      for (TaskResult r : results) {
        if (r.task() < 0 || r.task() >= all.length || !shard.includes(r.task())) {
          throw new UsageException("merge: " + folders.get(i) + " holds task " + r.task() + ", not one of shard " + shard);
        }
        all[r.task()] = r;
      }
      if (results.size() != expected) {
        throw new UsageException("merge: " + folders.get(i) + " holds " + results.size() + " runs, but shard " + shard
            + " has " + expected + " (missing runs)");
      }
    }
    return new Merged(whole, points, List.of(all));
  }

  private static String difference(BatchFiles.Header a, BatchFiles.Header b) {
    List<String> diff = new ArrayList<>();
    if (!a.libraryVersion().equals(b.libraryVersion())) {
      diff.add("library version " + a.libraryVersion() + " vs " + b.libraryVersion());
    }
    if (!a.runAt().equals(b.runAt())) {
      diff.add("run at " + a.runAt() + " vs " + b.runAt() + ": give every shard the same --run-at");
    }
    if (!a.inputHash().equals(b.inputHash()) || !a.command().equals(b.command())) {
      diff.add("a different scenario or grid");
    }
    if (!a.seeds().equals(b.seeds())) {
      diff.add("seeds " + a.seeds() + " vs " + b.seeds());
    }
    return diff.isEmpty() ? "different stamps" : String.join("; ", diff);
  }

  /** Copies the shards' {@code per-run} folders, if they wrote them, into the merged folder. */
  static void copyPerRun(List<Path> folders, Path out) {
    for (Path f : folders) {
      Path from = f.resolve("per-run");
      if (!Files.isDirectory(from)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(from)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Path to = out.resolve("per-run").resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot copy " + from, e);
      }
    }
  }
}
