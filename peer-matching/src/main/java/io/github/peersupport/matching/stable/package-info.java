/**
 * Stable matching: many-to-one matching of seekers with supporters who have capacities (the
 * hospitals/residents problem, solved by deferred acceptance for either side's optimum), peer buddy
 * pairing within one cohort (stable roommates), and for each a blocking-pair certificate. Each problem
 * has an interface, each algorithm a class.
 *
 * <p>A matching is <em>stable</em> when no seeker and supporter who find each other acceptable would
 * both rather be together than keep what they got. {@link
 * io.github.peersupport.matching.stable.StableProblem} holds an instance as compact index arrays;
 * {@link io.github.peersupport.matching.stable.DeferredAcceptanceStableMatching} solves it;
 * {@link io.github.peersupport.matching.stable.BlockingPairs} checks any result;
 * {@link io.github.peersupport.matching.stable.RoommatesProblem} holds a cohort's lists; {@link
 * io.github.peersupport.matching.stable.StableRoommatesMatching} is the roommates solver interface,
 * {@link io.github.peersupport.matching.stable.IrvingStableRoommates} its algorithm (Irving 1985), and
 * {@link io.github.peersupport.matching.stable.RoommatesBlockingPairs} checks any pairing.
 *
 * <pre>{@code
 * StableProblem problem = StableProblem.of(seekers, supporters, capacities, seekerLists, supporterLists);
 * StableMatching.Result result = DeferredAcceptanceStableMatching.seekerOptimal().solve(problem);
 * List<StablePair> blocking = BlockingPairs.find(problem, result);   // empty
 *
 * StableRoommatesMatching.Result buddies = IrvingStableRoommates.create().solve(RoommatesProblem.of(members, lists));
 * List<BuddyPair> blockingBuddies = buddies.succeeded() ? RoommatesBlockingPairs.find(buddies.problem(), buddies) : List.of();
 * }</pre>
 */
@NullMarked
package io.github.peersupport.matching.stable;

import org.jspecify.annotations.NullMarked;
