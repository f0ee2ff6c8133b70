package io.github.peersupport.matching.assignment;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.internal.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A solver of the capacitated assignment problem ({@link AssignmentProblem}): it assigns each seeker
 * to at most one supporter through a candidate pair, never exceeding a supporter's capacity, aiming
 * at an {@link Objective}. Implementations are immutable configuration; {@link #solve} is reusable
 * and thread-safe.
 */
public interface CapacitatedAssignment {
  /**
   * Solves a problem.
   *
   * @param problem the problem
   * @return the assignment, with a reason for each unassigned seeker
   */
  Result solve(AssignmentProblem problem);

  /**
   * Returns the objective this solver aims at.
   *
   * @return the objective
   */
  Objective objective();

  /** What an assignment optimises. A feasible assignment may leave any seeker unassigned. */
  enum Objective {
    /**
     * Minimise the total cost over all feasible assignments, of any size. A pair is taken only if it
     * lowers the total: a pair of cost 0 or more is never worth taking on its own, and among
     * assignments of minimum total the optimal solver returns one with the fewest pairs. To maximise a
     * total score, pass {@code cost = -score}: then exactly the pairs that raise the score are taken.
     */
    MIN_COST,
    /**
     * Maximise the number of seekers assigned, then minimise the total cost among the assignments of
     * that maximum size. Every cost counts, positive ones included.
     */
    COVERAGE_FIRST
  }

  /** Why a seeker is unassigned. */
  enum Reason {
    /** The seeker has no candidate pair. */
    NO_CANDIDATE,
    /** Every supporter of the seeker's candidate pairs is full (its capacity is used, or 0). */
    CAPACITY,
    /**
     * Some candidate supporter still has room, but the objective did not take the pair (for {@link
     * Objective#MIN_COST}, no such pair lowers the total; for a greedy solver, also an earlier choice).
     */
    NOT_CHOSEN
  }

  /**
   * An optimality certificate in linear-programming dual form. With {@code λ =} {@link #unitBonus()},
   * {@code u =} {@link #seekerPotential} and {@code v =} {@link #supporterPotential}, every candidate
   * pair e = (i, j) has reduced cost {@code cost(e) − λ + u(i) + v(j) ≥ 0}, equal to 0 on assigned
   * pairs; every {@code u(i) ≥ 0}, and {@code u(i) > 0} only if seeker i is assigned; every {@code
   * v(j) ≥ 0}, and {@code v(j) > 0} only if supporter j is full. By complementary slackness the
   * assignment then minimises the total of {@code cost − λ} over all feasible assignments, hence
   * minimises the total cost among all assignments with as many pairs. For {@link Objective#MIN_COST}
   * {@code λ = 0}, so the assignment minimises the total cost outright; for {@link
   * Objective#COVERAGE_FIRST} the number of pairs is maximum (no augmenting path remains).
   */
  final class Certificate {
    private final long unitBonus;
    private final long[] seekerPotentials;
    private final long[] supporterPotentials;

    Certificate(long unitBonus, long[] seekerPotentials, long[] supporterPotentials) {
      this.unitBonus = unitBonus;
      this.seekerPotentials = seekerPotentials;
      this.supporterPotentials = supporterPotentials;
    }

    /**
     * Returns λ, the bonus per assigned pair under which the assignment is optimal (0 for {@link
     * Objective#MIN_COST}).
     *
     * @return λ
     */
    public long unitBonus() {
      return unitBonus;
    }

    /**
     * Returns a seeker's dual potential u(i).
     *
     * @param seeker the seeker's index
     * @return u(i), at least 0
     */
    public long seekerPotential(int seeker) {
      return seekerPotentials[seeker];
    }

    /**
     * Returns a supporter's dual potential v(j).
     *
     * @param supporter the supporter's index
     * @return v(j), at least 0
     */
    public long supporterPotential(int supporter) {
      return supporterPotentials[supporter];
    }

    /**
     * Returns a candidate pair's reduced cost {@code cost(e) − λ + u(i) + v(j)}.
     *
     * @param problem the problem this certificate belongs to
     * @param pair the pair's index
     * @return the reduced cost
     * @throws NullPointerException if any argument is null
     */
    public long reducedCost(AssignmentProblem problem, int pair) {
      Objects.requireNonNull(problem, "problem");
      return problem.pairCost(pair) - unitBonus + seekerPotentials[problem.pairSeeker(pair)]
          + supporterPotentials[problem.pairSupporter(pair)];
    }
  }

  /**
   * An assignment of an {@link AssignmentProblem}'s seekers to its supporters: for each seeker, the
   * candidate pair used (hence the supporter) or none, the total cost and number assigned, the reason
   * each unassigned seeker is unassigned, and, from an optimal solver, an optimality certificate.
   */
  final class Result {
    private final AssignmentProblem problem;
    private final int[] pairOf;
    private final int[] load;
    private final long totalCost;
    private final int assignedCount;
    private final @Nullable Reason[] reasons;
    private final @Nullable Certificate certificate;

    private Result(AssignmentProblem problem, int[] pairOf, @Nullable Certificate certificate) {
      this.problem = problem;
      this.pairOf = pairOf;
      this.certificate = certificate;
      int n = problem.seekerCount();
      this.load = new int[problem.supporterCount()];
      long total = 0;
      int assigned = 0;
      for (int i = 0; i < n; i++) {
        int e = pairOf[i];
        if (e >= 0) {
          load[problem.pairSupporter(e)]++;
          total += problem.pairCost(e);
          assigned++;
        }
      }
      this.totalCost = total;
      this.assignedCount = assigned;
      this.reasons = new Reason[n];
      int[] start = problem.seekerStart();
      int[] pairs = problem.seekerPairs();
      for (int i = 0; i < n; i++) {
        if (pairOf[i] >= 0) {
          continue;
        }
        Reason reason = start[i] == start[i + 1] ? Reason.NO_CANDIDATE : Reason.CAPACITY;
        for (int at = start[i]; at < start[i + 1]; at++) {
          int j = problem.pairSupporter(pairs[at]);
          if (load[j] < problem.capacity(j)) {
            reason = Reason.NOT_CHOSEN;
            break;
          }
        }
        reasons[i] = reason;
      }
    }

    /** Wraps each seeker's pair index or -1, an array the caller will not touch again (the solvers). */
    static Result owning(AssignmentProblem problem, int[] pairOf, @Nullable Certificate certificate) {
      return new Result(problem, pairOf, certificate);
    }

    /**
     * Returns the problem this result assigns.
     *
     * @return the problem
     */
    public AssignmentProblem problem() {
      return problem;
    }

    /**
     * Returns the candidate pair a seeker is assigned through.
     *
     * @param seeker the seeker's index
     * @return the pair's index, or -1 if the seeker is unassigned
     */
    public int pairOf(int seeker) {
      return pairOf[seeker];
    }

    /**
     * Returns a seeker's supporter.
     *
     * @param seeker the seeker's index
     * @return the supporter's index, or -1 if the seeker is unassigned
     */
    public int supporterOf(int seeker) {
      int e = pairOf[seeker];
      return e < 0 ? -1 : problem.pairSupporter(e);
    }

    /**
     * Returns a seeker's supporter by id.
     *
     * @param seeker the seeker's id
     * @return the supporter's id, or empty if the seeker is unassigned
     * @throws IllegalArgumentException if the seeker is not in the problem
     */
    public Optional<SupporterId> supporterOf(SeekerId seeker) {
      Objects.requireNonNull(seeker, "seeker");
      int i = problem.seekerIndex(seeker).orElseThrow(() -> Require.invalid("seeker", "not in the problem"));
      int j = supporterOf(i);
      return j < 0 ? Optional.empty() : Optional.of(problem.supporter(j));
    }

    /**
     * Returns each seeker's supporter index or -1 (a copy).
     *
     * @return the assignment, indexed by seeker
     */
    public int[] assignment() {
      int[] out = new int[pairOf.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = supporterOf(i);
      }
      return out;
    }

    /**
     * Returns how many seekers a supporter is assigned.
     *
     * @param supporter the supporter's index
     * @return the load, at most the supporter's capacity
     */
    public int load(int supporter) {
      return load[supporter];
    }

    /**
     * Returns the total cost of the assigned pairs.
     *
     * @return the total
     */
    public long totalCost() {
      return totalCost;
    }

    /**
     * Returns the number of assigned seekers.
     *
     * @return the count
     */
    public int assignedCount() {
      return assignedCount;
    }

    /**
     * Returns the unassigned seekers' ids in index order.
     *
     * @return the ids
     */
    public List<SeekerId> unassigned() {
      List<SeekerId> out = new ArrayList<>(pairOf.length - assignedCount);
      for (int i = 0; i < pairOf.length; i++) {
        if (pairOf[i] < 0) {
          out.add(problem.seeker(i));
        }
      }
      return List.copyOf(out);
    }

    /**
     * Returns why a seeker is unassigned.
     *
     * @param seeker the seeker's index
     * @return the reason, or empty if the seeker is assigned
     */
    public Optional<Reason> unassignedReason(int seeker) {
      return Optional.ofNullable(reasons[seeker]);
    }

    /**
     * Returns the optimality certificate, from an optimal solver.
     *
     * @return the certificate, or empty for a heuristic solver
     */
    public Optional<Certificate> certificate() {
      return Optional.ofNullable(certificate);
    }
  }
}
