/**
 * Optimal capacitated assignment (b-matching) of a whole intake of seekers to supporters with
 * capacities, on the sparse candidate pairs only: never a dense matrix, never slot copies of
 * supporters.
 *
 * <p>{@link io.github.peersupport.matching.assignment.AssignmentProblem} holds an instance as compact
 * index arrays; {@link io.github.peersupport.matching.assignment.CapacitatedAssignment} is the solver
 * interface with its two objectives (minimum total cost, or coverage first); {@link
 * io.github.peersupport.matching.assignment.MinCostFlowAssignment} solves it optimally and returns a
 * checkable optimality certificate; {@link
 * io.github.peersupport.matching.assignment.GreedyAssignment} is the fast baseline. To maximise a
 * total score, pass {@code cost = -score}.
 *
 * <pre>{@code
 * AssignmentProblem problem = AssignmentProblem.of(seekers, supporters, capacities, pairSeekers, pairSupporters, pairCosts);
 * CapacitatedAssignment.Result result = MinCostFlowAssignment.coverageFirst().solve(problem);
 * long total = result.totalCost();
 * }</pre>
 */
@NullMarked
package io.github.peersupport.matching.assignment;

import org.jspecify.annotations.NullMarked;
