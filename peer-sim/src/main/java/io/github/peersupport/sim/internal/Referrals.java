package io.github.peersupport.sim.internal;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.matching.Candidate;
import io.github.peersupport.matching.MatchResult;
import io.github.peersupport.matching.PeerMatcher;
import io.github.peersupport.matching.SupporterPool;
import io.github.peersupport.matching.assignment.AssignmentProblem;
import io.github.peersupport.matching.assignment.CapacitatedAssignment;
import io.github.peersupport.matching.assignment.GreedyAssignment;
import io.github.peersupport.matching.assignment.MinCostFlowAssignment;
import io.github.peersupport.matching.lifecycle.Actor;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.MatchingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Referral and matching: seekers arrive (Poisson per day, {@link Cohort#arrivalsPerDay}), are ranked
 * ({@link PeerMatcher#rank}) against the week's pool, and get their first offer, either on arrival
 * down the ranking ({@link MatchingMode#RANKING}) or from the day's batch assignment ({@link
 * MatchingMode#BATCH_OPTIMAL}, {@link MatchingMode#BATCH_GREEDY}). Offers and answers go through the
 * {@link MatchLedger}. The pool is compiled once a week from the roster's supporters with the book's
 * loads ({@link io.github.peersupport.matching.lifecycle.MatchBook#withLoads}). Mutable, owned by one
 * run.
 */
final class Referrals {
  private final Cohort cohort;
  private final double groupInterestShare;
  private final PeerMatcher matcher;
  private final MatchingMode mode;
  private final SplittableRandom seekerRandom;
  private final SplittableRandom arrivalRandom;
  private final SupporterRoster roster;
  private final MatchLedger ledger;
  private final MatchCourse course;
  private final Consumer<SeekerState> groupRequests;
  private final List<SeekerState> seekers = new ArrayList<>();
  private final List<SeekerState> batchQueue = new ArrayList<>();
  private SupporterPool pool;

  /**
   * Creates the intake.
   *
   * @param cohort who arrives, and how many
   * @param groupInterestShare each seeker's chance to ask for a group too
   * @param matcher the ranking
   * @param mode how referrals become first offers
   * @param streams the run's streams (seekers and arrivals are used)
   * @param roster the supporters
   * @param ledger the matches
   * @param course the answers drawn for each offer
   * @param groupRequests told of each seeker who asks for a group, in referral order
   */
  Referrals(Cohort cohort, double groupInterestShare, PeerMatcher matcher, MatchingMode mode, RandomStreams streams,
      SupporterRoster roster, MatchLedger ledger, MatchCourse course, Consumer<SeekerState> groupRequests) {
    this.cohort = cohort;
    this.groupInterestShare = groupInterestShare;
    this.matcher = matcher;
    this.mode = mode;
    this.seekerRandom = streams.seekers;
    this.arrivalRandom = streams.arrivals;
    this.roster = roster;
    this.ledger = ledger;
    this.course = course;
    this.groupRequests = groupRequests;
  }

  /**
   * Compiles the pool ranking reads this week: the roster's supporters with the book's loads.
   *
   * @param now the instant
   */
  void refreshPool(Instant now) {
    pool = matcher.pool(ledger.book().withLoads(roster.supporters()), now);
  }

  /**
   * Takes the day's referrals: draws them, passes those interested to the groups, and requests a
   * match for each now ({@link MatchingMode#RANKING}) or queues them for the day's batch.
   *
   * @param now the instant
   */
  void arrivals(Instant now) {
    int n = cohort.arrivalsPerDay(arrivalRandom);
    for (int i = 0; i < n; i++) {
      Seeker seeker = cohort.drawSeeker(seekerRandom, seekers.size() + 1, now);
      SeekerState st = new SeekerState(seeker, now, Distributions.chance(seekerRandom, groupInterestShare));
      seekers.add(st);
      if (st.groupInterest) {
        groupRequests.accept(st);
      }
      if (mode == MatchingMode.RANKING) {
        request(st, now);
      } else {
        st.queued = true;
        batchQueue.add(st);
      }
    }
  }

  /**
   * Ranks a seeker against the week's pool.
   *
   * @param st the seeker
   * @return the ranking
   */
  MatchResult rank(SeekerState st) {
    return matcher.rank(st.seeker, pool);
  }

  /** Returns the ranked supporters still possible for a seeker: available, never offered them before. */
  List<SupporterId> candidates(SeekerState st, MatchResult ranking) {
    List<SupporterId> out = new ArrayList<>();
    for (Candidate c : ranking.candidates()) {
      if (roster.available(c.supporter()) && !st.pastSupporters.contains(c.supporter())) {
        out.add(c.supporter());
      }
    }
    return out;
  }

  /**
   * Requests a match for a seeker now: ranks them, opens the request and offers the first candidate.
   *
   * @param st the seeker
   * @param at the instant
   */
  void request(SeekerState st, Instant at) {
    MatchResult ranking = rank(st);
    List<SupporterId> candidates = candidates(st, ranking);
    open(st, at, ranking, candidates).ifPresent(ms -> {
      if (!candidates.isEmpty()) {
        offer(ms, MatchEvent.offerNext(ms.match.id(), at, Actor.system()));
      }
    });
  }

  private Optional<MatchState> open(SeekerState st, Instant at, MatchResult ranking, List<SupporterId> candidates) {
    Optional<MatchState> ms = ledger.open(st, at, candidates, ranking.fallback());
    if (ms.isPresent() && candidates.isEmpty()) {
      st.reason = ranking.noMatchReason().map(r -> r.value()).orElse(SeekerState.EXHAUSTED);
    }
    return ms;
  }

  /**
   * Applies an offer event (explicit or next-ranked) and draws the supporter's answer.
   *
   * @param ms the match
   * @param event the offer event
   */
  void offer(MatchState ms, MatchEvent event) {
    if (ledger.step(ms, event)) {
      course.drawAnswer(ms);
    }
  }

  /**
   * Solves the day's batch: each queued seeker is ranked, the batch is assigned at once, and each
   * seeker's first offer goes to their assigned supporter (else down their ranking).
   *
   * @param now the instant
   */
  void solveBatch(Instant now) {
    if (batchQueue.isEmpty()) {
      return;
    }
    List<SeekerState> batch = new ArrayList<>(batchQueue);
    batchQueue.clear();
    List<MatchResult> rankings = new ArrayList<>(batch.size());
    List<List<SupporterId>> lists = new ArrayList<>(batch.size());
    for (SeekerState st : batch) {
      st.queued = false;
      MatchResult ranking = rank(st);
      rankings.add(ranking);
      lists.add(candidates(st, ranking));
    }
    List<Optional<SupporterId>> chosen = assign(batch, rankings, lists);
    for (int i = 0; i < batch.size(); i++) {
      List<SupporterId> candidates = lists.get(i);
      Optional<SupporterId> supporter = chosen.get(i);
      open(batch.get(i), now, rankings.get(i), candidates).ifPresent(ms -> {
        if (supporter.isPresent()) {
          offer(ms, MatchEvent.offer(ms.match.id(), supporter.get(), now, Actor.system()));
        } else if (!candidates.isEmpty()) {
          offer(ms, MatchEvent.offerNext(ms.match.id(), now, Actor.system()));
        }
      });
    }
  }

  /**
   * The one place that builds an assignment problem: seekers of the batch to supporters with room,
   * each pair a ranked candidate still possible, cost the negated score in millionths, capacities
   * the room the book leaves; solved coverage first by the mode's solver.
   *
   * @return each seeker's assigned supporter, in batch order
   */
  private List<Optional<SupporterId>> assign(List<SeekerState> batch, List<MatchResult> rankings,
      List<List<SupporterId>> lists) {
    List<SeekerId> seekerIds = new ArrayList<>(batch.size());
    List<Integer> ps = new ArrayList<>();
    List<Integer> pj = new ArrayList<>();
    List<Long> pc = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      seekerIds.add(batch.get(i).seeker.id());
      for (Candidate c : rankings.get(i).candidates()) {
        int j = roster.indexOf(c.supporter());
        if (j >= 0 && lists.get(i).contains(c.supporter())) {
          ps.add(i);
          pj.add(j);
          pc.add(-Math.round(c.score() * 1_000_000));
        }
      }
    }
    List<SupporterId> supporterIds = new ArrayList<>(roster.size());
    int[] capacities = new int[roster.size()];
    for (int j = 0; j < roster.size(); j++) {
      Supporter s = roster.get(j);
      supporterIds.add(s.id());
      capacities[j] = roster.available(j) ? Math.max(0, s.capacity() - ledger.book().loadOf(s.id())) : 0;
    }
    AssignmentProblem problem = AssignmentProblem.of(seekerIds, supporterIds, capacities,
        ps.stream().mapToInt(Integer::intValue).toArray(), pj.stream().mapToInt(Integer::intValue).toArray(),
        pc.stream().mapToLong(Long::longValue).toArray());
    CapacitatedAssignment solver = mode == MatchingMode.BATCH_GREEDY ? GreedyAssignment.coverageFirst()
        : MinCostFlowAssignment.coverageFirst();
    CapacitatedAssignment.Result result = solver.solve(problem);
    List<Optional<SupporterId>> out = new ArrayList<>(batch.size());
    for (SeekerId id : seekerIds) {
      out.add(result.supporterOf(id));
    }
    return out;
  }

  /** Returns every referred seeker, in referral order. */
  List<SeekerState> seekers() {
    return seekers;
  }

  /** Returns how many seekers wait for the day's batch. */
  int queued() {
    return batchQueue.size();
  }
}
