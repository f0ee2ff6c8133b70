package io.github.peersupport.core.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.escalation.SignKind;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.testing.EscalationGen;
import io.github.peersupport.core.testing.Seeds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The safeguarding rules for adult–minor contact ({@link BoundaryPolicy#MINOR_CONTACT_THROUGH_GUARDIAN},
 * {@link BoundaryPolicy#MINOR_NO_PRIVATE_OUTSIDE_CONTACT}) over generated records and policies: each
 * breach names its rule exactly on the records the rule describes, and no policy setting changes them:
 * 10 seeds × 300 cases per property.
 */
class SafeguardingPropertyTest {
  private static final int CASES = 300;
  private static final Set<RuleId> SAFEGUARDING = Set.of(BoundaryPolicy.MINOR_CONTACT_THROUGH_GUARDIAN,
      BoundaryPolicy.MINOR_NO_PRIVATE_OUTSIDE_CONTACT);

  /** Records in which contact with minors is common: a third of the records flagged as with a minor. */
  private static List<InteractionRecord> records(SplittableRandom r) {
    List<InteractionRecord> records = new ArrayList<>();
    for (InteractionRecord rec : EscalationGen.interactions(r, 40, Duration.ofDays(r.nextInt(7, 57)))) {
      Set<InteractionFlag> flags = EnumSet.noneOf(InteractionFlag.class);
      flags.addAll(rec.flags());
      if (r.nextInt(3) == 0) {
        flags.add(InteractionFlag.OTHER_IS_MINOR);
        if (r.nextBoolean()) {
          flags.add(InteractionFlag.GUARDIAN_PRESENT);
        }
        if (r.nextInt(4) == 0) {
          flags.add(InteractionFlag.OUTSIDE_PROGRAMME);
        }
      }
      records.add(InteractionRecord.builder().from(rec).flags(flags).build());
    }
    return records;
  }

  private static BoundaryPolicy policy(SplittableRandom r) {
    return r.nextInt(4) == 0 ? BoundaryPolicy.standard() : EscalationGen.boundaryPolicy(r);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void evaluate_contactWithMinors_breachesNamedExactlyWhereTheRulesSay(long seed) {
    int[] seen = new int[2];
    Seeds.forEachCase(seed, CASES, random -> {
      List<InteractionRecord> records = records(random);
      BoundaryReport report = policy(random).evaluate(records);

      Map<InteractionId, Set<RuleId>> rulesByRecord = new HashMap<>();
      for (Breach b : report.breaches()) {
        if (SAFEGUARDING.contains(b.rule())) {
          assertThat(b.records()).as("records of %s", b.rule()).hasSize(1);
          assertThat(b.serious()).as("%s is serious", b.rule()).isTrue();
          assertThat(b.consequences()).as("consequences of %s", b.rule())
              .containsExactlyInAnyOrder(BoundaryConsequence.COORDINATOR_REVIEW, BoundaryConsequence.ESCALATION_SIGNAL);
          assertThat(b.escalationSign()).contains(SignKind.BOUNDARY_CONCERN);
          assertThat(rulesByRecord.computeIfAbsent(b.records().get(0), k -> new HashSet<>()).add(b.rule()))
              .as("%s named twice for one record", b.rule()).isTrue();
        }
      }
      for (InteractionRecord r : records) {
        Set<InteractionFlag> f = r.flags();
        boolean minor = f.contains(InteractionFlag.OTHER_IS_MINOR);
        Set<RuleId> expected = new HashSet<>();
        if (minor && !f.contains(InteractionFlag.GUARDIAN_PRESENT)) {
          expected.add(BoundaryPolicy.MINOR_CONTACT_THROUGH_GUARDIAN);
        }
        if (minor && f.contains(InteractionFlag.OUTSIDE_PROGRAMME)) {
          expected.add(BoundaryPolicy.MINOR_NO_PRIVATE_OUTSIDE_CONTACT);
        }
        assertThat(rulesByRecord.getOrDefault(r.id(), Set.of())).as("safeguarding breaches of %s with flags %s", r, f)
            .isEqualTo(expected);
        seen[0] += expected.contains(BoundaryPolicy.MINOR_CONTACT_THROUGH_GUARDIAN) ? 1 : 0;
        seen[1] += expected.contains(BoundaryPolicy.MINOR_NO_PRIVATE_OUTSIDE_CONTACT) ? 1 : 0;
      }
    });
    assertThat(seen[0]).as("contact without a guardian, seed %d", seed).isGreaterThan(CASES);
    assertThat(seen[1]).as("outside contact with a minor, seed %d", seed).isGreaterThan(CASES / 10);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void evaluate_anyPolicy_sameSafeguardingBreaches(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      List<InteractionRecord> records = records(random);
      BoundaryPolicy other = BoundaryPolicy.builder().from(policy(random))
          .outsideContact(OutsideContact.ALLOWED).build();
      assertThat(safeguarding(other.evaluate(records))).isEqualTo(safeguarding(BoundaryPolicy.standard().evaluate(records)));
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void evaluate_noContactWithMinors_noSafeguardingBreach(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      List<InteractionRecord> adults = new ArrayList<>();
      for (InteractionRecord r : records(random)) {
        Set<InteractionFlag> flags = EnumSet.noneOf(InteractionFlag.class);
        flags.addAll(r.flags());
        flags.remove(InteractionFlag.OTHER_IS_MINOR);
        adults.add(InteractionRecord.builder().from(r).flags(flags).build());
      }
      assertThat(safeguarding(policy(random).evaluate(adults))).isEmpty();
    });
  }

  private static List<Breach> safeguarding(BoundaryReport report) {
    return report.breaches().stream().filter(b -> SAFEGUARDING.contains(b.rule())).toList();
  }
}
