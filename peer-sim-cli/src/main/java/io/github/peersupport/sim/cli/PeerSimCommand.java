package io.github.peersupport.sim.cli;

import io.github.peersupport.json.GridDocument;
import io.github.peersupport.json.PeerJson;
import io.github.peersupport.json.PeerJsonException;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.Stamp;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code bin/peer-sim}: runs scenario documents over ranges of seeds, sweeps grid documents (whole or one
 * shard of a job array), and merges shards. See {@link #USAGE}. Exit status: 0 when every run succeeded, 1
 * when a run failed (recorded in {@code failures.csv}; the other runs went on), 2 for a usage or input error
 * (nothing run).
 */
public final class PeerSimCommand {
  /** The usage text, printed by {@code --help} and with every usage error. */
  public static final String USAGE = String.join("\n",
      "usage: bin/peer-sim run <scenario.json> --seeds <first-last> --out <folder> [options]",
      "       bin/peer-sim sweep <grid.json> --seeds <first-last> --out <folder> [options]",
      "       bin/peer-sim merge <folder> <folder>... --out <folder>",
      "       bin/peer-sim --version | --help",
      "options of run and sweep:",
      "  --threads <n>         runs at once (default: the number of processors)",
      "  --run-at <instant>    the time stamped on the outputs, ISO-8601 such as 2026-03-02T09:00:00Z (default: now);",
      "                        give every shard of one sweep the same value",
      "  --shard <i>/<n>       run only shard i of n, i from 0 (Slurm: --array=0-<n-1> and",
      "                        --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT); merge the shards' folders after",
      "  --per-run             also write each run's metrics, weeks, hours to match and supporter loads to",
      "                        <folder>/per-run/task-<n>/",
      "writes <folder>/runs.csv (one row per run x metric), failures.csv, points.csv, report.txt and manifest.txt;",
      "exit status: 0 all runs succeeded, 1 a run failed (see failures.csv), 2 usage or input error");

  static final int OK = 0;
  static final int FAILED_RUNS = 1;
  static final int USAGE_ERROR = 2;

  private static final Set<String> RUN_OPTIONS = Set.of("seeds", "out", "threads", "run-at", "shard");
  private static final Set<String> RUN_FLAGS = Set.of("per-run");

  private PeerSimCommand() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(Arrays.asList(args), System.out, System.err, Boolean.getBoolean("peer.sim.terminal")));
  }

  /**
   * Runs the command.
   *
   * @param args the command line
   * @param out standard output: the report
   * @param err standard error: progress and errors
   * @param terminal whether standard error is a terminal (progress is then one line rewritten in place)
   * @return the exit status
   */
  static int run(List<String> args, PrintStream out, PrintStream err, boolean terminal) {
    try {
      if (args.isEmpty()) {
        throw new UsageException("no command");
      }
      List<String> rest = args.subList(1, args.size());
      switch (args.get(0)) {
        case "--version":
        case "version":
          out.println("peer-sim " + version());
          return OK;
        case "--help":
        case "help":
          out.println(USAGE);
          return OK;
        case "run":
          return batch(rest, out, err, terminal, false);
        case "sweep":
          return batch(rest, out, err, terminal, true);
        case "merge":
          return merge(rest, out, err);
        default:
          throw new UsageException("unknown command " + SeedRange.shown(args.get(0)));
      }
    } catch (UsageException e) {
      err.println("peer-sim: " + e.getMessage());
      err.println(USAGE);
      return USAGE_ERROR;
    }
  }

  private static int batch(List<String> args, PrintStream out, PrintStream err, boolean terminal, boolean sweep) {
    Arguments a = Arguments.parse(args, RUN_OPTIONS, RUN_FLAGS);
    if (a.positional().size() != 1) {
      throw new UsageException((sweep ? "sweep" : "run") + ": needs exactly one " + (sweep ? "grid" : "scenario")
          + " document, got " + a.positional().size() + " arguments");
    }
    SeedRange seeds = SeedRange.parse(a.required("seeds"));
    Path folder = Path.of(a.required("out"));
    int threads = a.option("threads").map(PeerSimCommand::threads).orElse(Runtime.getRuntime().availableProcessors());
    String runAt = a.option("run-at").map(PeerSimCommand::instant).orElse(Instant.now().truncatedTo(ChronoUnit.SECONDS))
        .toString();
    Shard shard = a.option("shard").map(Shard::parse).orElse(Shard.ALL);
    Path input = Path.of(a.positional().get(0));
    Batch batch = sweep ? grid(input, seeds) : Batch.of(scenario(input), seeds);
    BatchFiles.Header header = new BatchFiles.Header(version(), batch.command(), batch.scenarioName(), batch.inputHash(),
        runAt, seeds, batch.points().size(), batch.parameters(), batch.reference(), shard);
    int mine = (int) java.util.stream.IntStream.range(0, batch.tasks()).filter(shard::includes).count();
    err.println("peer-sim " + batch.command() + ": " + batch.scenarioName() + ", " + batch.points().size() + " grid point(s) x "
        + seeds.count() + " seeds = " + batch.tasks() + " runs" + (shard.count() > 1 ? ", shard " + shard + ": " + mine : "")
        + ", " + threads + " thread(s)");
    Optional<Path> perRun = a.flag("per-run") ? Optional.of(folder.resolve("per-run")) : Optional.empty();
    List<TaskResult> results = BatchRun.run(batch, shard, threads, new Progress(err, terminal, mine), perRun);
    return finish(folder, header, BatchFiles.points(batch), results, out, err);
  }

  private static int finish(Path folder, BatchFiles.Header header, String points, List<TaskResult> results, PrintStream out,
      PrintStream err) {
    BatchFiles.write(folder, header, points, results);
    out.print(BatchReport.text(header, results));
    long failed = results.stream().filter(TaskResult::failed).count();
    err.println("peer-sim: wrote " + folder.resolve(BatchFiles.RUNS) + ", " + BatchFiles.FAILURES + ", " + BatchFiles.REPORT
        + " and " + BatchFiles.MANIFEST + (failed > 0 ? "; " + failed + " run(s) failed" : ""));
    return failed > 0 ? FAILED_RUNS : OK;
  }

  private static int merge(List<String> args, PrintStream out, PrintStream err) {
    Arguments a = Arguments.parse(args, Set.of("out"), Set.of());
    if (a.positional().isEmpty()) {
      throw new UsageException("merge: needs the shards' folders");
    }
    Path folder = Path.of(a.required("out"));
    List<Path> shards = new ArrayList<>();
    a.positional().forEach(p -> shards.add(Path.of(p)));
    ShardMerge.Merged merged = ShardMerge.merge(shards);
    ShardMerge.copyPerRun(shards, folder);
    err.println("peer-sim merge: " + shards.size() + " shard(s), " + merged.results().size() + " runs");
    return finish(folder, merged.header(), merged.points(), merged.results(), out, err);
  }

  private static Scenario scenario(Path file) {
    try {
      return PeerJson.read(bytes(file), Scenario.class);
    } catch (PeerJsonException e) {
      throw new UsageException(file + ": " + e.getMessage());
    }
  }

  private static Batch grid(Path file, SeedRange seeds) {
    GridDocument grid;
    try {
      grid = GridDocument.read(bytes(file));
    } catch (PeerJsonException e) {
      throw new UsageException(file + ": " + e.getMessage());
    }
    byte[] scenario;
    if (grid.scenarioFile().isPresent()) {
      Path dir = file.toAbsolutePath().getParent();
      scenario = bytes(dir.resolve(grid.scenarioFile().get()));
    } else {
      scenario = grid.scenario().orElseThrow().getBytes(StandardCharsets.UTF_8);
    }
    try {
      return Batch.of(grid, scenario, seeds);
    } catch (UsageException e) {
      throw new UsageException(file + ": " + e.getMessage());
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static int threads(String text) {
    try {
      int n = Integer.parseInt(text);
      if (n >= 1 && n <= 1024) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--threads: must be 1 to 1024, but was " + SeedRange.shown(text));
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new UsageException("--run-at: must be an ISO-8601 instant such as 2026-03-02T09:00:00Z, but was "
          + SeedRange.shown(text));
    }
  }

  /** The library's version, as the build wrote it into peer-sim ({@link Stamp#currentLibraryVersion()}). */
  static String version() {
    return Stamp.currentLibraryVersion();
  }
}
