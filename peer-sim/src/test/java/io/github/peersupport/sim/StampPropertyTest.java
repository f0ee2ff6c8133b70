package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.ValidationException;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.matching.Criterion;
import io.github.peersupport.sim.internal.CanonicalForm;
import io.github.peersupport.sim.testing.SimGen;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StampPropertyTest {
  private static final int CASES = 12;
  private static final Instant AT = Instant.parse("2027-03-01T12:00:00Z");

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void contentHash_equalScenarios_equalHash(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Scenario s = SimGen.scenario(r);
      Scenario copy = Scenario.builder().from(s).cohort(reversedMaps(s.cohort())).build();
      assertThat(copy).isEqualTo(s);
      assertThat(Stamp.contentHash(copy)).isEqualTo(Stamp.contentHash(s)).matches("[0-9a-f]{64}");
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void contentHash_anyFieldChanged_otherHash(long seed) {
    int[] changed = new int[1];
    Seeds.forEachCase(seed, CASES, r -> {
      Scenario s = SimGen.scenario(r);
      String hash = Stamp.contentHash(s);
      for (UnaryOperator<Scenario> mutation : mutations(r)) {
        Scenario m;
        try {
          m = mutation.apply(s);
        } catch (IllegalArgumentException e) {
          continue; // the nudge left a field's range: no scenario to compare
        }
        if (m.equals(s)) {
          assertThat(Stamp.contentHash(m)).isEqualTo(hash);
        } else {
          changed[0]++;
          assertThat(Stamp.contentHash(m)).as("changed scenario %s", m).isNotEqualTo(hash);
        }
      }
    });
    assertThat(changed[0]).isGreaterThan(CASES * 10);
  }

  @Test
  void canonicalForm_numbersByRawBits_setsAndMapsSorted() {
    assertThat(CanonicalForm.of(List.of(0.1, 1.0E-7, 2.0E23, -0.0, 3, 4L, true, "a\"b")))
        .isEqualTo("[d:3fb999999999999a,d:3e7ad7f29abcaf48,d:44c52d02c7e14af6,d:8000000000000000,3,4,true,\"a\\\"b\"]");
    assertThat(CanonicalForm.of(new LinkedHashSet<>(List.of("b", "a")))).isEqualTo("{\"a\",\"b\"}");
    Map<String, Integer> map = new LinkedHashMap<>();
    map.put("z", 1);
    map.put("y", 2);
    assertThat(CanonicalForm.of(map)).isEqualTo("{\"y\":2,\"z\":1}");
    assertThat(CanonicalForm.of(Optional.of(Duration.ofHours(48)))).isEqualTo("Optional[t:PT48H]");
    assertThat(CanonicalForm.of(Criterion.GENDER)).isEqualTo("Criterion.GENDER");
  }

  @Test
  void canonicalForm_valueType_attributesInDeclarationOrder() {
    GroupSizePolicy p = GroupSizePolicy.standard();
    assertThat(CanonicalForm.of(p)).startsWith("GroupSizePolicy{maxMembers=" + p.maxMembers() + ";");
    assertThat(CanonicalForm.of(Scenario.standard())).startsWith("Scenario{name=\"standard\";cohort=Cohort{");
  }

  @Test
  void canonicalForm_unknownType_namesTypeAndPath() {
    assertThatThrownBy(() -> CanonicalForm.of(List.of(new StringBuilder("x"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("java.lang.StringBuilder").hasMessageContaining("[0]");
  }

  @Test
  void of_scenarioSeedAndTime_stampsEverything() {
    Stamp stamp = Stamp.of(Scenario.standard(), 42, AT);
    assertThat(stamp.libraryVersion()).isEqualTo(Stamp.currentLibraryVersion()).isNotEqualTo("unknown").doesNotContain("${");
    assertThat(stamp.scenario()).isEqualTo("standard");
    assertThat(stamp.scenarioHash()).isEqualTo(Stamp.contentHash(Scenario.standard()));
    assertThat(stamp.shortHash()).hasSize(16).isEqualTo(stamp.scenarioHash().substring(0, 16));
    assertThat(stamp.seed()).hasValue(42);
    assertThat(stamp.line()).isEqualTo("peer-sim " + stamp.libraryVersion() + " | scenario standard | hash " + stamp.shortHash()
        + " | seed 42 | run at 2027-03-01T12:00:00Z");
    assertThat(Stamp.of(Scenario.standard(), AT).seed()).isEmpty();
    assertThat(Stamp.of(Scenario.standard(), 42, AT)).isEqualTo(stamp);
  }

  @Test
  void build_badHash_namesField() {
    assertThatThrownBy(() -> Stamp.builder().from(Stamp.of(Scenario.standard(), AT)).scenarioHash("ABC").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("scenarioHash");
  }

  private static Cohort reversedMaps(Cohort c) {
    return c.withLanguageMix(reversed(c.languageMix())).withConditionMix(reversed(c.conditionMix()))
        .withCapacityMix(reversed(c.capacityMix()));
  }

  private static <K> Map<K, Double> reversed(Map<K, Double> map) {
    List<K> keys = new ArrayList<>(map.keySet());
    java.util.Collections.reverse(keys);
    Map<K, Double> out = new LinkedHashMap<>();
    keys.forEach(k -> out.put(k, map.get(k)));
    return out;
  }

  /** One change per field: numbers by their smallest step, so only exact (bit-level) hashing tells them apart. */
  private static List<UnaryOperator<Scenario>> mutations(SplittableRandom r) {
    Criterion criterion = Criterion.values()[r.nextInt(Criterion.values().length)];
    return List.of(
        s -> s.withName(s.name() + "x"),
        s -> s.withHorizonWeeks(s.horizonWeeks() == 520 ? 519 : s.horizonWeeks() + 1),
        s -> s.withStart(s.start().plusSeconds(1)),
        s -> s.withAssignment(MatchingMode.values()[(s.assignment().ordinal() + 1) % MatchingMode.values().length]),
        s -> s.withGroups(s.groups() + 1),
        s -> s.withSeriesSessions(s.seriesSessions() == 520 ? 519 : s.seriesSessions() + 1),
        s -> s.withManualMatchDays(s.manualMatchDays() == 365 ? 364 : s.manualMatchDays() + 1),
        s -> s.withManualRetries(s.manualRetries() == 100 ? 99 : s.manualRetries() + 1),
        s -> s.withCohort(s.cohort().withSupporters(s.cohort().supporters() + 1)),
        s -> s.withCohort(s.cohort().withSeekersPerWeek(nudge(s.cohort().seekersPerWeek()))),
        s -> s.withCohort(s.cohort().withCaregiverShare(nudge(s.cohort().caregiverShare()))),
        s -> s.withCohort(s.cohort().withLanguageMix(nudgeFirst(s.cohort().languageMix()))),
        s -> s.withBehaviour(s.behaviour().withAnswerHours(nudge(s.behaviour().answerHours()))),
        s -> s.withOfferWindow(s.lifecycle().offerWindow().plusHours(1)),
        s -> s.withHardCriterion(criterion),
        s -> s.withGroupMaxMembers(s.groupSize().maxMembers() == 2 ? 3 : s.groupSize().maxMembers() - 1),
        s -> s.withExtraGroups(s.extraGroups().isEmpty() ? s.extraGroups() : s.extraGroups().subList(1, s.extraGroups().size())));
  }

  private static double nudge(double v) {
    return v > 0 ? Math.nextDown(v) : Math.nextUp(v);
  }

  private static <K> Map<K, Double> nudgeFirst(Map<K, Double> map) {
    Map<K, Double> out = new LinkedHashMap<>(map);
    K first = map.keySet().iterator().next();
    out.put(first, nudge(map.get(first)));
    return out;
  }
}
