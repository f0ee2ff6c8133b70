package io.github.peersupport.sim.cli;

import io.github.peersupport.sim.Csv;
import io.github.peersupport.sim.TidyCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The files of a batch's output folder, written the same way for a whole batch, a shard and merged
 * shards, so that merged shards equal the whole batch byte for byte:
 *
 * <ul>
 *   <li>{@code manifest.txt}: the stamp ({@link Header}), which {@code merge} compares;
 *   <li>{@code points.csv}: the grid points, each with its scenario's name and content hash, or the reason
 *       its scenario could not be built;
 *   <li>{@code runs.csv}: one row per run × metric, the long format of {@link TidyCsv} (library version,
 *       scenario name and content hash, time of the run, grid point, seed, metric, value);
 *   <li>{@code failures.csv}: one row per failed run, with the same stamp, grid point and seed, and the reason;
 *   <li>{@code report.txt}: the text report ({@link BatchReport}).
 * </ul>
 */
final class BatchFiles {
  static final String MANIFEST = "manifest.txt";
  static final String POINTS = "points.csv";
  static final String RUNS = "runs.csv";
  static final String FAILURES = "failures.csv";
  static final String REPORT = "report.txt";
  private static final String FORMAT = "peer-sim batch output, format 1";

  private BatchFiles() {}

  /**
   * The stamp of a batch's output: what shards of one batch share, and which shard this is.
   *
   * @param libraryVersion the library's version
   * @param command {@code run} or {@code sweep}
   * @param scenario the name of the scenario the batch starts from
   * @param inputHash the content hash of the batch's input ({@link Batch#inputHash()})
   * @param runAt the time of the run, ISO-8601
   * @param seeds the seeds
   * @param points the number of grid points
   * @param parameters the varied parameters' paths
   * @param reference the reference point's index, if any
   * @param shard the shard, {@link Shard#ALL} for a whole batch
   */
  record Header(String libraryVersion, String command, String scenario, String inputHash, String runAt, SeedRange seeds,
      int points, List<String> parameters, OptionalInt reference, Shard shard) {
    Header {
      parameters = List.copyOf(parameters);
    }

    int tasks() {
      return points * seeds.count();
    }

    Header withShard(Shard s) {
      return new Header(libraryVersion, command, scenario, inputHash, runAt, seeds, points, parameters, reference, s);
    }

    private Map<String, String> lines() {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("library_version", libraryVersion);
      m.put("command", command);
      m.put("scenario", scenario);
      m.put("input_hash", inputHash);
      m.put("run_at", runAt);
      m.put("seeds", seeds.toString());
      m.put("points", Integer.toString(points));
      m.put("tasks", Integer.toString(tasks()));
      m.put("parameters", String.join(",", parameters));
      m.put("reference", reference.isPresent() ? Integer.toString(reference.getAsInt()) : "none");
      m.put("shard", shard.toString());
      return m;
    }
  }

  /** Writes a folder's files (creating the folder); the grid points as {@link #points} wrote them, results in task order. */
  static void write(Path folder, Header header, String points, List<TaskResult> results) {
    List<String> lead = new ArrayList<>(TidyCsv.STAMP_COLUMNS);
    lead.addAll(header.parameters());
    lead.add("seed");
    List<String> failuresHeader = new ArrayList<>(lead);
    failuresHeader.add("error");
    List<List<String>> runs = new ArrayList<>();
    List<List<String>> failures = new ArrayList<>();
    for (TaskResult r : results) {
      List<String> stamp = new ArrayList<>(List.of(header.libraryVersion(), r.scenario(), r.hash(), header.runAt()));
      header.parameters().forEach(p -> stamp.add(r.labels().get(p)));
      stamp.add(Long.toString(r.seed()));
      if (r.failed()) {
        List<String> row = new ArrayList<>(stamp);
        row.add(r.error());
        failures.add(row);
      } else {
        r.values().forEach((metric, value) -> {
          List<String> row = new ArrayList<>(stamp);
          row.add(metric);
          row.add(value);
          runs.add(row);
        });
      }
    }
    StringBuilder manifest = new StringBuilder(FORMAT).append('\n');
    header.lines().forEach((k, v) -> manifest.append(k).append('=').append(v).append('\n'));
    write(folder.resolve(MANIFEST), manifest.toString());
    write(folder.resolve(POINTS), points);
    write(folder.resolve(RUNS), Csv.text(TidyCsv.metricsHeader(header.parameters()), runs));
    write(folder.resolve(FAILURES), Csv.text(failuresHeader, failures));
    write(folder.resolve(REPORT), BatchReport.text(header, results));
  }

