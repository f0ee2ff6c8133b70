package io.github.peersupport.matching.assignment;

import java.util.Arrays;
import java.util.Objects;

/**
 * Optimal capacitated assignment by min-cost flow: successive shortest augmenting paths with Johnson
 * node potentials and Dijkstra's algorithm.
 *
 * <p><b>Problem.</b> Assign each of n seekers to at most one of m supporters through one of E
 * candidate pairs, never exceeding a supporter's capacity, optimising the {@link Objective}: {@link
 * Objective#MIN_COST} minimises the total cost over assignments of any size (and among those returns
 * one with the fewest pairs); {@link Objective#COVERAGE_FIRST} maximises the number assigned, then
 * minimises the total cost.
 *
 * <p><b>Method.</b> The network is source → each seeker (capacity 1, cost 0) → each candidate
 * supporter (capacity 1, the pair's cost) → sink (capacity = the supporter's capacity, cost 0), so a
 * supporter is one node whatever its capacity: no dense matrix and no slot copies. Initial potentials
 * are shortest distances in this acyclic network (0 at the source and seekers, the least incoming
 * cost at a supporter, capped at 0), which makes every reduced cost non-negative despite negative
 * costs. Each round runs Dijkstra on reduced costs with an indexed binary heap over primitive arrays,
 * raises every potential by min(distance, D) where D is the sink's distance (which keeps all residual
 * reduced costs non-negative), and augments one unit along the path. Path costs never decrease from
 * round to round, so for {@link Objective#MIN_COST} the search stops as soon as the next shortest path
 * would cost 0 or more (Dijkstra is cut off at that bound); for {@link Objective#COVERAGE_FIRST} it
 * stops when the sink is unreachable, which gives a maximum flow of minimum cost. The final
 * potentials yield the {@link Certificate} (seeker u = max(0, π(seeker) − π(source)), supporter v =
 * max(0, π(sink) − π(supporter)), λ = π(sink) − π(source)). Ahuja, Magnanti and Orlin, <i>Network
 * Flows: Theory, Algorithms, and Applications</i> (Prentice Hall, 1993), chapter 9 (successive
 * shortest path algorithm, reduced costs and optimality conditions).
 *
 * <p><b>Complexity.</b> O(F · (n + m + E) log(n + m)) time for F ≤ min(n, total capacity)
 * augmentations, and O(n + m + E) space. Costs are exact {@code long}s; the bound {@link
 * AssignmentProblem#MAX_PATH_BOUND} on (n + m + 2) · max |cost| keeps every distance and potential
 * (each within a few multiples of that bound) from overflowing. No bonus weight is used.
 *
 * <p><b>Tie-breaking.</b> Deterministic: nodes are numbered seekers (by index), supporters (by
 * index), source, sink; Dijkstra settles equal distances in ascending node number, scans a node's
 * arcs in construction order (a seeker's candidate pairs in input order), and a node's predecessor
 * changes only on a strict improvement. The same problem therefore always gives the same result, on
 * any thread.
 *
 * <p>Instances are immutable; {@link #solve} is reusable and thread-safe (all working arrays are local).
 */
public final class MinCostFlowAssignment implements CapacitatedAssignment {
  private static final long INF = Long.MAX_VALUE;

  private final Objective objective;

  private MinCostFlowAssignment(Objective objective) {
    this.objective = objective;
  }

  /**
   * Returns a solver for an objective.
   *
   * @param objective the objective
   * @return the solver
   */
  public static MinCostFlowAssignment of(Objective objective) {
    return new MinCostFlowAssignment(Objects.requireNonNull(objective, "objective"));
  }

  /**
   * Returns a solver that minimises the total cost over assignments of any size.
   *
   * @return the solver
   */
  public static MinCostFlowAssignment minCost() {
    return new MinCostFlowAssignment(Objective.MIN_COST);
  }

