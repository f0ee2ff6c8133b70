package io.github.peersupport.sim.cli;

import io.github.peersupport.sim.Csv;
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
 *   <li>{@code runs.csv}: one row per run × metric (long format), each stamped with library version,
 *       scenario name and content hash, time of the run, task, grid point and seed;
 *   <li>{@code failures.csv}: one row per failed run, with the same stamp and the reason;
 *   <li>{@code report.txt}: the text report ({@link BatchReport}).
 * </ul>
 */
final class BatchFiles {
  static final String MANIFEST = "manifest.txt";
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

  /** Writes a folder's files (creating the folder); results in task order. */
  static void write(Path folder, Header header, List<TaskResult> results) {
    List<String> lead = new ArrayList<>(List.of("library_version", "scenario", "scenario_hash", "run_at", "task"));
    lead.addAll(header.parameters());
    lead.add("seed");
    List<String> runsHeader = new ArrayList<>(lead);
    runsHeader.addAll(List.of("metric", "value"));
    List<String> failuresHeader = new ArrayList<>(lead);
    failuresHeader.add("error");
    List<List<String>> runs = new ArrayList<>();
    List<List<String>> failures = new ArrayList<>();
    for (TaskResult r : results) {
      List<String> stamp = new ArrayList<>(List.of(header.libraryVersion(), r.scenario(), r.hash(), header.runAt(),
          Integer.toString(r.task())));
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
    write(folder.resolve(RUNS), Csv.text(runsHeader, runs));
    write(folder.resolve(FAILURES), Csv.text(failuresHeader, failures));
    write(folder.resolve(REPORT), BatchReport.text(header, results));
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

  /** Reads a folder's runs and failures, in task order. */
  static List<TaskResult> results(Path folder, Header header) {
    try {
      return parse(folder, header);
    } catch (NumberFormatException e) {
      throw new UsageException(folder + ": a number does not read: " + e.getMessage());
    }
  }

  private static List<TaskResult> parse(Path folder, Header header) {
    int lead = 5 + header.parameters().size() + 1;
    Map<Integer, TaskResult> byTask = new java.util.TreeMap<>();
    List<List<String>> runs = CsvReader.records(read(folder.resolve(RUNS)), folder.resolve(RUNS).toString());
    Map<Integer, Map<String, String>> values = new LinkedHashMap<>();
    Map<Integer, List<String>> stamps = new LinkedHashMap<>();
    for (List<String> row : rows(runs, lead + 2, folder.resolve(RUNS))) {
      int task = task(row, folder.resolve(RUNS));
      stamps.putIfAbsent(task, row);
      values.computeIfAbsent(task, t -> new LinkedHashMap<>()).put(row.get(lead), row.get(lead + 1));
    }
    values.forEach((task, v) -> byTask.put(task, result(stamps.get(task), header, v, "")));
    List<List<String>> failures = CsvReader.records(read(folder.resolve(FAILURES)), folder.resolve(FAILURES).toString());
    for (List<String> row : rows(failures, lead + 1, folder.resolve(FAILURES))) {
      int task = task(row, folder.resolve(FAILURES));
      if (byTask.put(task, result(row, header, Map.of(), row.get(lead))) != null) {
        throw new UsageException(folder + ": task " + task + " is both in " + RUNS + " and " + FAILURES);
      }
    }
    return List.copyOf(byTask.values());
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

  private static int task(List<String> row, Path file) {
    try {
      return Integer.parseInt(row.get(4));
    } catch (NumberFormatException e) {
      throw new UsageException(file + ": a task number does not read: " + SeedRange.shown(row.get(4)));
    }
  }

  private static TaskResult result(List<String> row, Header header, Map<String, String> values, String error) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < header.parameters().size(); i++) {
      labels.put(header.parameters().get(i), row.get(5 + i));
    }
    return new TaskResult(Integer.parseInt(row.get(4)), labels, Long.parseLong(row.get(5 + header.parameters().size())),
        row.get(1), row.get(2), values, error);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
