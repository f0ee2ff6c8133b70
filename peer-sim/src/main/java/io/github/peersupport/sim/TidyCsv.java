package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.sim.internal.CanonicalForm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Long-format ("tidy", Wickham 2014, J. Stat. Softw. 59(10)) CSV of runs: one row per run × metric, every
 * row stamped, so that R ({@code read.csv}), pandas or a database read it without reshaping and files
 * from many machines concatenate.
 *
 * <p>Columns: {@code library_version, scenario, scenario_hash, run_at, <one column per varied
 * parameter>, seed, metric, value}. The scenario hash is written in full (64 hexadecimal digits) and
 * {@code run_at} as ISO-8601 UTC.
 *
 * <p>Metric names are the snake_case of the {@link Metrics} attributes ({@code medianHoursToMatch} →
 * {@code median_hours_to_match}, {@code within48hShare} → {@code within48h_share}), taken in
 * declaration order from the value index the build writes, so a metric added to {@code Metrics} appears
 * here without a change. A map of counts is broken out into one row per key, named {@code
 * <metric>.<key>}: {@code unmatched_by_reason.match.candidates-exhausted}, {@code fallback_use.none},
 * {@code escalations.urgent} (the family is the text before the first dot, the key the rest; enum keys
 * in lower case; keys sorted; a key a run does not have is a zero and has no row). Lists (samples) are
 * written by their own files.
 *
 * <p>Values: integers in decimal; other numbers rounded half-even to 6 decimals with trailing zeros
 * removed ({@code 0.5}, {@code 12}, {@code 0.333333}), computed from the exact binary value with {@link
 * BigDecimal}, so identical on every JDK; {@code NaN} as {@code NA}, infinities as {@code Inf} and {@code
 * -Inf} (R's spellings).
 *
 * <p>Rows of many runs are written in task order (grid point by grid point, seeds ascending within each
 * point); since the header is written once and {@link #lines} writes rows without it, shards written
 * with {@link #lines} and concatenated after one {@link #headerLine} equal the file of the whole sweep
 * byte for byte.
 */
public final class TidyCsv {
  /** The stamp columns that open every row. */
  public static final List<String> STAMP_COLUMNS = List.of("library_version", "scenario", "scenario_hash", "run_at");

  private TidyCsv() {}

  /**
   * Returns the header of a long-format metrics file.
   *
   * @param parameters the varied parameters, in grid order (none for single runs)
   * @return the column names
   * @throws IllegalArgumentException if a parameter repeats or is named like a fixed column
   * @throws NullPointerException if any argument is null
   */
  public static List<String> metricsHeader(List<String> parameters) {
    Objects.requireNonNull(parameters, "parameters");
    List<String> h = new ArrayList<>(STAMP_COLUMNS);
    for (String p : parameters) {
      if (h.contains(p) || p.equals("seed") || p.equals("metric") || p.equals("value")) {
        throw Require.invalid("parameters", "must not repeat a name or use a fixed column's name: " + p);
      }
      h.add(p);
    }
    h.add("seed");
    h.add("metric");
    h.add("value");
    return List.copyOf(h);
  }

  /**
   * Returns the rows of one run: one per metric, in metric order.
   *
   * @param stamp the run's stamp, with its seed
   * @param point the varied parameters' values, in the header's order (empty for a single run)
   * @param metrics the run's metrics
   * @return the rows, each as long as {@link #metricsHeader} of the point's parameters
   * @throws IllegalArgumentException if the stamp has no seed
   * @throws NullPointerException if any argument is null
   */
  public static List<List<String>> metricsRows(Stamp stamp, Map<String, String> point, Metrics metrics) {
    Objects.requireNonNull(stamp, "stamp");
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(metrics, "metrics");
    if (stamp.seed().isEmpty()) {
      throw Require.invalid("stamp", "must have the run's seed");
    }
    List<String> lead = new ArrayList<>(List.of(stamp.libraryVersion(), stamp.scenario(), stamp.scenarioHash(), stamp.runAt().toString()));
    lead.addAll(point.values());
    lead.add(Long.toString(stamp.seed().getAsLong()));
    return metricsRows(lead, metrics);
  }

  /** The rows of one run, each opened by the given fields (stamp, point, seed). */
  static List<List<String>> metricsRows(List<String> lead, Metrics metrics) {
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, String> m : metricValues(metrics).entrySet()) {
      List<String> row = new ArrayList<>(lead);
      row.add(m.getKey());
      row.add(m.getValue());
      rows.add(List.copyOf(row));
    }
    return rows;
  }

  /**
   * Returns the header of {@code seekers.csv}: the stamp's columns, the seed, then one column per
   * attribute of a {@link SeekerOutcome}.
   *
   * @return the column names
   */
  public static List<String> seekersHeader() {
    return List.of("library_version", "scenario", "scenario_hash", "run_at", "seed", "seeker", "id", "referred_at", "week", "route",
        "group_interest", "matched_at", "hours_to_match", "censored", "fallback", "outcome", "group_outcome");
  }

  /**
   * Returns the rows of {@code seekers.csv}: one per referred seeker, in referral order; a seeker never
   * matched has {@code NA} for the time and hours to match and {@code censored} 1.
   *
   * @param stamp the run's stamp, with its seed
   * @param log the recorded run
   * @return the rows
   * @throws IllegalArgumentException if the stamp is not the run's
   * @throws NullPointerException if any argument is null
   */
  public static List<List<String>> seekerRows(Stamp stamp, SeekerLog log) {
    List<String> lead = runLead(stamp, log);
    List<List<String>> rows = new ArrayList<>(log.seekers().size());
    for (SeekerOutcome s : log.seekers()) {
      List<String> row = new ArrayList<>(lead);
      row.addAll(List.of(Integer.toString(s.index()), s.id(), s.referredAt().toString(), Integer.toString(s.week()),
          s.oneToOne() ? "one-to-one" : "group-only", s.groupInterest() ? "1" : "0", s.matchedAt().map(Object::toString).orElse("NA"),
          s.hoursToMatch().isPresent() ? number(s.hoursToMatch().getAsDouble()) : "NA", s.censored() ? "1" : "0",
          s.fallback().name().toLowerCase(Locale.ROOT), s.outcome(), s.groupOutcome()));
      rows.add(List.copyOf(row));
    }
    return rows;
  }

  /**
   * Returns the header of {@code events.csv}: the stamp's columns, the seed, then {@code seeker, at,
   * kind, detail}.
   *
   * @return the column names
   */
  public static List<String> eventsHeader() {
    return List.of("library_version", "scenario", "scenario_hash", "run_at", "seed", "seeker", "at", "kind", "detail");
  }

  /**
   * Returns the rows of {@code events.csv}: one per {@link SeekerEvent}, in time order.
   *
   * @param stamp the run's stamp, with its seed
   * @param log the recorded run
   * @return the rows
   * @throws IllegalArgumentException if the stamp is not the run's
   * @throws NullPointerException if any argument is null
   */
  public static List<List<String>> eventRows(Stamp stamp, SeekerLog log) {
    List<String> lead = runLead(stamp, log);
    List<List<String>> rows = new ArrayList<>(log.events().size());
    for (SeekerEvent e : log.events()) {
      List<String> row = new ArrayList<>(lead);
      row.addAll(List.of(Integer.toString(e.seeker()), e.at().toString(), e.kind(), e.detail()));
      rows.add(List.copyOf(row));
    }
    return rows;
  }

  /**
   * Writes {@code seekers.csv} and {@code events.csv} of a recorded run into a folder (created if needed).
   *
   * @param log the recorded run
   * @param stamp the run's stamp, with its seed
   * @param folder the folder
   * @return the two files
   * @throws IllegalArgumentException if the stamp is not the run's
   * @throws UncheckedIOException if a file cannot be written
   * @throws NullPointerException if any argument is null
   */
  public static List<Path> write(SeekerLog log, Stamp stamp, Path folder) {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(stamp, "stamp");
    Objects.requireNonNull(folder, "folder");
    return List.of(write(folder.resolve("seekers.csv"), seekersHeader(), seekerRows(stamp, log)),
        write(folder.resolve("events.csv"), eventsHeader(), eventRows(stamp, log)));
  }

  private static List<String> runLead(Stamp stamp, SeekerLog log) {
    Objects.requireNonNull(stamp, "stamp");
    Objects.requireNonNull(log, "log");
    if (stamp.seed().isEmpty() || stamp.seed().getAsLong() != log.run().seed() || !stamp.scenario().equals(log.run().scenario())) {
      throw Require.invalid("stamp", "must be the run's (scenario " + log.run().scenario() + ", seed " + log.run().seed() + ")", stamp);
    }
    return List.of(stamp.libraryVersion(), stamp.scenario(), stamp.scenarioHash(), stamp.runAt().toString(),
        Long.toString(stamp.seed().getAsLong()));
  }

  /**
   * Returns a run's metrics by long-format name, in metric order, each value formatted as written.
   *
   * @param metrics the metrics
   * @return metric name to value
   * @throws NullPointerException if any argument is null
   */
  public static Map<String, String> metricValues(Metrics metrics) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    CanonicalForm.attributes(Objects.requireNonNull(metrics, "metrics")).forEach((name, v) -> put(out, snake(name), v));
    return out;
  }

  private static void put(Map<String, String> out, String name, Object v) {
    if (v instanceof Map<?, ?> map) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      map.forEach((k, x) -> sorted.put(k instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : String.valueOf(k), x));
      sorted.forEach((k, x) -> put(out, name + "." + k, x));
    } else if (v instanceof Optional<?> o) {
      if (o.isPresent()) {
        put(out, name, o.get());
      } else {
        out.put(name, "NA");
      }
    } else if (v instanceof OptionalDouble o) {
      out.put(name, o.isPresent() ? number(o.getAsDouble()) : "NA");
    } else if (v instanceof OptionalInt o) {
      out.put(name, o.isPresent() ? Integer.toString(o.getAsInt()) : "NA");
    } else if (v instanceof Double || v instanceof Float) {
      out.put(name, number(((Number) v).doubleValue()));
    } else if (v instanceof Number n) {
      out.put(name, Long.toString(n.longValue()));
    } else if (v instanceof Boolean b) {
      out.put(name, b ? "1" : "0");
    } else if (!(v instanceof List<?>)) {
      CanonicalForm.attributes(v).forEach((inner, x) -> put(out, name + "." + snake(inner), x));
    }
  }

  /**
   * Formats a number as the long-format files write it: 6 decimals at most, half-even, trailing zeros
   * removed, {@code NA} for NaN, {@code Inf} and {@code -Inf}; the same text on every JDK.
   *
   * @param v the number
   * @return the text
   */
  public static String number(double v) {
    if (Double.isNaN(v)) {
      return "NA";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "Inf" : "-Inf";
    }
    BigDecimal d = new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  /**
   * Returns the snake_case of a camelCase name: an underscore before each upper-case letter, all lower
   * case ({@code p90HoursToMatch} → {@code p90_hours_to_match}).
   *
   * @param camel the name
   * @return the snake_case name
   */
  public static String snake(String camel) {
    StringBuilder b = new StringBuilder(camel.length() + 8);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          b.append('_');
        }
        b.append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Returns the CSV text of a header line (RFC 4180, CRLF).
   *
   * @param header the column names
   * @return the line
   * @throws NullPointerException if any argument is null
   */
  public static String headerLine(List<String> header) {
    return Csv.text(header, List.of());
  }

  /**
   * Returns the CSV text of rows without a header (RFC 4180, CRLF): a shard of a long file.
   *
   * @param rows the rows
   * @return the lines, empty for no rows
   * @throws NullPointerException if any argument is null
   */
  public static String lines(List<List<String>> rows) {
    Objects.requireNonNull(rows, "rows");
    if (rows.isEmpty()) {
      return "";
    }
    return Csv.text(rows.get(0), rows).substring(headerLine(rows.get(0)).length());
  }

  /**
   * Writes a header and rows to a file (parent folders created), UTF-8.
   *
   * @param file the file
   * @param header the column names
   * @param rows the rows, each as long as the header
   * @return the file
   * @throws UncheckedIOException if the file cannot be written
   * @throws IllegalArgumentException if a row's length differs from the header's
   * @throws NullPointerException if any argument is null
   */
  public static Path write(Path file, List<String> header, List<List<String>> rows) {
    Objects.requireNonNull(file, "file");
    String text = Csv.text(header, rows);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("file: cannot write " + file, e);
    }
  }
}