  /**
   * Returns a solver that assigns as many seekers as possible, then minimises the total cost.
   *
   * @return the solver
   */
  public static MinCostFlowAssignment coverageFirst() {
    return new MinCostFlowAssignment(Objective.COVERAGE_FIRST);
  }

  @Override
  public Objective objective() {
    return objective;
  }

  @Override
  public Result solve(AssignmentProblem problem) {
    Objects.requireNonNull(problem, "problem");
    return new Run(problem).solve(objective);
  }

  @Override
  public String toString() {
    return "MinCostFlowAssignment[" + objective + "]";
  }

  /** The working state of one solve. */
  private static final class Run {
    private final AssignmentProblem problem;
    private final int n;
    private final int m;
    private final int source;
    private final int sink;
    private final int nodes;
    private final int[] start;
    private final int[] head;
    private final int[] cap;
    private final long[] cost;
    private final int[] rev;
    private final int[] arcPair;
    private final long[] pi;
    private final long[] dist;
    private final int[] parent;
    private final int[] heap;
    private final int[] heapPos;
    private int heapSize;

    Run(AssignmentProblem problem) {
      this.problem = problem;
      this.n = problem.seekerCount();
      this.m = problem.supporterCount();
      int e = problem.pairCount();
      this.source = n + m;
      this.sink = n + m + 1;
      this.nodes = n + m + 2;
      int arcs = 2 * (n + e + m);
      int[] pairSeekers = problem.pairSeekersArray();
      int[] pairSupporters = problem.pairSupportersArray();
      long[] pairCosts = problem.pairCostsArray();
      int[] capacities = problem.capacitiesArray();
      // out-degrees, then CSR offsets
      int[] degree = new int[nodes];
      degree[source] = n;
      for (int i = 0; i < n; i++) {
        degree[i]++;
      }
      for (int k = 0; k < e; k++) {
        degree[pairSeekers[k]]++;
        degree[n + pairSupporters[k]]++;
      }
      for (int j = 0; j < m; j++) {
        degree[n + j]++;
      }
      degree[sink] += m;
      this.start = new int[nodes + 1];
      for (int v = 0; v < nodes; v++) {
        start[v + 1] = start[v] + degree[v];
      }
      this.head = new int[arcs];
      this.cap = new int[arcs];
      this.cost = new long[arcs];
      this.rev = new int[arcs];
      this.arcPair = new int[arcs];
      int[] fill = Arrays.copyOf(start, nodes);
      for (int i = 0; i < n; i++) {
        addArc(fill, source, i, 1, 0, -1);
      }
      for (int k = 0; k < e; k++) {
        addArc(fill, pairSeekers[k], n + pairSupporters[k], 1, pairCosts[k], k);
      }
      for (int j = 0; j < m; j++) {
        addArc(fill, n + j, sink, capacities[j], 0, -1);
      }
      // initial potentials: shortest distances from the source in the acyclic network, capped at 0
      this.pi = new long[nodes];
      long sinkPi = 0;
      for (int k = 0; k < e; k++) {
        int v = n + pairSupporters[k];
        pi[v] = Math.min(pi[v], pairCosts[k]);
      }
      for (int j = 0; j < m; j++) {
        sinkPi = Math.min(sinkPi, pi[n + j]);
      }
      pi[sink] = sinkPi;
      this.dist = new long[nodes];
      this.parent = new int[nodes];
      this.heap = new int[nodes];
      this.heapPos = new int[nodes];
    }

    private void addArc(int[] fill, int from, int to, int capacity, long arcCost, int pair) {
      int a = fill[from]++;
      int b = fill[to]++;
      head[a] = to;
      cap[a] = capacity;
      cost[a] = arcCost;
      rev[a] = b;
      arcPair[a] = pair;
      head[b] = from;
      cap[b] = 0;
      cost[b] = -arcCost;
      rev[b] = a;
      arcPair[b] = -1;
    }

