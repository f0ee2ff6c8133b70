package io.github.peersupport.core.consent;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of {@link ConsentRecord#permits}; 150 cases per seed, 1,500 per property over the ten seeds. */
class ConsentRecordPropertyTest {
  private static final int CASES = 150;
  private static final int MAX_EVENTS = 40;

  private static ConsentRecord record(SplittableRandom r) {
    return r.nextInt(4) == 0 ? CoreGen.consentRecord(r) : CoreGen.consentRecord(r, MAX_EVENTS);
  }

  /**
   * Instants at which answers can change: each event's instant and just before it, and well before and
   * after all of them (between two event instants every answer stays the same).
   */
  private static List<Instant> probes(ConsentRecord record) {
    TreeSet<Instant> probes = new TreeSet<>();
    probes.add(CoreGen.EPOCH.minus(Duration.ofDays(1)));
    probes.add(CoreGen.EPOCH.plus(Duration.ofDays(100)));
    for (ConsentEvent e : record.events()) {
      probes.add(e.at());
      probes.add(e.at().minusNanos(1));
    }
    return new ArrayList<>(probes);
  }

  /** Instants from a withdrawal on: at it, just after, half an hour after, at and just after every later event, and much later. */
  private static TreeSet<Instant> probesFrom(ConsentRecord record, Instant from) {
    TreeSet<Instant> probes = new TreeSet<>();
    probes.add(from);
    probes.add(from.plusNanos(1));
    probes.add(from.plus(Duration.ofMinutes(30)));
    probes.add(from.plus(Duration.ofDays(100)));
    for (ConsentEvent e : record.events()) {
      if (!e.at().isBefore(from)) {
        probes.add(e.at());
        probes.add(e.at().plusNanos(1));
      }
    }
    return probes;
  }

  /** The same events in an order drawn from the random stream (Fisher-Yates). */
  private static ConsentRecord shuffled(ConsentRecord record, SplittableRandom r) {
    List<ConsentEvent> events = new ArrayList<>(record.events());
    for (int i = events.size() - 1; i > 0; i--) {
      Collections.swap(events, i, r.nextInt(i + 1));
    }
    return ConsentRecord.builder().addAllEvents(events).build();
  }

  /** The documented rule, written independently: the latest instant at or before t decides; any withdrawal there wins. */
  private static boolean expected(ConsentRecord record, ConsentScope scope, Instant t) {
    Instant latest = null;
    for (ConsentEvent e : record.events()) {
      if (e.scope() == scope && !e.at().isAfter(t) && (latest == null || e.at().isAfter(latest))) {
        latest = e.at();
      }
    }
    if (latest == null) {
      return false;
    }
    for (ConsentEvent e : record.events()) {
      if (e.scope() == scope && e.at().equals(latest) && e.action() == ConsentAction.WITHDRAWN) {
        return false;
      }
    }
    return true;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void permits_afterWithdrawalWithoutNewerGrant_false(long seed) {
    int[] checked = {0};
    Seeds.forEachCase(seed, CASES, random -> {
      ConsentRecord record = record(random);
      for (ConsentEvent w : record.events()) {
        if (w.action() != ConsentAction.WITHDRAWN) {
          continue;
        }
        // the first grant of the scope after the withdrawal, if any: up to it the scope stays withdrawn
        Instant regrant = record.events().stream()
            .filter(g -> g.scope() == w.scope() && g.action() == ConsentAction.GRANTED && g.at().isAfter(w.at()))
            .map(ConsentEvent::at).min(Instant::compareTo).orElse(Instant.MAX);
        for (Instant t : probesFrom(record, w.at()).headSet(regrant)) {
          assertThat(record.permits(w.scope(), t)).as("%s at %s in %s", w, t, record.events()).isFalse();
          checked[0]++;
        }
        assertThat(record.permittedAt(w.at())).as("%s", w).doesNotContain(w.scope());
      }
    });
    assertThat(checked[0]).as("withdrawal checks for seed %d", seed).isGreaterThan(CASES);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void permits_anyRecordingOrder_sameAnswers(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      ConsentRecord record = record(random);
      ConsentRecord shuffled = shuffled(record, random);
      ConsentRecord reversed = ConsentRecord.builder().addAllEvents(reversed(record.events())).build();
      assertThat(shuffled.events()).containsExactlyInAnyOrderElementsOf(record.events());

      for (Instant t : probes(record)) {
        for (ConsentScope scope : ConsentScope.values()) {
          boolean answer = record.permits(scope, t);
          assertThat(shuffled.permits(scope, t)).as("%s at %s, shuffled %s", scope, t, shuffled.events()).isEqualTo(answer);
          assertThat(reversed.permits(scope, t)).as("%s at %s, reversed", scope, t).isEqualTo(answer);
        }
      }
    });
  }

  private static List<ConsentEvent> reversed(List<ConsentEvent> events) {
    List<ConsentEvent> copy = new ArrayList<>(events);
    Collections.reverse(copy);
    return copy;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void permits_noEventForScopeAtOrBefore_false(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      Instant t = CoreGen.instant(random);
      for (ConsentScope scope : ConsentScope.values()) {
        assertThat(ConsentRecord.none().permits(scope, t)).isFalse();
      }
      assertThat(ConsentRecord.none().permittedAt(t)).isEmpty();

      // a record whose events for a scope all come later permits nothing for that scope yet
      ConsentRecord record = record(random);
      ConsentScope scope = CoreGen.oneOf(random, ConsentScope.values());
      Instant before = record.events().stream().filter(e -> e.scope() == scope).map(ConsentEvent::at)
          .min(Instant::compareTo).map(first -> first.minusNanos(1)).orElse(CoreGen.EPOCH.plus(Duration.ofDays(100)));
      assertThat(record.permits(scope, before)).as("%s at %s in %s", scope, before, record.events()).isFalse();
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void permits_grantAndWithdrawalAtSameInstant_false(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      ConsentRecord base = record(random);
      ConsentScope scope = CoreGen.oneOf(random, ConsentScope.values());
      Instant at = random.nextBoolean() || base.events().isEmpty() ? CoreGen.consentEvent(random).at()
          : CoreGen.oneOf(random, base.events()).at();
      List<ConsentEvent> events = new ArrayList<>(base.events());
      events.add(random.nextInt(events.size() + 1), ConsentEvent.granted(scope, at));
      events.add(random.nextInt(events.size() + 1), ConsentEvent.withdrawn(scope, at));
      ConsentRecord record = ConsentRecord.builder().addAllEvents(events).build();

      assertThat(record.permits(scope, at)).as("%s at %s in %s", scope, at, events).isFalse();
      assertThat(record.permits(scope, at.plusNanos(1))).isFalse();
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void permits_anyRecord_matchesTheDocumentedRule(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      ConsentRecord record = record(random);
      for (Instant t : probes(record)) {
        for (ConsentScope scope : ConsentScope.values()) {
          assertThat(record.permits(scope, t)).as("%s at %s in %s", scope, t, record.events()).isEqualTo(expected(record, scope, t));
        }
      }
    });
  }
}
