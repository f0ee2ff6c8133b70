package io.github.peersupport.sim.spark;

import io.github.peersupport.json.PeerJson;
import io.github.peersupport.sim.Csv;
import io.github.peersupport.sim.Report;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.Sweep;
import io.github.peersupport.sim.SweepResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The {@code spark-submit} entry point: runs a sweep of one scenario document over a seed range and a
 * grid of values set in the document, on the cluster, and writes the sweep's CSV table and text report.
 *
 * <pre>
 * SweepJob scenario.json --seeds 1-200 [--vary /pointer=v1,v2,…]… [--partitions n] [--out dir] [--run-at instant]
 * </pre>
 *
 * <ul>
 *   <li>{@code scenario.json}: a scenario document (peer-json), read on the driver (e.g. written
 *       by {@code PeerJson.writePretty(scenario)}).
 *   <li>{@code --seeds a-b} (or a single seed): the seeds, inclusive; default 1-10.
 *   <li>{@code --vary /cohort/supporters=120,180,240}: a grid parameter, named by the JSON pointer of the
 *       value it sets in the document (RFC 6901); each value is JSON ({@code 120}, {@code true}) or
 *       else text ({@code PT24H}). Repeat for more parameters; the grid is their product, in order.
 *   <li>{@code --partitions n}: Spark tasks; default the context's default parallelism.
 *   <li>{@code --run-at 2026-03-02T09:00:00Z}: the time of the run that stamps every row of {@code
 *       sweep.csv}; default the time the job starts.
 *   <li>{@code --out dir}: where the driver writes {@code sweep.csv} and {@code report.txt}; without it
 *       only the report is printed.
 * </ul>
 *
 * <p>Exit status: 0 on success; 1 if a run failed (the table and report hold the others, and each
 * failure is printed) or the Spark job failed; 2 for a bad argument or document (the message names it).
 */
public final class SweepJob {
  private static final String USAGE =
      "usage: SweepJob scenario.json [--seeds a-b] [--vary /pointer=v1,v2,...]... [--partitions n] [--out dir] [--run-at instant]";

  private SweepJob() {}

