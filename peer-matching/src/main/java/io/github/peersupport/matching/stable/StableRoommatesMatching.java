package io.github.peersupport.matching.stable;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.internal.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A solver of the stable roommates problem ({@link RoommatesProblem}): it pairs members of one cohort
 * with each other so that no two mutually acceptable members who are not paired would both rather be
 * together, or finds that no such pairing exists (which, unlike the two-sided problem, can happen).
 * {@link RoommatesBlockingPairs} checks any pairing. Implementations are immutable configuration;
 * {@link #solve} is reusable and thread-safe.
 */
public interface StableRoommatesMatching {
  /**
   * Finds a stable pairing, or finds that none exists.
   *
   * @param problem the problem
   * @return the result
   */
  Result solve(RoommatesProblem problem);

  /**
   * A pairing of a cohort (for each member, its partner's index or -1), or the finding that no stable
   * pairing exists. A result made by {@link #of} is checked for its shape only; {@link
   * RoommatesBlockingPairs} checks that it is a pairing and that it is stable. Immutable.
   */
  final class Result {
    private final RoommatesProblem problem;
    private final int @Nullable [] partner;

    private Result(RoommatesProblem problem, int @Nullable [] partner) {
      this.problem = problem;
      this.partner = partner;
    }

    /**
     * Creates a result from each member's partner index, e.g. to check a pairing made elsewhere.
     * Only the shape is checked here.
     *
     * @param problem the problem the pairing belongs to
     * @param partners for each member, a partner index or -1 (copied)
     * @return the result
     * @throws IllegalArgumentException if the length differs from the number of members or an index
     *     is out of range
     * @throws NullPointerException if any argument is null
     */
    public static Result of(RoommatesProblem problem, int[] partners) {
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(partners, "partners");
      if (partners.length != problem.size()) {
        throw Require.invalid("partners", "length " + partners.length + " does not match " + problem.size() + " members");
      }
      for (int i = 0; i < partners.length; i++) {
        if (partners[i] < -1 || partners[i] >= problem.size()) {
          throw Require.invalid("partners[" + i + "]", "unknown member index " + partners[i]);
        }
      }
      return new Result(problem, partners.clone());
    }

    /** Wraps an array the caller will not touch again (the solvers). */
    static Result owning(RoommatesProblem problem, int[] partners) {
      return new Result(problem, partners);
    }

    /** The finding that no stable pairing exists. */
    static Result none(RoommatesProblem problem) {
      return new Result(problem, null);
    }

    /**
     * Returns the problem this result pairs.
     *
     * @return the problem
     */
    public RoommatesProblem problem() {
      return problem;
    }

    /**
     * Tells whether a stable pairing exists; when it does not, the other accessors say so.
     *
     * @return true if a stable pairing was found
     */
    public boolean succeeded() {
      return partner != null;
    }

    /**
     * Returns a member's partner.
     *
     * @param member the member's index
     * @return the partner's index, or -1 if the member is unmatched
     * @throws IllegalStateException if no stable pairing exists
     */
    public int partnerOf(int member) {
      return pairing()[member];
    }

    /**
     * Returns each member's partner index or -1 (a copy).
     *
     * @return an array of length n
     * @throws IllegalStateException if no stable pairing exists
     */
    public int[] partners() {
      return pairing().clone();
    }

    /**
     * Returns the pairs, by the lower index of each.
     *
     * @return the pairs; empty if no stable pairing exists
     */
    public List<BuddyPair> pairs() {
      List<BuddyPair> pairs = new ArrayList<>();
      if (partner != null) {
        for (int i = 0; i < partner.length; i++) {
          if (partner[i] > i) {
            pairs.add(BuddyPair.of(problem.member(i), problem.member(partner[i])));
          }
        }
      }
      return List.copyOf(pairs);
    }

    /**
     * Returns the members left unmatched, in index order.
     *
     * @return their ids; empty if no stable pairing exists
     */
    public List<SeekerId> unmatched() {
      List<SeekerId> unmatched = new ArrayList<>();
      if (partner != null) {
        for (int i = 0; i < partner.length; i++) {
          if (partner[i] < 0) {
            unmatched.add(problem.member(i));
          }
        }
      }
      return List.copyOf(unmatched);
    }

    private int[] pairing() {
      if (partner == null) {
        throw new IllegalStateException("no stable pairing exists for " + problem);
      }
      return partner;
    }

    /** Returns e.g. {@code Result[3 pairs, 0 unmatched]} or {@code Result[no stable pairing]}. */
    @Override
    public String toString() {
      return partner == null ? "Result[no stable pairing]" : "Result[" + pairs().size() + " pairs, " + unmatched().size() + " unmatched]";
    }
  }
}
