package io.github.peersupport.matching.assignment;

import java.util.Arrays;
import java.util.Objects;

/**
 * Optimal capacitated assignment by min-cost flow: successive shortest augmenting paths, one per
 * item, with node potentials and Dijkstra's algorithm.
 *
 * <p><b>Problem.</b> Assign each of n items to at most one of m targets through one of E
 * candidate pairs, never exceeding a target's capacity, optimising the {@link Objective}: {@link
 * Objective#MIN_COST} minimises the total cost over assignments of any size (and among those returns
 * one with the fewest pairs); {@link Objective#COVERAGE_FIRST} maximises the number assigned, then
 * minimises the total cost.
 *
 * <p><b>Method.</b> The network has one node per item and per target and a sink: each item
 * supplies one unit; an arc item → candidate target per pair (capacity 1, the pair's cost);
 * target → sink (capacity = the target's capacity, cost 0), so a target is one node whatever
 * its capacity: no dense matrix and no slot copies; and a <i>skip</i> arc item → sink (capacity 1)
 * that stands for "unassigned", of cost 0 for {@link Objective#MIN_COST} and of cost M = (n + m + 2)
 * · max |cost| + 1 for {@link Objective#COVERAGE_FIRST}. M exceeds the cost of any residual path, so
 * a minimum-cost flow skips an item only when no augmenting path could place it: it has maximum
 * coverage. Distances are lexicographic pairs (cost, pairs used), so that among equal totals the flow
 * with the fewest pairs wins. Initial potentials are shortest distances in the empty flow's network,
 * which makes every reduced cost non-negative despite negative costs. Then, for each item in index
 * order (the successive shortest path algorithm with one supply node at a time), Dijkstra runs on
 * reduced costs from that item, over primitive arrays with an indexed 4-ary heap, and stops as soon
 * as the sink is settled at distance D (it always is: the skip arc is there). Reaching a target
 * with room bounds the sink's distance at once, and a node is not queued unless it is closer than
 * that bound (it could not lie on a shortest path), which keeps the searches small. Only the settled nodes'
 * potentials move (by their distance − D, which keeps every residual reduced cost non-negative), and
 * one unit is augmented along the path, which may move earlier items to other targets or, when
 * that is cheaper, out (their skip arc). The final potentials π yield the {@link Certificate}: λ = the
 * skip cost, target v = max(0, π(sink) − π(target)), assigned item u = λ − cost − v, others
 * u = 0. Ahuja, Magnanti and Orlin, <i>Network Flows: Theory, Algorithms, and Applications</i>
 * (Prentice Hall, 1993), chapter 9 (successive shortest path algorithm, reduced costs, optimality
 * conditions); Jonker and Volgenant, "A shortest augmenting path algorithm for dense and sparse linear
 * assignment problems", <i>Computing</i> 38 (1987) 325–340 (one shortest path search per row, cut off
 * at the first free column).
 *
 * <p><b>Complexity.</b> O(n · (n + m + E) log(n + m)) time in the worst case, far less in practice:
 * each search stops at the sink and touches only the nodes closer than it (early items find a free
 * target at once; the searches grow as targets fill). O(n + m + E) space. Costs are exact
 * {@code long}s; the bound {@link AssignmentProblem#MAX_PATH_BOUND} on (n + m + 2) · max |cost| keeps
 * M, every distance and every potential from overflowing.
 *
 * <p><b>Tie-breaking.</b> Deterministic: items are processed in index order; Dijkstra settles equal
 * distances sink first, then in ascending node number (items by index, then targets by index),
 * scans an item's candidate pairs in input order, and a node's predecessor changes only on a strict
 * improvement. The same problem therefore always gives the same result, on any thread.
 *
 * <p>Instances are immutable; {@link #solve} is reusable and thread-safe (all working arrays are local).
 */
public final class MinCostFlowAssignment implements CapacitatedAssignment {
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
   * Returns a solver that assigns as many items as possible, then minimises the total cost.
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
  public boolean optimal() {
    return true;
  }

  @Override
  public <S, T> Result<S, T> solve(AssignmentProblem<S, T> problem) {
    Objects.requireNonNull(problem, "problem");
    Run run = new Run(problem, objective);
    Certificate certificate = run.solve();
    return Result.owning(problem, run.pairOf.clone(), certificate);
  }

  @Override
  public String toString() {
    return "MinCostFlowAssignment[" + objective + "]";
  }

  /**
   * The working state of one solve. Nodes are items 0..n-1, targets n..n+m-1 and the sink t =
   * n+m. Distances and potentials are lexicographic pairs (cost, pairs) kept in parallel arrays.
   */
  private static final class Run {
    private static final long INF = Long.MAX_VALUE;

