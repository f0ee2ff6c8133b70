/**
 * Optimal capacitated assignment (b-matching) of a whole intake of items to targets with
 * capacities (seekers to supporters, seekers to groups, ...), on the sparse candidate pairs only:
 * never a dense matrix, never slot copies of targets.
 *
 * <p>{@link io.github.peersupport.matching.assignment.AssignmentProblem} holds an instance, generic over
 * the item and target types, as compact index arrays; {@link io.github.peersupport.matching.assignment.CapacitatedAssignment} is the solver
 * interface with its two objectives (minimum total cost, or coverage first); {@link
 * io.github.peersupport.matching.assignment.MinCostFlowAssignment} solves it optimally and returns a
 * checkable optimality certificate; {@link
 * io.github.peersupport.matching.assignment.GreedyAssignment} is the fast baseline. To maximise a
 * total score, pass {@code cost = -score}; {@code
 * io.github.peersupport.matching.BatchIntake} does this for a ranked intake.
 *
 * <pre>{@code
 * AssignmentProblem<SeekerId, SupporterId> problem =
 *     AssignmentProblem.of(seekers, supporters, capacities, pairSeekers, pairSupporters, pairCosts);
 * CapacitatedAssignment.Result<SeekerId, SupporterId> result = MinCostFlowAssignment.coverageFirst().solve(problem);
 * Optional<SupporterId> supporter = result.targetOf(seekers.get(0));
 * }</pre>
 */
@NullMarked
package io.github.peersupport.matching.assignment;

import org.jspecify.annotations.NullMarked;
