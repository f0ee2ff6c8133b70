package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * CSV files of runs and sweeps (RFC 4180: comma-separated, CRLF line ends, a header row, fields with a
 * comma, quote, CR or LF quoted with inner quotes doubled; numbers in {@link Locale#ROOT}).
 */
public final class Csv {
  private static final String EOL = "\r\n";

  private Csv() {}

  /**
   * Quotes one field when RFC 4180 requires it.
   *
   * @param field the text
   * @return the field as written
   * @throws NullPointerException if any argument is null
   */
  public static String field(String field) {
    Objects.requireNonNull(field, "field");
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /**
   * Renders rows as CSV text.
   *
   * @param header the header fields
   * @param rows the rows, each as long as the header
   * @return the text
   * @throws IllegalArgumentException if a row's length differs from the header's
   * @throws NullPointerException if any argument is null
   */
  public static String text(List<String> header, List<List<String>> rows) {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(rows, "rows");
    StringBuilder b = new StringBuilder();
    line(b, header);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != header.size()) {
        throw Require.invalid("rows[" + i + "]", "has " + rows.get(i).size() + " fields but the header has " + header.size());
      }
      line(b, rows.get(i));
    }
    return b.toString();
  }

  private static void line(StringBuilder b, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(fields.get(i)));
    }
    b.append(EOL);
  }

  /**
   * Writes a run's files into a folder (created if needed), stamped with the library version, the run's
   * scenario name and seed and the current time, but no scenario hash ({@code NA}: a run does not hold
   * its scenario); prefer {@link #write(Run, Stamp, Path)}.
   *
   * @param run the run
   * @param folder the folder
   * @return the files written
   * @throws UncheckedIOException if a file cannot be written
   * @throws NullPointerException if any argument is null
   */
  public static List<Path> write(Run run, Path folder) {
    Objects.requireNonNull(run, "run");
    return write(run, List.of(Stamp.currentLibraryVersion(), run.scenario(), "NA", java.time.Instant.now().toString()), folder);
  }

  /**
   * Writes a run's files into a folder (created if needed), every row opened by the stamp's columns
   * ({@link TidyCsv#STAMP_COLUMNS}) and the seed: {@code metrics.csv} (long format, one row per
   * metric, {@link TidyCsv}), {@code weeks.csv} (one row per week), {@code hours-to-match.csv} (one row
   * per matched seeker), {@code supporter-load.csv} (one row per supporter).
   *
   * @param run the run
   * @param stamp the run's stamp (its seed is the run's)
   * @param folder the folder
   * @return the files written
   * @throws IllegalArgumentException if the stamp's seed or scenario is not the run's
   * @throws UncheckedIOException if a file cannot be written
   * @throws NullPointerException if any argument is null
   */
  public static List<Path> write(Run run, Stamp stamp, Path folder) {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(stamp, "stamp");
    Objects.requireNonNull(folder, "folder");
    if (stamp.seed().isEmpty() || stamp.seed().getAsLong() != run.seed() || !stamp.scenario().equals(run.scenario())) {
      throw Require.invalid("stamp", "must be the run's (scenario " + run.scenario() + ", seed " + run.seed() + ")", stamp);
    }
    return write(run, List.of(stamp.libraryVersion(), stamp.scenario(), stamp.scenarioHash(), stamp.runAt().toString()), folder);
  }

  private static List<Path> write(Run run, List<String> stamp, Path folder) {
    Objects.requireNonNull(folder, "folder");
    List<String> lead = new ArrayList<>(stamp);
    lead.add(Long.toString(run.seed()));
    List<Path> out = new ArrayList<>();
    out.add(write(folder.resolve("metrics.csv"), TidyCsv.metricsHeader(List.of()), TidyCsv.metricsRows(lead, run.metrics())));
    List<List<String>> weeks = new ArrayList<>();
    for (WeekMetrics w : run.weeks()) {
      weeks.add(withLead(lead, i(w.week()), i(w.referrals()), i(w.accepted()), i(w.waiting()), i(w.engaged()), i(w.activeSupporters()),
          i(w.groupMembers()), i(w.groupWaitlist()), i(w.escalations())));
    }
    out.add(write(folder.resolve("weeks.csv"), withLead(RUN_COLUMNS, "week", "referrals", "accepted", "waiting", "engaged",
        "active_supporters", "group_members", "group_waitlist", "escalations"), weeks));
    List<List<String>> hours = new ArrayList<>();
    for (double h : run.hoursToMatch()) {
      hours.add(withLead(lead, TidyCsv.number(h)));
    }
    out.add(write(folder.resolve("hours-to-match.csv"), withLead(RUN_COLUMNS, "hours_to_match"), hours));
    List<List<String>> served = new ArrayList<>();
    for (int j = 0; j < run.served().size(); j++) {
      served.add(withLead(lead, "sup-" + (j + 1), i(run.served().get(j))));
    }
    out.add(write(folder.resolve("supporter-load.csv"), withLead(RUN_COLUMNS, "supporter", "accepted_matches"), served));
    return out;
  }

  /** The columns that open every row of a run's files: the stamp's, then the seed. */
  private static final List<String> RUN_COLUMNS = withLead(TidyCsv.STAMP_COLUMNS, "seed");

  private static List<String> withLead(List<String> lead, String... fields) {
    List<String> r = new ArrayList<>(lead.size() + fields.length);
    r.addAll(lead);
    r.addAll(List.of(fields));
    return r;
  }

  /**
   * Writes a sweep's table in long format ({@link TidyCsv}: one row per grid point × seed × metric, the
   * varied parameters as columns), stamped with the library version and the current time but without
   * the scenario's name and hash ({@code NA}: a table does not hold its scenarios); prefer {@link
   * #write(Sweep, SweepResult, java.time.Instant, Path)}.
   *
   * @param result the sweep's table
   * @param file the file
   * @return the file
   * @throws UncheckedIOException if the file cannot be written
   * @throws NullPointerException if any argument is null
   */
  public static Path write(SweepResult result, Path file) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(file, "file");
    List<String> stamp = List.of(Stamp.currentLibraryVersion(), "NA", "NA", java.time.Instant.now().toString());
    List<List<String>> rows = new ArrayList<>();
    for (SweepRow row : result.rows()) {
      rows.addAll(TidyCsv.metricsRows(sweepLead(stamp, row), row.metrics()));
    }
    return write(file, TidyCsv.metricsHeader(result.parameters()), rows);
  }

  /**
   * Writes a comparison in long format, one row per arm × metric: the arm's parameters, {@code metric, n,
   * reference_mean, arm_mean, difference, standard_error, t_low, t_high, boot_low, boot_high, p_value},
   * numbers with six decimals.
   *
   * @param comparison the comparison
   * @param file the file
   * @return the file
   * @throws UncheckedIOException if the file cannot be written
   * @throws NullPointerException if any argument is null
   */
  public static Path write(Comparison comparison, Path file) {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(file, "file");
    List<List<String>> lines = comparison.csvLines();
    return write(file, lines.get(0), lines.subList(1, lines.size()));
  }

  /**
   * Writes a sweep's table in long format ({@link TidyCsv}), each row stamped with the library version,
   * its grid point's scenario name and content hash, its seed and the time of the run.
   *
   * @param sweep the sweep that produced the table (its grid points' scenarios are hashed)
   * @param result the table
   * @param runAt the time of the run, supplied by the caller
   * @param file the file
   * @return the file
   * @throws IllegalArgumentException if the table has a grid point the sweep does not
   * @throws UncheckedIOException if the file cannot be written
   * @throws NullPointerException if any argument is null
   */
  public static Path write(Sweep sweep, SweepResult result, java.time.Instant runAt, Path file) {
    Objects.requireNonNull(sweep, "sweep");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(runAt, "runAt");
    Objects.requireNonNull(file, "file");
    Map<Map<String, String>, List<String>> stamps = new java.util.HashMap<>();
    List<List<String>> rows = new ArrayList<>();
    for (SweepRow row : result.rows()) {
      List<String> stamp = stamps.computeIfAbsent(row.point(), p -> {
        Stamp s = Stamp.of(sweep.scenarioAt(p), runAt);
        return List.of(s.libraryVersion(), s.scenario(), s.scenarioHash(), s.runAt().toString());
      });
      rows.addAll(TidyCsv.metricsRows(sweepLead(stamp, row), row.metrics()));
    }
    return write(file, TidyCsv.metricsHeader(result.parameters()), rows);
  }

  private static List<String> sweepLead(List<String> stamp, SweepRow row) {
    List<String> lead = new ArrayList<>(stamp);
    lead.addAll(row.point().values());
    lead.add(Long.toString(row.seed()));
    return lead;
  }

  private static Path write(Path file, List<String> header, List<List<String>> rows) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text(header, rows), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("file: cannot write " + file, e);
    }
  }

  private static String i(int v) {
    return Integer.toString(v);
  }
}
