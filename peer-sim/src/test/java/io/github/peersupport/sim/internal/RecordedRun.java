package io.github.peersupport.sim.internal;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.escalation.EscalationDecision;
import io.github.peersupport.core.escalation.EscalationRecord;
import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.matching.lifecycle.Match;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of a scenario with everything its test hook told: the state at the end of each week, each
 * screening and each escalation decision, and every match from request to closure. A read-only view
 * for tests that check a rule over a whole run ({@link RunChecks}); the run itself ({@link #run()}) is
 * exactly {@code Sim.run(scenario, seed)}.
 */
final class RecordedRun {
  /** One screening of an engaged seeker, with the policy's decision. */
  record Screened(Instant at, List<Signal> signals, EscalationDecision decision) {}

  /** One decision of the escalation policy (distress, screening, session record). */
  record Escalated(Instant at, EscalationDecision decision) {}

  /** One seeker referred, as drawn, with what they asked for. */
  record Referral(Instant at, Seeker seeker, boolean groupInterest, boolean oneToOne) {}

  /**
   * One match of the run, from its request to its last event, with the people in it.
   *
   * @param id the match id
   * @param seeker the seeker, as referred (role, relationship, age, consent)
   * @param supporter the supporter last offered or matched, as the roster held them then
   * @param requestedAt when the request was opened
   * @param matchedAt when a supporter accepted, if one did
   * @param closedAt when the match closed, if it did before the horizon
   * @param match the match as the book last returned it
   * @param events every event the book applied to it, in order
   */
  record MatchRecord(MatchId id, Seeker seeker, Optional<Supporter> supporter, Instant requestedAt, Optional<Instant> matchedAt,
      Optional<Instant> closedAt, Match match, List<MatchEvent> events) {
    /** Tells whether a supporter accepted the match. */
    boolean matched() {
      return matchedAt.isPresent();
    }
  }

  private final Scenario scenario;
  private final long seed;
  private final List<WeekEnd> weeks = new ArrayList<>();
  private final List<Screened> screenings = new ArrayList<>();
  private final List<Escalated> escalations = new ArrayList<>();
  private final List<Referral> referrals = new ArrayList<>();
  private final Map<MatchId, List<MatchChange>> changes = new LinkedHashMap<>();
  private final Run run;

  private RecordedRun(Scenario scenario, long seed) {
    this.scenario = scenario;
    this.seed = seed;
    this.run = Engine.run(scenario, seed, new RunObserver() {
      @Override
      public void screened(Instant at, List<Signal> signals, EscalationDecision decision) {
        screenings.add(new Screened(at, List.copyOf(signals), decision));
      }

      @Override
      public void escalated(Instant at, EscalationDecision decision) {
        escalations.add(new Escalated(at, decision));
      }

      @Override
      public void referred(Instant at, Seeker seeker, boolean groupInterest, boolean oneToOne) {
        referrals.add(new Referral(at, seeker, groupInterest, oneToOne));
      }

      @Override
      public void matchChanged(MatchChange change) {
        changes.computeIfAbsent(change.match().id(), id -> new ArrayList<>()).add(change);
      }

      @Override
      public void weekEnded(WeekEnd week) {
        weeks.add(week);
      }
    });
  }

  /**
   * Runs a scenario with a seed, recording it.
   *
   * @param scenario the scenario
   * @param seed the seed
   * @return the recorded run
   */
  static RecordedRun of(Scenario scenario, long seed) {
    return new RecordedRun(scenario, seed);
  }

  Scenario scenario() {
    return scenario;
  }

  long seed() {
    return seed;
  }

  /** Returns the run, as {@code Sim.run(scenario, seed)} returns it. */
  Run run() {
    return run;
  }

  /** Returns what the run held at the end of each week, week 1 first. */
  List<WeekEnd> weeks() {
    return Collections.unmodifiableList(weeks);
  }

  /** Returns every screening, in the run's order. */
  List<Screened> screenings() {
    return Collections.unmodifiableList(screenings);
  }

  /** Returns every decision of the escalation policy, in the run's order. */
  List<Escalated> escalations() {
    return Collections.unmodifiableList(escalations);
  }

  /** Returns every seeker referred, in referral order, as drawn. */
  List<Referral> referrals() {
    return Collections.unmodifiableList(referrals);
  }

  /** Returns the week (from 1) an instant of the run falls in. */
  int weekOf(Instant at) {
    return (int) (Duration.between(scenario.start(), at).toDays() / 7) + 1;
  }

  /** Returns every change the book applied to a match, in order (empty for an unknown id). */
  List<MatchChange> changes(MatchId id) {
    return Collections.unmodifiableList(changes.getOrDefault(id, List.of()));
  }

  /** Returns every supporter of the run by id, as the roster held them at the end of the first week. */
  Map<SupporterId, Supporter> supporters() {
    Map<SupporterId, Supporter> out = new LinkedHashMap<>();
    weeks.get(0).supporters().forEach(s -> out.put(s.id(), s));
    return out;
  }

  /** Returns how many escalation records were acknowledged by the end of the run (resolved ones included). */
  int escalationsAcknowledged() {
    return (int) weeks.get(weeks.size() - 1).escalationRecords().stream().filter(x -> x.acknowledgedAt().isPresent()).count();
  }

  /** Returns the IMMEDIATE escalation records overdue at the end of the run ({@code EscalationLog.overdueAt}). */
  List<EscalationRecord> immediateEscalationsOverdueAtEnd() {
    return weeks.get(weeks.size() - 1).openEscalations().overdueAt(weekEndAt(weeks.size()), Severity.IMMEDIATE);
  }

  /** Returns the instant a week (from 1) ends. */
  Instant weekEndAt(int week) {
    return scenario.start().plus(Duration.ofDays(7L * week));
  }

  /** Returns every match of the run, in the order they were requested. */
  List<MatchRecord> matches() {
    List<MatchRecord> out = new ArrayList<>(changes.size());
    for (Map.Entry<MatchId, List<MatchChange>> e : changes.entrySet()) {
      List<MatchChange> cs = e.getValue();
      MatchChange last = cs.get(cs.size() - 1);
      Optional<Supporter> supporter = Optional.empty();
      List<MatchEvent> events = new ArrayList<>(cs.size());
      for (MatchChange c : cs) {
        events.add(c.event());
        if (c.supporter().isPresent()) {
          supporter = c.supporter();
        }
      }
      Match m = last.match();
      out.add(new MatchRecord(e.getKey(), cs.get(0).seeker(), supporter, m.request().requestedAt(), m.acceptedAt(),
          m.closure().map(c -> c.at()), m, List.copyOf(events)));
    }
    return out;
  }
}
