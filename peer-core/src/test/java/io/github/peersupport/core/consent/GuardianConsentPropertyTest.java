package io.github.peersupport.core.consent;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of consent given by someone else ({@link ConsentRecord#permitsBy}, {@link
 * ConsentRecord#permitsAllOnBehalf}, {@link ConsentRecord#assentsToAll}) over generated records with
 * every giver, many events per scope and repeated instants: 10 seeds × 200 cases per property.
 */
class GuardianConsentPropertyTest {
  private static final int CASES = 200;
  private static final int MAX_EVENTS = 30;

  private static ConsentRecord record(SplittableRandom r) {
    return r.nextInt(3) == 0 ? CoreGen.consentOnBehalf(r, CoreGen.instant(r)) : CoreGen.consentRecord(r, MAX_EVENTS);
  }

  private static List<Instant> probes(ConsentRecord record) {
    TreeSet<Instant> probes = new TreeSet<>();
    probes.add(Instant.parse("2000-01-01T00:00:00Z"));
    probes.add(Instant.parse("2100-01-01T00:00:00Z"));
    for (ConsentEvent e : record.events()) {
      probes.add(e.at());
      probes.add(e.at().minusNanos(1));
      probes.add(e.at().plusNanos(1));
    }
    return new ArrayList<>(probes);
  }

  /** A random non-empty set of givers. */
  private static ConsentGiver[] givers(SplittableRandom r) {
    Set<ConsentGiver> set = EnumSet.noneOf(ConsentGiver.class);
    while (set.isEmpty()) {
      for (ConsentGiver g : ConsentGiver.values()) {
        if (r.nextBoolean()) {
          set.add(g);
        }
      }
    }
    return set.toArray(ConsentGiver[]::new);
  }

  /** The documented rule, written independently: some grant by the givers later than every withdrawal, both at or before t. */
  private static boolean expected(ConsentRecord record, ConsentScope scope, Instant t, Set<ConsentGiver> givers) {
    for (ConsentEvent g : record.events()) {
      if (g.scope() != scope || g.action() != ConsentAction.GRANTED || !givers.contains(g.giver()) || g.at().isAfter(t)) {
        continue;
      }
      boolean standing = record.events().stream().noneMatch(w -> w.scope() == scope && w.action() == ConsentAction.WITHDRAWN
          && !w.at().isAfter(t) && !w.at().isBefore(g.at()));
      if (standing) {
        return true;
      }
    }
    return false;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void permitsBy_anyRecord_matchesTheDocumentedRule(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      ConsentRecord record = record(random);
      ConsentGiver[] givers = givers(random);
      Set<ConsentGiver> set = EnumSet.of(givers[0], givers);
      for (Instant t : probes(record)) {
        for (ConsentScope scope : ConsentScope.values()) {
          assertThat(record.permitsBy(scope, t, givers)).as("%s by %s at %s in %s", scope, set, t, record.events())
              .isEqualTo(expected(record, scope, t, set));
        }
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void permitsBy_everyGiver_isPermitsAndOrderedBySubset(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      ConsentRecord record = record(random);
      for (Instant t : probes(record)) {
        for (ConsentScope scope : ConsentScope.values()) {
          boolean any = record.permitsBy(scope, t, ConsentGiver.values());
          assertThat(record.permits(scope, t)).as("%s at %s", scope, t).isEqualTo(any);
          // a grant by a narrower set of givers implies one by a wider set; no giver grants nothing
          for (ConsentGiver g : ConsentGiver.values()) {
            if (record.permitsBy(scope, t, g)) {
              assertThat(any).as("%s by %s at %s", scope, g, t).isTrue();
            }
          }
          assertThat(record.permitsBy(scope, t)).isFalse();
        }
        boolean onBehalf = record.permitsAllOnBehalf(t, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);
        assertThat(onBehalf).isEqualTo(record.permitsBy(ConsentScope.BE_MATCHED, t, ConsentGiver.GUARDIAN, ConsentGiver.PROXY)
            && record.permitsBy(ConsentScope.BE_CONTACTED, t, ConsentGiver.GUARDIAN, ConsentGiver.PROXY));
        boolean assent = record.assentsToAll(t, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);
        assertThat(assent).isEqualTo(record.permitsBy(ConsentScope.BE_MATCHED, t, ConsentGiver.SELF)
            && record.permitsBy(ConsentScope.BE_CONTACTED, t, ConsentGiver.SELF));
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void withdrawBy_guardianOrPerson_endsEveryGrantUntilRegranted(long seed) {
    int[] ended = {0};
    Seeds.forEachCase(seed, CASES, random -> {
      Instant at = CoreGen.instant(random);
      ConsentGiver onBehalf = CoreGen.oneOf(random, ConsentGiver.GUARDIAN, ConsentGiver.PROXY);
      ConsentRecord given = ConsentRecord.grantedBy(at.minus(Duration.ofDays(3)), onBehalf, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)
          .grant(ConsentScope.BE_MATCHED, at.minus(Duration.ofDays(2))).grant(ConsentScope.BE_CONTACTED, at.minus(Duration.ofDays(2)));
      assertThat(given.permitsAllOnBehalf(at, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).isTrue();
      assertThat(given.assentsToAll(at, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).isTrue();

      ConsentScope scope = CoreGen.oneOf(random, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);
      ConsentGiver by = CoreGen.oneOf(random, ConsentGiver.values());
      Instant withdrawn = at.minus(Duration.ofHours(random.nextInt(0, 40)));
      ConsentRecord record = given.withdrawBy(scope, withdrawn, by);
      for (Instant t : List.of(withdrawn, withdrawn.plusNanos(1), at, at.plus(Duration.ofDays(365)))) {
        assertThat(record.permitsAllOnBehalf(t, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).as("withdrawn by %s", by).isFalse();
        assertThat(record.assentsToAll(t, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).as("withdrawn by %s", by).isFalse();
        assertThat(record.permits(scope, t)).isFalse();
        ended[0]++;
      }
      assertThat(record.permits(scope, withdrawn.minusNanos(1))).isTrue();
      // a new grant by the guardian restores the permission, not the minor's assent
      Instant regrant = withdrawn.plus(Duration.ofHours(1));
      ConsentRecord again = record.grantBy(scope, regrant, onBehalf);
      assertThat(again.permitsAllOnBehalf(regrant, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).isTrue();
      assertThat(again.assentsToAll(regrant, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).isFalse();
    });
    assertThat(ended[0]).isEqualTo(4 * CASES);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void permitsAllOnBehalf_ownGrantsOnly_false(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      Instant at = CoreGen.instant(random);
      ConsentRecord own = ConsentRecord.grantedAt(at.minusSeconds(random.nextInt(0, 86_400)), ConsentScope.values());
      assertThat(own.permitsAllOnBehalf(at, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).isFalse();
      assertThat(own.assentsToAll(at, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).isTrue();
      assertThat(own.events()).allMatch(e -> e.giver() == ConsentGiver.SELF);
    });
  }
}
