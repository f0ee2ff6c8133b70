package io.github.peersupport.matching;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.NullArguments;
import io.github.peersupport.matching.assignment.AssignmentProblem;
import io.github.peersupport.matching.assignment.CapacitatedAssignment;
import io.github.peersupport.matching.assignment.GreedyAssignment;
import io.github.peersupport.matching.assignment.MinCostFlowAssignment;
import io.github.peersupport.matching.dense.DenseProblem;
import io.github.peersupport.matching.dense.ShortestAugmentingPathAssignment;
import io.github.peersupport.matching.lifecycle.Actor;
import io.github.peersupport.matching.lifecycle.FollowUpTimers;
import io.github.peersupport.matching.lifecycle.Match;
import io.github.peersupport.matching.lifecycle.MatchBook;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import io.github.peersupport.matching.lifecycle.MatchLifecycle;
import io.github.peersupport.matching.lifecycle.MatchRequest;
import io.github.peersupport.matching.stable.BlockingPairs;
import io.github.peersupport.matching.stable.DeferredAcceptanceStableMatching;
import io.github.peersupport.matching.stable.IrvingStableRoommates;
import io.github.peersupport.matching.stable.RoommatesBlockingPairs;
import io.github.peersupport.matching.stable.RoommatesProblem;
import io.github.peersupport.matching.stable.StableMatching;
import io.github.peersupport.matching.stable.StableProblem;
import io.github.peersupport.matching.stable.StableRoommatesMatching;
import io.github.peersupport.matching.testing.MatchingGen;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public method of peer-matching's engines rejects a null argument naming the parameter. */
class MatchingNullArgumentsTest {
  private static final NullArguments CALLER = NullArguments.with(Map.of(), MatchingGen.class)
      .sample(GreedyAssignment.class, GreedyAssignment::minCost)
      .sample(MinCostFlowAssignment.class, MinCostFlowAssignment::minCost)
      .sample(ShortestAugmentingPathAssignment.class, ShortestAugmentingPathAssignment::create)
      .sample(DeferredAcceptanceStableMatching.class, DeferredAcceptanceStableMatching::seekerOptimal)
      .sample(IrvingStableRoommates.class, IrvingStableRoommates::create)
      .sample(RoommatesProblem.class, MatchingNullArgumentsTest::roommates)
      .sample(StableRoommatesMatching.Result.class, () -> IrvingStableRoommates.create().solve(roommates()))
      .sample(BatchIntake.class, () -> BatchIntake.of(PeerMatcher.standard()))
      .sample(BatchAssignment.class, () -> BatchIntake.of(PeerMatcher.standard()).assign(List.of(), List.of(), CoreGen.EPOCH))
      .sample(MatchBook.class, () -> MatchBook.of(List.of()))
      .sample(DenseProblem.class, () -> DenseProblem.of(new long[][] {{1}}))
      .sample(AssignmentProblem.class, MatchingNullArgumentsTest::problem)
      .sample(CapacitatedAssignment.Result.class, () -> MinCostFlowAssignment.minCost().solve(problem()))
      .sample(SupporterPool.class, () -> PeerMatcher.standard().pool(List.of(), CoreGen.EPOCH))
      .sample(StableProblem.class, MatchingNullArgumentsTest::stableProblem)
      .sample(StableMatching.Result.class, () -> DeferredAcceptanceStableMatching.seekerOptimal().solve(stableProblem()))
      .sample(MatchEvent.class, MatchingNullArgumentsTest::requested)
      .sample(Match.class, () -> MatchLifecycle.standard().open(requested()).match().orElseThrow());

  private static RoommatesProblem roommates() {
    return RoommatesProblem.of(List.of(SeekerId.of("s-1"), SeekerId.of("s-2")), new int[][] {{1}, {0}});
  }

  private static StableProblem stableProblem() {
    return StableProblem.of(List.of(SeekerId.of("s-1")), List.of(SupporterId.of("p-1")), new int[] {1},
        new int[][] {{0}}, new int[][] {{0}});
  }

  private static MatchEvent requested() {
    MatchRequest request = MatchRequest.builder().seeker(SeekerId.of("s-1")).programme(ProgrammeId.of("prog-1"))
        .requestedAt(CoreGen.EPOCH).consent(ConsentRecord.grantedAt(CoreGen.EPOCH.minusSeconds(60),
            ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).addCandidates(SupporterId.of("p-1")).build();
    return MatchEvent.requested(MatchId.of("m-1"), request, Actor.role(CareRole.COORDINATOR));
  }

  private static AssignmentProblem<SeekerId, SupporterId> problem() {
    return AssignmentProblem.of(List.of(SeekerId.of("s-1")), List.of(SupporterId.of("p-1")), new int[] {1},
        new int[] {0}, new int[] {0}, new long[] {1});
  }

  static List<NullArguments.Call> calls() {
    return NullArguments.calls(PeerMatcher.class, SupporterPool.class, GreedyAssignment.class,
        MinCostFlowAssignment.class, CapacitatedAssignment.Result.class, ShortestAugmentingPathAssignment.class,
        DeferredAcceptanceStableMatching.class, IrvingStableRoommates.class, BlockingPairs.class, RoommatesBlockingPairs.class,
        StableRoommatesMatching.Result.class, BatchIntake.class, BatchAssignment.class, MatchLifecycle.class,
        FollowUpTimers.class, MatchBook.class, AssignmentProblem.class, StableProblem.class, RoommatesProblem.class,
        DenseProblem.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void engineMethod_nullArgument_throwsNullPointerExceptionNamingTheParameter(NullArguments.Call call) {
    CALLER.assertNamesParameter(call);
  }
}
