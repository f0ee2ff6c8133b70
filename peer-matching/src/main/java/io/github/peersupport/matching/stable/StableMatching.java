package io.github.peersupport.matching.stable;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.internal.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A solver of the many-to-one stable matching problem ({@link StableProblem}): it returns a matching
 * of seekers to supporters that respects capacities and acceptability and has no blocking pair.
 * Implementations are immutable configuration; {@link #solve} is reusable and thread-safe.
 */
public interface StableMatching {
  /**
   * Solves a problem.
   *
   * @param problem the problem
   * @return a stable matching
   */
  Result solve(StableProblem problem);

  /**
   * A matching of a {@link StableProblem}'s seekers to its supporters: for each seeker, the index of
   * its supporter or -1. A result made by {@link #of} is not checked for capacities, acceptability or
   * stability; {@link BlockingPairs} checks it.
   */
  final class Result {
    private final StableProblem problem;
    private final int[] supporterOf;
    private final int[] load;

    private Result(StableProblem problem, int[] supporterOf) {
      this.problem = problem;
      this.supporterOf = supporterOf;
      this.load = new int[problem.supporterCount()];
      for (int s : supporterOf) {
        if (s >= 0) {
          load[s]++;
        }
      }
    }

    /**
     * Creates a result from each seeker's supporter index, e.g. to check a matching made elsewhere.
     * Only the shape is checked here.
     *
     * @param problem the problem the matching belongs to
     * @param supporterOf for each seeker, a supporter index or -1 (copied)
     * @return the result
     * @throws IllegalArgumentException if the length differs from the number of seekers or an index
     *     is out of range
     */
    public static Result of(StableProblem problem, int[] supporterOf) {
      Objects.requireNonNull(problem, "problem");
      if (supporterOf.length != problem.seekerCount()) {
        throw Require.invalid("supporterOf", "length " + supporterOf.length + " does not match " + problem.seekerCount() + " seekers");
      }
      for (int i = 0; i < supporterOf.length; i++) {
        if (supporterOf[i] < -1 || supporterOf[i] >= problem.supporterCount()) {
          throw Require.invalid("supporterOf[" + i + "]", "unknown supporter index " + supporterOf[i]);
        }
      }
      return new Result(problem, supporterOf.clone());
    }

    /** Wraps an array the caller will not touch again (the solvers). */
    static Result owning(StableProblem problem, int[] supporterOf) {
      return new Result(problem, supporterOf);
    }

    /**
     * Returns the problem this result matches.
     *
     * @return the problem
     */
    public StableProblem problem() {
      return problem;
    }

    /**
     * Returns a seeker's supporter.
     *
     * @param seeker the seeker's index
     * @return the supporter's index, or -1 if the seeker is unassigned
     */
    public int supporterOf(int seeker) {
      return supporterOf[seeker];
    }

    /**
     * Returns a seeker's supporter by id.
     *
     * @param seeker the seeker's id
     * @return the supporter's id, or empty if the seeker is unassigned
     * @throws IllegalArgumentException if the seeker is not in the problem
     */
    public Optional<SupporterId> supporterOf(SeekerId seeker) {
      int i = problem.seekerIndex(seeker).orElseThrow(() -> Require.invalid("seeker", "not in the problem: " + seeker));
      return supporterOf[i] < 0 ? Optional.empty() : Optional.of(problem.supporter(supporterOf[i]));
    }

    /**
     * Returns each seeker's supporter index or -1 (a copy).
     *
     * @return an array of length n
     */
    public int[] assignment() {
      return supporterOf.clone();
    }

    /**
     * Returns the seekers assigned to a supporter, in seeker index order.
     *
     * @param supporter the supporter's index
     * @return seeker indices
     */
    public int[] seekersOf(int supporter) {
      int[] seekers = new int[load[supporter]];
      int at = 0;
      for (int i = 0; i < supporterOf.length && at < seekers.length; i++) {
        if (supporterOf[i] == supporter) {
          seekers[at++] = i;
        }
      }
      return seekers;
    }

    /**
     * Returns how many seekers a supporter got.
     *
     * @param supporter the supporter's index
     * @return the count
     */
    public int load(int supporter) {
      return load[supporter];
    }

    /**
     * Returns the matched pairs in seeker index order.
     *
     * @return the pairs
     */
    public List<StablePair> pairs() {
      List<StablePair> pairs = new ArrayList<>();
      for (int i = 0; i < supporterOf.length; i++) {
        if (supporterOf[i] >= 0) {
          pairs.add(StablePair.of(problem.seeker(i), problem.supporter(supporterOf[i])));
        }
      }
      return List.copyOf(pairs);
    }

    /**
     * Returns the unassigned seekers in index order.
     *
     * @return their ids
     */
    public List<SeekerId> unassigned() {
      List<SeekerId> unassigned = new ArrayList<>();
      for (int i = 0; i < supporterOf.length; i++) {
        if (supporterOf[i] < 0) {
          unassigned.add(problem.seeker(i));
        }
      }
      return List.copyOf(unassigned);
    }

    /**
     * Returns the number of assigned seekers.
     *
     * @return the count
     */
    public int assignedCount() {
      int count = 0;
      for (int s : supporterOf) {
        count += s >= 0 ? 1 : 0;
      }
      return count;
    }

    /**
     * Equal when both match the same problem instance (by identity) the same way.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Result && ((Result) o).problem == problem && Arrays.equals(((Result) o).supporterOf, supporterOf);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(supporterOf);
    }

    /** Returns e.g. {@code Result[4 of 5 seekers assigned]}. */
    @Override
    public String toString() {
      return "Result[" + assignedCount() + " of " + supporterOf.length + " seekers assigned]";
    }
  }
}
