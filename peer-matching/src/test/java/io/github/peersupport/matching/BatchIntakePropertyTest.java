package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.assignment.CapacitatedAssignment;
import io.github.peersupport.matching.assignment.CapacitatedAssignment.Objective;
import io.github.peersupport.matching.assignment.CapacitatedAssignment.Reason;
import io.github.peersupport.matching.assignment.GreedyAssignment;
import io.github.peersupport.matching.assignment.MinCostFlowAssignment;
import io.github.peersupport.matching.testing.MatchingGen;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The batch intake on seeded random intakes (10 seeds): on small instances its total score equals a
 * brute-force optimum over every feasible assignment of the rankings' candidates (within the cost
 * scaling's resolution, n · 10^-6), for both objectives; on larger ones, capacities are never
 * exceeded, every seeker appears exactly once, every explanation is {@link PeerMatcher#rank}'s
 * candidate for that pair and every reason is the true one.
 */
class BatchIntakePropertyTest {
  private static final Instant AT = CoreGen.EPOCH;
  private final PeerMatcher matcher = PeerMatcher.standard();

  /** Seekers with unique ids (the generator's ids are random). */
  private static List<Seeker> seekers(SplittableRandom random, int n) {
    List<Seeker> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(Seeker.builder().from(MatchingGen.seeker(random)).id(SeekerId.of("s-" + i)).build());
    }
    return out;
  }

  /** Supporters with little room (mostly one or two free seats, some full), so seekers compete. */
  private static List<Supporter> scarce(SplittableRandom random, int m) {
    List<Supporter> out = new ArrayList<>(m);
    for (Supporter s : MatchingGen.supporters(random, m)) {
      int capacity = random.nextInt(1, 3);
      out.add(Supporter.builder().from(s).experience(close(random, s.experience())).capacity(capacity)
          .activeMatches(random.nextInt(5) == 0 ? capacity : 0).build());
    }
    return out;
  }

  /** Seekers whose conditions are close to the scarce supporters', so most pairs are candidates. */
  private static List<Seeker> close(SplittableRandom random, List<Seeker> seekers) {
    List<Seeker> out = new ArrayList<>(seekers.size());
    for (Seeker s : seekers) {
      out.add(Seeker.builder().from(s).experience(close(random, s.experience())).build());
    }
    return out;
  }

  private static LivedExperience close(SplittableRandom random, LivedExperience experience) {
    String[] near = {"breast-cancer.triple-negative", "breast-cancer.her2-positive", "breast-cancer"};
    return LivedExperience.builder().from(experience)
        .conditions(List.of(Taxonomy.standardConditions().code(near[random.nextInt(near.length)]))).build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void assign_smallIntakes_totalScoreEqualsBruteForceOptimum(long seed) {
    AtomicInteger pairs = new AtomicInteger();
    AtomicInteger contested = new AtomicInteger();
    Seeds.forEachCase(seed, 60, random -> {
      List<Seeker> seekers = close(random, seekers(random, random.nextInt(1, 7)));
      SupporterPool pool = matcher.pool(scarce(random, random.nextInt(1, 5)), AT);
      List<MatchResult> rankings = new ArrayList<>();
      for (Seeker s : seekers) {
        rankings.add(matcher.rank(s, pool));
        pairs.addAndGet(rankings.get(rankings.size() - 1).candidates().size());
      }
      Map<SupporterId, Integer> room = new HashMap<>();
      for (Supporter s : pool.supporters()) {
        room.put(s.id(), Math.max(0, s.capacity() - s.activeMatches()));
      }
      double tolerance = seekers.size() * 1e-6;
      for (Objective objective : Objective.values()) {
        BatchAssignment result = BatchIntake.of(matcher, MinCostFlowAssignment.of(objective)).assign(seekers, pool);
        double[] best = bruteForce(rankings, 0, room, 0, 0, null, objective);
        if (objective == Objective.COVERAGE_FIRST) {
          assertThat((double) result.assigned().size()).as("assigned").isEqualTo(best[0]);
        }
        assertThat(result.totalScore()).as("%s total score", objective).isCloseTo(best[1], within(tolerance));
        checkInvariants(seekers, pool, result);
        if (result.unassigned().stream().anyMatch(u -> u.reason() == Reason.CAPACITY)) {
          contested.incrementAndGet();
        }
      }
    });
    assertThat(pairs.get()).as("the instances have candidate pairs").isPositive();
    assertThat(contested.get()).as("some instances have seekers lost to capacity").isPositive();
  }

  /** Best {count, score}: MIN_COST maximises the score; COVERAGE_FIRST the count, then the score. */
  private static double[] bruteForce(List<MatchResult> rankings, int i, Map<SupporterId, Integer> room, int count,
      double score, double[] best, Objective objective) {
    if (i == rankings.size()) {
      double[] here = {count, score};
      if (best == null) {
        return here;
      }
      boolean better = objective == Objective.MIN_COST ? score > best[1]
          : count > best[0] || (count == best[0] && score > best[1]);
      return better ? here : best;
    }
    best = bruteForce(rankings, i + 1, room, count, score, best, objective);
    for (Candidate c : rankings.get(i).candidates()) {
      int left = room.get(c.supporter());
      if (left > 0) {
        room.put(c.supporter(), left - 1);
        best = bruteForce(rankings, i + 1, room, count + 1, score + c.score(), best, objective);
        room.put(c.supporter(), left);
      }
    }
    return best;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void assign_randomIntakes_respectCapacitiesCountEverySeekerOnceAndExplainEveryPair(long seed) {
    Seeds.forEachCase(seed, 15, random -> {
      List<Seeker> seekers = seekers(random, random.nextInt(0, 60));
      SupporterPool pool = matcher.pool(MatchingGen.supporters(random, random.nextInt(0, 40)), AT);
      CapacitatedAssignment solver = random.nextBoolean() ? MinCostFlowAssignment.coverageFirst()
          : random.nextBoolean() ? MinCostFlowAssignment.minCost() : GreedyAssignment.coverageFirst();
      BatchAssignment result = BatchIntake.of(matcher, solver).assign(seekers, pool);
      checkInvariants(seekers, pool, result);
      assertThat(result.solution().certificate().isPresent()).isEqualTo(solver.optimal());
      if (solver.objective() == Objective.COVERAGE_FIRST && solver.optimal()) {
        assertThat(result.unassigned()).extracting(BatchAssignment.Unassigned::reason).doesNotContain(Reason.NOT_CHOSEN);
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void assign_sameIntakeTwice_sameAssignment(long seed) {
    Seeds.forEachCase(seed, 5, random -> {
      List<Seeker> seekers = seekers(random, 40);
      SupporterPool pool = matcher.pool(MatchingGen.supporters(random, 30), AT);
      BatchAssignment first = matcher.assignBatch(seekers, pool);
      BatchAssignment second = matcher.assignBatch(seekers, pool);
      assertThat(second.assigned()).hasToString(first.assigned().toString());
      assertThat(second.unassigned()).hasToString(first.unassigned().toString());
    });
  }

  /**
   * Every seeker once; no supporter over its free capacity; each pair's explanation is the ranking's
   * candidate for that supporter with the ranking's rung; each reason is the true one.
   */
  private void checkInvariants(List<Seeker> seekers, SupporterPool pool, BatchAssignment result) {
    Set<SeekerId> seen = new HashSet<>();
    result.assigned().forEach(a -> assertThat(seen.add(a.seeker())).as("%s once", a.seeker()).isTrue());
    result.unassigned().forEach(u -> assertThat(seen.add(u.seeker())).as("%s once", u.seeker()).isTrue());
    assertThat(seen).hasSize(seekers.size());
    Map<SupporterId, Integer> room = new HashMap<>();
    for (Supporter s : pool.supporters()) {
      room.put(s.id(), Math.max(0, s.capacity() - s.activeMatches()));
    }
    Map<SupporterId, Integer> load = new HashMap<>();
    double total = 0;
    for (BatchAssignment.Assigned a : result.assigned()) {
      load.merge(a.supporter(), 1, Integer::sum);
      total += a.candidate().score();
    }
    load.forEach((s, n) -> assertThat(n).as("load of %s", s).isLessThanOrEqualTo(room.get(s)));
    assertThat(result.totalScore()).isCloseTo(total, within(1e-9));
    Map<SeekerId, Seeker> byId = new HashMap<>();
    seekers.forEach(s -> byId.put(s.id(), s));
    for (BatchAssignment.Assigned a : result.assigned()) {
      MatchResult ranking = matcher.rank(byId.get(a.seeker()), pool);
      assertThat(ranking.candidates()).as("explanation of %s", a).contains(a.candidate());
      assertThat(a.fallback()).isEqualTo(a.candidate().rung()).isEqualTo(ranking.fallback()).isNotEqualTo(Fallback.NONE);
      assertThat(result.supporterOf(a.seeker())).contains(a.supporter());
    }
    for (BatchAssignment.Unassigned u : result.unassigned()) {
      MatchResult ranking = matcher.rank(byId.get(u.seeker()), pool);
      if (ranking.candidates().isEmpty()) {
        assertThat(u.reason()).isEqualTo(Reason.NO_CANDIDATE);
        assertThat(u.refusedBy()).isEqualTo(ranking.refusedBy()).isPresent();
      } else {
        boolean anyRoom = ranking.candidates().stream()
            .anyMatch(c -> load.getOrDefault(c.supporter(), 0) < room.get(c.supporter()));
        assertThat(u.reason()).as("reason of %s", u.seeker()).isEqualTo(anyRoom ? Reason.NOT_CHOSEN : Reason.CAPACITY);
        assertThat(u.refusedBy()).isEmpty();
      }
    }
  }
}
