package io.github.peersupport.sim.internal;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.escalation.Escalation;
import io.github.peersupport.core.escalation.EscalationAction;
import io.github.peersupport.core.escalation.EscalationDecision;
import io.github.peersupport.core.escalation.Observer;
import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.core.escalation.SignKind;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.lifecycle.LifecycleEvent;
import io.github.peersupport.core.lifecycle.PauseReason;
import io.github.peersupport.core.lifecycle.PeerLifecycle;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.lifecycle.Transition;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.core.person.UtcWeekIntervals;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.attendance.Attendance;
import io.github.peersupport.groups.attendance.AttendanceSummary;
import io.github.peersupport.groups.formation.GroupPlacement;
import io.github.peersupport.groups.formation.Placement;
import io.github.peersupport.groups.formation.PlacementAssignment;
import io.github.peersupport.groups.formation.Unplaced;
import io.github.peersupport.groups.formation.UnplacedReason;
import io.github.peersupport.groups.session.AttendanceStatus;
import io.github.peersupport.groups.session.FacilitatorFlag;
import io.github.peersupport.groups.session.FlagKind;
import io.github.peersupport.groups.session.SessionRecord;
import io.github.peersupport.matching.Candidate;
import io.github.peersupport.matching.Fallback;
import io.github.peersupport.matching.MatchResult;
import io.github.peersupport.matching.PeerMatcher;
import io.github.peersupport.matching.SupporterPool;
import io.github.peersupport.matching.assignment.AssignmentProblem;
import io.github.peersupport.matching.assignment.CapacitatedAssignment;
import io.github.peersupport.matching.assignment.GreedyAssignment;
import io.github.peersupport.matching.assignment.MinCostFlowAssignment;
import io.github.peersupport.matching.lifecycle.Actor;
import io.github.peersupport.matching.lifecycle.CloseReason;
import io.github.peersupport.matching.lifecycle.FollowUpKind;
import io.github.peersupport.matching.lifecycle.FollowUpTask;
import io.github.peersupport.matching.lifecycle.Match;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import io.github.peersupport.matching.lifecycle.MatchLifecycle;
import io.github.peersupport.matching.lifecycle.MatchRequest;
import io.github.peersupport.matching.lifecycle.MatchStatus;
import io.github.peersupport.matching.lifecycle.MatchTransition;
import io.github.peersupport.sim.Assignment;
import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Metrics;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.WeekMetrics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * One simulation run: a mutable state machine stepped day by day, driving the library's public API
 * (ranking, assignment, the match lifecycle, follow-up timers, the supporter lifecycle, escalation,
 * session records and attendance). Used by one thread; a pure function of (scenario, seed).
 *
 * <p>Random streams are split from the seed in a fixed order, one per concern (supporters, seekers,
 * arrivals, answers, screening, groups), so that changing one behaviour does not reshuffle the
 * population drawn for the same seed (common random numbers across a sweep's grid points).
 *
 * <p>Groups are peer-groups' {@link SupportGroup} values: each week the waitlisted seekers are placed
 * by {@link GroupPlacement} (the scenario's {@link Scenario#placement()} solved by {@link
 * MinCostFlowAssignment#minCost()}) into the free seats of {@link Scenario#programmeGroups()}, each under its own
 * size policy; see
 * {@link #placeFromWaitlist(Instant)} for what happens to those left unplaced.
 */
public final class Engine {
  static final ProgrammeId PROGRAMME = ProgrammeId.of("sim");
  static final Duration DAY = Duration.ofDays(1);
  static final String STILL_WAITING = "sim.still-waiting";
  static final String EXHAUSTED = "match.candidates-exhausted";
  private final Scenario scenario;
  private final Cohort cohort;
  private final Behaviour behaviour;
  private final PeerMatcher matcher;
  private final MatchLifecycle lifecycle;
  private final long seed;
  private final SplittableRandom seekerRandom;
  private final SplittableRandom arrivalRandom;
  private final SplittableRandom answerRandom;
  private final SplittableRandom screenRandom;
  private final SplittableRandom groupRandom;
  private final SplittableRandom supporterRandom;

  // supporters
  private final List<Supporter> supporters;
  private final Map<SupporterId, Integer> index = new HashMap<>();
  private final int[] load;
  private final int[] served;
  private final PeerStanding[] standing;
  private final int[] pausedUntilDay;
  private final boolean[] retired;
  private final Set<SupporterId> leaving = new HashSet<>();
  private SupporterPool pool;

  // seekers and matches
  private final List<SeekerState> seekers = new ArrayList<>();
  /** Open matches in the order they were requested; closed ones are dropped at the end of each day. */
  private final List<MatchState> live = new ArrayList<>();
  private final List<SeekerState> batchQueue = new ArrayList<>();
  private int matchCounter;
  private int signalCounter;

  // groups
  private final List<GroupState> groups = new ArrayList<>();
  private final GroupPlacement placement;
  private final GroupObserver observer;
  /** Seekers waiting for a group seat, in the order they asked (referral order). */
  private final List<SeekerState> waitlist = new ArrayList<>();
  private int groupRequests;
  private int groupPlaced;

  // counters
  private int offers;
  private int declines;
  private int expiries;
  private int acceptedMatches;
  private int rematches;
  private int checks;
  private int reminders;
  private int pauses;
  private int retirements;
  private int sessions;
  private final Map<Severity, Integer> escalations = new EnumMap<>(Severity.class);
  private final List<WeekMetrics> weeks = new ArrayList<>();
  private double fillSum;
  private double waitlistSum;
  private int weekReferrals;
  private int weekAccepted;
  private int weekEscalations;
  private int weekGroupMembers;

  /**
   * Prepares a run.
   *
   * @param scenario the scenario
   * @param seed the seed
   */
  public Engine(Scenario scenario, long seed) {
    this(scenario, seed, GroupObserver.NONE);
  }

  /**
   * Prepares a run that reports every week's group placement to an observer (for tests).
   *
   * @param scenario the scenario
   * @param seed the seed
   * @param observer told of each placement and the groups after it
   */
  Engine(Scenario scenario, long seed, GroupObserver observer) {
    this.scenario = scenario;
    this.observer = observer;
    this.placement = GroupPlacement.of(scenario.placement(), MinCostFlowAssignment.minCost());
    this.cohort = scenario.cohort();
    this.behaviour = scenario.behaviour();
    this.matcher = scenario.matcher();
    this.lifecycle = scenario.lifecycle();
    this.seed = seed;
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom population = root.split();
    this.seekerRandom = root.split();
    this.arrivalRandom = root.split();
    this.answerRandom = root.split();
    this.screenRandom = root.split();
    this.groupRandom = root.split();
    this.supporterRandom = root.split();
    this.supporters = cohort.drawSupporters(population, scenario.start());
    int m = supporters.size();
    this.load = new int[m];
    this.served = new int[m];
    this.standing = new PeerStanding[m];
    this.pausedUntilDay = new int[m];
    this.retired = new boolean[m];
    for (int j = 0; j < m; j++) {
      index.put(supporters.get(j).id(), j);
      standing[j] = supporters.get(j).standing();
      pausedUntilDay[j] = -1;
    }
    for (SupportGroup group : scenario.programmeGroups()) {
      groups.add(new GroupState(group));
    }
  }

  /**
   * Runs every day of the horizon and returns the result.
   *
   * @return the run
   */
  public Run run() {
    int days = scenario.horizonWeeks() * 7;
    for (int day = 0; day < days; day++) {
      Instant now = scenario.start().plus(DAY.multipliedBy(day));
      if (day % 7 == 0) {
        startWeek(day, now);
      }
      arrivals(now);
      if (scenario.assignment() != Assignment.RANKING) {
        solveBatch(now);
      }
      advanceMatches(now, now.plus(DAY));
      if (day % 7 == 6) {
        endWeek(day / 7 + 1);
      }
    }
    return result();
  }

  // ---------------------------------------------------------------- weeks

  private void startWeek(int day, Instant now) {
    PeerLifecycle peers = PeerLifecycle.standard();
    for (int j = 0; j < supporters.size(); j++) {
      if (retired[j]) {
        continue;
      }
      if (pausedUntilDay[j] >= 0 && day >= pausedUntilDay[j]) {
        apply(peers, j, LifecycleEvent.activated(now));
        pausedUntilDay[j] = -1;
      }
      if (Draw.chance(supporterRandom, cohort.attritionPerWeek())) {
        apply(peers, j, LifecycleEvent.retired(now));
        retired[j] = true;
        retirements++;
        leaving.add(supporters.get(j).id());
      } else if (pausedUntilDay[j] < 0 && Draw.chance(supporterRandom, cohort.pausePerWeek())) {
        pause(j, day, now, PauseReason.SELF_CARE);
      }
    }
    if (!leaving.isEmpty()) {
      withdraw(now);
      leaving.clear();
    }
    distress(day, now);
    rebuildPool(now);
    screening(now);
    groupWeek(now);
  }

  private void pause(int j, int day, Instant now, PauseReason reason) {
    if (apply(PeerLifecycle.standard(), j, LifecycleEvent.paused(now, reason))) {
      pausedUntilDay[j] = day + 7 * cohort.pauseWeeks();
      pauses++;
    }
  }

  private boolean apply(PeerLifecycle peers, int j, LifecycleEvent event) {
    Transition t = peers.apply(standing[j], event);
    if (t.accepted()) {
      standing[j] = t.standing();
    }
    return t.accepted();
  }

  private void rebuildPool(Instant now) {
    List<Supporter> current = new ArrayList<>(supporters.size());
    for (int j = 0; j < supporters.size(); j++) {
      Supporter s = supporters.get(j);
      current.add(Supporter.builder().from(s).standing(standing[j]).activeMatches(Math.min(load[j], Supporter.MAX_CAPACITY)).build());
    }
    pool = matcher.pool(current, now);
  }

  private void endWeek(int week) {
    int waiting = batchQueue.size();
    int engaged = 0;
    for (MatchState ms : live) {
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
    int active = 0;
    for (int j = 0; j < supporters.size(); j++) {
      if (available(j)) {
        active++;
      }
    }
    int seats = seats();
    fillSum += seats == 0 ? 0 : (double) weekGroupMembers / seats;
    waitlistSum += waitlist.size();
    weeks.add(WeekMetrics.builder().week(week).referrals(weekReferrals).accepted(weekAccepted).waiting(waiting)
        .engaged(engaged).activeSupporters(active).groupMembers(weekGroupMembers).groupWaitlist(waitlist.size())
        .escalations(weekEscalations).build());
    weekReferrals = 0;
    weekAccepted = 0;
    weekEscalations = 0;
  }

  // ---------------------------------------------------------------- supporters

  private boolean available(int j) {
    return !retired[j] && pausedUntilDay[j] < 0;
  }

  private boolean hasRoom(SupporterId s) {
    Integer j = index.get(s);
    return j != null && available(j) && load[j] < supporters.get(j).capacity();
  }

  /** Cancels the engaged matches of the supporters who retired this week and re-requests their seekers. */
  private void withdraw(Instant now) {
    for (MatchState ms : new ArrayList<>(live)) {
      if (ms.closed || !ms.match.liveSupporter().filter(leaving::contains).isPresent()) {
        continue;
      }
      if (ms.match.status() == MatchStatus.OFFERED) {
        ms.answer = Answer.NONE;
      } else {
        Instant at = later(now, ms.match.lastEventAt());
        if (step(ms, MatchEvent.cancelled(ms.match.id(), at, coordinator(), CloseReason.SUPPORTER_WITHDREW))) {
          request(ms.seeker, at);
        }
      }
    }
  }

  private void distress(int day, Instant now) {
    for (int j = 0; j < supporters.size(); j++) {
      if (!available(j) || load[j] == 0 || !Draw.chance(supporterRandom, behaviour.supporterDistressPerWeek())) {
        continue;
      }
      SupporterId s = supporters.get(j).id();
      Signal sign = Signal.sign(nextSignal(), s, Observer.PEER, now, SignKind.SUPPORTER_DISTRESS);
      EscalationDecision d = scenario.escalation().evaluate(List.of(sign), ConsentRecord.none(), now);
      count(d);
      boolean pause = d.escalations().stream().anyMatch(e -> e.actions().contains(EscalationAction.PAUSE_SUPPORTER));
      if (pause) {
        pause(j, day, now, PauseReason.SELF_CARE);
      }
    }
  }

  // ---------------------------------------------------------------- referrals and offers

  private void arrivals(Instant now) {
    int n = cohort.arrivalsPerDay(arrivalRandom);
    for (int i = 0; i < n; i++) {
      Seeker seeker = cohort.drawSeeker(seekerRandom, seekers.size() + 1, now);
      SeekerState st = new SeekerState(seeker, now, Draw.chance(seekerRandom, behaviour.groupInterestShare()));
      seekers.add(st);
      weekReferrals++;
      if (st.groupInterest) {
        waitlist.add(st);
        groupRequests++;
      }
      if (scenario.assignment() == Assignment.RANKING) {
        request(st, now);
      } else {
        batchQueue.add(st);
      }
    }
  }

  /** Ranks a seeker now and returns the candidates still possible for them (active, not offered before). */
  private List<SupporterId> candidates(SeekerState st, MatchResult ranking) {
    List<SupporterId> out = new ArrayList<>();
    for (Candidate c : ranking.candidates()) {
      Integer j = index.get(c.supporter());
      if (j != null && available(j) && !st.pastSupporters.contains(c.supporter())) {
        out.add(c.supporter());
      }
    }
    return out;
  }

  private Optional<MatchState> open(SeekerState st, Instant at, MatchResult ranking, List<SupporterId> candidates) {
    MatchId id = MatchId.of("m-" + (++matchCounter));
    MatchRequest request = MatchRequest.builder().seeker(st.seeker.id()).programme(PROGRAMME).requestedAt(at)
        .candidates(candidates).consent(st.seeker.consent()).build();
    MatchTransition t = lifecycle.open(MatchEvent.requested(id, request, Actor.system()));
    if (!t.accepted()) {
      st.reason = t.rejectedBy().orElseThrow().value();
      return Optional.empty();
    }
    MatchState ms = new MatchState(t.match().orElseThrow(), st, ranking.fallback());
    st.current = Optional.of(ms);
    live.add(ms);
    if (candidates.isEmpty()) {
      st.reason = ranking.noMatchReason().map(r -> r.value()).orElse(EXHAUSTED);
    }
    return Optional.of(ms);
  }

  private void request(SeekerState st, Instant at) {
    MatchResult ranking = matcher.rank(st.seeker, pool);
    List<SupporterId> candidates = candidates(st, ranking);
    open(st, at, ranking, candidates).ifPresent(ms -> {
      if (!candidates.isEmpty()) {
        offer(ms, MatchEvent.offerNext(ms.match.id(), at, Actor.system()));
      }
    });
  }

  private void solveBatch(Instant now) {
    if (batchQueue.isEmpty()) {
      return;
    }
    List<SeekerState> batch = new ArrayList<>(batchQueue);
    batchQueue.clear();
    List<MatchResult> rankings = new ArrayList<>();
    List<List<SupporterId>> lists = new ArrayList<>();
    List<SeekerId> seekerIds = new ArrayList<>();
    List<Integer> ps = new ArrayList<>();
    List<Integer> pj = new ArrayList<>();
    List<Long> pc = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      SeekerState st = batch.get(i);
      MatchResult ranking = matcher.rank(st.seeker, pool);
      rankings.add(ranking);
      lists.add(candidates(st, ranking));
      seekerIds.add(st.seeker.id());
      for (Candidate c : ranking.candidates()) {
        Integer j = index.get(c.supporter());
        if (j != null && lists.get(i).contains(c.supporter())) {
          ps.add(i);
          pj.add(j);
          pc.add(-Math.round(c.score() * 1_000_000));
        }
      }
    }
    List<SupporterId> supporterIds = new ArrayList<>(supporters.size());
    int[] capacities = new int[supporters.size()];
    for (int j = 0; j < supporters.size(); j++) {
      supporterIds.add(supporters.get(j).id());
      capacities[j] = available(j) ? Math.max(0, supporters.get(j).capacity() - load[j]) : 0;
    }
    AssignmentProblem problem = AssignmentProblem.of(seekerIds, supporterIds, capacities,
        ps.stream().mapToInt(Integer::intValue).toArray(), pj.stream().mapToInt(Integer::intValue).toArray(),
        pc.stream().mapToLong(Long::longValue).toArray());
    CapacitatedAssignment solver = scenario.assignment() == Assignment.BATCH_GREEDY
        ? GreedyAssignment.coverageFirst() : MinCostFlowAssignment.coverageFirst();
    CapacitatedAssignment.Result result = solver.solve(problem);
    for (int i = 0; i < batch.size(); i++) {
      SeekerState st = batch.get(i);
      List<SupporterId> candidates = lists.get(i);
      Optional<SupporterId> chosen = result.supporterOf(st.seeker.id());
      open(st, now, rankings.get(i), candidates).ifPresent(ms -> {
        if (chosen.isPresent()) {
          offer(ms, MatchEvent.offer(ms.match.id(), chosen.get(), now, Actor.system()));
        } else if (!candidates.isEmpty()) {
          offer(ms, MatchEvent.offerNext(ms.match.id(), now, Actor.system()));
        }
      });
    }
  }

  /** Applies an offer event (explicit or next) and draws the supporter's answer. */
  private void offer(MatchState ms, MatchEvent event) {
    if (step(ms, event)) {
      drawAnswer(ms);
    }
  }

  private void drawAnswer(MatchState ms) {
    if (ms.match.status() != MatchStatus.OFFERED) {
      if (ms.match.status() == MatchStatus.NEEDS_MANUAL_MATCH) {
        boolean allOffered = ms.match.offers().size() >= ms.match.request().candidates().size();
        ms.seeker.reason = allOffered ? EXHAUSTED : MatchLifecycle.SUPPORTER_AT_CAPACITY.value();
      }
      return;
    }
    double x = answerRandom.nextDouble();
    ms.answer = x < behaviour.acceptShare() ? Answer.ACCEPT : x < behaviour.acceptShare() + behaviour.declineShare() ? Answer.DECLINE : Answer.NONE;
    long minutes = Math.max(1, Math.round(Draw.exponential(answerRandom, behaviour.answerHours()) * 60));
    ms.answerAt = ms.match.currentOffer().orElseThrow().offeredAt().plus(Duration.ofMinutes(minutes));
  }

  /**
   * Applies an event to a live match, keeping loads and counters; returns whether it was accepted.
   * Load counts live matches offered to or accepted by a supporter, as {@code MatchBook.loadOf} does.
   */
  private boolean step(MatchState ms, MatchEvent event) {
    Optional<SupporterId> before = ms.match.liveSupporter();
    MatchTransition t = lifecycle.apply(ms.match, event, this::hasRoom);
    if (!t.accepted()) {
      return false;
    }
    ms.match = t.match().orElseThrow();
    Optional<SupporterId> after = ms.match.liveSupporter();
    if (!before.equals(after)) {
      before.ifPresent(s -> load[index.get(s)]--);
      after.ifPresent(s -> load[index.get(s)]++);
    }
    t.offer().ifPresent(o -> {
      offers++;
      ms.seeker.pastSupporters.add(o.supporter());
    });
    switch (event.type()) {
      case DECLINED:
        declines++;
        break;
      case OFFER_EXPIRED:
        expiries++;
        break;
      case ACCEPTED:
        acceptedAt(ms, event.at());
        break;
      case REMATCHED:
        rematches++;
        break;
      default:
        break;
    }
    ms.wakeAt = Instant.MIN;
    if (ms.match.status().isClosed()) {
      ms.closed = true;
      ms.seeker.current = Optional.empty();
    }
    return true;
  }

  private void acceptedAt(MatchState ms, Instant at) {
    acceptedMatches++;
    weekAccepted++;
    int j = index.get(ms.match.supporter().orElseThrow());
    served[j]++;
    SeekerState st = ms.seeker;
    if (st.hoursToMatch < 0) {
      st.hoursToMatch = Duration.between(st.referredAt, at).toMinutes() / 60.0;
      st.fallback = ms.fallback;
    }
    ms.needsReminder = Draw.chance(answerRandom, behaviour.needsReminderShare());
    double days = Draw.exponential(answerRandom, behaviour.firstContactDays());
    ms.contactAt = ms.needsReminder ? Optional.empty() : Optional.of(at.plus(Duration.ofMinutes(Math.max(1, Math.round(days * 1440)))));
    int weeks = behaviour.minMatchWeeks() + answerRandom.nextInt(behaviour.maxMatchWeeks() - behaviour.minMatchWeeks() + 1);
    ms.lengthWeeks = weeks;
    ms.notWorkingAfterDays = Draw.chance(answerRandom, behaviour.notWorkingShare()) ? 7 + answerRandom.nextInt(49) : -1;
  }

  // ---------------------------------------------------------------- the day's events

  private void advanceMatches(Instant now, Instant dayEnd) {
    int open = live.size();
    for (int i = 0; i < open; i++) {
      MatchState ms = live.get(i);
      if (ms.closed || ms.wakeAt.isAfter(dayEnd)) {
        continue;
      }
      for (int guard = 0; guard < 64 && !ms.closed; guard++) {
        if (!advance(ms, now, dayEnd)) {
          break;
        }
      }
    }
    live.removeIf(ms -> ms.closed);
  }

  /** Applies the next event of a match due before {@code dayEnd}; returns whether anything happened. */
  private boolean advance(MatchState ms, Instant now, Instant dayEnd) {
    Match m = ms.match;
    MatchId id = m.id();
    switch (m.status()) {
      case OFFERED: {
        Instant expiresAt = m.currentOffer().orElseThrow().expiresAt();
        SupporterId s = m.currentOffer().orElseThrow().supporter();
        if (ms.answer != Answer.NONE && ms.answerAt.isBefore(expiresAt)) {
          if (!ms.answerAt.isBefore(dayEnd)) {
            return false;
          }
          Actor by = Actor.person(s);
          if (ms.answer == Answer.ACCEPT) {
            return step(ms, MatchEvent.accepted(id, ms.answerAt, by));
          }
          boolean moved = step(ms, MatchEvent.declined(id, ms.answerAt, by));
          drawAnswer(ms);
          return moved;
        }
        if (expiresAt.isBefore(dayEnd)) {
          boolean moved = step(ms, MatchEvent.offerExpired(id, expiresAt, Actor.system()));
          drawAnswer(ms);
          return moved;
        }
        return false;
      }
      case NEEDS_MANUAL_MATCH: {
        if (ms.retryAt.isEmpty()) {
          ms.retryAt = Optional.of(m.statusSince().plus(DAY.multipliedBy(scenario.manualMatchDays())));
        }
        if (!ms.retryAt.get().isBefore(dayEnd)) {
          return false;
        }
        Instant at = later(ms.retryAt.get(), m.lastEventAt());
        if (ms.retries >= scenario.manualRetries()) {
          ms.seeker.reason = ms.seeker.reason.isEmpty() ? EXHAUSTED : ms.seeker.reason;
          return step(ms, MatchEvent.noMatchFound(id, at, coordinator(), CloseReason.NO_SUITABLE_SUPPORTER));
        }
        ms.retries++;
        MatchResult ranking = matcher.rank(ms.seeker.seeker, pool);
        Optional<SupporterId> next = candidates(ms.seeker, ranking).stream().filter(s -> !m.wasOffered(s) && hasRoom(s)).findFirst();
        if (next.isEmpty()) {
          if (ranking.candidates().isEmpty()) {
            ms.seeker.reason = ranking.noMatchReason().map(r -> r.value()).orElse(EXHAUSTED);
          }
          ms.retryAt = Optional.of(at.plus(DAY.multipliedBy(scenario.manualMatchDays())));
          return true;
        }
        ms.retryAt = Optional.empty();
        ms.fallback = ranking.fallback();
        offer(ms, MatchEvent.offer(id, next.get(), at, coordinator()));
        return true;
      }
      case ACCEPTED:
        return beforeContact(ms, now, dayEnd);
      case FIRST_CONTACT_CONFIRMED:
        return step(ms, MatchEvent.activated(id, m.lastEventAt(), Actor.person(m.supporter().orElseThrow())));
      case ACTIVE:
        return active(ms, now, dayEnd);
      default:
        return false;
    }
  }

  private boolean beforeContact(MatchState ms, Instant now, Instant dayEnd) {
    Match m = ms.match;
    for (FollowUpTask task : scenario.followUps().pending(m)) {
      if (!task.dueAt().isBefore(dayEnd) || !ms.seenTasks.add(task.kind())) {
        continue;
      }
      if (task.kind() == FollowUpKind.FIRST_CONTACT_CHECK) {
        checks++;
      } else if (task.kind() == FollowUpKind.SUPPORTER_REMINDER) {
        reminders++;
      } else {
        continue;
      }
      if (ms.contactAt.isEmpty() && Draw.chance(answerRandom, behaviour.reminderEffect())) {
        ms.contactAt = Optional.of(later(task.dueAt(), m.lastEventAt()).plus(Duration.ofHours(6)));
      }
    }
    if (ms.contactAt.isPresent() && ms.contactAt.get().isBefore(dayEnd)) {
      Instant at = later(ms.contactAt.get(), m.lastEventAt());
      return step(ms, MatchEvent.firstContactConfirmed(m.id(), at, Actor.person(m.supporter().orElseThrow())));
    }
    Instant giveUp = m.acceptedAt().orElseThrow().plus(Duration.ofDays(28));
    if (ms.contactAt.isEmpty() && giveUp.isBefore(dayEnd)) {
      Instant at = later(giveUp, m.lastEventAt());
      if (step(ms, MatchEvent.cancelled(m.id(), at, coordinator(), CloseReason.NO_CONTACT))) {
        request(ms.seeker, at);
        return true;
      }
    }
    return false;
  }

  private boolean active(MatchState ms, Instant now, Instant dayEnd) {
    Match m = ms.match;
    Instant activated = m.activatedAt().orElseThrow();
    Actor supporter = Actor.person(m.supporter().orElseThrow());
    if (m.notWorkingReportedAt().isPresent()) {
      Instant at = later(m.notWorkingReportedAt().get().plus(DAY), m.lastEventAt());
      if (!at.isBefore(dayEnd)) {
        return false;
      }
      if (Draw.chance(answerRandom, behaviour.rematchTakenShare())) {
        if (step(ms, MatchEvent.rematched(m.id(), at, coordinator(), CloseReason.NOT_WORKING))) {
          request(ms.seeker, at);
          return true;
        }
        return false;
      }
      ms.notWorkingAfterDays = -1;
      return step(ms, MatchEvent.rematchDeclined(m.id(), at, coordinator()));
    }
    if (ms.notWorkingAfterDays >= 0) {
      Instant at = activated.plus(DAY.multipliedBy(ms.notWorkingAfterDays));
      if (at.isBefore(dayEnd)) {
        ms.notWorkingAfterDays = -1;
        return step(ms, MatchEvent.reportedNotWorking(m.id(), later(at, m.lastEventAt()), Actor.person(m.seeker())));
      }
    }
    Instant end = activated.plus(Duration.ofDays(7L * ms.lengthWeeks));
    if (end.isBefore(dayEnd)) {
      return step(ms, MatchEvent.completed(m.id(), later(end, m.lastEventAt()), supporter, CloseReason.PLANNED_END));
    }
    Instant lastContact = m.contacts().isEmpty() ? activated : m.contacts().get(m.contacts().size() - 1);
    Instant contactDue = lastContact.plus(Duration.ofDays(14));
    if (!contactDue.isAfter(now)) {
      return step(ms, MatchEvent.contactLogged(m.id(), later(now, m.lastEventAt()), supporter));
    }
    // nothing happens to this match before the next of: its end, its "not working" report, its contact
    Instant wake = end.isBefore(contactDue) ? end : contactDue;
    if (ms.notWorkingAfterDays >= 0) {
      Instant report = activated.plus(DAY.multipliedBy(ms.notWorkingAfterDays));
      wake = report.isBefore(wake) ? report : wake;
    }
    ms.wakeAt = wake.minus(DAY);
    return false;
  }

  // ---------------------------------------------------------------- screening and escalation

  private void screening(Instant now) {
    for (MatchState ms : live) {
      if (ms.closed || !ms.match.status().isEngaged() || !Draw.chance(screenRandom, behaviour.screeningPerWeek())) {
        continue;
      }
      SeekerId seeker = ms.seeker.seeker.id();
      int a = item(behaviour.symptomShare());
      int b = item(behaviour.symptomShare());
      List<Signal> signals = new ArrayList<>(2);
      signals.add(Signal.phq2(nextSignal(), seeker, Observer.SELF_REPORT, now, a, b));
      if (a + b >= 3) {
        int[] items = new int[9];
        items[0] = a;
        items[1] = b;
        for (int k = 2; k < 8; k++) {
          items[k] = item(behaviour.symptomShare());
        }
        items[8] = item(behaviour.item9Share());
        signals.add(Signal.phq9(nextSignal(), seeker, Observer.SELF_REPORT, now, items));
      }
      count(scenario.escalation().evaluate(signals, ms.seeker.seeker.consent(), now));
    }
  }

  private int item(double p) {
    return Draw.chance(screenRandom, p) ? 1 + screenRandom.nextInt(3) : 0;
  }

  private void count(EscalationDecision decision) {
    for (Escalation e : decision.escalations()) {
      escalations.merge(e.level(), 1, Integer::sum);
      weekEscalations++;
    }
  }

  private String nextSignal() {
    return "sig-" + (++signalCounter);
  }

  // ---------------------------------------------------------------- groups

  private void groupWeek(Instant now) {
    weekGroupMembers = 0;
    for (GroupState g : groups) {
      g.members.removeIf(mb -> mb.dropped || mb.sessionsHeld >= scenario.seriesSessions());
    }
    placeFromWaitlist(now);
    LocalDate monday = LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (GroupState g : groups) {
      weekGroupMembers += g.members.size();
      if (g.members.size() < g.template.sizePolicy().minViable()) {
        continue;
      }
      TimeWindow slot = g.template.slot().orElseThrow();
      Instant slotStart = UtcWeekIntervals.startOf(slot, g.template.zone(), monday);
      Instant sessionAt = later(slotStart, now);
      g.number++;
      sessions++;
      Map<SeekerId, AttendanceStatus> attendance = new LinkedHashMap<>();
      List<SeekerId> present = new ArrayList<>();
      for (Member mb : g.members) {
        mb.sessionsHeld++;
        AttendanceStatus status = Draw.chance(groupRandom, behaviour.attendShare()) ? AttendanceStatus.PRESENT
            : Draw.chance(groupRandom, behaviour.excusedShare()) ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
        attendance.put(mb.seeker.seeker.id(), status);
        if (status == AttendanceStatus.PRESENT) {
          mb.attended++;
          present.add(mb.seeker.seeker.id());
        }
        if (Draw.chance(groupRandom, behaviour.dropoutPerSession())) {
          mb.dropped = true;
        }
      }
      SessionRecord.Builder record = SessionRecord.builder().group(g.template.id()).number(g.number).at(sessionAt)
          .facilitator(g.template.facilitators().get(0))
          .attendance(attendance);
      if (!present.isEmpty() && Draw.chance(groupRandom, behaviour.flagPerSession())) {
        FlagKind kind = List.of(FlagKind.DISRUPTIVE_BEHAVIOUR, FlagKind.COMPETITIVE_COMPARISON, FlagKind.MEDICAL_ADVICE_GIVEN)
            .get(groupRandom.nextInt(3));
        record.addFlags(FacilitatorFlag.about(kind, present.get(groupRandom.nextInt(present.size()))));
      }
      if (!present.isEmpty() && Draw.chance(groupRandom, behaviour.suicideMentionPerSession())) {
        record.addFlags(FacilitatorFlag.about(FlagKind.SUICIDE_MENTION, present.get(groupRandom.nextInt(present.size()))));
      }
      SessionRecord r = record.build();
      g.records.add(r);
      List<Signal> signals = scenario.sessionSignals().derive(r);
      if (!signals.isEmpty()) {
        Map<PersonId, ConsentRecord> consents = new HashMap<>();
        for (Member mb : g.members) {
          consents.put(mb.seeker.seeker.id(), mb.seeker.seeker.consent());
        }
        count(scenario.escalation().evaluate(signals, consents, sessionAt, List.of()));
      }
    }
  }

  /**
   * Places the waitlisted seekers, in the order they asked, into the groups' free seats with {@link
   * GroupPlacement} (maximum total fit; the solver's tie rule for equal fits), and seats the
   * assignments in that order. Of the unplaced, those refused for a reason that cannot change during
   * a run leave the waitlist: {@code NOT_ELIGIBLE} (a seeker-level rule, e.g. no consent to be
   * contacted) and {@code NO_ELIGIBLE_GROUP} (the groups' audience, language, modality and slot, and
   * the seeker's record, are fixed for the run). The others ({@code NO_SEAT}, {@code
   * FACILITATOR_LOAD}, {@code NOT_CHOSEN}) keep their place and are tried again next week. O(n · m)
   * pair checks plus the solver for n waiting seekers and m groups.
   */
  private void placeFromWaitlist(Instant now) {
    if (waitlist.isEmpty()) {
      return;
    }
    List<Seeker> waiting = new ArrayList<>(waitlist.size());
    Map<SeekerId, SeekerState> byId = new HashMap<>();
    for (SeekerState st : waitlist) {
      waiting.add(st.seeker);
      byId.put(st.seeker.id(), st);
    }
    Map<GroupId, GroupState> groupById = new HashMap<>();
    for (GroupState g : groups) {
      groupById.put(g.template.id(), g);
    }
    Placement result = placement.place(waiting, groupValues(), now);
    for (PlacementAssignment a : result.assignments()) {
      SeekerState st = byId.get(a.seeker());
      GroupState g = groupById.get(a.group());
      Member mb = new Member(st, g.number);
      g.members.add(mb);
      g.everMembers.add(mb);
      st.groupSeated = true;
      groupPlaced++;
    }
    for (Unplaced u : result.unplaced()) {
      SeekerState st = byId.get(u.seeker());
      st.groupReason = u.reason().name();
      st.groupRefused = u.reason() == UnplacedReason.NOT_ELIGIBLE || u.reason() == UnplacedReason.NO_ELIGIBLE_GROUP;
    }
    waitlist.removeIf(st -> st.groupSeated || st.groupRefused);
    if (observer != GroupObserver.NONE) {
      observer.placed(now, waiting, result, groupValues());
    }
  }

  /** The seats of all groups: the sum of their member caps. */
  private int seats() {
    int seats = 0;
    for (GroupState g : groups) {
      seats += g.template.sizePolicy().maxMembers();
    }
    return seats;
  }

  /** The groups as peer-groups values: the template with the current members, in joining order. */
  private List<SupportGroup> groupValues() {
    List<SupportGroup> out = new ArrayList<>(groups.size());
    for (GroupState g : groups) {
      List<SeekerId> members = new ArrayList<>(g.members.size());
      for (Member mb : g.members) {
        members.add(mb.seeker.seeker.id());
      }
      out.add(SupportGroup.builder().from(g.template).members(members).build());
    }
    return out;
  }

  // ---------------------------------------------------------------- result

  private Run result() {
    int matched = 0;
    List<Double> hours = new ArrayList<>();
    Map<Fallback, Integer> fallbacks = new EnumMap<>(Fallback.class);
    Map<String, Integer> unmatched = new TreeMap<>();
    int within48 = 0;
    for (SeekerState st : seekers) {
      if (st.hoursToMatch >= 0) {
        matched++;
        hours.add(st.hoursToMatch);
        if (st.hoursToMatch <= 48) {
          within48++;
        }
        fallbacks.merge(st.fallback, 1, Integer::sum);
      } else {
        String reason = st.current.isPresent() || batchQueue.contains(st) ? STILL_WAITING : st.reason.isEmpty() ? EXHAUSTED : st.reason;
        unmatched.merge(reason, 1, Integer::sum);
      }
    }
    List<Integer> servedList = new ArrayList<>(served.length);
    for (int s : served) {
      servedList.add(s);
    }
    long offered = 0;
    long attended = 0;
    double adherenceSum = 0;
    int members = 0;
    for (GroupState g : groups) {
      if (!g.records.isEmpty()) {
        for (AttendanceSummary summary : Attendance.summarise(g.records)) {
          offered += summary.offered();
          attended += summary.attended();
        }
      }
      for (Member mb : g.everMembers) {
        int expected = Math.min(scenario.seriesSessions(), g.number - mb.joinedAtSession);
        if (expected > 0) {
          adherenceSum += Math.min(1.0, (double) mb.attended / expected);
          members++;
        }
      }
    }
    Map<String, Integer> groupUnplaced = new TreeMap<>();
    for (SeekerState st : seekers) {
      if (st.groupInterest && !st.groupSeated) {
        groupUnplaced.merge(st.groupReason.isEmpty() ? STILL_WAITING : st.groupReason, 1, Integer::sum);
      }
    }
    int weeksRun = Math.max(1, weeks.size());
    Metrics metrics = Metrics.builder()
        .seekers(seekers.size())
        .matched(matched)
        .matchRate(Stats.share(matched, seekers.size()))
        .medianHoursToMatch(Stats.quantile(hours, 0.5))
        .p90HoursToMatch(Stats.quantile(hours, 0.9))
        .within48hShare(Stats.share(within48, matched))
        .offers(offers)
        .declines(declines)
        .expiries(expiries)
        .fallbackUse(fallbacks)
        .unmatchedByReason(unmatched)
        .loadGini(Stats.gini(servedList))
        .meanServed(Stats.share(acceptedMatches, supporters.size()))
        .rematchRate(Stats.share(rematches, acceptedMatches))
        .firstContactChecks(checks)
        .reminders(reminders)
        .supporterPauses(pauses)
        .supporterRetirements(retirements)
        .groupFill(fillSum / weeksRun)
        .meanWaitlist(waitlistSum / weeksRun)
        .finalWaitlist(waitlist.size())
        .groupRequests(groupRequests)
        .groupPlaced(groupPlaced)
        .groupUnplacedByReason(groupUnplaced)
        .sessions(sessions)
        .attendanceRate(Stats.share(attended, offered))
        .adherence(Stats.share(adherenceSum, members))
        .escalations(new EnumMap<>(escalations))
        .build();
    return Run.builder().scenario(scenario.name()).seed(seed).metrics(metrics).weeks(weeks).hoursToMatch(hours)
        .served(servedList).build();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isBefore(b) ? b : a;
  }

  private static Actor coordinator() {
    return Actor.role(CareRole.COORDINATOR);
  }

  // ---------------------------------------------------------------- state holders

  private enum Answer {
    ACCEPT,
    DECLINE,
    NONE
  }

  private static final class SeekerState {
    final Seeker seeker;
    final Instant referredAt;
    final boolean groupInterest;
    final Set<SupporterId> pastSupporters = new HashSet<>();
    Optional<MatchState> current = Optional.empty();
    double hoursToMatch = -1;
    Fallback fallback = Fallback.NONE;
    String reason = "";
    /** Seated in a group (once; a seeker does not ask again after their series). */
    boolean groupSeated;
    /** Left the group waitlist: placement refused them for a reason fixed for the run. */
    boolean groupRefused;
    /** The name of the last {@code UnplacedReason} placement gave, or empty. */
    String groupReason = "";

    SeekerState(Seeker seeker, Instant referredAt, boolean groupInterest) {
      this.seeker = seeker;
      this.referredAt = referredAt;
      this.groupInterest = groupInterest;
    }
  }

  private static final class MatchState {
    Match match;
    final SeekerState seeker;
    Fallback fallback;
    Answer answer = Answer.NONE;
    Instant answerAt = Instant.EPOCH;
    Optional<Instant> contactAt = Optional.empty();
    boolean needsReminder;
    int lengthWeeks;
    int notWorkingAfterDays = -1;
    int retries;
    Optional<Instant> retryAt = Optional.empty();
    Instant wakeAt = Instant.MIN;
    boolean closed;
    final Set<FollowUpKind> seenTasks = new HashSet<>();

    MatchState(Match match, SeekerState seeker, Fallback fallback) {
      this.match = match;
      this.seeker = seeker;
      this.fallback = fallback;
    }
  }

  private static final class GroupState {
    /** The group's fixed attributes (id, facilitators, size policy, language, modality, slot), no members. */
    final SupportGroup template;
    final List<Member> members = new ArrayList<>();
    final List<Member> everMembers = new ArrayList<>();
    final List<SessionRecord> records = new ArrayList<>();
    int number;

    GroupState(SupportGroup template) {
      this.template = template;
    }
  }

  private static final class Member {
    final SeekerState seeker;
    final int joinedAtSession;
    int sessionsHeld;
    int attended;
    boolean dropped;

    Member(SeekerState seeker, int joinedAtSession) {
      this.seeker = seeker;
      this.joinedAtSession = joinedAtSession;
    }
  }
}