  /**
   * Runs the job on the context {@code spark-submit} configures, then stops it.
   *
   * @param args the arguments (see the class description)
   */
  public static void main(String[] args) {
    SparkContext context = SparkContext.getOrCreate(new SparkConf().setAppName("peer-sim sweep"));
    int status;
    try {
      status = run(args, JavaSparkContext.fromSparkContext(context), System.out, System.err);
    } finally {
      context.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The job on a given context, with its exit status; the context stays open. */
  static int run(String[] args, JavaSparkContext spark, PrintStream out, PrintStream err) {
    Sweep sweep;
    Optional<Path> folder;
    int partitions;
    java.time.Instant runAt;
    try {
      Arguments a = Arguments.parse(args);
      sweep = a.sweep();
      folder = a.out;
      // the time of the run stamps every row: given, or read once here, at the job's start
      runAt = a.runAt.orElseGet(java.time.Instant::now);
      partitions = a.partitions.orElse(spark.defaultParallelism());
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("peer-sim sweep: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    SweepResult result;
    try {
      result = SparkSweep.run(spark, sweep, partitions);
    } catch (IllegalStateException e) {
      err.println("peer-sim sweep: " + e.getMessage());
      return 1;
    }
    String report = Report.text(result);
    out.print(report);
    result.failures().forEach(f -> err.println("peer-sim sweep: run failed: " + f));
    if (folder.isPresent()) {
      try {
        Files.createDirectories(folder.get());
        Csv.write(sweep, result, runAt, folder.get().resolve("sweep.csv"));
        Files.writeString(folder.get().resolve("report.txt"), report, StandardCharsets.UTF_8);
      } catch (IOException | UncheckedIOException e) {
        err.println("peer-sim sweep: cannot write " + folder.get() + ": " + e.getMessage());
        return 2;
      }
    }
    return result.failed() ? 1 : 0;
  }

  /** The sweep the arguments describe (the options {@code --partitions} and {@code --out} are checked, not used). */
  static Sweep sweep(String... args) {
    return Arguments.parse(args).sweep();
  }

  /** The parsed command line. */
  private static final class Arguments {
    private final Path scenario;
    private long firstSeed = 1;
    private int seedCount = 10;
    private final List<String> pointers = new ArrayList<>();
    private final List<List<String>> values = new ArrayList<>();
    private Optional<Integer> partitions = Optional.empty();
    private Optional<Path> out = Optional.empty();
    private Optional<java.time.Instant> runAt = Optional.empty();

    private Arguments(Path scenario) {
      this.scenario = scenario;
    }

    static Arguments parse(String[] args) {
      if (args.length == 0 || args[0].startsWith("--")) {
        throw new IllegalArgumentException("scenario: a scenario document is required first");
      }
      Arguments a = new Arguments(Path.of(args[0]));
      for (int i = 1; i < args.length; i += 2) {
        String option = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(option + ": a value is required");
        }
        String value = args[i + 1];
        switch (option) {
          case "--seeds" -> a.seeds(value);
          case "--vary" -> a.vary(value);
          case "--partitions" -> a.partitions = Optional.of(positive("--partitions", value));
          case "--out" -> a.out = Optional.of(Path.of(value));
          case "--run-at" -> a.runAt = Optional.of(instant(value));
          default -> throw new IllegalArgumentException("unknown option: " + option);
        }
      }
      return a;
    }

    private static java.time.Instant instant(String value) {
      try {
        return java.time.Instant.parse(value);
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("--run-at: must be an instant such as 2026-03-02T09:00:00Z but was " + value, e);
      }
    }

    private void seeds(String range) {
      int dash = range.indexOf('-', 1);
      try {
        long first = Long.parseLong(dash < 0 ? range : range.substring(0, dash));
        long last = dash < 0 ? first : Long.parseLong(range.substring(dash + 1));
        if (last < first || last - first >= 1_000_000) {
          throw new IllegalArgumentException("--seeds: must be a-b with a <= b and at most 1,000,000 seeds but was " + range);
        }
        firstSeed = first;
        seedCount = Math.toIntExact(last - first + 1);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--seeds: must be a-b or a single seed but was " + range, e);
      }
    }

    private void vary(String parameter) {
      int equals = parameter.indexOf('=');
      if (!parameter.startsWith("/") || equals < 0 || equals == parameter.length() - 1) {
        throw new IllegalArgumentException("--vary: must be /json/pointer=v1,v2,... but was " + parameter);
      }
      String pointer = parameter.substring(0, equals);
      if (pointers.contains(pointer)) {
        throw new IllegalArgumentException("--vary: already varied: " + pointer);
      }
      List<String> list = Arrays.asList(parameter.substring(equals + 1).split(",", -1));
      if (list.contains("")) {
        throw new IllegalArgumentException("--vary: an empty value in " + parameter);
      }
      pointers.add(pointer);
      values.add(list);
    }

    private static int positive(String option, String value) {
      try {
        int n = Integer.parseInt(value);
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(option + ": must be a whole number of at least 1 but was " + value);
    }

    /** Reads the document and builds the sweep, each grid point's scenario read back from its document. */
    Sweep sweep() {
      String document;
      try {
        document = Files.readString(scenario, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("scenario: cannot read " + scenario + ": " + e.getMessage(), e);
      }
      Sweep sweep = Sweep.of(read(document, scenario.toString()));
      for (int i = 0; i < pointers.size(); i++) {
        String pointer = pointers.get(i);
        sweep = sweep.vary(pointer, values.get(i), (s, v) -> with(s, pointer, v));
      }
      // every grid point's document is read here, on the driver, so that a bad value fails before the job
      return sweep.seeds(firstSeed, seedCount);
    }

    private static Scenario with(Scenario scenario, String pointer, String value) {
      // a value that reads as JSON (a number, true/false/null, an object, an array or a quoted string) is set as
      // written; any other text is set as a JSON string (PT48H); peer-json sets it, so this module needs no Jackson
      String json = looksLikeJson(value) ? value : quoted(value);
      try {
        return PeerJson.readWith(PeerJson.writeBytes(scenario), Map.of(pointer, json), Scenario.class);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("--vary: " + pointer + "=" + value + ": " + e.getMessage(), e);
      }
    }

    private static boolean looksLikeJson(String value) {
      if (value.equals("true") || value.equals("false") || value.equals("null")) {
        return true;
      }
      char first = value.charAt(0);
      return first == '{' || first == '[' || first == '"' || first == '-' || (first >= '0' && first <= '9');
    }

    private static String quoted(String value) {
      StringBuilder b = new StringBuilder("\"");
      for (char c : value.toCharArray()) {
        if (c == '"' || c == '\\') {
          b.append('\\').append(c);
        } else if (c < 0x20) {
          b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        } else {
          b.append(c);
        }
      }
      return b.append('"').toString();
    }

    private static Scenario read(String document, String name) {
      try {
        return PeerJson.read(document, Scenario.class);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("scenario: " + name + ": " + e.getMessage(), e);
      }
    }
  }
}