  /** The text of {@code points.csv}: each grid point's number, labels, scenario name and hash, or error. */
  static String points(Batch batch) {
    List<String> head = new ArrayList<>(List.of("point"));
    head.addAll(batch.parameters());
    head.addAll(List.of("scenario", "scenario_hash", "error"));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < batch.points().size(); i++) {
      Batch.Point p = batch.points().get(i);
      List<String> row = new ArrayList<>(List.of(Integer.toString(i)));
      batch.parameters().forEach(name -> row.add(p.labels().get(name)));
      row.addAll(List.of(p.scenario().map(s -> s.name()).orElse(""), p.hash(), p.error()));
      rows.add(row);
    }
    return Csv.text(head, rows);
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Reads a folder's manifest. */
  static Header header(Path folder) {
    List<String> lines = List.of(read(folder.resolve(MANIFEST)).split("\n"));
    if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
      throw new UsageException(folder + ": not a peer-sim output folder (" + MANIFEST + " missing or of another format)");
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new UsageException(folder.resolve(MANIFEST) + ": not a key=value line: " + SeedRange.shown(line));
      }
      m.put(line.substring(0, eq), line.substring(eq + 1));
    }
    try {
      String reference = get(m, "reference", folder);
      String parameters = get(m, "parameters", folder);
      Header h = new Header(get(m, "library_version", folder), get(m, "command", folder), get(m, "scenario", folder),
          get(m, "input_hash", folder), get(m, "run_at", folder), SeedRange.parse(get(m, "seeds", folder)),
          Integer.parseInt(get(m, "points", folder)), parameters.isEmpty() ? List.of() : List.of(parameters.split(",", -1)),
          reference.equals("none") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(reference)),
          get(m, "shard", folder).equals("all") ? Shard.ALL : Shard.parse(get(m, "shard", folder)));
      if (!h.lines().equals(m)) {
        throw new UsageException(folder.resolve(MANIFEST) + ": does not read back as written (edited?)");
      }
      return h;
    } catch (NumberFormatException e) {
      throw new UsageException(folder.resolve(MANIFEST) + ": a number does not read: " + e.getMessage());
    }
  }

  private static String get(Map<String, String> m, String key, Path folder) {
    String v = m.get(key);
    if (v == null) {
      throw new UsageException(folder.resolve(MANIFEST) + ": no " + key + "= line");
    }
    return v;
  }

  /** Reads a folder's {@code points.csv} as written. */
  static String pointsText(Path folder) {
    return read(folder.resolve(POINTS));
  }

  /**
   * Reads a folder's runs and failures: the shard's tasks, in task order, each found as the next group of
   * rows of {@code runs.csv} or the next row of {@code failures.csv} with the task's grid point and seed.
   *
   * @throws UsageException if a task's rows are missing or rows are left over
   */
  static List<TaskResult> results(Path folder, Header header) {
    try {
      return parse(folder, header);
    } catch (NumberFormatException e) {
      throw new UsageException(folder + ": a number does not read: " + e.getMessage());
    }
  }

  private static List<TaskResult> parse(Path folder, Header header) {
    int params = header.parameters().size();
    int lead = TidyCsv.STAMP_COLUMNS.size() + params + 1;
    List<List<String>> points = rows(CsvReader.records(read(folder.resolve(POINTS)), POINTS), params + 4, folder.resolve(POINTS));
    List<List<String>> runs = rows(CsvReader.records(read(folder.resolve(RUNS)), RUNS), lead + 2, folder.resolve(RUNS));
    List<List<String>> failures = rows(CsvReader.records(read(folder.resolve(FAILURES)), FAILURES), lead + 1,
        folder.resolve(FAILURES));
    if (points.size() != header.points()) {
      throw new UsageException(folder.resolve(POINTS) + ": holds " + points.size() + " points, not " + header.points());
    }
    List<TaskResult> out = new ArrayList<>();
    int run = 0;
    int failure = 0;
    int seeds = header.seeds().count();
    for (int t = 0; t < header.tasks(); t++) {
      if (!header.shard().includes(t)) {
        continue;
      }
      List<String> key = new ArrayList<>(points.get(t / seeds).subList(1, 1 + params));
      key.add(Long.toString(header.seeds().seed(t % seeds)));
      Map<String, String> labels = new LinkedHashMap<>();
      for (int i = 0; i < params; i++) {
        labels.put(header.parameters().get(i), key.get(i));
      }
      long seed = header.seeds().seed(t % seeds);
      if (run < runs.size() && key(runs.get(run), lead).equals(key)) {
        List<String> first = runs.get(run);
        Map<String, String> values = new LinkedHashMap<>();
        while (run < runs.size() && key(runs.get(run), lead).equals(key)) {
          values.put(runs.get(run).get(lead), runs.get(run).get(lead + 1));
          run++;
        }
        out.add(new TaskResult(t, labels, seed, first.get(1), first.get(2), values, ""));
      } else if (failure < failures.size() && key(failures.get(failure), lead).equals(key)) {
        List<String> row = failures.get(failure++);
        out.add(new TaskResult(t, labels, seed, row.get(1), row.get(2), Map.of(), row.get(lead)));
      } else {
        throw new UsageException(folder + ": the run of grid point " + (t / seeds) + " with seed " + seed
            + " is in neither " + RUNS + " nor " + FAILURES + " (missing runs)");
      }
    }
    if (run < runs.size() || failure < failures.size()) {
      throw new UsageException(folder + ": " + RUNS + " or " + FAILURES + " hold rows of runs that are not shard "
          + header.shard() + "'s, or out of order");
    }
    return out;
  }

  /** A row's grid point and seed. */
  private static List<String> key(List<String> row, int lead) {
    return row.subList(TidyCsv.STAMP_COLUMNS.size(), lead);
  }

  private static List<List<String>> rows(List<List<String>> records, int width, Path file) {
    if (records.isEmpty()) {
      throw new UsageException(file + ": no header");
    }
    for (List<String> r : records) {
      if (r.size() != width) {
        throw new UsageException(file + ": a row has " + r.size() + " fields, not " + width);
      }
    }
    return records.subList(1, records.size());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
