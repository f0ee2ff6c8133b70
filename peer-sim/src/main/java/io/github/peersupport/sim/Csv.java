package io.github.peersupport.sim;

import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.matching.Fallback;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Objects;
import java.util.function.Function;

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
   * Writes a run's files into a folder (created if needed): {@code metrics.csv} (one row),
   * {@code weeks.csv}, {@code hours-to-match.csv}, {@code supporter-load.csv}.
   *
   * @param run the run
   * @param folder the folder
   * @return the files written
   * @throws UncheckedIOException if a file cannot be written
   * @throws NullPointerException if any argument is null
   */
  public static List<Path> write(Run run, Path folder) {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(folder, "folder");
    List<Path> out = new ArrayList<>();
    out.add(write(folder.resolve("metrics.csv"), metricsHeader(List.of("scenario", "seed")),
        List.of(metricsRow(List.of(run.scenario(), Long.toString(run.seed())), run.metrics()))));
    List<List<String>> weeks = new ArrayList<>();
    for (WeekMetrics w : run.weeks()) {
      weeks.add(List.of(i(w.week()), i(w.referrals()), i(w.accepted()), i(w.waiting()), i(w.engaged()), i(w.activeSupporters()),
          i(w.groupMembers()), i(w.groupWaitlist()), i(w.escalations())));
    }
    out.add(write(folder.resolve("weeks.csv"), List.of("week", "referrals", "accepted", "waiting", "engaged",
        "active_supporters", "group_members", "group_waitlist", "escalations"), weeks));
    List<List<String>> hours = new ArrayList<>();
    for (double h : run.hoursToMatch()) {
      hours.add(List.of(d(h)));
    }
    out.add(write(folder.resolve("hours-to-match.csv"), List.of("hours_to_match"), hours));
    List<List<String>> served = new ArrayList<>();
    for (int j = 0; j < run.served().size(); j++) {
      served.add(List.of("sup-" + (j + 1), i(run.served().get(j))));
    }
    out.add(write(folder.resolve("supporter-load.csv"), List.of("supporter", "accepted_matches"), served));
    return out;
  }

  /**
   * Writes a sweep's table: one row per grid point and seed, the varied parameters first.
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
    List<String> lead = new ArrayList<>(result.parameters());
    lead.add("seed");
    List<List<String>> rows = new ArrayList<>();
    for (SweepRow row : result.rows()) {
      List<String> values = new ArrayList<>();
      for (String p : result.parameters()) {
        values.add(row.point().get(p));
      }
      values.add(Long.toString(row.seed()));
      rows.add(metricsRow(values, row.metrics()));
    }
    return write(file, metricsHeader(lead), rows);
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

  /** A column of the metrics files: its header and how a {@link Metrics} value is written in it. */
  private record Column(String name, Function<Metrics, String> value) {}

  /** The metrics columns, in file order: the one list both the header and every row are made from. */
  private static final List<Column> METRICS_COLUMNS = metricsColumns();

  private static List<Column> metricsColumns() {
    List<Column> c = new ArrayList<>();
    c.add(new Column("seekers", m -> i(m.seekers())));
    c.add(new Column("matched", m -> i(m.matched())));
    c.add(new Column("match_rate", m -> d(m.matchRate())));
    c.add(new Column("median_hours_to_match", m -> d(m.medianHoursToMatch())));
    c.add(new Column("p90_hours_to_match", m -> d(m.p90HoursToMatch())));
    c.add(new Column("within_48h_share", m -> d(m.within48hShare())));
    c.add(new Column("referred_median_hours_to_match", m -> optional(m.referredMedianHoursToMatch())));
    c.add(new Column("referred_p90_hours_to_match", m -> optional(m.referredP90HoursToMatch())));
    c.add(new Column("referred_within_48h_share", m -> optional(m.referredWithin48hShare())));
    c.add(new Column("warmup_weeks", m -> i(m.warmupWeeks())));
    c.add(new Column("offers", m -> i(m.offers())));
    c.add(new Column("declines", m -> i(m.declines())));
    c.add(new Column("expiries", m -> i(m.expiries())));
    for (Fallback f : Fallback.values()) {
      c.add(new Column("fallback_" + f.name().toLowerCase(Locale.ROOT), m -> i(m.fallbackUse().getOrDefault(f, 0))));
    }
    c.add(new Column("unmatched_by_reason", m -> counts(m.unmatchedByReason())));
    c.add(new Column("load_gini", m -> d(m.loadGini())));
    c.add(new Column("mean_served", m -> d(m.meanServed())));
    c.add(new Column("rematch_rate", m -> d(m.rematchRate())));
    c.add(new Column("first_contact_checks", m -> i(m.firstContactChecks())));
    c.add(new Column("reminders", m -> i(m.reminders())));
    c.add(new Column("supporter_pauses", m -> i(m.supporterPauses())));
    c.add(new Column("supporter_retirements", m -> i(m.supporterRetirements())));
    c.add(new Column("group_fill", m -> d(m.groupFill())));
    c.add(new Column("mean_waitlist", m -> d(m.meanWaitlist())));
    c.add(new Column("final_waitlist", m -> i(m.finalWaitlist())));
    c.add(new Column("group_requests", m -> i(m.groupRequests())));
    c.add(new Column("group_placed", m -> i(m.groupPlaced())));
    c.add(new Column("group_unplaced_by_reason", m -> counts(m.groupUnplacedByReason())));
    c.add(new Column("sessions", m -> i(m.sessions())));
    c.add(new Column("attendance_rate", m -> d(m.attendanceRate())));
    c.add(new Column("adherence", m -> d(m.adherence())));
    for (Severity s : Severity.values()) {
      c.add(new Column("escalations_" + s.name().toLowerCase(Locale.ROOT), m -> i(m.escalations().getOrDefault(s, 0))));
    }
    return List.copyOf(c);
  }

  private static List<String> metricsHeader(List<String> lead) {
    List<String> h = new ArrayList<>(lead);
    for (Column c : METRICS_COLUMNS) {
      h.add(c.name());
    }
    return h;
  }

  private static List<String> metricsRow(List<String> lead, Metrics m) {
    List<String> r = new ArrayList<>(lead);
    for (Column c : METRICS_COLUMNS) {
      r.add(c.value().apply(m));
    }
    return r;
  }

  /** Writes a figure that may be missing (not reached): its value, or an empty cell. */
  private static String optional(OptionalDouble value) {
    return value.isPresent() ? d(value.getAsDouble()) : "";
  }

  /** Writes counts by reason as {@code reason=count} pairs joined by semicolons, in the map's (sorted) order. */
  private static String counts(Map<String, Integer> byReason) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, Integer> e : byReason.entrySet()) {
      b.append(b.length() == 0 ? "" : ";").append(e.getKey()).append('=').append(e.getValue());
    }
    return b.toString();
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

  private static String d(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }
}
