package io.github.peersupport.core.testing;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.LongStream;

/**
 * Seeds for property tests. Each {@code @ParameterizedTest} takes its seeds from {@link #seeds()}
 * (fixed, so runs are reproducible) and runs a number of cases per seed with {@link #forEachCase}. A
 * failing case is reported with its seed and case index; rerun one seed with {@code -Dpeer.seed=N}.
 */
public final class Seeds {
  /** The fixed seeds used when {@code peer.seed} is not set. */
  private static final long[] FIXED = {
    1L, 2L, 3L, 5L, 8L, 13L, 21L, 34L, 55L, 89L,
  };

  private Seeds() {}

  /**
   * The seeds to run: {@code -Dpeer.seed=N} runs only N; otherwise ten fixed seeds.
   *
   * @return the seeds
   */
  public static LongStream seeds() {
    String override = System.getProperty("peer.seed");
    if (override != null && !override.isBlank()) {
      return LongStream.of(Long.parseLong(override.strip()));
    }
    return Arrays.stream(FIXED);
  }

  /**
   * Runs {@code cases} cases, each with its own random stream split from the seed, and reports the
   * seed and case index of the first failure.
   *
   * @param seed the seed
   * @param cases the number of cases
   * @param body the property, given a random stream
   */
  public static void forEachCase(long seed, int cases, Consumer<SplittableRandom> body) {
    SplittableRandom root = new SplittableRandom(seed);
    for (int i = 0; i < cases; i++) {
      SplittableRandom random = root.split();
      try {
        body.accept(random);
      } catch (AssertionError | RuntimeException e) {
        AssertionError failure = new AssertionError(
            "property failed for seed " + seed + ", case " + i + " (rerun with -Dpeer.seed=" + seed + "): " + e.getMessage(), e);
        System.err.println(failure.getMessage());
        throw failure;
      }
    }
  }
}
