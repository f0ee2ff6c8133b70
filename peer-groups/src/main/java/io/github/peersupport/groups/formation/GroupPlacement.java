package io.github.peersupport.groups.formation;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.groups.GroupRuleIds;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.matching.assignment.AssignmentProblem;
import io.github.peersupport.matching.assignment.CapacitatedAssignment;
import io.github.peersupport.matching.assignment.GreedyAssignment;
import io.github.peersupport.matching.assignment.MinCostFlowAssignment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Places a batch of seekers into existing groups with free seats, maximising total fit, by reusing
 * peer-matching's capacitated assignment ({@code AssignmentProblem<SeekerId, GroupId>}): the seekers
 * are the items, the groups the targets, each with its free seats as capacity, and each candidate
 * pair a (seeker, group) the group's admission rules admit, at cost {@code −fit} ({@link
 * PlacementPolicy}).
 * The default solver is {@link MinCostFlowAssignment#minCost()}, which maximises the total fit;
 * {@link MinCostFlowAssignment#coverageFirst()} places as many seekers as possible first.
 *
 * <p><b>Facilitator load caps</b> (the student–project–supervisor allocation shape: a facilitator
 * leads several groups and has a cap on members across them). Exactly, this is a flow network with a
 * facilitator layer (seeker → group → facilitator → sink) when each group has one facilitator, and
 * not a flow at all when co-facilitated groups count against two caps; peer-matching's {@link
 * AssignmentProblem} has one capacitated layer. So placement splits each facilitator's remaining
 * budget (cap − current load) among their groups by water-filling on demand (a group's demand is
 * min(free seats, candidate seekers)), gives each group the smallest share of its facilitators, and
 * solves; budget left unused (by co-facilitated groups) is split again among the still-unplaced
 * seekers' groups, for at most {@link PlacementPolicy#maxRounds()} rounds. This is sound: a round
 * hands each facilitator's groups at most the facilitator's remaining budget, so no cap is ever
 * exceeded. It is optimal whenever the caps do not bind (then one round solves the unconstrained
 * problem, and {@link Placement#exact()} is true); when they bind, the split may not be the best
 * one, and later rounds are optimal only for the seekers and seats that remain. In that case, when
 * the solver is {@linkplain CapacitatedAssignment#optimal() optimal}, the placement is also computed
 * with {@link GreedyAssignment} under the same splitting, and the better
 * of the two is returned (more total fit; for the coverage-first objective, more seekers placed
 * first; ties keep the configured solver's), so a placement is never worse than the greedy baseline.
 * Exact placement under binding shared caps would need a facilitator layer in the flow network (a
 * flow only when every group has one facilitator); it is not attempted.
 *
 * <p><b>Complexity.</b> O(n · m) pair checks for n seekers and m groups (facts about seekers and
 * groups are precomputed once: consent, condition lineage, languages, availability intervals), plus
 * the solver: O(F · (n + m + E) log(n + m)) for min-cost flow with E candidate pairs and F
 * placements, per round; each round solves every connected component of the candidate graph (seekers
 * joined through shared candidate groups) as its own problem, so a shortest-path search never scans
 * other components. Components share no seeker or group, so this changes no optimum.
 *
 * <p><b>Tie-breaking.</b> Deterministic: seekers and groups are indexed in input order and the
 * solver's own tie rule applies (see {@link MinCostFlowAssignment}); water-filling serves groups in
 * ascending demand, ties by input order, and hands the remainder out in input order.
 *
 * <p>Instances are immutable; {@link #place} is reusable and thread-safe.
 */
public final class GroupPlacement {
  private final PlacementPolicy policy;
  private final CapacitatedAssignment solver;

  private GroupPlacement(PlacementPolicy policy, CapacitatedAssignment solver) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.solver = Objects.requireNonNull(solver, "solver");
  }

  /**
   * The default: {@link PlacementPolicy#standard()} solved by {@link MinCostFlowAssignment#minCost()}.
   *
   * @return the placement
   */
  public static GroupPlacement standard() {
    return of(PlacementPolicy.standard(), MinCostFlowAssignment.minCost());
  }

  /**
   * A placement with a policy and a solver (e.g. {@link GreedyAssignment#minCost()} as a baseline).
   *
   * @param policy the policy
   * @param solver the capacitated assignment solver
   * @return the placement
   * @throws NullPointerException if any argument is null
   */
  public static GroupPlacement of(PlacementPolicy policy, CapacitatedAssignment solver) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(solver, "solver");
    return new GroupPlacement(policy, solver);
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public PlacementPolicy policy() {
    return policy;
  }

  /**
   * Places seekers into groups at an instant.
   *
   * @param seekers the seekers, unique ids
   * @param groups the groups, unique ids
   * @param at the instant (consent, closed series, and the week schedules are compared on)
   * @return the placement
   * @throws IllegalArgumentException naming a repeated seeker or group id
   */
  public Placement place(List<Seeker> seekers, List<SupportGroup> groups, Instant at) {
    Objects.requireNonNull(seekers, "seekers");
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(at, "at");
    Placement placement = placeOnce(seekers, groups, at);
    if (placement.exact() || !solver.optimal()) {
      return placement;
    }
    // binding facilitator caps: the budget split is a heuristic, so never return less than the
    // greedy baseline under the same split would have placed (a heuristic solver is its own baseline)
    Placement greedy = new GroupPlacement(policy, GreedyAssignment.of(solver.objective())).placeOnce(seekers, groups, at);
    return better(greedy, placement) ? greedy : placement;
  }

  /** Whether a beats b under the solver's objective (coverage first: more placed, then more fit). */
  private boolean better(Placement a, Placement b) {
    if (solver.objective() == CapacitatedAssignment.Objective.COVERAGE_FIRST
        && a.assignments().size() != b.assignments().size()) {
      return a.assignments().size() > b.assignments().size();
    }
    return a.totalFit() > b.totalFit();
  }

  private Placement placeOnce(List<Seeker> seekers, List<SupportGroup> groups, Instant at) {
    int n = seekers.size();
    int m = groups.size();
    unique(seekers, groups);
    LocalDate monday = PlacementIndex.monday(at);
    PlacementIndex.IndexedSeeker[] sf = new PlacementIndex.IndexedSeeker[n];
    for (int i = 0; i < n; i++) {
      sf[i] = new PlacementIndex.IndexedSeeker(seekers.get(i), policy.admission(), at, monday);
    }
    PlacementIndex.IndexedGroup[] gf = new PlacementIndex.IndexedGroup[m];
    for (int j = 0; j < m; j++) {
      gf[j] = new PlacementIndex.IndexedGroup(groups.get(j), at, monday);
    }
    // candidate pairs, grouped by seeker
    int[] start = new int[n + 1];
    int[] candGroup = new int[Math.max(16, n * 4)];
    int[] candFit = new int[candGroup.length];
    int e = 0;
    for (int i = 0; i < n; i++) {
      start[i] = e;
      if (!sf[i].consentOk) {
        continue;
      }
      for (int j = 0; j < m; j++) {
        int fit = PlacementIndex.fit(sf[i], gf[j], policy);
        if (fit > 0) {
          if (e == candGroup.length) {
            candGroup = Arrays.copyOf(candGroup, e * 2);
            candFit = Arrays.copyOf(candFit, e * 2);
          }
          candGroup[e] = j;
          candFit[e] = fit;
          e++;
        }
      }
    }
    start[n] = e;

    // facilitators: index, groups, load, cap
    Map<FacilitatorId, Integer> facIndex = new LinkedHashMap<>();
    int[][] groupFacs = new int[m][];
    for (int j = 0; j < m; j++) {
      List<FacilitatorId> fs = groups.get(j).facilitators();
      groupFacs[j] = new int[fs.size()];
      for (int k = 0; k < fs.size(); k++) {
        Integer idx = facIndex.get(fs.get(k));
        if (idx == null) {
          idx = facIndex.size();
          facIndex.put(fs.get(k), idx);
        }
        groupFacs[j][k] = idx;
      }
    }
    int fc = facIndex.size();
    long[] load = new long[fc];
    long[] cap = new long[fc];
    Arrays.fill(cap, Long.MAX_VALUE);
    int[][] facGroups = new int[fc][];
    int[] facGroupCount = new int[fc];
    for (int j = 0; j < m; j++) {
      for (int f : groupFacs[j]) {
        load[f] += groups.get(j).size();
        cap[f] = Math.min(cap[f], groups.get(j).sizePolicy().facilitatorMemberCap());
        facGroupCount[f]++;
      }
    }
    for (Map.Entry<FacilitatorId, Integer> en : facIndex.entrySet()) {
      Integer override = policy.facilitatorCaps().get(en.getKey());
      if (override != null) {
        cap[en.getValue()] = override;
      }
      facGroups[en.getValue()] = new int[facGroupCount[en.getValue()]];
    }
    Arrays.fill(facGroupCount, 0);
    for (int j = 0; j < m; j++) {
      for (int f : groupFacs[j]) {
        facGroups[f][facGroupCount[f]++] = j;
      }
    }

    int[] free = new int[m];
    for (int j = 0; j < m; j++) {
      free[j] = groups.get(j).freeSeats();
    }
    int[] placedIn = new int[n];
    int[] placedFit = new int[n];
    Arrays.fill(placedIn, -1);
    List<GroupId> targets = new ArrayList<>(m);
    for (SupportGroup g : groups) {
      targets.add(g.id());
    }
    boolean exact = true;
    int rounds = 0;
    int[] demand = new int[m];
    long[] capacity = new long[m];
    while (rounds < policy.maxRounds()) {
      List<Integer> open = new ArrayList<>();
      Arrays.fill(demand, 0);
      for (int i = 0; i < n; i++) {
        if (placedIn[i] < 0 && start[i + 1] > start[i]) {
          open.add(i);
          for (int at2 = start[i]; at2 < start[i + 1]; at2++) {
            demand[candGroup[at2]]++;
          }
        }
      }
      if (open.isEmpty()) {
        break;
      }
      for (int j = 0; j < m; j++) {
        demand[j] = Math.min(demand[j], free[j]);
        capacity[j] = free[j];
      }
      for (int f = 0; f < fc; f++) {
        long budget = Math.max(0, cap[f] - load[f]);
        long[] share = waterFill(facGroups[f], demand, budget);
        for (int k = 0; k < facGroups[f].length; k++) {
          int j = facGroups[f][k];
          capacity[j] = Math.min(capacity[j], share[k]);
        }
      }
      boolean binding = false;
      for (int j = 0; j < m; j++) {
        if (capacity[j] < demand[j]) {
          binding = true;
        }
      }
      rounds++;
      int assigned = solveRound(open, sf, start, candGroup, candFit, targets, capacity, placedIn, placedFit);
      for (int i : open) {
        int j = placedIn[i];
        if (j >= 0) {
          free[j]--;
          for (int f : groupFacs[j]) {
            load[f]++;
          }
        }
      }
      if (binding) {
        exact = false;
      }
      if (!binding || assigned == 0) {
        break;
      }
    }
    return result(seekers, groups, sf, start, candGroup, free, groupFacs, load, cap, placedIn, placedFit, rounds, exact);
  }

  /**
   * Solves one round: splits the open seekers and the groups into connected components of the
   * candidate graph (union-find over groups), and solves each component as its own assignment
   * problem. Components share no seeker and no group, so the union of their optima is an optimum of
   * the whole; each solver run then only searches its own component.
   */
  private int solveRound(List<Integer> open, PlacementIndex.IndexedSeeker[] sf, int[] start, int[] candGroup, int[] candFit,
      List<GroupId> targets, long[] capacity, int[] placedIn, int[] placedFit) {
    int m = targets.size();
    int[] parent = new int[m];
    for (int j = 0; j < m; j++) {
      parent[j] = j;
    }
    for (int i : open) {
      int first = find(parent, candGroup[start[i]]);
      for (int at = start[i] + 1; at < start[i + 1]; at++) {
        int other = find(parent, candGroup[at]);
        if (other != first) {
          // the smaller index becomes the root, so component order follows group order
          if (other < first) {
            parent[first] = other;
            first = other;
          } else {
            parent[other] = first;
          }
        }
      }
    }
    // component id per root, in ascending root order; seekers listed per component in input order
    int[] componentOf = new int[m];
    java.util.Arrays.fill(componentOf, -1);
    List<List<Integer>> seekersOf = new ArrayList<>();
    List<List<Integer>> groupsOf = new ArrayList<>();
    int[] seekerComponent = new int[open.size()];
    for (int x = 0; x < open.size(); x++) {
      int root = find(parent, candGroup[start[open.get(x)]]);
      if (componentOf[root] < 0) {
        componentOf[root] = seekersOf.size();
        seekersOf.add(new ArrayList<>());
        groupsOf.add(new ArrayList<>());
      }
      seekerComponent[x] = componentOf[root];
      seekersOf.get(componentOf[root]).add(open.get(x));
    }
    for (int j = 0; j < m; j++) {
      int root = find(parent, j);
      if (componentOf[root] >= 0) {
        groupsOf.get(componentOf[root]).add(j);
      }
    }
    int assigned = 0;
    int[] local = new int[m];
    for (int c = 0; c < seekersOf.size(); c++) {
      assigned += solveComponent(seekersOf.get(c), groupsOf.get(c), local, sf, start, candGroup, candFit, targets, capacity,
          placedIn, placedFit);
    }
    return assigned;
  }

  private static int find(int[] parent, int j) {
    while (parent[j] != j) {
      parent[j] = parent[parent[j]];
      j = parent[j];
    }
    return j;
  }

  private int solveComponent(List<Integer> seekersIn, List<Integer> groupsIn, int[] local, PlacementIndex.IndexedSeeker[] sf,
      int[] start, int[] candGroup, int[] candFit, List<GroupId> targets, long[] capacity, int[] placedIn,
      int[] placedFit) {
    int u = seekersIn.size();
    List<SeekerId> ids = new ArrayList<>(u);
    int pairs = 0;
    for (int i : seekersIn) {
      ids.add(sf[i].id);
      pairs += start[i + 1] - start[i];
    }
    List<GroupId> ts = new ArrayList<>(groupsIn.size());
    int[] caps = new int[groupsIn.size()];
    for (int k = 0; k < groupsIn.size(); k++) {
      int j = groupsIn.get(k);
      local[j] = k;
      ts.add(targets.get(j));
      caps[k] = (int) Math.max(0, Math.min(Integer.MAX_VALUE, capacity[j]));
    }
    int[] ps = new int[pairs];
    int[] pg = new int[pairs];
    long[] pc = new long[pairs];
    int k = 0;
    for (int x = 0; x < u; x++) {
      int i = seekersIn.get(x);
      for (int at = start[i]; at < start[i + 1]; at++) {
        ps[k] = x;
        pg[k] = local[candGroup[at]];
        pc[k] = -candFit[at];
        k++;
      }
    }
    CapacitatedAssignment.Result<SeekerId, GroupId> r = solver.solve(AssignmentProblem.of(ids, ts, caps, ps, pg, pc));
    int assigned = 0;
    for (int x = 0; x < u; x++) {
      int pair = r.pairOf(x);
      if (pair >= 0) {
        int i = seekersIn.get(x);
        placedIn[i] = groupsIn.get(pg[pair]);
        placedFit[i] = (int) -pc[pair];
        assigned++;
      }
    }
    return assigned;
  }

  /**
   * Splits a budget among groups by water-filling on demand: groups in ascending demand (ties by
   * position) each get min(demand, remaining / groups left); the remainder goes out in position order.
   */
  static long[] waterFill(int[] groupsOf, int[] demand, long budget) {
    int r = groupsOf.length;
    long[] share = new long[r];
    Integer[] order = new Integer[r];
    for (int k = 0; k < r; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> demand[groupsOf[a]] != demand[groupsOf[b]]
        ? Integer.compare(demand[groupsOf[a]], demand[groupsOf[b]]) : Integer.compare(a, b));
    long remaining = budget;
    for (int x = 0; x < r; x++) {
      int k = order[x];
      long give = Math.min(demand[groupsOf[k]], remaining / (r - x));
      share[k] = give;
      remaining -= give;
    }
    for (int k = 0; k < r && remaining > 0; k++) {
      long extra = Math.min(demand[groupsOf[k]] - share[k], remaining);
      share[k] += extra;
      remaining -= extra;
    }
    return share;
  }

  private Placement result(List<Seeker> seekers, List<SupportGroup> groups, PlacementIndex.IndexedSeeker[] sf, int[] start,
      int[] candGroup, int[] free, int[][] groupFacs, long[] load, long[] cap, int[] placedIn, int[] placedFit,
      int rounds, boolean exact) {
    int n = seekers.size();
    int m = groups.size();
    List<List<SeekerId>> added = new ArrayList<>(m);
    for (int j = 0; j < m; j++) {
      added.add(new ArrayList<>());
    }
    Placement.Builder b = Placement.builder().rounds(rounds).exact(exact);
    for (int i = 0; i < n; i++) {
      SeekerId id = sf[i].id;
      int j = placedIn[i];
      if (j >= 0) {
        added.get(j).add(id);
        b.addAssignments(PlacementAssignment.of(id, groups.get(j).id(), placedFit[i]));
      } else if (!sf[i].consentOk) {
        b.addUnplaced(Unplaced.of(id, UnplacedReason.NOT_ELIGIBLE, Optional.of(GroupRuleIds.CONSENT)));
      } else if (start[i] == start[i + 1]) {
        b.addUnplaced(Unplaced.of(id, UnplacedReason.NO_ELIGIBLE_GROUP));
      } else {
        boolean seat = false;
        boolean budget = false;
        for (int at = start[i]; at < start[i + 1]; at++) {
          int g = candGroup[at];
          if (free[g] > 0) {
            seat = true;
            boolean room = true;
            for (int f : groupFacs[g]) {
              room &= load[f] < cap[f];
            }
            budget |= room;
          }
        }
        UnplacedReason reason = !seat ? UnplacedReason.NO_SEAT : budget ? UnplacedReason.NOT_CHOSEN : UnplacedReason.FACILITATOR_LOAD;
        b.addUnplaced(Unplaced.of(id, reason));
      }
    }
    for (int j = 0; j < m; j++) {
      SupportGroup g = groups.get(j);
      b.addGroups(added.get(j).isEmpty() ? g : SupportGroup.builder().from(g).addAllMembers(added.get(j)).build());
    }
    return b.build();
  }

  private static void unique(List<Seeker> seekers, List<SupportGroup> groups) {
    Set<SeekerId> ids = new HashSet<>();
    for (int i = 0; i < seekers.size(); i++) {
      if (!ids.add(seekers.get(i).id())) {
        throw Require.invalid("seekers[" + i + "]", "repeats a seeker id");
      }
    }
    Map<GroupId, Integer> gs = new HashMap<>();
    for (int j = 0; j < groups.size(); j++) {
      if (gs.put(groups.get(j).id(), j) != null) {
        throw Require.invalid("groups[" + j + "]", "repeats group " + groups.get(j).id());
      }
    }
  }

  /** Returns e.g. {@code GroupPlacement[MinCostFlowAssignment[MIN_COST]]}. */
  @Override
  public String toString() {
    return "GroupPlacement[" + solver + "]";
  }
}
