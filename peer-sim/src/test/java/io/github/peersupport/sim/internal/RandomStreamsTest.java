package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.sim.internal.RandomStreams.Purpose;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RandomStreamsTest {
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void stream_derivedFromItsKey_sameWhateverWasDrawnBeforeOrInWhichOrder(long seed) {
    Seeds.forEachCase(seed, 20, random -> {
      long runSeed = random.nextLong();
      long entity = random.nextLong();
      long occasion = random.nextInt(0, 1_000);
      RandomStreams a = new RandomStreams(runSeed);
      RandomStreams b = new RandomStreams(runSeed);
      // a draws many other streams first, b none
      for (int i = 0; i < 50; i++) {
        a.stream(Purpose.OFFER, entity + i, occasion).nextLong();
        a.uniform(Purpose.DISTRESS, i, occasion);
      }
      assertThat(a.stream(Purpose.SCREENING_ANSWERS, entity, occasion).nextLong())
          .isEqualTo(b.stream(Purpose.SCREENING_ANSWERS, entity, occasion).nextLong());
      assertThat(a.stream(Purpose.SEEKER, entity).nextLong()).isEqualTo(b.stream(Purpose.SEEKER, entity).nextLong());
      assertThat(a.stream(Purpose.TERM_REVIEW, entity, 3, occasion).nextLong())
          .isEqualTo(b.stream(Purpose.TERM_REVIEW, entity, 3, occasion).nextLong());
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void uniform_isTheFirstDoubleOfTheStream(long seed) {
    Seeds.forEachCase(seed, 50, random -> {
      RandomStreams streams = new RandomStreams(random.nextLong());
      Purpose purpose = Purpose.values()[random.nextInt(Purpose.values().length)];
      long entity = random.nextLong();
      long occasion = random.nextLong();
      double u = streams.uniform(purpose, entity, occasion);
      assertThat(u).isEqualTo(streams.stream(purpose, entity, occasion).nextDouble()).isBetween(0.0, 1.0).isNotEqualTo(1.0);
      assertThat(streams.chance(purpose, entity, occasion, u)).isFalse();
      assertThat(streams.chance(purpose, entity, occasion, Math.nextUp(u))).isTrue();
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void stream_distinctSeedsPurposesEntitiesAndOccasions_distinctStreams(long seed) {
    RandomStreams streams = new RandomStreams(seed);
    RandomStreams next = new RandomStreams(seed + 1);
    Set<Long> firsts = new HashSet<>();
    List<Long> all = new ArrayList<>();
    for (Purpose p : Purpose.values()) {
      for (long entity = 0; entity < 20; entity++) {
        for (long occasion = 0; occasion < 20; occasion++) {
          all.add(streams.stream(p, entity, occasion).nextLong());
          all.add(next.stream(p, entity, occasion).nextLong());
        }
        all.add(streams.stream(p, entity).nextLong());
        all.add(streams.stream(p, entity, 1, 2).nextLong());
        if (entity != 1) {
          all.add(streams.stream(p, 1, entity, 2).nextLong());
        }
      }
    }
    firsts.addAll(all);
    assertThat(firsts).as("seed %d", seed).hasSameSizeAs(all);
  }

  @Test
  void uniform_oneEntityOverManyOccasions_looksUniform() {
    RandomStreams streams = new RandomStreams(7);
    long supporter = RandomStreams.idKey("sup-1");
    int n = 100_000;
    int[] bins = new int[10];
    double sum = 0;
    for (int week = 0; week < n; week++) {
      double u = streams.uniform(Purpose.DISTRESS, supporter, week);
      bins[(int) (u * 10)]++;
      sum += u;
    }
    assertThat(sum / n).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.005));
    // chi-squared with 9 degrees of freedom: 27.88 is its 0.999 quantile
    double chi2 = 0;
    for (int b : bins) {
      chi2 += (b - n / 10.0) * (b - n / 10.0) / (n / 10.0);
    }
    assertThat(chi2).isLessThan(27.88);
  }

  @Test
  void idKey_theIdsText_stableAcrossJvms() {
    assertThat(RandomStreams.idKey(SeekerId.of("s-1"))).isEqualTo(RandomStreams.idKey("s-1"));
    assertThat(RandomStreams.idKey("s-1")).isNotEqualTo(RandomStreams.idKey("s-2")).isNotEqualTo(RandomStreams.idKey("sup-1"));
    // FNV-1a of the text, then the SplitMix64 finaliser: fixed numbers, so a seed gives the same run on every JVM
    assertThat(RandomStreams.idKey("")).isEqualTo(RandomStreams.mix64(0xcbf29ce484222325L));
    assertThat(RandomStreams.mix64(0)).isZero();
    assertThat(RandomStreams.mix64(1)).isEqualTo(0x5692161d100b05e5L);
  }
}
