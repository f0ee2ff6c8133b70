package io.github.peersupport.matching;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.matching.assignment.CapacitatedAssignment;
import io.github.peersupport.matching.assignment.CapacitatedAssignment.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a {@link BatchIntake}: every seeker of the batch exactly once, either {@linkplain
 * #assigned() assigned} with the explanation of its pair (the ranked {@link Candidate}, with its
 * score, contributions and rank, and the {@link Fallback} rung of the seeker's ranking), or
 * {@linkplain #unassigned() unassigned} with the reason: no candidate (with the ranking's {@link
 * MatchResult#refusedBy()}), lost to capacity, or not chosen by the objective. It also keeps each
 * seeker's ranking and the solver's {@link #solution()} (with its optimality certificate from an
 * optimal solver).
 *
 * <p>An algorithm's result, like {@link CapacitatedAssignment.Result}: immutable and thread-safe, not a
 * value type and not mapped to JSON; persist the values it holds ({@link MatchResult}, {@link
 * Candidate}). Lookups by seeker id take O(1) expected time.
 */
public final class BatchAssignment {
  private final List<MatchResult> rankings;
  private final CapacitatedAssignment.Result<SeekerId, SupporterId> solution;
  private final List<Assigned> assigned;
  private final List<Unassigned> unassigned;
  private final double totalScore;
  private final @Nullable Assigned[] bySeeker;

  BatchAssignment(List<MatchResult> rankings, CapacitatedAssignment.Result<SeekerId, SupporterId> solution,
      Candidate[] pairCandidates) {
    this.rankings = List.copyOf(rankings);
    this.solution = solution;
    List<Assigned> in = new ArrayList<>(solution.assignedCount());
    List<Unassigned> out = new ArrayList<>(rankings.size() - solution.assignedCount());
    double total = 0;
    this.bySeeker = new Assigned[rankings.size()];
    for (int i = 0; i < rankings.size(); i++) {
      MatchResult ranking = rankings.get(i);
      int pair = solution.pairOf(i);
      if (pair >= 0) {
        Candidate c = pairCandidates[pair];
        Assigned a = new Assigned(ranking.seeker(), c, c.rung());
        in.add(a);
        bySeeker[i] = a;
        total += c.score();
      } else {
        Reason reason = solution.unassignedReason(i).orElseThrow();
        Optional<RuleId> rule = reason == Reason.NO_CANDIDATE ? ranking.refusedBy() : Optional.empty();
        out.add(new Unassigned(ranking.seeker(), reason, rule));
      }
    }
    this.assigned = List.copyOf(in);
    this.unassigned = List.copyOf(out);
    this.totalScore = total;
  }

  /**
   * Returns the assigned seekers with their explanations, in batch order.
   *
   * @return the assigned pairs
   */
  public List<Assigned> assigned() {
    return assigned;
  }

  /**
   * Returns the unassigned seekers with the reasons, in batch order.
   *
   * @return the unassigned seekers
   */
  public List<Unassigned> unassigned() {
    return unassigned;
  }

  /**
   * Returns each seeker's ranking, in batch order.
   *
   * @return one ranking per seeker
   */
  public List<MatchResult> rankings() {
    return rankings;
  }

  /**
   * Returns the solver's result on the problem built from the rankings: seekers are the items in batch
   * order, supporters the targets in the pool's order, capacities their free capacity, and pair costs
   * {@link BatchIntake#cost(double)} of the candidates' scores.
   *
   * @return the solution, with a certificate from an optimal solver
   */
  public CapacitatedAssignment.Result<SeekerId, SupporterId> solution() {
    return solution;
  }

  /**
   * Returns a seeker's assignment.
   *
   * @param seeker the seeker's id
   * @return the assigned pair, or empty if the seeker is unassigned
   * @throws IllegalArgumentException if the seeker is not in the batch
   * @throws NullPointerException if any argument is null
   */
  public Optional<Assigned> assignmentOf(SeekerId seeker) {
    return Optional.ofNullable(bySeeker[indexOf(seeker)]);
  }

  /**
   * Returns a seeker's supporter.
   *
   * @param seeker the seeker's id
   * @return the supporter, or empty if the seeker is unassigned
   * @throws IllegalArgumentException if the seeker is not in the batch
   * @throws NullPointerException if any argument is null
   */
  public Optional<SupporterId> supporterOf(SeekerId seeker) {
    return assignmentOf(seeker).map(Assigned::supporter);
  }

  /**
   * Returns the sum of the assigned candidates' scores (exact, not rounded to cost units).
   *
   * @return the total score
   */
  public double totalScore() {
    return totalScore;
  }

  private int indexOf(SeekerId seeker) {
    Objects.requireNonNull(seeker, "seeker");
    return solution.problem().itemIndex(seeker).orElseThrow(() -> Require.invalid("seeker", "not in the batch"));
  }

  /** Returns e.g. {@code BatchAssignment[40 assigned, 2 unassigned, score 31.254]}. */
  @Override
  public String toString() {
    return "BatchAssignment[" + assigned.size() + " assigned, " + unassigned.size() + " unassigned, score "
        + String.format(java.util.Locale.ROOT, "%.3f", totalScore) + "]";
  }

  /**
   * A seeker assigned to a supporter, and why: the ranked candidate (score, contributions, rank) and
   * the rung of the seeker's ranking. Immutable.
   */
  public static final class Assigned {
    private final SeekerId seeker;
    private final Candidate candidate;
    private final Fallback fallback;

    Assigned(SeekerId seeker, Candidate candidate, Fallback fallback) {
      this.seeker = seeker;
      this.candidate = candidate;
      this.fallback = fallback;
    }

    /**
     * Returns the seeker.
     *
     * @return the seeker's id
     */
    public SeekerId seeker() {
      return seeker;
    }

    /**
     * Returns the supporter: {@code candidate().supporter()}.
     *
     * @return the supporter's id
     */
    public SupporterId supporter() {
      return candidate.supporter();
    }

    /**
     * Returns the explanation: the candidate exactly as the seeker's ranking listed it.
     *
     * @return the candidate
     */
    public Candidate candidate() {
      return candidate;
    }

    /**
     * Returns the rung of the fallback ladder the assigned candidate stands on ({@link Candidate#rung()});
     * with {@link RungOrder#CONDITION_FIRST}, the rung the seeker's ranking used.
     *
     * @return the rung, never {@link Fallback#NONE}
     */
    public Fallback fallback() {
      return fallback;
    }

    /** Returns e.g. {@code s-1 → sup-3 (#2, 0.812, CONDITION)}. */
    @Override
    public String toString() {
      return seeker + " → " + candidate.supporter() + " (#" + candidate.rank() + ", "
          + String.format(java.util.Locale.ROOT, "%.3f", candidate.score()) + ", " + fallback + ")";
    }
  }

  /**
   * A seeker left unassigned, and why: {@link Reason#NO_CANDIDATE} (the ranking found none, with its
   * {@link MatchResult#refusedBy()} as the rule, or the host's filter dropped them all, with no
   * rule), {@link Reason#CAPACITY} (lost to capacity: every candidate supporter was filled by others of
   * the batch), or {@link Reason#NOT_CHOSEN} (a candidate still had room, but the solver's objective
   * did not take it; never with the default coverage-first optimal solver). Immutable.
   */
  public static final class Unassigned {
    private final SeekerId seeker;
    private final Reason reason;
    private final Optional<RuleId> rule;

    Unassigned(SeekerId seeker, Reason reason, Optional<RuleId> rule) {
      this.seeker = seeker;
      this.reason = reason;
      this.rule = rule;
    }

    /**
     * Returns the seeker.
     *
     * @return the seeker's id
     */
    public SeekerId seeker() {
      return seeker;
    }

    /**
     * Returns why the seeker is unassigned.
     *
     * @return the reason
     */
    public Reason reason() {
      return reason;
    }

    /**
     * Returns the rule that left the seeker without candidates, when the ranking found none.
     *
     * @return the ranking's {@link MatchResult#refusedBy()}, or empty
     */
    public Optional<RuleId> refusedBy() {
      return rule;
    }

    /** Returns e.g. {@code s-4: CAPACITY} or {@code s-5: NO_CANDIDATE eligibility.seeker-consent}. */
    @Override
    public String toString() {
      return seeker + ": " + reason + rule.map(r -> " " + r).orElse("");
    }
  }
}
