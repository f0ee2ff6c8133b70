package io.github.peersupport.matching.assignment;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.matching.assignment.CapacitatedAssignment.Certificate;
import io.github.peersupport.matching.assignment.CapacitatedAssignment.Objective;
import io.github.peersupport.matching.assignment.CapacitatedAssignment.Result;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded assignment problems, a brute-force reference and an independent certificate checker. */
final class AssignmentGen {
  private AssignmentGen() {}

  static List<SeekerId> seekers(int n) {
    List<SeekerId> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(SeekerId.of("s" + i));
    }
    return ids;
  }

  static List<SupporterId> supporters(int m) {
    List<SupporterId> ids = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      ids.add(SupporterId.of("h" + j));
    }
    return ids;
  }

  /**
   * A random problem: up to {@code maxN} seekers and {@code maxM} supporters with capacities 0 to
   * {@code maxCap}, each pair a candidate with probability {@code density}, in shuffled order, with
   * costs in [-costRange, costRange].
   */
  static AssignmentProblem<SeekerId, SupporterId> problem(SplittableRandom random, int maxN, int maxM, int maxCap, double density, int costRange) {
    int n = random.nextInt(maxN + 1);
    int m = random.nextInt(maxM + 1);
    int[] capacities = new int[m];
    for (int j = 0; j < m; j++) {
      capacities[j] = random.nextInt(maxCap + 1);
    }
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        if (random.nextDouble() < density) {
          pairs.add(new int[] {i, j, random.nextInt(-costRange, costRange + 1)});
        }
      }
    }
    for (int k = pairs.size() - 1; k > 0; k--) {
      int r = random.nextInt(k + 1);
      int[] t = pairs.get(k);
      pairs.set(k, pairs.get(r));
      pairs.set(r, t);
    }
    int e = pairs.size();
    int[] ps = new int[e];
    int[] pj = new int[e];
    long[] pc = new long[e];
    for (int k = 0; k < e; k++) {
      ps[k] = pairs.get(k)[0];
      pj[k] = pairs.get(k)[1];
      pc[k] = pairs.get(k)[2];
    }
    return AssignmentProblem.of(seekers(n), supporters(m), capacities, ps, pj, pc);
  }

  /** The brute-force optimum as {count, cost}: every feasible assignment is enumerated. */
  static long[] bruteForce(AssignmentProblem<SeekerId, SupporterId> p, Objective objective) {
    long[] best = null;
    int n = p.itemCount();
    int[] load = new int[p.targetCount()];
    return search(p, objective, 0, n, load, 0, 0, best);
  }

  private static long[] search(AssignmentProblem<SeekerId, SupporterId> p, Objective objective, int i, int n, int[] load, int count, long cost,
      long[] best) {
    if (i == n) {
      long[] here = {count, cost};
      return best == null || better(here, best, objective) ? here : best;
    }
    best = search(p, objective, i + 1, n, load, count, cost, best);
    for (int e : p.pairsOf(i)) {
      int j = p.pairTarget(e);
      if (load[j] < p.capacity(j)) {
        load[j]++;
        best = search(p, objective, i + 1, n, load, count + 1, cost + p.pairCost(e), best);
        load[j]--;
      }
    }
    return best;
  }

  /** MIN_COST: lower cost, then fewer pairs; COVERAGE_FIRST: more pairs, then lower cost. */
  private static boolean better(long[] a, long[] b, Objective objective) {
    if (objective == Objective.MIN_COST) {
      return a[1] != b[1] ? a[1] < b[1] : a[0] < b[0];
    }
    return a[0] != b[0] ? a[0] > b[0] : a[1] < b[1];
  }

  /**
   * Checks a result's certificate from first principles; returns an empty list if it verifies, else
   * the violations found.
   */
  static List<String> certificateViolations(AssignmentProblem<SeekerId, SupporterId> p, Result<SeekerId, SupporterId> r, Objective objective) {
    List<String> bad = new ArrayList<>();
    Certificate c = r.certificate().orElseThrow();
    long lambda = c.unitBonus();
    if (objective == Objective.MIN_COST && lambda != 0) {
      bad.add("MIN_COST bonus " + lambda);
    }
    long dual = 0;
    for (int i = 0; i < p.itemCount(); i++) {
      long u = c.itemPotential(i);
      if (u < 0) {
        bad.add("u[" + i + "] < 0");
      }
      if (u > 0 && r.pairOf(i) < 0) {
        bad.add("u[" + i + "] > 0 on an unassigned seeker");
      }
      dual -= u;
    }
    for (int j = 0; j < p.targetCount(); j++) {
      long v = c.targetPotential(j);
      if (v < 0) {
        bad.add("v[" + j + "] < 0");
      }
      if (v > 0 && r.load(j) < p.capacity(j)) {
        bad.add("v[" + j + "] > 0 on a supporter with room");
      }
      dual -= v * p.capacity(j);
    }
    long primal = 0;
    for (int e = 0; e < p.pairCount(); e++) {
      int i = p.pairItem(e);
      int j = p.pairTarget(e);
      long reduced = p.pairCost(e) - lambda + c.itemPotential(i) + c.targetPotential(j);
      if (reduced < 0) {
        bad.add("pair " + e + " reduced cost " + reduced);
      }
      if (r.pairOf(i) == e) {
        primal += p.pairCost(e) - lambda;
        if (reduced != 0) {
          bad.add("assigned pair " + e + " reduced cost " + reduced);
        }
      }
    }
    if (primal != dual) {
      bad.add("primal " + primal + " != dual " + dual);
    }
    if (objective == Objective.COVERAGE_FIRST && hasAugmentingPath(p, r)) {
      bad.add("an augmenting path remains");
    }
    return bad;
  }

  /** Breadth-first search for an alternating path from a free seeker to a supporter with room. */
  static boolean hasAugmentingPath(AssignmentProblem<SeekerId, SupporterId> p, Result<SeekerId, SupporterId> r) {
    int n = p.itemCount();
    boolean[] seenSeeker = new boolean[n];
    boolean[] seenSupporter = new boolean[p.targetCount()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      if (r.pairOf(i) < 0) {
        seenSeeker[i] = true;
        queue.add(i);
      }
    }
    while (!queue.isEmpty()) {
      int i = queue.poll();
      for (int e : p.pairsOf(i)) {
        int j = p.pairTarget(e);
        if (r.pairOf(i) == e || seenSupporter[j]) {
          continue;
        }
        seenSupporter[j] = true;
        if (r.load(j) < p.capacity(j)) {
          return true;
        }
        for (int k = 0; k < n; k++) {
          if (r.targetOf(k) == j && !seenSeeker[k]) {
            seenSeeker[k] = true;
            queue.add(k);
          }
        }
      }
    }
    return false;
  }
}
