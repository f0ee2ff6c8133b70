package io.github.peersupport.sim;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Readable text reports of runs and sweeps. */
public final class Report {
  private Report() {}

  /**
   * Renders a run: the scenario, one-to-one matching, supporters, groups and escalations, then the
   * weekly queue.
   *
   * @param scenario the scenario that was run
   * @param run the run
   * @return the report, lines ending in {@code \n}
   * @throws NullPointerException if any argument is null
   */
  public static String text(Scenario scenario, Run run) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(run, "run");
    Metrics m = run.metrics();
    StringBuilder b = new StringBuilder();
    b.append("Peer support programme simulation\n");
    b.append("=================================\n");
    line(b, "scenario", scenario.toString());
    line(b, "behaviour", scenario.behaviour().toString());
    line(b, "seed", Long.toString(run.seed()));
    b.append("\nOne-to-one matching\n");
    line(b, "seekers referred", Integer.toString(m.seekers()));
    line(b, "matched", String.format(Locale.ROOT, "%d (%.1f%%)", m.matched(), 100 * m.matchRate()));
    line(b, "time to match", String.format(Locale.ROOT, "referred (Kaplan-Meier): median %s, within 48 h %s",
        m.referredMedianHoursToMatch().isPresent() ? String.format(Locale.ROOT, "%.1f h", m.referredMedianHoursToMatch().getAsDouble())
            : "not reached",
        m.referredWithin48hShare().isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * m.referredWithin48hShare().getAsDouble())
            : "n/a"));
    line(b, "", String.format(Locale.ROOT, "matched only: median %.1f h, p90 %.1f h, within 48 h %.1f%%", m.medianHoursToMatch(),
        m.p90HoursToMatch(), 100 * m.within48hShare()));
    if (m.warmupWeeks() > 0) {
      line(b, "warm-up", m.warmupWeeks() + " weeks left out of the seeker figures and weekly means");
    }
    line(b, "offers", String.format(Locale.ROOT, "%d (declined %d, expired %d)", m.offers(), m.declines(), m.expiries()));
    line(b, "fallback used", m.fallbackUse().toString());
    line(b, "unmatched by reason", m.unmatchedByReason().toString());
    line(b, "rematch rate", String.format(Locale.ROOT, "%.1f%%", 100 * m.rematchRate()));
    line(b, "follow-ups", String.format(Locale.ROOT, "%d first-contact checks, %d supporter reminders", m.firstContactChecks(),
        m.reminders()));
    b.append("\nSupporters\n");
    line(b, "load balance", String.format(Locale.ROOT, "Gini %.3f, mean %.2f accepted matches per supporter", m.loadGini(),
        m.meanServed()));
    line(b, "pauses, retirements", m.supporterPauses() + ", " + m.supporterRetirements());
    b.append("\nGroups\n");
    line(b, "sessions held", Integer.toString(m.sessions()));
    line(b, "seats filled", String.format(Locale.ROOT, "%.1f%% on average", 100 * m.groupFill()));
    line(b, "placed", String.format(Locale.ROOT, "%d of %d asking (%.1f%%)", m.groupPlaced(), m.groupRequests(),
        100.0 * m.groupPlaced() / Math.max(1, m.groupRequests())));
    line(b, "unplaced by reason", m.groupUnplacedByReason().toString());
    line(b, "waitlist", String.format(Locale.ROOT, "mean %.1f, at the end %d", m.meanWaitlist(), m.finalWaitlist()));
    line(b, "attendance, adherence", String.format(Locale.ROOT, "%.1f%%, %.1f%%", 100 * m.attendanceRate(), 100 * m.adherence()));
    b.append("\nEscalations by level\n");
    line(b, "escalations", m.escalations().isEmpty() ? "none" : m.escalations().toString());
    b.append("\nWeekly queue (week: referrals / waiting / engaged / group waitlist)\n");
    for (WeekMetrics w : run.weeks()) {
      b.append(String.format(Locale.ROOT, "  %3d: %4d / %4d / %5d / %4d%n", w.week(), w.referrals(), w.waiting(), w.engaged(),
          w.groupWaitlist()).replace(System.lineSeparator(), "\n"));
    }
    return b.toString();
  }

  /**
   * Renders a sweep: its table of means per grid point, and per varied parameter the effect on the
   * match rate.
   *
   * @param result the sweep's table
   * @return the report
   * @throws NullPointerException if any argument is null
   */
  public static String text(SweepResult result) {
    return text(result, Metric.MATCH_RATE);
  }

  /**
   * Renders a sweep: its table of means per grid point, and per varied parameter the effect on a
   * figure (e.g. {@link Metric#GROUP_PLACED} for a group-only programme).
   *
   * @param result the sweep's table
   * @param metric the figure whose effect is shown
   * @return the report
   * @throws NullPointerException if any argument is null
   */
  public static String text(SweepResult result, Metric metric) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(metric, "metric");
    StringBuilder b = new StringBuilder();
    b.append("Sweep: ").append(result.rows().size()).append(" runs, means per grid point\n");
    b.append(result);
    for (String p : result.parameters()) {
      b.append("\nEffect of ").append(p).append(" on the ").append(metric.label()).append(": ");
      for (Map.Entry<String, Double> e : result.effect(p, metric).entrySet()) {
        b.append(String.format(Locale.ROOT, "%s → %.3f  ", e.getKey(), e.getValue()));
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String label, String value) {
    b.append(String.format(Locale.ROOT, "  %-24s %s", label, value)).append('\n');
  }
}
