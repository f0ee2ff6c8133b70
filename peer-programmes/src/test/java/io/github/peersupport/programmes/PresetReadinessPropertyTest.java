package io.github.peersupport.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Milestone;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.programme.Readiness;
import io.github.peersupport.core.programme.ReadinessRule;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.Exclusion;
import io.github.peersupport.matching.PeerMatcher;
import io.github.peersupport.matching.testing.MatchingGen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Readiness per programme: for every preset, a supporter whose dates fall around the preset's readiness
 * thresholds is excluded exactly when the preset's own {@link Readiness} says they are not ready, under
 * the failing rule's id, and never on time grounds when they are ready. Over all seeds, every preset with
 * a time rule sees supporters on both sides of it.
 */
class PresetReadinessPropertyTest {
  private static final int CASES = 40;
  private static final Map<String, Set<Boolean>> OUTCOMES = new ConcurrentHashMap<>();

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void rank_supportersAroundThePresetsThresholds_excludedExactlyWhenNotReady(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      for (Programme p : Programmes.all().values()) {
        PeerMatcher matcher = p.matcher();
        Readiness readiness = matcher.policy().readiness();
        LocalDate today = CoreGen.EPOCH.atZone(p.profile().zone()).toLocalDate();
        List<Supporter> supporters = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
          supporters.add(supporter(r, p, "sup-" + i, today));
        }
        Map<SupporterId, RuleId> excluded = new HashMap<>();
        for (Exclusion e : matcher.exclusions(seeker(r, p), matcher.pool(supporters, CoreGen.EPOCH))) {
          excluded.put(e.supporter(), e.refusedBy());
        }
        Set<RuleId> readinessIds = readiness.rules().stream().map(ReadinessRule::id).collect(Collectors.toSet());
        for (Supporter s : supporters) {
          Optional<ReadinessRule> failed = readiness.refusedBy(s.experience(), today);
          if (failed.isPresent()) {
            assertThat(excluded.get(s.id())).as("%s: %s fails %s", p.id(), s.id(), failed.get()).isEqualTo(failed.get().id());
          } else {
            assertThat(readinessIds).as("%s: %s is ready", p.id(), s.id()).doesNotContain(excluded.get(s.id()));
          }
          OUTCOMES.computeIfAbsent(p.id().value(), k -> ConcurrentHashMap.newKeySet()).add(failed.isPresent());
        }
      }
    });
  }

  @AfterAll
  static void everyPresetWithATimeRule_seesReadyAndNotReadySupporters() {
    if (Seeds.seeds().count() < 10) {
      return;
    }
    for (Programme p : Programmes.all().values()) {
      Set<Boolean> seen = OUTCOMES.get(p.id().value());
      if (p.matcher().policy().readiness().rules().isEmpty()) {
        assertThat(seen).as(p.id().value()).containsExactly(false);
      } else {
        assertThat(seen).as(p.id().value()).containsExactlyInAnyOrder(true, false);
      }
    }
  }

  /** An adult seeker of the programme's first role who consented: the seeker's side of the floor passes. */
  private static Seeker seeker(SplittableRandom r, Programme p) {
    Seeker generated = MatchingGen.seeker(r);
    return Seeker.builder().from(generated)
        .experience(experience(r, p, p.profile().rolesServed().iterator().next(), LocalDate.of(2025, 6, 1)))
        .profile(PersonProfile.builder().from(generated.profile()).age(Age.bornIn(1985)).build())
        .consent(ConsentRecord.grantedAt(CoreGen.EPOCH.minusSeconds(60), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED))
        .build();
  }

  /** An active, adult supporter with capacity whose dates all lie within the last two years. */
  private static Supporter supporter(SplittableRandom r, Programme p, String id, LocalDate today) {
    Supporter generated = MatchingGen.supporter(r, id);
    List<ExperienceRole> roles = List.copyOf(p.profile().rolesServed());
    return Supporter.builder().from(generated).activeMatches(0)
        .standing(CoreGen.activeStanding(r, CoreGen.EPOCH))
        .profile(PersonProfile.builder().from(generated.profile()).age(Age.bornIn(1970)).build())
        .experience(experience(r, p, roles.get(r.nextInt(roles.size())), today))
        .build();
  }

  private static LivedExperience experience(SplittableRandom r, Programme p, ExperienceRole role, LocalDate today) {
    List<Code> conditions = List.copyOf(p.profile().conditionsServed());
    LivedExperience.Builder b = LivedExperience.builder().role(role)
        .addConditions(conditions.get(r.nextInt(conditions.size())));
    if (role == ExperienceRole.CAREGIVER) {
      b.relationship(CoreGen.oneOf(r, CaregiverRelationship.values()));
    }
    LocalDate diagnosed = today.minusDays(r.nextInt(0, 730));
    if (r.nextInt(5) > 0) {
      b.diagnosedOn(diagnosed);
      if (r.nextBoolean()) {
        b.treatmentEndedOn(diagnosed.plusDays(r.nextInt(0, 1 + (int) (today.toEpochDay() - diagnosed.toEpochDay()))));
      }
    }
    b.onMaintenanceTherapy(r.nextInt(6) == 0);
    for (Milestone m : Milestone.values()) {
      if (r.nextInt(4) > 0) {
        b.putMilestones(m, today.minusDays(r.nextInt(0, 730)));
      }
    }
    return b.build();
  }
}
