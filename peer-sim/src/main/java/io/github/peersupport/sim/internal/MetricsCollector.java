package io.github.peersupport.sim.internal;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.matching.Fallback;
import io.github.peersupport.matching.lifecycle.MatchStatus;
import io.github.peersupport.sim.KaplanMeier;
import io.github.peersupport.sim.Metrics;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.WeekMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Metrics collection: reads the run's parts at the end of each week ({@link WeekMetrics}; weekly
 * counts are differences of the parts' running totals) and at the end of the run ({@link Metrics},
 * {@link Run}), leaving out seekers referred during the scenario's warm-up and the warm-up weeks from
 * weekly means. Time to match over referred seekers is a Kaplan–Meier estimate ({@link KaplanMeier}):
 * matches are events, seekers not matched by the horizon are censored at the horizon (see {@link
 * Metrics}). Changes nothing in the parts. Mutable, owned by one run.
 */
final class MetricsCollector {
  private final SupporterRoster roster;
  private final Referrals referrals;
  private final MatchLedger ledger;
  private final MatchProgress progress;
  private final Screening screening;
  private final GroupSessions groups;
  private final List<WeekMetrics> weeks = new ArrayList<>();
  /** Each week's share of group seats filled, week 1 first. */
  private final List<Double> fills = new ArrayList<>();
  private int referredBefore;
  private int acceptedBefore;
  private int escalationsBefore;

  MetricsCollector(SupporterRoster roster, Referrals referrals, MatchLedger ledger, MatchProgress progress, Screening screening,
      GroupSessions groups) {
    this.roster = roster;
    this.referrals = referrals;
    this.ledger = ledger;
    this.progress = progress;
    this.screening = screening;
    this.groups = groups;
  }

  /**
   * Records a week: referrals, acceptances and escalations during it; at its end, the requests waiting
   * (queued, requested, offered or needing a manual match), the live matches past the offer, the
   * available supporters, group members and waitlist.
   *
   * @param week the week's number, from 1
   * @return the week's metrics
   */
  WeekMetrics endWeek(int week) {
    int waiting = referrals.queued();
    int engaged = 0;
    for (MatchState ms : ledger.live()) {
      if (ms.closed) {
        continue;
      }
      MatchStatus status = ms.match.status();
      if (status == MatchStatus.REQUESTED || status == MatchStatus.OFFERED || status == MatchStatus.NEEDS_MANUAL_MATCH) {
        waiting++;
      } else if (status.isLive()) {
        engaged++;
      }
    }
    int seats = groups.seats();
    fills.add(seats == 0 ? 0 : (double) groups.membersThisWeek() / seats);
    int referred = referrals.seekers().size();
    WeekMetrics metrics = WeekMetrics.builder().week(week).referrals(referred - referredBefore)
        .accepted(ledger.accepted() - acceptedBefore).waiting(waiting).engaged(engaged).activeSupporters(roster.availableCount())
        .groupMembers(groups.membersThisWeek()).groupWaitlist(groups.waitlistSize())
        .escalations(screening.total() - escalationsBefore).build();
    referredBefore = referred;
    acceptedBefore = ledger.accepted();
    escalationsBefore = screening.total();
    weeks.add(metrics);
    return metrics;
  }

  /**
   * Returns every referred seeker's one outcome, in referral order.
   *
   * @return the outcomes
   */
  Map<SeekerId, String> outcomes() {
    Map<SeekerId, String> out = new LinkedHashMap<>();
    for (SeekerState st : referrals.seekers()) {
      out.put(st.seeker.id(), st.outcome());
    }
    return out;
  }

