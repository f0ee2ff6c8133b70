package io.github.peersupport.bench;

import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.matching.MatchResult;
import io.github.peersupport.matching.PeerMatcher;
import io.github.peersupport.matching.SupporterPool;
import io.github.peersupport.matching.testing.MatchingGen;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranking with explanations of the top 10 supporters for one seeker, against a compiled pool of 2,000
 * or 100,000 seeded supporters (the same generator the property tests use: about 70% eligible,
 * several languages, regions and modalities). Seekers rotate through 64 seeded ones. {@link
 * #buildPool} measures compiling the pool, which a host does once per batch of seekers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RankingBenchmark {
  /** Number of supporters in the pool. */
  @Param({"2000", "100000"})
  public int supporters;

  private final PeerMatcher matcher = PeerMatcher.standard();
  private List<Supporter> list;
  private SupporterPool pool;
  private Seeker[] seekers;
  private int next;

  /** Generates the supporters and seekers (seed 42) and compiles the pool. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    list = MatchingGen.supporters(random, supporters);
    pool = matcher.pool(list, CoreGen.EPOCH);
    seekers = new Seeker[64];
    for (int i = 0; i < seekers.length; i++) {
      Seeker s;
      do {
        s = MatchingGen.seeker(random);
      } while (s.consent().events().isEmpty());
      seekers[i] = s;
    }
  }

  /**
   * Ranks one seeker.
   *
   * @return the result (consumed by JMH)
   */
  @Benchmark
  public MatchResult rankTop10() {
    Seeker seeker = seekers[next++ & 63];
    return matcher.rank(seeker, pool);
  }

  /**
   * Compiles the pool.
   *
   * @return the pool (consumed by JMH)
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public SupporterPool buildPool() {
    return matcher.pool(list, CoreGen.EPOCH);
  }
}
