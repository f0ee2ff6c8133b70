package io.github.peersupport.matching.assignment;

import io.github.peersupport.core.internal.Require;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A solver of the capacitated assignment problem ({@link AssignmentProblem}): it assigns each item
 * (e.g. a seeker) to at most one target (e.g. a supporter or a group) through a candidate pair, never
 * exceeding a target's capacity, aiming at an {@link Objective}. Implementations are immutable
 * configuration; {@link #solve} is reusable and thread-safe.
 */
public interface CapacitatedAssignment {
  /**
   * Solves a problem.
   *
   * @param problem the problem
   * @param <S> the type of the items
   * @param <T> the type of the targets
   * @return the assignment, with a reason for each unassigned item
   */
  <S, T> Result<S, T> solve(AssignmentProblem<S, T> problem);

  /**
   * Returns the objective this solver aims at.
   *
   * @return the objective
   */
  Objective objective();

  /**
   * Whether this solver returns an optimum for its {@link #objective()}, with a {@link Certificate}
   * on every result. A heuristic solver returns false: callers that guard against a heuristic's
   * weak spots (for example by comparing with a baseline) know they need not compare it with itself.
   *
   * @return true if every result is optimal and certified
   */
  boolean optimal();

  /** What an assignment optimises. A feasible assignment may leave any item unassigned. */
  enum Objective {
    /**
     * Minimise the total cost over all feasible assignments, of any size. A pair is taken only if it
     * lowers the total: a pair of cost 0 or more is never worth taking on its own, and among
     * assignments of minimum total the optimal solver returns one with the fewest pairs. To maximise a
     * total score, pass {@code cost = -score}: then exactly the pairs that raise the score are taken.
     */
    MIN_COST,
    /**
     * Maximise the number of items assigned, then minimise the total cost among the assignments of
     * that maximum size. Every cost counts, positive ones included.
     */
    COVERAGE_FIRST
  }

  /** Why an item is unassigned. */
  enum Reason {
    /** The item has no candidate pair. */
    NO_CANDIDATE,
    /** Every target of the item's candidate pairs is full (its capacity is used, or 0). */
    CAPACITY,
    /**
     * Some candidate target still has room, but the objective did not take the pair (for {@link
     * Objective#MIN_COST}, no such pair lowers the total; for a greedy solver, also an earlier choice).
     */
    NOT_CHOSEN
  }

  /**
   * An optimality certificate in linear-programming dual form. With {@code λ =} {@link #unitBonus()},
   * {@code u =} {@link #itemPotential} and {@code v =} {@link #targetPotential}, every candidate
   * pair e = (i, j) has reduced cost {@code cost(e) − λ + u(i) + v(j) ≥ 0}, equal to 0 on assigned
   * pairs; every {@code u(i) ≥ 0}, and {@code u(i) > 0} only if item i is assigned; every {@code
   * v(j) ≥ 0}, and {@code v(j) > 0} only if target j is full. By complementary slackness the
   * assignment then minimises the total of {@code cost − λ} over all feasible assignments, hence
   * minimises the total cost among all assignments with as many pairs. For {@link Objective#MIN_COST}
   * {@code λ = 0}, so the assignment minimises the total cost outright; for {@link
   * Objective#COVERAGE_FIRST} the number of pairs is maximum (no augmenting path remains).
   */
  final class Certificate {
    private final long unitBonus;
    private final long[] itemPotentials;
    private final long[] targetPotentials;

    Certificate(long unitBonus, long[] itemPotentials, long[] targetPotentials) {
      this.unitBonus = unitBonus;
      this.itemPotentials = itemPotentials;
      this.targetPotentials = targetPotentials;
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
     * Returns an item's dual potential u(i).
     *
     * @param item the item's index
     * @return u(i), at least 0
     */
    public long itemPotential(int item) {
      return itemPotentials[item];
    }

    /**
     * Returns a target's dual potential v(j).
     *
     * @param target the target's index
     * @return v(j), at least 0
     */
    public long targetPotential(int target) {
      return targetPotentials[target];
    }

    /**
     * Returns a candidate pair's reduced cost {@code cost(e) − λ + u(i) + v(j)}.
     *
     * @param problem the problem this certificate belongs to
     * @param pair the pair's index
     * @return the reduced cost
     * @throws NullPointerException if any argument is null
     */
    public long reducedCost(AssignmentProblem<?, ?> problem, int pair) {
      Objects.requireNonNull(problem, "problem");
      return problem.pairCost(pair) - unitBonus + itemPotentials[problem.pairItem(pair)]
          + targetPotentials[problem.pairTarget(pair)];
    }
  }

  /**
   * An assignment of an {@link AssignmentProblem}'s items to its targets: for each item, the
   * candidate pair used (hence the target) or none, the total cost and number assigned, the reason
   * each unassigned item is unassigned, and, from an optimal solver, an optimality certificate.
   * Immutable and thread-safe.
   *
   * @param <S> the type of the items
   * @param <T> the type of the targets
   */
  final class Result<S, T> {
    private final AssignmentProblem<S, T> problem;
    private final int[] pairOf;
    private final int[] load;
    private final long totalCost;
    private final int assignedCount;
    private final @Nullable Reason[] reasons;
    private final @Nullable Certificate certificate;

    private Result(AssignmentProblem<S, T> problem, int[] pairOf, @Nullable Certificate certificate) {
      this.problem = problem;
      this.pairOf = pairOf;
      this.certificate = certificate;
      int n = problem.itemCount();
      this.load = new int[problem.targetCount()];
      long total = 0;
      int assigned = 0;
      for (int i = 0; i < n; i++) {
        int e = pairOf[i];
        if (e >= 0) {
          load[problem.pairTarget(e)]++;
          total += problem.pairCost(e);
          assigned++;
        }
      }
      this.totalCost = total;
      this.assignedCount = assigned;
      this.reasons = new Reason[n];
      int[] start = problem.itemStart();
      int[] pairs = problem.itemPairs();
      for (int i = 0; i < n; i++) {
        if (pairOf[i] >= 0) {
          continue;
        }
        Reason reason = start[i] == start[i + 1] ? Reason.NO_CANDIDATE : Reason.CAPACITY;
        for (int at = start[i]; at < start[i + 1]; at++) {
          int j = problem.pairTarget(pairs[at]);
          if (load[j] < problem.capacity(j)) {
            reason = Reason.NOT_CHOSEN;
            break;
          }
        }
        reasons[i] = reason;
      }
    }

    /** Wraps each item's pair index or -1, an array the caller will not touch again (the solvers). */
    static <S, T> Result<S, T> owning(AssignmentProblem<S, T> problem, int[] pairOf, @Nullable Certificate certificate) {
      return new Result<>(problem, pairOf, certificate);
    }

    /**
     * Returns the problem this result assigns.
     *
     * @return the problem
     */
    public AssignmentProblem<S, T> problem() {
      return problem;
    }

    /**
     * Returns the candidate pair an item is assigned through.
     *
     * @param item the item's index
     * @return the pair's index, or -1 if the item is unassigned
     */
    public int pairOf(int item) {
      return pairOf[item];
    }

    /**
     * Returns an item's target.
     *
     * @param item the item's index
     * @return the target's index, or -1 if the item is unassigned
     */
    public int targetOf(int item) {
      int e = pairOf[item];
      return e < 0 ? -1 : problem.pairTarget(e);
    }

    /**
     * Returns an item's target, as the typed value.
     *
     * @param item the item
     * @return the target, or empty if the item is unassigned
     * @throws IllegalArgumentException if the item is not in the problem
     * @throws NullPointerException if any argument is null
     */
    public Optional<T> targetOf(S item) {
      Objects.requireNonNull(item, "item");
      int i = problem.itemIndex(item).orElseThrow(() -> Require.invalid("item", "not in the problem"));
      int j = targetOf(i);
      return j < 0 ? Optional.empty() : Optional.of(problem.target(j));
    }

    /**
     * Returns each item's target index or -1 (a copy).
     *
     * @return the assignment, indexed by item
     */
    public int[] assignment() {
      int[] out = new int[pairOf.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = targetOf(i);
      }
      return out;
    }

    /**
     * Returns the assigned items with their targets, as typed values, in item index order.
     *
     * @return item → target for the assigned items (unmodifiable, iteration in item order)
     */
    public Map<S, T> assigned() {
      Map<S, T> out = new LinkedHashMap<>();
      for (int i = 0; i < pairOf.length; i++) {
        if (pairOf[i] >= 0) {
          out.put(problem.item(i), problem.target(problem.pairTarget(pairOf[i])));
        }
      }
      return Collections.unmodifiableMap(out);
    }

    /**
     * Returns how many items a target is assigned.
     *
     * @param target the target's index
     * @return the load, at most the target's capacity
     */
    public int load(int target) {
      return load[target];
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
     * Returns the number of assigned items.
     *
     * @return the count
     */
    public int assignedCount() {
      return assignedCount;
    }

    /**
     * Returns the unassigned items in index order.
     *
     * @return the items
     */
    public List<S> unassigned() {
      List<S> out = new ArrayList<>(pairOf.length - assignedCount);
      for (int i = 0; i < pairOf.length; i++) {
        if (pairOf[i] < 0) {
          out.add(problem.item(i));
        }
      }
      return List.copyOf(out);
    }

    /**
     * Returns why an item is unassigned.
     *
     * @param item the item's index
     * @return the reason, or empty if the item is assigned
     */
    public Optional<Reason> unassignedReason(int item) {
      return Optional.ofNullable(reasons[item]);
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
