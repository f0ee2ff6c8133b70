package io.github.peersupport.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's demo: runs {@link Scenario#standard()} (a mid-size hospital programme over 52 weeks)
 * with seed 42 and a small sweep of the supporter count (120, 180, 240 × 8 seeds), prints the report,
 * and writes into a folder: {@code report.txt}, {@code metrics.csv}, {@code weeks.csv}, {@code
 * hours-to-match.csv}, {@code supporter-load.csv}, {@code sweep.csv}, and the charts {@code
 * time-to-match.png}, {@code load-balance.png}, {@code weekly-queues.png}, {@code
 * sweep-supporters.png}. Everything is simulated and deterministic: no wall clock, no network.
 *
 * <p>Run it with {@code bin/peer-demo [folder]} (default {@code target/peer-demo}).
 */
public final class Demo {
  /** The seed of the demo's run. */
  public static final long SEED = 42;

  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args optional: the output folder
   */
  public static void main(String[] args) {
    Path folder = Path.of(args.length > 0 ? args[0] : "target/peer-demo");
    List<Path> files = write(folder);
    System.out.print(read(folder.resolve("report.txt")));
    System.out.println();
    System.out.println("Wrote " + files.size() + " files to " + folder.toAbsolutePath().normalize() + ":");
    for (Path f : files) {
      System.out.println("  " + f.getFileName());
    }
  }

  /**
   * Runs the demo's scenario and sweep and writes every file into a folder.
   *
   * @param folder the folder, created if needed
   * @return the files written
   */
  public static List<Path> write(Path folder) {
    Scenario scenario = Scenario.standard();
    Run run = scenario.run(SEED);
    SweepResult sweep = Sweep.of(scenario)
        .vary("supporters", List.of(120, 180, 240), (s, n) -> s.withCohort(s.cohort().withSupporters(n)))
        .seeds(8)
        .run();
    List<Path> files = new ArrayList<>();
    String report = Report.text(scenario, run) + "\n" + Report.text(sweep);
    try {
      Files.createDirectories(folder);
      files.add(Files.writeString(folder.resolve("report.txt"), report, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("folder: cannot write " + folder, e);
    }
    files.addAll(Csv.write(run, folder));
    files.add(Csv.write(sweep, folder.resolve("sweep.csv")));
    files.addAll(Charts.write(run, folder));
    files.add(Charts.sweepEffect(sweep, "supporters", Metric.MATCH_RATE, folder.resolve("sweep-supporters.png")));
    return files;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("file: cannot read " + file, e);
    }
  }
}