    Result solve(Objective objective) {
      while (true) {
        // MIN_COST: a path is worth taking only if its true cost d(sink) + pi(sink) - pi(source) < 0
        long limit = objective == Objective.MIN_COST ? pi[source] - pi[sink] : INF;
        boolean found = dijkstra(limit);
        if (found) {
          raisePotentials(dist[sink]);
          augment();
        } else {
          if (limit != INF) {
            raisePotentials(limit);
          }
          break;
        }
      }
      int[] pairOf = new int[n];
      for (int i = 0; i < n; i++) {
        pairOf[i] = -1;
        for (int a = start[i]; a < start[i + 1]; a++) {
          if (arcPair[a] >= 0 && cap[a] == 0) {
            pairOf[i] = arcPair[a];
            break;
          }
        }
      }
      long[] u = new long[n];
      for (int i = 0; i < n; i++) {
        u[i] = Math.max(0, pi[i] - pi[source]);
      }
      long[] v = new long[m];
      for (int j = 0; j < m; j++) {
        v[j] = Math.max(0, pi[sink] - pi[n + j]);
      }
      Certificate certificate = new Certificate(pi[sink] - pi[source], u, v);
      return Result.owning(problem, pairOf, certificate);
    }

    /** Dijkstra on reduced costs from the source; true if the sink is settled below {@code limit}. */
    private boolean dijkstra(long limit) {
      Arrays.fill(dist, INF);
      Arrays.fill(heapPos, -1);
      heapSize = 0;
      dist[source] = 0;
      parent[source] = -1;
      push(source);
      while (heapSize > 0) {
        int x = pop();
        long dx = dist[x];
        if (dx >= limit) {
          return false;
        }
        if (x == sink) {
          return true;
        }
        long base = dx + pi[x];
        for (int a = start[x]; a < start[x + 1]; a++) {
          if (cap[a] == 0) {
            continue;
          }
          int y = head[a];
          long nd = base + cost[a] - pi[y];
          if (nd < dist[y]) {
            boolean fresh = dist[y] == INF;
            dist[y] = nd;
            parent[y] = a;
            if (fresh) {
              push(y);
            } else {
              siftUp(heapPos[y]);
            }
          }
        }
      }
      return false;
    }

    private void raisePotentials(long bound) {
      for (int x = 0; x < nodes; x++) {
        pi[x] += Math.min(dist[x], bound);
      }
    }

    private void augment() {
      int x = sink;
      while (x != source) {
        int a = parent[x];
        cap[a]--;
        cap[rev[a]]++;
        x = head[rev[a]];
      }
    }

    private boolean less(int x, int y) {
      return dist[x] < dist[y] || (dist[x] == dist[y] && x < y);
    }

    private void push(int x) {
      heap[heapSize] = x;
      heapPos[x] = heapSize;
      siftUp(heapSize++);
    }

    private int pop() {
      int top = heap[0];
      heapPos[top] = -2;
      int last = heap[--heapSize];
      if (heapSize > 0) {
        heap[0] = last;
        heapPos[last] = 0;
        siftDown(0);
      }
      return top;
    }

    private void siftUp(int at) {
      int x = heap[at];
      while (at > 0) {
        int up = (at - 1) >>> 1;
        int y = heap[up];
        if (!less(x, y)) {
          break;
        }
        heap[at] = y;
        heapPos[y] = at;
        at = up;
      }
      heap[at] = x;
      heapPos[x] = at;
    }

    private void siftDown(int at) {
      int x = heap[at];
      while (true) {
        int child = 2 * at + 1;
        if (child >= heapSize) {
          break;
        }
        if (child + 1 < heapSize && less(heap[child + 1], heap[child])) {
          child++;
        }
        int y = heap[child];
        if (!less(y, x)) {
          break;
        }
        heap[at] = y;
        heapPos[y] = at;
        at = child;
      }
      heap[at] = x;
      heapPos[x] = at;
    }
  }
}
