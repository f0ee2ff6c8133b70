package io.github.peersupport.bench;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import com.google.ortools.Loader;
import com.google.ortools.graph.LinearSumAssignment;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import io.github.peersupport.matching.assignment.AssignmentProblem;
import io.github.peersupport.matching.assignment.CapacitatedAssignment;
import io.github.peersupport.matching.assignment.MinCostFlowAssignment;
import io.github.peersupport.matching.dense.DenseAssignment;
import io.github.peersupport.matching.dense.DenseProblem;
import io.github.peersupport.matching.dense.ShortestAugmentingPathAssignment;
import io.github.peersupport.matching.stable.BlockingPairs;
import io.github.peersupport.matching.stable.DeferredAcceptanceStableMatching;
import io.github.peersupport.matching.stable.StableMatching;
import io.github.peersupport.matching.stable.StableProblem;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Solves the same seeded instances ({@link Instances}) with this library, OR-Tools (MinCostFlow,
 * LinearSumAssignment) and JGraphT (CapacityScalingMinimumCostFlow, Kuhn–Munkres) in one JVM,
 * checks that the optima agree, and prints one greppable line per work item and instance:
 *
 * <pre>
 * work=capacitated instance=cap-10k ours_ms=… ortools_ms=… jgrapht_ms=… ratio_ortools=… ratio_jgrapht=… same_optimum=true …
 * work=stable instance=cap-10k side=seeker ours_ms=… blocking_pairs=0 …
 * work=dense instance=dense-2000 ours_ms=… ortools_ms=… jgrapht_ms=… ratio_ortools=… ratio_jgrapht=… same_optimum=true …
 * </pre>
 *
 * <p>Every time is the median wall-clock time of {@code --runs} runs after {@code --warmup} runs
 * (JGraphT: a single run, as its runs take seconds to minutes),
 * each including the construction of that solver's own problem from the generated arrays (what a
 * Java caller pays); {@code *_cpu_ms} fields give the median CPU time of the running thread (all
 * three solvers run single-threaded in the caller's thread, OR-Tools through JNI), which a busy
 * machine disturbs less. {@code *_solve_ms} fields give the solve step alone. A ratio is ours divided by
 * the reference: below 1 means this library is faster. {@code ours_live_mb} is the heap still in use,
 * after a full collection, while our problem and result are held. Solvers that would not finish in a
 * sensible time on an instance (JGraphT's Kuhn–Munkres, O(n³) on a graph of n² edge objects, above
 * {@code --jgrapht-dense-max}, 1000 by default: about 13 s of CPU at n = 1000 here, so minutes and
 * gigabytes at 2000 and beyond) print {@code NA}. The process exits with status 1 if any optimum disagrees or any stable matching has a
 * blocking pair.
 *
 * <p>Run it with {@code peer-bench/side-by-side} (arguments: {@code --runs N}, {@code --warmup N},
 * {@code --only NAME[,NAME…]}, {@code --jgrapht-dense-max N}, {@code --seed N}, and {@code
 * --ours-only} to skip the reference solvers, e.g. under a small {@code -Xmx}).
 */
public final class SideBySide {
  private int runs = 5;
  private int warmup = 2;
  private int jgraphtDenseMax = 1000;
  private long seed = Instances.SEED;
  private final List<String> only = new ArrayList<>();
  private boolean oursOnly;
  private boolean failed;

  private final PrintStream out;

  private SideBySide(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the comparison.
   *
   * @param args options, see the class comment
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /**
   * Runs the comparison, printing to {@code out}.
   *
   * @param args options, see the class comment; {@code --only} also accepts other sizes of the same
   *     shapes, such as {@code cap-300} or {@code dense-40}
   * @param out where the lines go
   * @return the exit status: 0, or 1 if an optimum disagreed or a stable matching had a blocking pair
   */
  public static int run(String[] args, PrintStream out) {
    SideBySide runner = new SideBySide(out);
    for (int a = 0; a < args.length; a++) {
      String value = a + 1 < args.length ? args[a + 1] : "";
      switch (args[a]) {
        case "--runs" -> runner.runs = Integer.parseInt(value);
        case "--warmup" -> runner.warmup = Integer.parseInt(value);
        case "--jgrapht-dense-max" -> runner.jgraphtDenseMax = Integer.parseInt(value);
        case "--seed" -> runner.seed = Long.parseLong(value);
        case "--only" -> runner.only.addAll(Arrays.asList(value.split(",")));
        case "--ours-only" -> {
          runner.oursOnly = true;
          a--;
        }
        default -> throw new IllegalArgumentException("unknown option " + args[a]);
      }
      a++;
    }
    if (!runner.oursOnly) {
      Loader.loadNativeLibraries();
    }
    out.printf(Locale.ROOT, "# java %s, %d cores, max heap %d MB, runs=%d warmup=%d seed=%d%n",
        Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        runner.runs, runner.warmup, runner.seed);
    List<String> caps = new ArrayList<>(Instances.CAP_NAMES);
    List<String> denses = new ArrayList<>(Instances.DENSE_NAMES);
    for (String name : runner.only) {
      if (name.startsWith("cap-") && !caps.contains(name)) {
        caps.add(name);
      } else if (name.startsWith("dense-") && !denses.contains(name)) {
        denses.add(name);
      } else if (!caps.contains(name) && !denses.contains(name)) {
        throw new IllegalArgumentException("--only: unknown instance " + name);
      }
    }
    for (String name : caps) {
      if (runner.selected(name)) {
        Instances.Cap cap = Instances.cap(name, runner.seed);
        runner.capacitated(cap);
        runner.stable(cap);
      }
    }
    for (String name : denses) {
      if (runner.selected(name)) {
        runner.dense(name, Instances.dense(name, runner.seed));
      }
    }
    if (runner.failed) {
      out.println("# FAILED: an optimum disagreed or a stable matching had a blocking pair");
      return 1;
    }
    return 0;
  }

  private boolean selected(String name) {
    return only.isEmpty() || only.contains(name);
  }

  // ---------------------------------------------------------------- capacitated

  private void capacitated(Instances.Cap cap) {
    MinCostFlowAssignment solver = MinCostFlowAssignment.coverageFirst();
    long before = usedAfterGc();
    AssignmentProblem<SeekerId, SupporterId> problem = cap.problem();
    CapacitatedAssignment.Result<SeekerId, SupporterId> once = solver.solve(problem);
    long live = (usedAfterGc() - before) >> 20;
    Reference.reachabilityFence(once);
    Timed<CapacitatedAssignment.Result<SeekerId, SupporterId>> ours = time(() -> solver.solve(cap.problem()));
    Timed<CapacitatedAssignment.Result<SeekerId, SupporterId>> oursSolve = time(() -> solver.solve(problem));
    long[] our = {ours.value.assignedCount(), ours.value.totalCost()};
    if (oursOnly) {
      out.printf(Locale.ROOT,
          "work=capacitated instance=%s ours_ms=%.1f assigned=%d total_cost=%d ours_solve_ms=%.1f ours_live_mb=%d"
              + " ours_cpu_ms=%.1f%n",
          cap.name(), ours.ms, our[0], our[1], oursSolve.ms, live, ours.cpu);
      return;
    }
    Timed<long[]> ortools = time(() -> orToolsMinCostFlow(cap));
    Timed<long[]> jgrapht = timeOnce(() -> jgraphtMinCostFlow(cap));
    boolean same = Arrays.equals(our, ortools.value) && Arrays.equals(our, jgrapht.value);
    failed |= !same;
    if (!same) {
      out.printf(Locale.ROOT, "# %s disagreement {assigned, cost}: ours=%s ortools=%s jgrapht=%s%n",
          cap.name(), Arrays.toString(our), Arrays.toString(ortools.value), Arrays.toString(jgrapht.value));
    }
    out.printf(Locale.ROOT,
        "work=capacitated instance=%s ours_ms=%.1f ortools_ms=%.1f jgrapht_ms=%.1f ratio_ortools=%.2f ratio_jgrapht=%.3f"
            + " same_optimum=%s assigned=%d total_cost=%d ours_solve_ms=%.1f ours_live_mb=%d"
            + " ours_cpu_ms=%.1f ortools_cpu_ms=%.1f jgrapht_cpu_ms=%.1f n=%d m=%d E=%d%n",
        cap.name(), ours.ms, ortools.ms, jgrapht.ms, ours.ms / ortools.ms, ours.ms / jgrapht.ms, same, our[0], our[1],
        oursSolve.ms, live, ours.cpu, ortools.cpu, jgrapht.cpu, cap.seekers(), cap.supporters(), cap.pairs());
  }

  /** OR-Tools SimpleMinCostFlow, maximum flow of minimum cost: returns {assigned, total cost}. */
  private static long[] orToolsMinCostFlow(Instances.Cap cap) {
    int n = cap.seekers();
    int m = cap.supporters();
    int source = n + m;
    int sink = n + m + 1;
    MinCostFlow flow = new MinCostFlow(n + m + 2, n + cap.pairs() + m);
    for (int i = 0; i < n; i++) {
      flow.addArcWithCapacityAndUnitCost(source, i, 1, 0);
    }
    int[] ps = cap.pairSeekers();
    int[] pt = cap.pairSupporters();
    long[] cost = cap.costs();
    for (int k = 0; k < ps.length; k++) {
      flow.addArcWithCapacityAndUnitCost(ps[k], n + pt[k], 1, cost[k]);
    }
    for (int j = 0; j < m; j++) {
      flow.addArcWithCapacityAndUnitCost(n + j, sink, cap.capacities()[j], 0);
    }
    flow.setNodeSupply(source, n);
    flow.setNodeSupply(sink, -n);
    MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
    if (status != MinCostFlowBase.Status.OPTIMAL) {
      throw new IllegalStateException("OR-Tools status " + status);
    }
    return new long[] {flow.getMaximumFlow(), flow.getOptimalCost()};
  }

  /**
   * JGraphT capacity scaling: the source supplies n; an overflow arc source → sink of cost above any
   * assignment's total makes the minimum-cost flow a maximum assignment of minimum cost (and keeps
   * the supply feasible when not every seeker can be assigned). Returns {assigned, total cost}.
   */
  private static long[] jgraphtMinCostFlow(Instances.Cap cap) {
    int n = cap.seekers();
    int m = cap.supporters();
    int source = n + m;
    int sink = n + m + 1;
    Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < n + m + 2; v++) {
      graph.addVertex(v);
    }
    java.util.Map<DefaultWeightedEdge, Integer> capacity = new java.util.HashMap<>();
    // DefaultWeightedEdge weighs 1.0 unless told: the source and sink arcs cost nothing
    for (int i = 0; i < n; i++) {
      DefaultWeightedEdge e = graph.addEdge(source, i);
      graph.setEdgeWeight(e, 0);
      capacity.put(e, 1);
    }
    int[] ps = cap.pairSeekers();
    int[] pt = cap.pairSupporters();
    long[] cost = cap.costs();
    for (int k = 0; k < ps.length; k++) {
      DefaultWeightedEdge e = graph.addEdge(ps[k], n + pt[k]);
      graph.setEdgeWeight(e, cost[k]);
      capacity.put(e, 1);
    }
    for (int j = 0; j < m; j++) {
      DefaultWeightedEdge e = graph.addEdge(n + j, sink);
      graph.setEdgeWeight(e, 0);
      capacity.put(e, cap.capacities()[j]);
    }
    long overflowCost = (long) Instances.CAP_COST_BOUND * n + 1;
    DefaultWeightedEdge overflow = graph.addEdge(source, sink);
    graph.setEdgeWeight(overflow, overflowCost);
    capacity.put(overflow, n);
    MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
        graph, v -> v == source ? n : v == sink ? -n : 0, capacity::get);
    MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> result =
        new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem);
    long unassigned = Math.round(result.getFlow(overflow));
    return new long[] {n - unassigned, Math.round(result.getCost()) - unassigned * overflowCost};
  }

  // ---------------------------------------------------------------- stable

  private void stable(Instances.Cap cap) {
    int[][] seekerLists = cap.seekerLists();
    int[][] supporterLists = cap.supporterLists(seed);
    for (DeferredAcceptanceStableMatching.Side side : DeferredAcceptanceStableMatching.Side.values()) {
      DeferredAcceptanceStableMatching solver = DeferredAcceptanceStableMatching.of(side);
      Timed<Integer> all = time(() -> {
        StableProblem problem = StableProblem.of(Instances.seekerIds(cap.seekers()), Instances.supporterIds(cap.supporters()),
            cap.capacities(), seekerLists, supporterLists);
        StableMatching.Result result = solver.solve(problem);
        return BlockingPairs.find(problem, result).size();
      });
      StableProblem problem = cap.stableProblem(seed);
      Timed<StableMatching.Result> solve = time(() -> solver.solve(problem));
      Timed<Integer> certificate = time(() -> BlockingPairs.find(problem, solve.value).size());
      failed |= all.value != 0;
      out.printf(Locale.ROOT,
          "work=stable instance=%s side=%s ours_ms=%.1f blocking_pairs=%d assigned=%d solve_ms=%.1f certificate_ms=%.1f"
              + " list_length=%d ours_cpu_ms=%.1f%n",
          cap.name(), side.name().toLowerCase(Locale.ROOT), all.ms, all.value, solve.value.assignedCount(), solve.ms,
          certificate.ms, problem.totalListLength(), all.cpu);
    }
  }

  // ---------------------------------------------------------------- dense

  private void dense(String name, long[][] costs) {
    int n = costs.length;
    DenseAssignment solver = ShortestAugmentingPathAssignment.create();
    Timed<DenseAssignment.Result> ours = time(() -> solver.solve(DenseProblem.of(costs)));
    DenseProblem problem = DenseProblem.of(costs);
    Timed<DenseAssignment.Result> oursSolve = time(() -> solver.solve(problem));
    long ourCost = ours.value.totalCost();
    if (oursOnly) {
      out.printf(Locale.ROOT, "work=dense instance=%s ours_ms=%.1f total_cost=%d ours_solve_ms=%.1f ours_cpu_ms=%.1f%n",
          name, ours.ms, ourCost, oursSolve.ms, ours.cpu);
      return;
    }
    Timed<Long> ortools = time(() -> orToolsLinearSum(costs));
    boolean same = ourCost == ortools.value;
    String jgraphtMs = "NA";
    String ratioJgrapht = "NA";
    String jgraphtCpu = "NA";
    if (n <= jgraphtDenseMax) {
      Timed<Long> jgrapht = timeOnce(() -> jgraphtKuhnMunkres(costs));
      same &= ourCost == jgrapht.value;
      jgraphtMs = String.format(Locale.ROOT, "%.1f", jgrapht.ms);
      ratioJgrapht = String.format(Locale.ROOT, "%.3f", ours.ms / jgrapht.ms);
      jgraphtCpu = String.format(Locale.ROOT, "%.1f", jgrapht.cpu);
    }
    failed |= !same;
    out.printf(Locale.ROOT,
        "work=dense instance=%s ours_ms=%.1f ortools_ms=%.1f jgrapht_ms=%s ratio_ortools=%.2f ratio_jgrapht=%s"
            + " same_optimum=%s total_cost=%d ours_solve_ms=%.1f ours_cpu_ms=%.1f ortools_cpu_ms=%.1f jgrapht_cpu_ms=%s%n",
        name, ours.ms, ortools.ms, jgraphtMs, ours.ms / ortools.ms, ratioJgrapht, same, ourCost, oursSolve.ms, ours.cpu,
        ortools.cpu, jgraphtCpu);
  }

  private static long orToolsLinearSum(long[][] costs) {
    int n = costs.length;
    LinearSumAssignment assignment = new LinearSumAssignment();
    for (int i = 0; i < n; i++) {
      long[] row = costs[i];
      for (int j = 0; j < n; j++) {
        assignment.addArcWithCost(i, j, row[j]);
      }
    }
    LinearSumAssignment.Status status = assignment.solve();
    if (status != LinearSumAssignment.Status.OPTIMAL) {
      throw new IllegalStateException("OR-Tools status " + status);
    }
    return assignment.getOptimalCost();
  }

  private static long jgraphtKuhnMunkres(long[][] costs) {
    int n = costs.length;
    Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Set<Integer> left = new HashSet<>();
    Set<Integer> right = new HashSet<>();
    for (int i = 0; i < n; i++) {
      graph.addVertex(i);
      left.add(i);
      graph.addVertex(n + i);
      right.add(n + i);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        graph.setEdgeWeight(graph.addEdge(i, n + j), costs[i][j]);
      }
    }
    double weight = new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right).getMatching().getWeight();
    return Math.round(weight);
  }

  // ---------------------------------------------------------------- timing

  /** A value with the median wall-clock and median CPU time (of this thread) of the runs, in ms. */
  private record Timed<T>(T value, double ms, double cpu) {}

  /** One run, no warm-up: for JGraphT, whose runs take seconds to minutes (JIT warm-up is negligible). */
  private static <T> Timed<T> timeOnce(Supplier<T> work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    T value = work.get();
    return new Timed<>(value, (System.nanoTime() - t0) / 1e6, (threads.getCurrentThreadCpuTime() - c0) / 1e6);
  }

  private <T> Timed<T> time(Supplier<T> work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    T value = null;
    for (int w = 0; w < warmup; w++) {
      value = work.get();
    }
    double[] ms = new double[runs];
    double[] cpu = new double[runs];
    for (int r = 0; r < runs; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      value = work.get();
      ms[r] = (System.nanoTime() - t0) / 1e6;
      cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    return new Timed<>(value, ms[runs / 2], cpu[runs / 2]);
  }

  /** Heap in use after a full collection, in bytes. */
  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
