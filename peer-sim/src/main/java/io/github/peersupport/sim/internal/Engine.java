package io.github.peersupport.sim.internal;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.MatchingMode;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.WeekMetrics;
import io.github.peersupport.core.person.Supporter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs a scenario: wires the parts of one run and advances its days (a week is seven of them). The
 * parts, each with one job: {@link SupporterRoster} (supporters' standing, pauses, retirements),
 * {@link Referrals} (referrals, ranking, first offers, batch assignment), {@link MatchLedger} (the
 * matches, kept in a {@code MatchBook} as a host keeps them), {@link MatchProgress} (each match's
 * events day by day, with {@link TermReview} for matches with a planned end), {@link Screening}
 * (screening and escalation, the records in {@link EscalationDesk}), {@link GroupSessions} (group
 * placement and sessions) and {@link MetricsCollector}; {@link ProgrammePeople} redraws what a
 * programme's rules read in the people drawn. Every draw comes from a stream of its own, keyed by the
 * seed, its purpose and the entity and occasion it belongs to ({@link RandomStreams}: common random
 * numbers, Law 2015, ch. 11).
 *
 * <p>A run is a pure function of (scenario, seed), computed by {@link #run(Scenario, long)} in an
 * engine of its own that the caller never sees: an engine runs once, and runs on many threads share
 * nothing mutable (the scenario and its policies are immutable values).
 */
public final class Engine {
  private final Scenario scenario;
  private final long seed;
  private final RunObserver observer;
  // the parts, wired; package-private so that the parts' tests can drive them as a run does
  final SupporterRoster roster;
  final MatchCourse course;
  final MatchLedger ledger;
  final Referrals referrals;
  final MatchProgress progress;
  final Screening screening;
  final GroupSessions groups;
  final MetricsCollector metrics;

  /**
   * Wires the parts of one run; only {@link #run(Scenario, long)} steps them, once (the parts' tests
   * construct an engine to drive its parts one by one).
   */
  Engine(Scenario scenario, long seed, RunObserver observer) {
    this.scenario = scenario;
    this.seed = seed;
    this.observer = observer;
    Cohort cohort = scenario.cohort();
    Behaviour behaviour = scenario.behaviour();
    RandomStreams streams = new RandomStreams(seed);
    ProgrammePeople people = new ProgrammePeople(scenario.matcher().policy(), scenario.lifecycle(), behaviour, streams);
    this.roster = new SupporterRoster(people.supporters(drawSupporters(cohort, streams, scenario.start()), scenario.start()),
        cohort.attritionPerWeek(),
        cohort.pausePerWeek(), cohort.pauseWeeks(), streams);
    this.course = new MatchCourse(behaviour, streams);
    this.ledger = new MatchLedger(scenario.lifecycle(), roster, course, observer);
    this.screening = new Screening(scenario.escalation(), behaviour, streams, roster, ledger, observer);
    this.groups = new GroupSessions(scenario.programmeGroups(), scenario.placement(), scenario.sessionSignals(),
        scenario.seriesSessions(), behaviour, streams, screening, observer.groups());
    this.referrals = new Referrals(cohort, behaviour.groupInterestShare(), behaviour.oneToOneShare(), scenario.matcher(), scenario.assignment(), streams,
        roster, ledger, course, groups::ask, people::seeker);
    this.progress = new MatchProgress(scenario.followUps(), scenario.manualMatchDays(), scenario.manualRetries(),
        ledger, referrals, course, new TermReview(streams, ledger));
    this.metrics = new MetricsCollector(roster, referrals, ledger, progress, screening, groups);
  }

  /**
   * Draws the cohort's supporters {@code sup-1} … {@code sup-n}, each from their own stream ({@link
   * RandomStreams.Purpose#SUPPORTER}), so a supporter is the same person whatever the cohort's size.
   */
  private static List<Supporter> drawSupporters(Cohort cohort, RandomStreams streams, Instant at) {
    List<Supporter> out = new ArrayList<>(cohort.supporters());
    for (int i = 1; i <= cohort.supporters(); i++) {
      String id = "sup-" + i;
      out.add(cohort.drawSupporter(streams.stream(RandomStreams.Purpose.SUPPORTER, RandomStreams.idKey(id)), id, at));
    }
    return out;
  }

  /**
   * Simulates a scenario with a seed.
   *
   * @param scenario the scenario
   * @param seed the seed
   * @return the run
   * @throws NullPointerException if any argument is null
   */
  public static Run run(Scenario scenario, long seed) {
    return run(scenario, seed, RunObserver.NONE);
  }

  /** Simulates a scenario with a seed, telling an observer what happens (for tests). */
  static Run run(Scenario scenario, long seed, RunObserver observer) {
    Objects.requireNonNull(scenario, "scenario");
    return new Engine(scenario, seed, observer).days();
  }

  Run days() {
    int days = scenario.horizonWeeks() * 7;
    for (int day = 0; day < days; day++) {
      Instant now = scenario.start().plus(MatchProgress.DAY.multipliedBy(day));
      if (day % 7 == 0) {
        startWeek(day, now);
      }
      int referred = referrals.referred().size();
      referrals.arrivals(now);
      if (observer != RunObserver.NONE) {
        tellReferred(referred);
      }
      if (scenario.assignment() != MatchingMode.RANKING) {
        referrals.solveBatch(now);
      }
      progress.advanceDay(now);
      screening.desk().advance(now.plus(MatchProgress.DAY));
      if (day % 7 == 6) {
        WeekMetrics week = metrics.endWeek(day / 7 + 1);
        if (observer != RunObserver.NONE) {
          observer.weekEnded(new WeekEnd(week, ledger.book(), roster.supporters(), metrics.outcomes(),
              screening.desk().all(), screening.desk().open()));
        }
      }
    }
    return metrics.result(scenario, seed);
  }

  /** Tells the observer of the seekers referred from a position in referral order on. */
  private void tellReferred(int from) {
    List<SeekerState> referred = referrals.referred();
    for (int i = from; i < referred.size(); i++) {
      SeekerState st = referred.get(i);
      observer.referred(st.referredAt, st.seeker, st.groupInterest, st.oneToOne);
    }
  }

  /**
   * Starts a week: supporters resume, retire or pause (the book learns their capacities), retired
   * supporters' matches are withdrawn, distress is signalled, the pool compiled, engaged seekers
   * screened (in a match, or in a group they were referred to alone), and the groups' week run.
   */
  private void startWeek(int day, Instant now) {
    Set<SupporterId> leaving = roster.startWeek(day, now);
    ledger.syncCapacities();
    progress.withdraw(leaving, now);
    screening.distress(day, now);
    ledger.syncCapacities();
    referrals.refreshPool(now);
    screening.screen(now);
    screening.screenMembers(groups.groupOnlyMembers(), now);
    groups.week(now);
  }
}
