package io.github.peersupport.bench;

import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.Sweep;
import io.github.peersupport.sim.SweepResult;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Times a peer-sim sweep of many seeds of a cap-10k-sized programme (2,000 supporters, about 10,000
 * seekers over 52 weeks, the size of the cap-10k assignment instance, 48 groups: {@link SimScenarios#cap10k()}):
 * wall time and the process's CPU
 * time, which does not depend on what else the machine runs.
 *
 * <p>{@code peer-bench/sweep-timing [seeds] [threads]} builds and starts it; by hand:
 *
 * <pre>
 * ./mvnw -q -B install -DskipTests -pl peer-bench -am dependency:build-classpath -DincludeScope=runtime \
 *     -Dmdep.outputFile=target/classpath.txt
 * java -Dslf4j.provider=org.slf4j.nop.NOPServiceProvider -cp "peer-bench/target/classes:$(cat peer-bench/target/classpath.txt)" \
 *     io.github.peersupport.bench.SimSweepTiming 1000 2      # seeds, threads
 * </pre>
 *
 * <p>Measured on the 2-core build machine (OpenJDK 17, 2026-11-30, with group placement through
 * peer-groups and 48 groups; other builds ran part of the time): 1,000 seeds on 2 threads took 740 s
 * wall and 1,113 s of CPU (1.11 s per run), so about 9.3 minutes on 2 idle cores.
 */
public final class SimSweepTiming {
  private SimSweepTiming() {}

  /**
   * Runs the sweep and prints its table and timings.
   *
   * @param args the number of seeds (default 1000) and of threads (default all processors)
   */
  public static void main(String[] args) {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    Scenario big = SimScenarios.cap10k();
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    SweepResult r = Sweep.of(big).seeds(seeds).run(threads);
    long wallMs = (System.nanoTime() - t0) / 1_000_000;
    long cpuMs = (os.getProcessCpuTime() - cpu0) / 1_000_000;
    System.out.print(r);
    System.out.printf(Locale.ROOT, "seeds=%d threads=%d wall_ms=%d process_cpu_ms=%d cpu_ms_per_run=%.0f load_avg=%.2f%n", seeds,
        threads, wallMs, cpuMs, (double) cpuMs / seeds, os.getSystemLoadAverage());
  }
}