    private final AssignmentProblem<?, ?> problem;
    private final int n;
    private final int t;
    private final int[] seekerStart;
    private final int[] seekerPairs;
    private final int[] adjNode;
    private final long[] adjCost;
    private final int[] pairSupporter;
    private final long[] pairCost;
    private final int[] capacity;
    private final long skipCost;
    private final int[] pairOf;
    private final int[] load;
    private final int[] slotStart;
    private final int[] slots;
    private final int[] slotOf;
    private final long[] pc;
    private final int[] pk;
    private final long[] dc;
    private final int[] dk;
    private final int[] via;
    private final int[] heap;
    private final int[] heapPos;
    private final int[] touched;
    private int heapSize;
    private int touchedCount;

    Run(AssignmentProblem<?, ?> problem, Objective objective) {
      this.problem = problem;
      this.n = problem.itemCount();
      int m = problem.targetCount();
      this.t = n + m;
      this.seekerStart = problem.itemStart();
      this.seekerPairs = problem.itemPairs();
      this.pairSupporter = problem.pairTargetsArray();
      this.pairCost = problem.pairCostsArray();
      this.capacity = problem.capacitiesArray();
      // each seeker's candidate supporters (as node numbers) and costs, contiguous for the searches
      this.adjNode = new int[seekerPairs.length];
      this.adjCost = new long[seekerPairs.length];
      for (int at = 0; at < seekerPairs.length; at++) {
        adjNode[at] = n + pairSupporter[seekerPairs[at]];
        adjCost[at] = pairCost[seekerPairs[at]];
      }
      long maxAbs = 0;
      for (long c : pairCost) {
        maxAbs = Math.max(maxAbs, Math.abs(c));
      }
      // any residual path has at most n + m arcs, so a skip dearer than (n + m + 2)·max|cost| is never
      // taken while a path through supporters exists: the optimum then has maximum coverage
      this.skipCost = objective == Objective.MIN_COST ? 0 : (n + m + 2L) * maxAbs + 1;
      this.pairOf = new int[n];
      Arrays.fill(pairOf, -1);
      this.load = new int[m];
      this.slotStart = new int[m + 1];
      for (int j = 0; j < m; j++) {
        slotStart[j + 1] = slotStart[j] + Math.min(capacity[j], n);
      }
      this.slots = new int[slotStart[m]];
      this.slotOf = new int[n];
      int nodes = n + m + 1;
      this.pc = new long[nodes];
      this.pk = new int[nodes];
      // initial potentials: shortest lexicographic distances from a root joined to every seeker by a
      // free arc, so that every arc of the empty flow's residual network has a non-negative reduced cost
      for (int k = 0; k < pairCost.length; k++) {
        int y = n + pairSupporter[k];
        if (pairCost[k] < pc[y] || (pairCost[k] == pc[y] && 1 < pk[y])) {
          pc[y] = pairCost[k];
          pk[y] = 1;
        }
      }
      long rootC = skipCost;
      int rootK = 0;
      for (int y = n; y < t; y++) {
        if (pc[y] < rootC || (pc[y] == rootC && pk[y] < rootK)) {
          rootC = pc[y];
          rootK = pk[y];
        }
      }
      pc[t] = rootC;
      pk[t] = rootK;
      this.dc = new long[nodes];
      Arrays.fill(dc, INF);
      this.dk = new int[nodes];
      this.via = new int[nodes];
      this.heap = new int[nodes];
      this.heapPos = new int[nodes];
      this.touched = new int[nodes];
    }

    /** Runs the searches, leaving the assignment in {@link #pairOf}; returns the certificate. */
    Certificate solve() {
      for (int s = 0; s < n; s++) {
        if (seekerStart[s] < seekerStart[s + 1]) {
          search(s);
          augment(s);
          reset();
        }
      }
      int m = t - n;
      long[] v = new long[m];
      for (int j = 0; j < m; j++) {
        v[j] = Math.max(0, pc[t] - pc[n + j]);
      }
      long[] u = new long[n];
      for (int i = 0; i < n; i++) {
        int k = pairOf[i];
        if (k >= 0) {
          u[i] = skipCost - pairCost[k] - v[pairSupporter[k]];
        }
      }
      return new Certificate(skipCost, u, v);
    }

