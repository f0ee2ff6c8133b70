package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {
  private static List<Long> firsts(RandomStreams s) {
    return List.of(s.population.nextLong(), s.seekers.nextLong(), s.arrivals.nextLong(), s.answers.nextLong(),
        s.screening.nextLong(), s.groups.nextLong(), s.supporters.nextLong());
  }

  @Test
  void new_sameSeed_sameStreamsInTheirFixedOrder() {
    assertThat(firsts(new RandomStreams(42))).isEqualTo(firsts(new RandomStreams(42)));
    SplittableRandom root = new SplittableRandom(42);
    assertThat(firsts(new RandomStreams(42)).get(0)).isEqualTo(root.split().nextLong());
  }

  @Test
  void new_streamsAreIndependent_drawingFromOneLeavesTheOthers() {
    RandomStreams a = new RandomStreams(7);
    RandomStreams b = new RandomStreams(7);
    for (int i = 0; i < 100; i++) {
      a.answers.nextDouble();
    }
    assertThat(a.screening.nextLong()).isEqualTo(b.screening.nextLong());
    assertThat(firsts(a)).doesNotHaveDuplicates();
  }
}
