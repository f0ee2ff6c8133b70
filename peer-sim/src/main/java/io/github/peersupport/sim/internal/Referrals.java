package io.github.peersupport.sim.internal;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.matching.Candidate;
import io.github.peersupport.matching.MatchResult;
import io.github.peersupport.matching.PeerMatcher;
import io.github.peersupport.matching.SupporterPool;
import io.github.peersupport.matching.BatchAssignment;
import io.github.peersupport.matching.BatchIntake;
import io.github.peersupport.matching.assignment.CapacitatedAssignment;
import io.github.peersupport.matching.assignment.GreedyAssignment;
import io.github.peersupport.matching.assignment.MinCostFlowAssignment;
import io.github.peersupport.matching.lifecycle.Actor;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.MatchingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Referral and matching: seekers arrive (Poisson per day, {@link Cohort#arrivalsPerDay}), are ranked
 * ({@link PeerMatcher#rank}) against the week's pool, and get their first offer, either on arrival
 * down the ranking ({@link MatchingMode#RANKING}) or from the day's batch assignment ({@link
 * MatchingMode#BATCH_OPTIMAL}, {@link MatchingMode#BATCH_GREEDY}). Offers and answers go through the
 * {@link MatchLedger}. The pool is compiled once a week from the roster's supporters with the book's
 * loads ({@link io.github.peersupport.matching.lifecycle.MatchBook#withLoads}); the day's batch is
 * ranked against a pool compiled at the batch with the book's live loads. Mutable, owned by one run.
 */
final class Referrals {
  private final Cohort cohort;
  private final double groupInterestShare;
  private final double oneToOneShare;
  private final PeerMatcher matcher;
  private final MatchingMode mode;
  private final RandomStreams streams;
  private final SupporterRoster roster;
  private final MatchLedger ledger;
  private final MatchCourse course;
  private final Consumer<SeekerState> groupRequests;
  private final BiFunction<Seeker, Instant, Seeker> redraw;
  /** The seekers referred for a one-to-one match, in referral order. */
  private final List<SeekerState> seekers = new ArrayList<>();
  /** Every referred seeker, in referral order (those referred to a group only too). */
  private final List<SeekerState> referred = new ArrayList<>();
  private final List<SeekerState> batchQueue = new ArrayList<>();
  private SupporterPool pool;
  private @Nullable BatchAssignment lastBatch;

  /**
   * Creates the intake.
   *
   * @param cohort who arrives, and how many
   * @param groupInterestShare each seeker's chance to ask for a group too
   * @param oneToOneShare each seeker's chance to ask for a one-to-one match (else a group only)
   * @param matcher the ranking
   * @param mode how referrals become first offers
   * @param streams the run's streams (arrivals and the seekers drawn)
   * @param roster the supporters
   * @param ledger the matches
   * @param course the answers drawn for each offer
   * @param groupRequests told of each seeker who asks for a group, in referral order
   * @param redraw what the programme's rules read in each drawn seeker ({@link ProgrammePeople#seeker})
   */
  Referrals(Cohort cohort, double groupInterestShare, double oneToOneShare, PeerMatcher matcher, MatchingMode mode, RandomStreams streams,
      SupporterRoster roster, MatchLedger ledger, MatchCourse course, Consumer<SeekerState> groupRequests,
      BiFunction<Seeker, Instant, Seeker> redraw) {
    this.cohort = cohort;
    this.groupInterestShare = groupInterestShare;
    this.oneToOneShare = oneToOneShare;
    this.matcher = matcher;
    this.mode = mode;
    this.streams = streams;
    this.roster = roster;
    this.ledger = ledger;
    this.course = course;
    this.groupRequests = groupRequests;
    this.redraw = redraw;
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
   * Takes the day's referrals: draws them, passes those interested (and those referred to a group
   * only) to the groups, and requests a match for each of the others now ({@link MatchingMode#RANKING})
   * or queues them for the day's batch. The day's count is the day's own draw ({@link
   * RandomStreams.Purpose#ARRIVALS}); the k-th seeker referred in the run, {@code s-k}, is drawn from
   * their own streams ({@link RandomStreams.Purpose#SEEKER}, and {@link
   * RandomStreams.Purpose#SEEKER_CHOICES} for their interest in a group, then in a one-to-one match),
   * so the same seed refers the same people at the same instants whatever the programme's policies.
   *
   * @param now the instant
   */
  void arrivals(Instant now) {
    int n = cohort.arrivalsPerDay(streams.stream(RandomStreams.Purpose.ARRIVALS, now.getEpochSecond()));
    for (int i = 0; i < n; i++) {
      int index = referred.size() + 1;
      long key = RandomStreams.idKey("s-" + index);
      Seeker seeker = redraw.apply(cohort.drawSeeker(streams.stream(RandomStreams.Purpose.SEEKER, key), index, now), now);
      SplittableRandom choices = streams.stream(RandomStreams.Purpose.SEEKER_CHOICES, key);
      boolean groupInterest = Distributions.chance(choices, groupInterestShare);
      boolean oneToOne = Distributions.chance(choices, oneToOneShare);
      SeekerState st = new SeekerState(seeker, now, groupInterest || !oneToOne, oneToOne);
      referred.add(st);
      if (st.groupInterest) {
        groupRequests.accept(st);
      }
      if (!oneToOne) {
        continue;
      }
      seekers.add(st);
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
      st.reason = ranking.refusedBy().map(r -> r.value()).orElse(SeekerState.EXHAUSTED);
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
   * Solves the day's batch through the matching bridge ({@link BatchIntake}): the queued seekers are
   * ranked against a pool compiled now with the book's live loads, assigned at once by the mode's
   * solver (each pair a ranked candidate still possible: available, never offered before), and each
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
    Map<SeekerId, SeekerState> states = new HashMap<>();
    List<Seeker> seekers = new ArrayList<>(batch.size());
    for (SeekerState st : batch) {
      st.queued = false;
      states.put(st.seeker.id(), st);
      seekers.add(st.seeker);
    }
    SupporterPool live = matcher.pool(ledger.book().withLoads(roster.supporters()), now);
    BatchAssignment assignment = BatchIntake.of(matcher, solver()).assign(seekers, live,
        (seeker, c) -> roster.available(c.supporter()) && !states.get(seeker.id()).pastSupporters.contains(c.supporter()));
    lastBatch = assignment;
    // the solver's seats first: a seeker it left out must not take a seat it gave to a later seeker
    List<MatchState> rest = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      SeekerState st = batch.get(i);
      MatchResult ranking = assignment.rankings().get(i);
      List<SupporterId> candidates = candidates(st, ranking);
      Optional<SupporterId> supporter = assignment.supporterOf(st.seeker.id());
      open(st, now, ranking, candidates).ifPresent(ms -> {
        if (supporter.isPresent()) {
          offer(ms, MatchEvent.offer(ms.match.id(), supporter.get(), now, Actor.system()));
        } else if (!candidates.isEmpty()) {
          rest.add(ms);
        }
      });
    }
    for (MatchState ms : rest) {
      offer(ms, MatchEvent.offerNext(ms.match.id(), now, Actor.system()));
    }
  }

  /** Returns the last batch assigned ({@link #solveBatch}), for tests; empty before the first. */
  Optional<BatchAssignment> lastBatch() {
    return Optional.ofNullable(lastBatch);
  }

  /** The mode's batch solver: greedy for {@link MatchingMode#BATCH_GREEDY}, else optimal. */
  private CapacitatedAssignment solver() {
    return mode == MatchingMode.BATCH_GREEDY ? GreedyAssignment.coverageFirst() : MinCostFlowAssignment.coverageFirst();
  }

  /** Returns the seekers referred for a one-to-one match, in referral order. */
  List<SeekerState> seekers() {
    return seekers;
  }

  /** Returns every referred seeker (those referred to a group only too), in referral order. */
  List<SeekerState> referred() {
    return referred;
  }

  /** Returns how many seekers wait for the day's batch. */
  int queued() {
    return batchQueue.size();
  }
}