    /** Dijkstra on reduced costs from seeker s until the sink is settled (it always is: s may skip). */
    private void search(int s) {
      reach(s, 0, 0, -1);
      long tc = 0;
      int tk = 0;
      while (true) {
        int x = pop();
        long cx = dc[x];
        int kx = dk[x];
        if (x == t) {
          tc = cx;
          tk = kx;
          break;
        }
        long bc = cx + pc[x];
        int bk = kx + pk[x];
        if (x < n) {
          int own = pairOf[x];
          for (int at = seekerStart[x], end = seekerStart[x + 1]; at < end; at++) {
            int y = adjNode[at];
            if (heapPos[y] != -2) {
              int k = seekerPairs[at];
              if (k != own) {
                long c = bc + adjCost[at] - pc[y];
                int kk = bk + 1 - pk[y];
                if (relax(y, c, kk, k) && load[y - n] < capacity[y - n]) {
                  // a supporter with room: its arc to the sink bounds the sink's distance at once
                  relax(t, c + pc[y] - pc[t], kk + pk[y] - pk[t], y);
                }
              }
            }
          }
          relax(t, bc + skipCost - pc[t], bk - pk[t], x);
        } else {
          int j = x - n;
          for (int at = slotStart[j], end = at + load[j]; at < end; at++) {
            int z = slots[at];
            if (heapPos[z] != -2) {
              relax(z, bc - pairCost[pairOf[z]] - pc[z], bk - 1 - pk[z], x);
            }
          }
          if (load[j] < capacity[j]) {
            relax(t, bc - pc[t], bk - pk[t], x);
          }
        }
      }
      // lazy potential update: settled nodes move by d - D, all others stay (a uniform shift by -D,
      // which changes no reduced cost); the heap's remaining nodes are not settled
      for (int a = 0; a < touchedCount; a++) {
        int x = touched[a];
        if (heapPos[x] == -2) {
          pc[x] += dc[x] - tc;
          pk[x] += dk[x] - tk;
        }
      }
    }

    /** Lowers y's tentative distance to (c, k) via {@code from}; true if it did. */
    private boolean relax(int y, long c, int k, int from) {
      long ct = dc[t];
      if (ct != INF && (c > ct || (c == ct && k >= dk[t]))) {
        return false; // no shorter than the best path to the sink known: cannot lie on a shortest one
      }
      if (dc[y] == INF) {
        dc[y] = c;
        dk[y] = k;
        via[y] = from;
        touched[touchedCount++] = y;
        push(y);
        return true;
      } else if (c < dc[y] || (c == dc[y] && k < dk[y])) {
        dc[y] = c;
        dk[y] = k;
        via[y] = from;
        siftUp(heapPos[y]);
        return true;
      }
      return false;
    }

    private void reach(int s, long c, int k, int from) {
      dc[s] = c;
      dk[s] = k;
      via[s] = from;
      touched[touchedCount++] = s;
      push(s);
    }

    /** Applies the path found to the sink: reassigns the seekers along it. */
    private void augment(int s) {
      int y = via[t];
      int supporter;
      if (y < n) {
        // seeker y leaves through its skip arc: unassigned from its supporter (s itself: nothing to do)
        if (y == s) {
          return;
        }
        supporter = pairSupporter[pairOf[y]];
        removeSlot(supporter, y);
        pairOf[y] = -1;
      } else {
        supporter = y - n;
      }
      while (true) {
        int k = via[n + supporter];
        int x = problem.pairItemsArray()[k];
        int old = pairOf[x];
        if (old >= 0) {
          removeSlot(pairSupporter[old], x);
        }
        pairOf[x] = k;
        addSlot(supporter, x);
        if (x == s) {
          return;
        }
        supporter = pairSupporter[old];
      }
    }

    private void addSlot(int j, int x) {
      int at = slotStart[j] + load[j]++;
      slots[at] = x;
      slotOf[x] = at;
    }

    private void removeSlot(int j, int x) {
      int last = slotStart[j] + --load[j];
      int at = slotOf[x];
      int moved = slots[last];
      slots[at] = moved;
      slotOf[moved] = at;
    }

    private void reset() {
      for (int a = 0; a < touchedCount; a++) {
        int x = touched[a];
        dc[x] = INF;
        heapPos[x] = 0;
      }
      touchedCount = 0;
      heapSize = 0;
    }

    /** Heap order: distance, then the sink first, then node number. */
    private boolean less(int x, int y) {
      return dc[x] < dc[y] || (dc[x] == dc[y] && (dk[x] < dk[y] || (dk[x] == dk[y] && (x == t || (y != t && x < y)))));
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
        int up = (at - 1) >>> 2;
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
        int first = 4 * at + 1;
        if (first >= heapSize) {
          break;
        }
        int child = first;
        for (int c = first + 1, end = Math.min(first + 4, heapSize); c < end; c++) {
          if (less(heap[c], heap[child])) {
            child = c;
          }
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
