package io.github.peersupport.sim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text report of a batch's output folder: the stamp, then one table per headline metric with a line
 * per grid point: its runs, failed runs, the mean over its seeds (runs without the value left out) and, where the grid names a reference arm, the mean
 * of the differences from the reference arm's run with the same seed (common random numbers make the
 * paired difference the one to read). Computed from the values as written (six decimals), so a whole
 * batch and its merged shards report the same text. Columns are as wide as their longest entry.
 */
final class BatchReport {
  private BatchReport() {}

  static String text(BatchFiles.Header h, List<TaskResult> results) {
    StringBuilder b = new StringBuilder();
    long failed = results.stream().filter(TaskResult::failed).count();
    b.append("peer-sim ").append(h.command()).append(": ").append(h.scenario()).append('\n');
    row(b, "library version", h.libraryVersion());
    row(b, "input hash", h.inputHash() + " (SHA-256)");
    row(b, "run at", h.runAt());
    row(b, "seeds", h.seeds() + " (" + h.seeds().count() + " per grid point)");
    if (!h.parameters().isEmpty()) {
      row(b, "parameters", String.join(", ", h.parameters()) + " (" + h.points() + " grid points)");
    }
    if (h.shard() != Shard.ALL && h.shard().count() > 1) {
      row(b, "shard", h.shard() + ": " + results.size() + " of " + h.tasks() + " runs");
    }
    row(b, "runs", results.size() + ": " + (results.size() - failed) + " succeeded, " + failed + " failed"
        + (failed > 0 ? " (" + BatchFiles.FAILURES + ")" : ""));
    int seeds = h.seeds().count();
    Map<Integer, List<TaskResult>> byPoint = new LinkedHashMap<>();
    for (TaskResult r : results) {
      byPoint.computeIfAbsent(r.task() / seeds, p -> new ArrayList<>()).add(r);
    }
    Map<Long, TaskResult> reference = new LinkedHashMap<>();
    if (h.reference().isPresent()) {
      for (TaskResult r : byPoint.getOrDefault(h.reference().getAsInt(), List.of())) {
        reference.put(r.seed(), r);
      }
      TaskResult any = byPoint.getOrDefault(h.reference().getAsInt(), List.of()).stream().findFirst().orElse(null);
      row(b, "reference arm", any == null ? "grid point " + h.reference().getAsInt() + " (not in this shard)"
          : labels(any.labels()));
    }
    for (String name : TaskResult.REPORTED) {
      b.append('\n').append(name).append(": mean over seeds");
      if (h.reference().isPresent()) {
        b.append("; difference from the reference arm, mean over seeds paired with it");
      }
      b.append('\n');
      List<List<String>> table = new ArrayList<>();
      List<String> head = new ArrayList<>(h.parameters());
      head.addAll(List.of("runs", "failed", "mean"));
      if (h.reference().isPresent()) {
        head.addAll(List.of("difference", "pairs"));
      }
      table.add(head);
      byPoint.forEach((point, runs) -> table.add(line(h, point, runs, name, reference)));
      b.append(align(table));
    }
    return b.toString();
  }

  private static List<String> line(BatchFiles.Header h, int point, List<TaskResult> runs, String name,
      Map<Long, TaskResult> reference) {
    List<String> line = new ArrayList<>();
    h.parameters().forEach(p -> line.add(runs.get(0).labels().get(p)));
    double sum = 0;
    int n = 0;
    double diff = 0;
    int pairs = 0;
    int failed = 0;
    for (TaskResult r : runs) {
      if (r.failed()) {
        failed++;
        continue;
      }
      double v = value(r, name);
      if (Double.isNaN(v)) {
        continue;
      }
      sum += v;
      n++;
      TaskResult ref = reference.get(r.seed());
      if (ref != null && !ref.failed() && !Double.isNaN(value(ref, name))) {
        diff += v - value(ref, name);
        pairs++;
      }
    }
    line.add(Integer.toString(runs.size()));
    line.add(Integer.toString(failed));
    line.add(n == 0 ? "-" : String.format(Locale.ROOT, "%.4f", sum / n));
    if (h.reference().isPresent()) {
      boolean isReference = point == h.reference().getAsInt();
      line.add(isReference ? "(reference)" : pairs == 0 ? "-" : String.format(Locale.ROOT, "%+.4f", diff / pairs));
      line.add(isReference ? "" : Integer.toString(pairs));
    }
    return line;
  }

  /** A run's value of a metric as written, NaN if it has none or it is {@code NA}. */
  private static double value(TaskResult r, String name) {
    String v = r.values().get(name);
    if (v == null || v.equals("NA")) {
      return Double.NaN;
    }
    return v.equals("Inf") ? Double.POSITIVE_INFINITY : v.equals("-Inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(v);
  }

  private static String labels(Map<String, String> labels) {
    List<String> parts = new ArrayList<>();
    labels.forEach((k, v) -> parts.add(k + "=" + v));
    return String.join(", ", parts);
  }

  private static void row(StringBuilder b, String name, String value) {
    b.append(String.format(Locale.ROOT, "%-16s %s", name, value)).append('\n');
  }

  /** Left-aligns text columns and right-aligns the rest, each as wide as its longest entry, two spaces apart. */
  private static String align(List<List<String>> table) {
    int columns = table.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : table) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    int labelColumns = columns - (table.get(0).contains("difference") ? 5 : 3);
    StringBuilder b = new StringBuilder();
    for (List<String> row : table) {
      StringBuilder line = new StringBuilder("  ");
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        String pad = " ".repeat(width[c] - cell.length());
        line.append(c < labelColumns ? cell + pad : pad + cell).append(c + 1 < columns ? "  " : "");
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    return b.toString();
  }
}
