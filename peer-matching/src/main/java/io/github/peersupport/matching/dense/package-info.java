/**
 * Dense assignment: the minimum-cost one-to-one assignment of seekers to supporters for small,
 * complete problems given as an n × m cost matrix, rectangular either way, with forbidden pairs.
 *
 * <p>{@link io.github.peersupport.matching.dense.DenseProblem} holds the matrix (rows are seekers,
 * columns supporters); {@link io.github.peersupport.matching.dense.ShortestAugmentingPathAssignment}
 * solves it with the shortest augmenting path method of the Jonker–Volgenant family and returns,
 * with the assignment, dual potentials that certify its optimality. For large, sparse candidate sets
 * with capacities use a min-cost flow instead; a dense matrix of that size would not fit.
 *
 * <pre>{@code
 * DenseProblem problem = DenseProblem.of(new long[][] {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}});
 * DenseAssignment.Result result = ShortestAugmentingPathAssignment.create().solve(problem);
 * result.totalCost();   // 5: seeker 0 → 1, seeker 1 → 0, seeker 2 → 2
 * }</pre>
 */
@NullMarked
package io.github.peersupport.matching.dense;

import org.jspecify.annotations.NullMarked;
