package io.github.peersupport.sim;

import io.github.peersupport.core.escalation.Severity;
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
   */
  public static String field(String field) {
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
   */
  public static String text(List<String> header, List<List<String>> rows) {
    StringBuilder b = new StringBuilder();
    line(b, header);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != header.size()) {
        throw new IllegalArgumentException("rows[" + i + "]: has " + rows.get(i).size() + " fields but the header has " + header.size());
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
   */
  public static List<Path> write(Run run, Path folder) {
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
   */
  public static Path write(SweepResult result, Path file) {
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

  private static List<String> metricsHeader(List<String> lead) {
    List<String> h = new ArrayList<>(lead);
    h.addAll(List.of("seekers", "matched", "match_rate", "median_hours_to_match", "p90_hours_to_match", "within_48h_share",
        "offers", "declines", "expiries"));
    for (Fallback f : Fallback.values()) {
      h.add("fallback_" + f.name().toLowerCase(Locale.ROOT));
    }
    h.addAll(List.of("unmatched_by_reason", "load_gini", "mean_served", "rematch_rate", "first_contact_checks", "reminders",
        "supporter_pauses", "supporter_retirements", "group_fill", "mean_waitlist", "final_waitlist", "sessions",
        "attendance_rate", "adherence"));
    for (Severity s : Severity.values()) {
      h.add("escalations_" + s.name().toLowerCase(Locale.ROOT));
    }
    return h;
  }

  private static List<String> metricsRow(List<String> lead, Metrics m) {
    List<String> r = new ArrayList<>(lead);
    r.addAll(List.of(i(m.seekers()), i(m.matched()), d(m.matchRate()), d(m.medianHoursToMatch()), d(m.p90HoursToMatch()),
        d(m.within48hShare()), i(m.offers()), i(m.declines()), i(m.expiries())));
    for (Fallback f : Fallback.values()) {
      r.add(i(m.fallbackUse().getOrDefault(f, 0)));
    }
    StringBuilder reasons = new StringBuilder();
    for (Map.Entry<String, Integer> e : m.unmatchedByReason().entrySet()) {
      reasons.append(reasons.length() == 0 ? "" : ";").append(e.getKey()).append('=').append(e.getValue());
    }
    r.addAll(List.of(reasons.toString(), d(m.loadGini()), d(m.meanServed()), d(m.rematchRate()), i(m.firstContactChecks()),
        i(m.reminders()), i(m.supporterPauses()), i(m.supporterRetirements()), d(m.groupFill()), d(m.meanWaitlist()),
        i(m.finalWaitlist()), i(m.sessions()), d(m.attendanceRate()), d(m.adherence())));
    for (Severity s : Severity.values()) {
      r.add(i(m.escalations().getOrDefault(s, 0)));
    }
    return r;
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