  /**
   * Returns the run's result.
   *
   * @param scenario the scenario (its name, start, horizon and warm-up)
   * @param seed the seed
   * @return the run
   */
  Run result(Scenario scenario, long seed) {
    Instant warm = scenario.start().plus(Duration.ofDays(7L * scenario.warmupWeeks()));
    Instant horizon = scenario.start().plus(Duration.ofDays(7L * scenario.horizonWeeks()));
    List<SeekerState> seekers = new ArrayList<>();
    for (SeekerState st : referrals.seekers()) {
      if (!st.referredAt.isBefore(warm)) {
        seekers.add(st);
      }
    }
    int matched = 0;
    List<Double> hours = new ArrayList<>();
    List<Double> censored = new ArrayList<>();
    Map<Fallback, Integer> fallbacks = new EnumMap<>(Fallback.class);
    Map<String, Integer> unmatched = new TreeMap<>();
    Map<String, Integer> groupUnplaced = new TreeMap<>();
    int within48 = 0;
    for (SeekerState st : seekers) {
      String outcome = st.outcome();
      if (outcome.equals(SeekerState.MATCHED)) {
        matched++;
        hours.add(st.hoursToMatch);
        if (st.hoursToMatch <= 48) {
          within48++;
        }
        fallbacks.merge(st.fallback, 1, Integer::sum);
      } else {
        unmatched.merge(outcome, 1, Integer::sum);
        censored.add(Duration.between(st.referredAt, horizon).toMinutes() / 60.0);
      }
    }
    for (SeekerState st : referrals.referred()) {
      if (st.groupInterest && !st.groupSeated) {
        groupUnplaced.merge(st.groupReason.isEmpty() ? SeekerState.STILL_WAITING : st.groupReason, 1, Integer::sum);
      }
    }
    double fillSum = 0;
    double waitlistSum = 0;
    for (int w = scenario.warmupWeeks(); w < weeks.size(); w++) {
      fillSum += fills.get(w);
      waitlistSum += weeks.get(w).groupWaitlist();
    }
    int weeksRun = Math.max(1, weeks.size() - scenario.warmupWeeks());
    KaplanMeier km = KaplanMeier.estimate(hours, censored);
    long[] attendance = groups.attendance();
    double[] adherence = groups.adherence();
    List<Integer> served = roster.servedCounts();
    Metrics metrics = Metrics.builder()
        .seekers(seekers.size())
        .matched(matched)
        .matchRate(SampleStatistics.share(matched, seekers.size()))
        .medianHoursToMatch(SampleStatistics.quantile(hours, 0.5))
        .p90HoursToMatch(SampleStatistics.quantile(hours, 0.9))
        .within48hShare(SampleStatistics.share(within48, matched))
        .referredMedianHoursToMatch(km.median())
        .referredP90HoursToMatch(km.quantile(0.9))
        .referredWithin48hShare(km.eventShareBy(48))
        .warmupWeeks(scenario.warmupWeeks())
        .offers(ledger.offers())
        .declines(ledger.declines())
        .expiries(ledger.expiries())
        .fallbackUse(fallbacks)
        .unmatchedByReason(unmatched)
        .loadGini(SampleStatistics.gini(served))
        .meanServed(SampleStatistics.share(ledger.accepted(), roster.size()))
        .rematchRate(SampleStatistics.share(ledger.rematches(), ledger.accepted()))
        .firstContactChecks(progress.checks())
        .reminders(progress.reminders())
        .supporterPauses(roster.pauses())
        .supporterRetirements(roster.retirements())
        .groupFill(fillSum / weeksRun)
        .meanWaitlist(waitlistSum / weeksRun)
        .finalWaitlist(groups.waitlistSize())
        .groupRequests(groups.requests())
        .groupPlaced(groups.placed())
        .groupUnplacedByReason(groupUnplaced)
        .sessions(groups.sessions())
        .attendanceRate(SampleStatistics.share(attendance[1], attendance[0]))
        .adherence(SampleStatistics.share(adherence[0], adherence[1]))
        .escalations(screening.escalations())
        .build();
    return Run.builder().scenario(scenario.name()).seed(seed).metrics(metrics).weeks(weeks).hoursToMatch(hours)
        .unmatchedFollowUpHours(censored).served(served).build();
  }
}
