package io.github.peersupport.sim;

import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import io.github.peersupport.matching.Fallback;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The outcome of one run. Time to match is measured from the referral to the supporter's acceptance of
 * the seeker's first accepted match; "within 48 h" compares it with Parent to Parent USA's 48-hour
 * target.
 *
 * <p><b>Denominators.</b> The seeker figures count the seekers referred for a one-to-one match after the
 * warm-up ({@link Scenario#warmupWeeks()}, {@link #warmupWeeks()}); names say which of them a figure is
 * over:
 *
 * <ul>
 *   <li>over <em>referred</em> seekers ({@link #seekers()}): {@link #matchRate()}, and the time-to-event
 *       figures {@link #referredMedianHoursToMatch()}, {@link #referredP90HoursToMatch()} and {@link
 *       #referredWithin48hShare()}, from the Kaplan–Meier estimate ({@link KaplanMeier}) of time to
 *       match with seekers not matched by the horizon censored at the horizon;
 *   <li>over <em>matched</em> seekers only ({@link #matched()}): {@link #medianHoursToMatch()}, {@link
 *       #p90HoursToMatch()} and {@link #within48hShare()}. These read better when fewer seekers are
 *       matched (a stricter rule that leaves the hard cases unmatched raises them): report them beside
 *       the referred figures, not instead.
 * </ul>
 *
 * <p><b>Censoring.</b> In this simulation a seeker whose request closes unmatched (candidates exhausted,
 * a rule refusing them, no match found after the coordinator's retries) is never matched later in the
 * run. Such seekers are not censored when they leave (that would assume they could still be matched, at
 * the rate of those who stay: informative censoring) but stay in the risk set until the horizon, so that
 * 1 − S(48 h) is the share of referred seekers matched within 48 h, leaving unmatched counting as never
 * matched (with censoring at the horizon only, this Kaplan–Meier estimate equals the cumulative
 * incidence of matching with leaving as a competing event; Kalbfleisch and Prentice 2002, "The
 * Statistical Analysis of Failure Time Data", ch. 8). Seekers still waiting at the horizon are censored
 * there, after {@code horizon − referral} hours.
 *
 * <p><b>Warm-up.</b> Seekers referred during the warm-up weeks are left out of every seeker figure
 * (seekers, matched, the time-to-match figures, fallbacks, unmatched reasons), and the warm-up weeks
 * out of the weekly means ({@link #groupFill()}, {@link #meanWaitlist()}). Counts of events (offers,
 * declines, expiries, follow-ups, pauses, retirements, sessions, escalations), load, rematches, group
 * requests and placements and attendance stay over the whole horizon.
 */
@Value.Immutable
@PeerStyle
public abstract class Metrics {
  Metrics() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Metrics}. */
  public static class Builder extends ImmutableMetrics.Builder {
    /** Creates an empty builder; prefer {@link Metrics#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the number of seekers referred for a one-to-one match: every referred seeker, unless
   * {@link Behaviour#oneToOneShare()} sends some to a group only (those count in {@link
   * #groupRequests()} alone).
   *
   * @return the count
   */
  public abstract int seekers();

  /**
   * Returns the number of seekers whose request was accepted by a supporter at least once.
   *
   * @return the count
   */
  public abstract int matched();

  /**
   * Returns matched ÷ seekers (0 without seekers).
   *
   * @return the rate
   */
  public abstract double matchRate();

  /**
   * Returns the median time to match among <em>matched</em> seekers, in hours (nearest rank; 0 without
   * matches). See {@link #referredMedianHoursToMatch()} for the median over referred seekers.
   *
   * @return hours
   */
  public abstract double medianHoursToMatch();

  /**
   * Returns the 90th percentile of time to match among <em>matched</em> seekers, in hours (nearest
   * rank). See {@link #referredP90HoursToMatch()} for the one over referred seekers.
   *
   * @return hours
   */
  public abstract double p90HoursToMatch();

  /**
   * Returns the share of <em>matched</em> seekers matched within 48 hours: matched within 48 h ÷ {@link
   * #matched()}. It ignores seekers never matched; {@link #referredWithin48hShare()} is over referred
   * seekers.
   *
   * @return 0 to 1
   */
  public abstract double within48hShare();

  /**
   * Returns the Kaplan–Meier median time to match over <em>referred</em> seekers, in hours: the
   * smallest time by which the estimate says half of them were matched (see the class documentation
   * for censoring).
   *
   * @return hours, or empty when fewer than half are matched within the follow-up (not reached), or in
   *     a document written before this figure existed
   */
  public abstract OptionalDouble referredMedianHoursToMatch();

  /**
   * Returns the Kaplan–Meier 90th percentile of time to match over <em>referred</em> seekers, in hours.
   *
   * @return hours, or empty when fewer than 90% are matched within the follow-up (not reached), or in a
   *     document written before this figure existed
   */
  public abstract OptionalDouble referredP90HoursToMatch();

  /**
   * Returns the share of <em>referred</em> seekers matched within 48 hours: 1 − S(48 h) of the
   * Kaplan–Meier estimate, seekers not matched by the horizon censored there (see the class
   * documentation).
   *
   * @return 0 to 1, or empty without referred seekers or when no seeker was followed for 48 hours, or in
   *     a document written before this figure existed
   */
  public abstract OptionalDouble referredWithin48hShare();

  /**
   * Returns the warm-up weeks left out of the seeker figures and weekly means ({@link
   * Scenario#warmupWeeks()}).
   *
   * @return the weeks (default 0)
   */
  @Value.Default
  public int warmupWeeks() {
    return 0;
  }

  /**
   * Returns the number of offers made.
   *
   * @return the count
   */
  public abstract int offers();

  /**
   * Returns the number of offers declined.
   *
   * @return the count
   */
  public abstract int declines();

  /**
   * Returns the number of offers that expired unanswered.
   *
   * @return the count
   */
  public abstract int expiries();

  /**
   * Returns, per fallback rung of the ranking behind each seeker's first accepted match, how many
   * seekers it served.
   *
   * @return counts by fallback
   */
  public abstract Map<Fallback, Integer> fallbackUse();

  /**
   * Returns the seekers never matched, by the rule id or reason that left them out: a matching rule
   * that emptied the pool (e.g. {@code matching.language}), {@code match.consent-required}, {@code
   * match.candidates-exhausted}, or {@code sim.still-waiting} for requests open at the horizon.
   *
   * @return counts by reason, sorted by reason
   */
  public abstract Map<String, Integer> unmatchedByReason();

  /**
   * Returns the Gini coefficient of accepted matches per supporter (0 = evenly spread load).
   *
   * @return 0 to 1
   */
  public abstract double loadGini();

  /**
   * Returns the mean number of accepted matches per supporter.
   *
   * @return the mean
   */
  public abstract double meanServed();

  /**
   * Returns rematched matches ÷ accepted matches.
   *
   * @return the rate
   */
  public abstract double rematchRate();

  /**
   * Returns how many first-contact checks fell due ({@code followup.first-contact-check}).
   *
   * @return the count
   */
  public abstract int firstContactChecks();

  /**
   * Returns how many supporter reminders fell due ({@code followup.supporter-reminder}).
   *
   * @return the count
   */
  public abstract int reminders();

  /**
   * Returns how many times supporters paused (self-care or distress).
   *
   * @return the count
   */
  public abstract int supporterPauses();

  /**
   * Returns how many supporters retired.
   *
   * @return the count
   */
  public abstract int supporterRetirements();

  /**
   * Returns the mean weekly share of group seats filled.
   *
   * @return 0 to 1
   */
  public abstract double groupFill();

  /**
   * Returns the mean weekly group waitlist length ({@link WeekMetrics#groupWaitlist()}: those asking
   * who are not yet seated or refused).
   *
   * @return the mean
   */
  public abstract double meanWaitlist();

  /**
   * Returns the group waitlist length at the horizon.
   *
   * @return the length
   */
  public abstract int finalWaitlist();

  /**
   * Returns the number of seekers who asked for a support group (they join the group waitlist on
   * referral).
   *
   * @return the count
   */
  public abstract int groupRequests();

  /**
   * Returns the number of those seekers seated in a group by {@code GroupPlacement}.
   *
   * @return the count, at most {@link #groupRequests()}
   */
  public abstract int groupPlaced();

  /**
   * Returns the seekers who asked for a group and were never seated, by the name of the {@code
   * UnplacedReason} their last placement gave: {@code NOT_ELIGIBLE} (an admission rule on the seeker,
   * e.g. consent to be contacted missing) and {@code NO_ELIGIBLE_GROUP} (no group's audience, focus,
   * language, modality or time slot admits them) leave the waitlist, since neither the groups nor the
   * seekers change during a run; {@code NO_SEAT}, {@code FACILITATOR_LOAD} and {@code NOT_CHOSEN} were
   * still waiting at the horizon; {@code sim.still-waiting} joined after the last placement. The counts
   * add up to {@link #groupRequests()} − {@link #groupPlaced()}.
   *
   * @return counts by reason, sorted by reason
   */
  public abstract Map<String, Integer> groupUnplacedByReason();

  /**
   * Returns the number of group sessions held.
   *
   * @return the count
   */
  public abstract int sessions();

  /**
   * Returns sessions attended ÷ sessions offered over all members ({@code Attendance.summarise}).
   *
   * @return 0 to 1
   */
  public abstract double attendanceRate();

  /**
   * Returns the mean over members of sessions attended ÷ sessions of their series held so far, counting
   * sessions after a dropout as missed.
   *
   * @return 0 to 1
   */
  public abstract double adherence();

  /**
   * Returns the escalations raised by the escalation policy, by level.
   *
   * @return counts by severity
   */
  public abstract Map<Severity, Integer> escalations();

  /**
   * Returns the total number of escalations.
   *
   * @return the total
   */
  public final int escalationCount() {
    return escalations().values().stream().mapToInt(Integer::intValue).sum();
  }

  @Value.Check
  final void check() {
    Require.inRange("seekers", seekers(), 0, Integer.MAX_VALUE);
    Require.inRange("matched", matched(), 0, seekers());
    share("matchRate", matchRate());
    Require.inRange("medianHoursToMatch", medianHoursToMatch(), 0, Double.MAX_VALUE);
    Require.inRange("p90HoursToMatch", p90HoursToMatch(), medianHoursToMatch(), Double.MAX_VALUE);
    share("within48hShare", within48hShare());
    referredMedianHoursToMatch().ifPresent(h -> Require.inRange("referredMedianHoursToMatch", h, 0, Double.MAX_VALUE));
    referredP90HoursToMatch().ifPresent(h -> Require.inRange("referredP90HoursToMatch", h,
        referredMedianHoursToMatch().orElse(0), Double.MAX_VALUE));
    if (referredP90HoursToMatch().isPresent() && referredMedianHoursToMatch().isEmpty()) {
      throw Require.invalid("referredMedianHoursToMatch", "must be present when referredP90HoursToMatch is");
    }
    referredWithin48hShare().ifPresent(v -> share("referredWithin48hShare", v));
    Require.inRange("warmupWeeks", warmupWeeks(), 0, 519);
    Require.inRange("offers", offers(), 0, Integer.MAX_VALUE);
    Require.inRange("declines", declines(), 0, Integer.MAX_VALUE);
    Require.inRange("expiries", expiries(), 0, Integer.MAX_VALUE);
    counts("fallbackUse", fallbackUse());
    counts("unmatchedByReason", unmatchedByReason());
    share("loadGini", loadGini());
    Require.inRange("meanServed", meanServed(), 0, Double.MAX_VALUE);
    Require.inRange("rematchRate", rematchRate(), 0, Double.MAX_VALUE);
    Require.inRange("firstContactChecks", firstContactChecks(), 0, Integer.MAX_VALUE);
    Require.inRange("reminders", reminders(), 0, Integer.MAX_VALUE);
    Require.inRange("supporterPauses", supporterPauses(), 0, Integer.MAX_VALUE);
    Require.inRange("supporterRetirements", supporterRetirements(), 0, Integer.MAX_VALUE);
    share("groupFill", groupFill());
    Require.inRange("meanWaitlist", meanWaitlist(), 0, Double.MAX_VALUE);
    Require.inRange("finalWaitlist", finalWaitlist(), 0, Integer.MAX_VALUE);
    Require.inRange("groupRequests", groupRequests(), 0, Integer.MAX_VALUE);
    Require.inRange("groupPlaced", groupPlaced(), 0, groupRequests());
    counts("groupUnplacedByReason", groupUnplacedByReason());
    int unplaced = groupUnplacedByReason().values().stream().mapToInt(Integer::intValue).sum();
    if (unplaced != groupRequests() - groupPlaced()) {
      throw Require.invalid("groupUnplacedByReason", "must add up to groupRequests - groupPlaced ("
          + (groupRequests() - groupPlaced()) + ") but adds up to " + unplaced);
    }
    Require.inRange("sessions", sessions(), 0, Integer.MAX_VALUE);
    share("attendanceRate", attendanceRate());
    share("adherence", adherence());
    counts("escalations", escalations());
  }

  private static void share(String field, double value) {
    Require.inRange(field, value, 0, 1);
  }

  private static void counts(String field, Map<?, Integer> counts) {
    for (Map.Entry<?, Integer> e : counts.entrySet()) {
      Require.inRange(field + "[" + e.getKey() + "]", e.getValue(), 0, Integer.MAX_VALUE);
    }
  }

  /** Returns the headline figures on one line. */
  @Override
  public final String toString() {
    return String.format(Locale.ROOT,
        "Metrics[seekers %d, matched %d (%.1f%%), referred: KM median %s h, within 48 h %s; matched: median %.1f h, p90 %.1f h, "
            + "within 48 h %.1f%%; load Gini %.3f, rematch %.1f%%, group fill %.1f%%, placed %d of %d, waitlist %.1f, "
            + "attendance %.1f%%, escalations %s%s]",
        seekers(), matched(), 100 * matchRate(), shown(referredMedianHoursToMatch(), 1, "%.1f"),
        shown(referredWithin48hShare(), 100, "%.1f%%"), medianHoursToMatch(), p90HoursToMatch(), 100 * within48hShare(), loadGini(),
        100 * rematchRate(), 100 * groupFill(), groupPlaced(), groupRequests(), meanWaitlist(), 100 * attendanceRate(), escalations(),
        warmupWeeks() == 0 ? "" : ", warm-up " + warmupWeeks() + " weeks");
  }

  private static String shown(OptionalDouble value, double scale, String format) {
    return value.isPresent() ? String.format(Locale.ROOT, format, scale * value.getAsDouble()) : "not reached";
  }
}
