package io.github.peersupport.sim;

import io.github.peersupport.programmes.Programme;
import io.github.peersupport.programmes.Programmes;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The project's demo: runs {@link Scenario#standard()} (a mid-size hospital programme over 52 weeks)
 * with seed 42 and a small sweep of the supporter count (120, 180, 240 × 8 seeds), prints the report,
 * and writes into a folder: {@code report.txt}, {@code metrics.csv}, {@code weeks.csv}, {@code
 * hours-to-match.csv}, {@code supporter-load.csv}, {@code seekers.csv} and {@code events.csv} (one row
 * per seeker and per seeker event, {@link Sim#record}), {@code sweep.csv}, {@code comparison.csv} (the
 * sweep's other arms compared with the programme's own supporter count, paired by seed: {@link
 * Comparison}), and the charts {@code
 * time-to-match.png}, {@code load-balance.png}, {@code weekly-queues.png}, {@code
 * sweep-supporters.png} (also as {@code .svg} and {@code .pdf}: means with 95% t intervals). Every
 * file is stamped ({@link Stamp}) with the time of the run, the only
 * wall-clock reading ({@link #write(Scenario, Path, java.time.Instant)} takes it from the caller);
 * everything else is simulated and deterministic, with no network.
 *
 * <p>Run it with {@code bin/peer-demo [folder]} (default {@code target/peer-demo}). With {@code
 * --programme <id>} it runs the scenario of a preset of {@link Programmes} instead ({@link
 * Scenario#of(Programme)}, e.g. {@code bin/peer-demo --programme new-mothers target/new-mothers}); the
 * sweep then varies the programme's supporters (two thirds, all, four thirds of them), or for a
 * group-only programme its weekly referrals, with the effect on the share placed in a group, in
 * {@code sweep-seekers.png}. {@code --programme list} prints the preset ids; an unknown id prints them
 * and exits with status 2.
 */
public final class Demo {
  /** The seed of the demo's run. */
  public static final long SEED = 42;
  /** The exit status of a command line the demo cannot run (an unknown preset, a missing value). */
  static final int USAGE = 2;

  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args optional: {@code --programme <id>} (or {@code --programme list}), then the output folder
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the demo's command line, printing to {@code out} and errors to {@code err}.
   *
   * @return the exit status: 0, or {@link #USAGE}
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(List.of(args));
    Scenario scenario = Scenario.standard();
    int flag = rest.indexOf("--programme");
    if (flag >= 0) {
      if (flag + 1 >= rest.size()) {
        err.println("--programme needs a preset id or 'list'; known presets: " + String.join(", ", Programmes.all().keySet()));
        return USAGE;
      }
      String id = rest.remove(flag + 1);
      rest.remove(flag);
      if (id.equals("list")) {
        Programmes.all().keySet().forEach(out::println);
        return 0;
      }
      Programme programme = Programmes.all().get(id);
      if (programme == null) {
        err.println("unknown programme '" + id + "'; known presets: " + String.join(", ", Programmes.all().keySet()));
        return USAGE;
      }
      scenario = Scenario.of(programme);
    }
    if (rest.size() > 1 || rest.stream().anyMatch(a -> a.startsWith("--"))) {
      err.println("usage: peer-demo [--programme <id>|list] [folder]");
      return USAGE;
    }
    Path folder = Path.of(rest.isEmpty() ? "target/peer-demo" : rest.get(0));
    List<Path> files = write(scenario, folder);
    out.print(read(folder.resolve("report.txt")));
    out.println();
    out.println("Wrote " + files.size() + " files to " + folder.toAbsolutePath().normalize() + ":");
    for (Path f : files) {
      out.println("  " + f.getFileName());
    }
    return 0;
  }

  /**
   * Runs the demo's scenario and sweep and writes every file into a folder.
   *
   * @param folder the folder, created if needed
   * @return the files written
   */
  public static List<Path> write(Path folder) {
    return write(Scenario.standard(), folder);
  }

  /**
   * Runs a scenario with the demo's seed and its sweep (see the class documentation) and writes every
   * file into a folder.
   *
   * @param scenario the scenario, e.g. {@code Scenario.of(Programmes.newMothers())}
   * @param folder the folder, created if needed
   * @return the files written
   * @throws NullPointerException if any argument is null
   */
  public static List<Path> write(Scenario scenario, Path folder) {
    return write(scenario, folder, java.time.Clock.systemUTC().instant());
  }

  /**
   * Runs a scenario with the demo's seed and its sweep and writes every file into a folder, stamped
   * with a time of run the caller supplies (the same arguments write the same bytes).
   *
   * @param scenario the scenario
   * @param folder the folder, created if needed
   * @param runAt the time of the run that stamps every file
   * @return the files written
   * @throws NullPointerException if any argument is null
   */
  public static List<Path> write(Scenario scenario, Path folder, java.time.Instant runAt) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(runAt, "runAt");
    SeekerLog log = Sim.record(scenario, SEED);
    Run run = log.run();
    boolean groupOnly = scenario.behaviour().oneToOneShare() == 0;
    String parameter = groupOnly ? "seekers" : "supporters";
    Metric metric = groupOnly ? Metric.GROUP_PLACED : Metric.MATCH_RATE;
    Sweep sweeper = groupOnly ? sweepSeekers(scenario) : sweepSupporters(scenario);
    SweepResult sweep = sweeper.run();
    List<Path> files = new ArrayList<>();
    // the programme's own value (the middle grid point) is the reference arm
    Comparison comparison = sweep.compare(sweep.points().get(Math.min(1, sweep.points().size() - 1)));
    String report = Stamp.of(scenario, SEED, runAt).line() + "\n\n" + Report.text(scenario, run) + "\n" + Report.text(sweep, metric)
        + "\n" + Report.text(comparison);
    try {
      Files.createDirectories(folder);
      files.add(Files.writeString(folder.resolve("report.txt"), report, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("folder: cannot write " + folder, e);
    }
    files.addAll(Csv.write(run, Stamp.of(scenario, SEED, runAt), folder));
    files.addAll(TidyCsv.write(log, Stamp.of(scenario, SEED, runAt), folder));
    files.add(Csv.write(sweeper, sweep, runAt, folder.resolve("sweep.csv")));
    files.add(Csv.write(comparison, folder.resolve("comparison.csv")));
    files.addAll(Charts.write(run, folder));
    files.addAll(Charts.effectChart(sweep, parameter, metric).withFooter(Stamp.of(scenario, runAt).line())
        .write(folder, "sweep-" + parameter, java.util.EnumSet.allOf(ChartFormat.class)));
    return files;
  }

  /** Two thirds, all and four thirds of the supporters (120, 180, 240 for the standard scenario) × 8 seeds. */
  private static Sweep sweepSupporters(Scenario scenario) {
    int n = scenario.cohort().supporters();
    return Sweep.of(scenario)
        .vary("supporters", List.of(Math.max(1, n * 2 / 3), n, n * 4 / 3), (s, k) -> s.withCohort(s.cohort().withSupporters(k)))
        .seeds(8);
  }

  /** Two thirds, all and four thirds of the weekly referrals × 8 seeds. */
  private static Sweep sweepSeekers(Scenario scenario) {
    double n = scenario.cohort().seekersPerWeek();
    List<Double> values = List.of(Math.round(n * 20 / 3) / 10.0, n, Math.round(n * 40 / 3) / 10.0);
    return Sweep.of(scenario)
        .vary("seekers", values, (s, k) -> s.withCohort(s.cohort().withSeekersPerWeek(k)))
        .seeds(8);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("file: cannot read " + file, e);
    }
  }
}
