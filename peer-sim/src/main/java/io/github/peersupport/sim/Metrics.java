package io.github.peersupport.sim;

import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import io.github.peersupport.matching.Fallback;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The outcome of one run, over its whole horizon. Time to match is measured from the referral to the
 * supporter's acceptance of the seeker's first accepted match; "within 48 h" compares it with Parent to
 * Parent USA's 48-hour target.
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
   * Returns the median time to match, in hours (0 without matches).
   *
   * @return hours
   */
  public abstract double medianHoursToMatch();

  /**
   * Returns the 90th percentile of time to match, in hours (nearest rank).
   *
   * @return hours
   */
  public abstract double p90HoursToMatch();

  /**
   * Returns the share of matched seekers matched within 48 hours.
   *
   * @return 0 to 1
   */
  public abstract double within48hShare();

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
        "Metrics[seekers %d, matched %d (%.1f%%), median %.1f h, p90 %.1f h, within 48 h %.1f%%, load Gini %.3f, "
            + "rematch %.1f%%, group fill %.1f%%, placed %d of %d, waitlist %.1f, attendance %.1f%%, escalations %s]",
        seekers(), matched(), 100 * matchRate(), medianHoursToMatch(), p90HoursToMatch(), 100 * within48hShare(), loadGini(),
        100 * rematchRate(), 100 * groupFill(), groupPlaced(), groupRequests(), meanWaitlist(), 100 * attendanceRate(), escalations());
  }
}
