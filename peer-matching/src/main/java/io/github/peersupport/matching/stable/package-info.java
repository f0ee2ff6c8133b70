/**
 * Stable matching: many-to-one matching of seekers with supporters who have capacities (the
 * hospitals/residents problem, solved by deferred acceptance for either side's optimum), a
 * blocking-pair certificate, and peer buddy pairing within one cohort (stable roommates).
 *
 * <p>A matching is <em>stable</em> when no seeker and supporter who find each other acceptable would
 * both rather be together than keep what they got. {@link
 * io.github.peersupport.matching.stable.StableProblem} holds an instance as compact index arrays;
 * {@link io.github.peersupport.matching.stable.DeferredAcceptanceStableMatching} solves it;
 * {@link io.github.peersupport.matching.stable.BlockingPairs} checks any result;
 * {@link io.github.peersupport.matching.stable.StableRoommates} pairs members of one cohort.
 *
 * <pre>{@code
 * StableProblem problem = StableProblem.of(seekers, supporters, capacities, seekerLists, supporterLists);
 * StableMatching.Result result = DeferredAcceptanceStableMatching.seekerOptimal().solve(problem);
 * List<StablePair> blocking = BlockingPairs.find(problem, result);   // empty
 * }</pre>
 */
@NullMarked
package io.github.peersupport.matching.stable;

import org.jspecify.annotations.NullMarked;
