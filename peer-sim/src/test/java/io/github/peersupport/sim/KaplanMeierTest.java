package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {
  /**
   * Five referred seekers: matched after 10, 20 and 50 hours; two never matched, followed for 25 and 60
   * hours (censored). By hand, in time order:
   *
   * <pre>
   * t = 10 matched   at risk 5, S = 4/5             = 0.8
   * t = 20 matched   at risk 4, S = 0.8 × 3/4       = 0.6
   * t = 25 censored  (at risk 3 → 2)
   * t = 50 matched   at risk 2, S = 0.6 × 1/2       = 0.3
   * t = 60 censored
   * </pre>
   *
   * S(48 h) = 0.6: 40% of referred seekers matched within 48 h (of the matched, 2 of 3 = 67%). The
   * median is 50 h (the first time S ≤ 0.5); the 90th percentile is not reached (S stays at 0.3).
   */
  @Test
  void estimate_fiveSeekersTwoCensored_matchesTheHandComputation() {
    KaplanMeier km = KaplanMeier.estimate(List.of(50.0, 10.0, 20.0), List.of(60.0, 25.0));
    assertThat(km.subjects()).isEqualTo(5);
    assertThat(km.times()).containsExactly(10.0, 20.0, 50.0);
    assertThat(km.survival()).usingComparatorForType((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b), Double.class)
        .containsExactly(0.8, 0.6, 0.3);
    assertThat(km.survivalAt(9.9).getAsDouble()).isEqualTo(1.0);
    assertThat(km.survivalAt(10).getAsDouble()).isCloseTo(0.8, within(1e-12));
    assertThat(km.survivalAt(48).getAsDouble()).isCloseTo(0.6, within(1e-12));
    assertThat(km.eventShareBy(48).getAsDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(km.survivalAt(60).getAsDouble()).isCloseTo(0.3, within(1e-12));
    assertThat(km.survivalAt(60.5)).isEmpty();
    assertThat(km.median()).hasValue(50.0);
    assertThat(km.quantile(0.25)).hasValue(20.0);
    assertThat(km.quantile(0.9)).isEmpty();
    assertThat(km).hasToString("KaplanMeier[5 subjects, 3 event times, median 50.0]");
  }

  /**
   * Ties: an event and a censoring at 20 h; the censored seeker counts as at risk at 20 (the usual
   * convention), so S(20) = 2/3, not 1/2; then the event at 30 h among 1 at risk takes S to 0.
   */
  @Test
  void estimate_eventAndCensoringTied_censoredCountsAsAtRisk() {
    KaplanMeier km = KaplanMeier.estimate(List.of(20.0, 30.0), List.of(20.0));
    assertThat(km.survivalAt(20).getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(km.survivalAt(30).getAsDouble()).isZero();
    assertThat(km.survivalAt(1000)).hasValue(0.0);
    assertThat(km.median()).hasValue(30.0);
    assertThat(km.quantile(1)).hasValue(30.0);
  }

  /** 22 seekers: 7 matched at 1 h (S = 15/22), 4 at 2 h (S = 15/22 × 11/15 = 1/2 exactly), 11 censored at 3 h. */
  @Test
  void median_exactlyOneHalfRoundedAbove_stillReached() {
    List<Double> events = new ArrayList<>(Collections.nCopies(7, 1.0));
    events.addAll(Collections.nCopies(4, 2.0));
    KaplanMeier km = KaplanMeier.estimate(events, Collections.nCopies(11, 3.0));
    assertThat(km.survival().get(1)).isGreaterThan(0.5).isCloseTo(0.5, within(1e-15));
    assertThat(km.median()).hasValue(2.0);
  }

  @Test
  void estimate_noSubjectsOrOnlyCensored() {
    KaplanMeier none = KaplanMeier.estimate(List.of(), List.of());
    assertThat(none.survivalAt(0)).isEmpty();
    assertThat(none.median()).isEmpty();
    KaplanMeier censored = KaplanMeier.estimate(List.of(), List.of(100.0, 200.0));
    assertThat(censored.eventShareBy(48)).hasValue(0.0);
    assertThat(censored.median()).isEmpty();
    assertThat(censored).hasToString("KaplanMeier[2 subjects, 0 event times, median not reached]");
  }

  @Test
  void estimate_badTimesOrProbability_throwNamingThem() {
    assertThatThrownBy(() -> KaplanMeier.estimate(List.of(-1.0), List.of())).hasMessageStartingWith("events[0]: must be between 0");
    assertThatThrownBy(() -> KaplanMeier.estimate(List.of(), List.of(Double.NaN))).hasMessageStartingWith("censored[0]: must be finite");
    assertThatThrownBy(() -> KaplanMeier.estimate(List.of(1.0), List.of()).quantile(0)).hasMessageStartingWith("p: ");
  }

  /** Without censoring, 1 − S(t) is the empirical share of times ≤ t and the median the nearest-rank one. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void estimate_noCensoring_isTheEmpiricalDistribution(long seed) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    List<Double> times = new ArrayList<>();
    int n = r.nextInt(1, 60);
    for (int i = 0; i < n; i++) {
      times.add((double) r.nextInt(0, 100));
    }
    KaplanMeier km = KaplanMeier.estimate(times, List.of());
    double t = r.nextInt(0, 100);
    long below = times.stream().filter(x -> x <= t).count();
    assertThat(km.eventShareBy(t).getAsDouble()).as("seed %d", seed).isCloseTo((double) below / n, within(1e-9));
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    OptionalDouble median = km.median();
    assertThat(median).as("seed %d", seed).hasValue(sorted.get((int) Math.ceil(0.5 * n) - 1));
  }
}
