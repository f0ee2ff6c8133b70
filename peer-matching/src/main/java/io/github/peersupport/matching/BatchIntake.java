package io.github.peersupport.matching;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.matching.assignment.AssignmentProblem;
import io.github.peersupport.matching.assignment.CapacitatedAssignment;
import io.github.peersupport.matching.assignment.MinCostFlowAssignment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * From a ranked intake to a batch assignment in one call: ranks every seeker of a batch with a
 * {@link PeerMatcher} (each seeker's candidates are exactly {@link PeerMatcher#rank(Seeker,
 * SupporterPool)}'s, so at most the policy's {@link MatchingPolicy#topK()}), turns the rankings into an
 * {@link AssignmentProblem}{@code <SeekerId, SupporterId>} whose capacities are the supporters' free
 * capacity, solves it with a {@link CapacitatedAssignment} (by default {@link
 * MinCostFlowAssignment#coverageFirst()}: as many seekers as possible, then the highest total score),
 * and returns a {@link BatchAssignment} that keeps each assigned pair's explanation and says why each
 * other seeker is unassigned.
 *
 * <p><b>Capacities.</b> A supporter's free capacity is {@link Supporter#capacity()} − {@link
 * Supporter#activeMatches()} (at least 0). A host that keeps a {@code MatchBook} compiles the pool from
 * {@code book.withLoads(supporters)}, so the book's live matches are the one record of load; the
 * ranking already excludes supporters with no room.
 *
 * <p><b>Cost scaling.</b> A candidate of score s (in [0, 1]) becomes the pair cost {@link #cost(double)}
 * = −round(s · {@value #COST_PER_SCORE}), so minimising the total cost maximises the total score, at a
 * resolution of 10<sup>−6</sup> of a score point. This is exact enough: rounding moves each pair's
 * score by at most 0.5 · 10<sup>−6</sup>, so the assignment returned is optimal for the rounded scores
 * and its true total score is within n · 10<sup>−6</sup> of the true optimum for n seekers (scores
 * that differ by more than 10<sup>−6</sup> are never reordered; the criteria's own inputs, such as
 * minutes of overlap or years of age, are far coarser). The bound holds against {@link
 * AssignmentProblem#MAX_ABS_COST}: every |cost| ≤ 10<sup>6</sup> ≤ 10<sup>12</sup>, and (n + m + 2) ·
 * 10<sup>6</sup> ≤ {@link AssignmentProblem#MAX_PATH_BOUND} = 2<sup>59</sup> for every n + m up to
 * 5.7 · 10<sup>11</sup>, far beyond any list that fits in memory.
 *
 * <p><b>Complexity.</b> Ranking is O(n · m·(c + w)) for n seekers and m supporters (see {@link
 * PeerMatcher}), building the problem O(n + m + E) for E ≤ n · k candidate pairs, and solving as the
 * solver states (for {@link MinCostFlowAssignment}, O(n · (n + m + E) log(n + m)) in the worst case,
 * far less in practice). O(n · k + m) space beyond the rankings.
 *
 * <p><b>Determinism.</b> Seekers keep their input order (the solver's tie-breaking follows it),
 * supporters the pool's order (sorted by id), each seeker's pairs its ranking's order; the same batch,
 * pool and solver give the same result on any thread. Instances are immutable and thread-safe.
 */
public final class BatchIntake {
  /** Cost units per score point: a pair's cost is −round(score · {@value}). */
  public static final long COST_PER_SCORE = 1_000_000L;

  /** How far outside [0, 1] a score may lie by rounding before it is rejected. */
  private static final double SCORE_SLACK = 1e-9;

  private final PeerMatcher matcher;
  private final CapacitatedAssignment solver;

  private BatchIntake(PeerMatcher matcher, CapacitatedAssignment solver) {
    this.matcher = matcher;
    this.solver = solver;
  }

  /**
   * Returns a batch intake that ranks with a matcher and solves with {@link
   * MinCostFlowAssignment#coverageFirst()}.
   *
   * @param matcher the matcher
   * @return the intake
   * @throws NullPointerException if any argument is null
   */
  public static BatchIntake of(PeerMatcher matcher) {
    return of(matcher, MinCostFlowAssignment.coverageFirst());
  }

  /**
   * Returns a batch intake that ranks with a matcher and solves with a given solver (for example
   * {@link MinCostFlowAssignment#minCost()} to maximise the total score over assignments of any size,
   * or a {@code GreedyAssignment} as a baseline).
   *
   * @param matcher the matcher
   * @param solver the capacitated assignment solver
   * @return the intake
   * @throws NullPointerException if any argument is null
   */
  public static BatchIntake of(PeerMatcher matcher, CapacitatedAssignment solver) {
    Objects.requireNonNull(matcher, "matcher");
    Objects.requireNonNull(solver, "solver");
    return new BatchIntake(matcher, solver);
  }

  /**
   * Returns the matcher.
   *
   * @return the matcher
   */
  public PeerMatcher matcher() {
    return matcher;
  }

  /**
   * Returns the solver.
   *
   * @return the solver
   */
  public CapacitatedAssignment solver() {
    return solver;
  }

  /**
   * Returns the pair cost of a candidate's score: −round(score · {@value #COST_PER_SCORE}). A score
   * is a sum of contributions, so it may leave [0, 1] by a floating-point rounding error; within
   * 10<sup>−9</sup> of the interval it is clamped to it.
   *
   * @param score the score, in [0, 1]
   * @return the cost, in [−{@value #COST_PER_SCORE}, 0]
   * @throws IllegalArgumentException if the score is NaN or further than 10<sup>−9</sup> outside [0, 1]
   */
  public static long cost(double score) {
    if (!(score >= -SCORE_SLACK && score <= 1 + SCORE_SLACK)) {
      throw Require.invalid("score", "must be between 0 and 1", score);
    }
    return -Math.round(Math.min(1, Math.max(0, score)) * COST_PER_SCORE);
  }

  /**
   * Ranks and assigns a batch of seekers to the supporters at an instant: {@code assign(seekers,
   * matcher().pool(supporters, at))}.
   *
   * @param seekers the seekers, ids unique
   * @param supporters the supporters, ids unique, in any order
   * @param at the instant
   * @return the assignment
   * @throws IllegalArgumentException naming a repeated seeker or supporter id
   * @throws NullPointerException if any argument is null
   */
  public BatchAssignment assign(List<Seeker> seekers, List<Supporter> supporters, Instant at) {
    Objects.requireNonNull(seekers, "seekers");
    Objects.requireNonNull(supporters, "supporters");
    Objects.requireNonNull(at, "at");
    return assign(seekers, matcher.pool(supporters, at));
  }

  /**
   * Ranks and assigns a batch of seekers to a compiled pool, at the pool's instant.
   *
   * @param seekers the seekers, ids unique
   * @param pool the supporters, compiled by this intake's matcher
   * @return the assignment
   * @throws IllegalArgumentException naming a repeated seeker id, or if the pool was compiled by
   *     another matcher
   * @throws NullPointerException if any argument is null
   */
  public BatchAssignment assign(List<Seeker> seekers, SupporterPool pool) {
    Objects.requireNonNull(seekers, "seekers");
    Objects.requireNonNull(pool, "pool");
    return assign(seekers, pool, (seeker, candidate) -> true);
  }

  /**
   * Ranks and assigns a batch of seekers to a compiled pool, keeping only the candidates a host
   * allows (for example not a supporter the seeker already declined, or one the host knows is away).
   * A seeker whose candidates are all dropped is unassigned with {@link
   * CapacitatedAssignment.Reason#NO_CANDIDATE} and no rule. The predicate is called once per ranked
   * candidate, in seeker order, on the calling thread.
   *
   * @param seekers the seekers, ids unique
   * @param pool the supporters, compiled by this intake's matcher
   * @param allowed whether a seeker may be assigned a ranked candidate
   * @return the assignment
   * @throws IllegalArgumentException naming a repeated seeker id, or if the pool was compiled by
   *     another matcher
   * @throws NullPointerException if any argument is null
   */
  public BatchAssignment assign(List<Seeker> seekers, SupporterPool pool,
      BiPredicate<? super Seeker, ? super Candidate> allowed) {
    Objects.requireNonNull(seekers, "seekers");
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(allowed, "allowed");
    int n = seekers.size();
    List<SeekerId> ids = new ArrayList<>(n);
    Set<SeekerId> seen = new HashSet<>(n * 2);
    for (int i = 0; i < n; i++) {
      Seeker seeker = Objects.requireNonNull(seekers.get(i), "seekers");
      if (!seen.add(seeker.id())) {
        throw Require.invalid("seekers[" + i + "]", "repeats seeker " + seeker.id());
      }
      ids.add(seeker.id());
    }
    List<Supporter> supporters = pool.supporters();
    int m = supporters.size();
    List<SupporterId> supporterIds = new ArrayList<>(m);
    Map<SupporterId, Integer> index = new HashMap<>(m * 2);
    int[] capacities = new int[m];
    for (int j = 0; j < m; j++) {
      Supporter s = supporters.get(j);
      supporterIds.add(s.id());
      index.put(s.id(), j);
      capacities[j] = Math.max(0, s.capacity() - s.activeMatches());
    }
    List<MatchResult> rankings = new ArrayList<>(n);
    int[] pairSeekers = new int[Math.max(16, n)];
    int[] pairSupporters = new int[pairSeekers.length];
    long[] pairCosts = new long[pairSeekers.length];
    Candidate[] pairCandidates = new Candidate[pairSeekers.length];
    int e = 0;
    for (int i = 0; i < n; i++) {
      Seeker seeker = seekers.get(i);
      MatchResult ranking = matcher.rank(seeker, pool);
      rankings.add(ranking);
      for (Candidate c : ranking.candidates()) {
        if (!allowed.test(seeker, c)) {
          continue;
        }
        if (e == pairSeekers.length) {
          pairSeekers = Arrays.copyOf(pairSeekers, e * 2);
          pairSupporters = Arrays.copyOf(pairSupporters, e * 2);
          pairCosts = Arrays.copyOf(pairCosts, e * 2);
          pairCandidates = Arrays.copyOf(pairCandidates, e * 2);
        }
        pairSeekers[e] = i;
        pairSupporters[e] = index.get(c.supporter());
        pairCosts[e] = cost(c.score());
        pairCandidates[e] = c;
        e++;
      }
    }
    AssignmentProblem<SeekerId, SupporterId> problem = AssignmentProblem.of(ids, supporterIds, capacities,
        Arrays.copyOf(pairSeekers, e), Arrays.copyOf(pairSupporters, e), Arrays.copyOf(pairCosts, e));
    CapacitatedAssignment.Result<SeekerId, SupporterId> solution = solver.solve(problem);
    return new BatchAssignment(rankings, solution, Arrays.copyOf(pairCandidates, e));
  }

  /** Returns e.g. {@code BatchIntake[PeerMatcher[top 10, ...], MinCostFlowAssignment[COVERAGE_FIRST]]}. */
  @Override
  public String toString() {
    return "BatchIntake[" + matcher + ", " + solver + "]";
  }
}
