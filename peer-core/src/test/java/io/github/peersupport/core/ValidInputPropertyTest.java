package io.github.peersupport.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.consent.ConfidentialityPolicy;
import io.github.peersupport.core.programme.ProgrammeProfile;
import io.github.peersupport.core.prescription.Adherence;
import java.util.Locale;
import io.github.peersupport.core.lifecycle.PeerStatus;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.GeoPoint;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.core.person.WeeklyAvailability;
import io.github.peersupport.core.prescription.GroupPrescription;
import io.github.peersupport.core.referral.AnchorEvent;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.core.referral.Referral;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public value type accepts generated valid input (10 seeds × 100 cases = 1,000 per type):
 * construction succeeds, is deterministic for a seed (equal values, equal hash codes, equal
 * {@code toString}), and the type's own invariant holds on the result.
 */
class ValidInputPropertyTest {
  private static final int CASES_PER_SEED = 100;

  /** A generator and the invariant its values must satisfy. */
  private record Kind(Function<SplittableRandom, Object> generator, Predicate<Object> invariant) {}

  private static final Map<String, Kind> KINDS = Map.ofEntries(
      kind("SeekerId", CoreGen::seekerId, v -> ((SeekerId) v).value().length() <= 64),
      kind("SupporterId", CoreGen::supporterId, v -> !((SupporterId) v).value().isEmpty()),
      kind("FacilitatorId", CoreGen::facilitatorId, v -> !((FacilitatorId) v).value().isEmpty()),
      kind("ClinicianId", CoreGen::clinicianId, v -> !((ClinicianId) v).value().isEmpty()),
      kind("ProgrammeId", CoreGen::programmeId, v -> !((ProgrammeId) v).value().isEmpty()),
      kind("GroupId", CoreGen::groupId, v -> !((GroupId) v).value().isEmpty()),
      kind("MatchId", CoreGen::matchId, v -> !((MatchId) v).value().isEmpty()),
      kind("Tag", CoreGen::tag, v -> ((Tag) v).value().equals(((Tag) v).value().toLowerCase(Locale.ROOT))),
      kind("Code", r -> CoreGen.code(r, Taxonomy.standardConditions()), v -> Taxonomy.standardConditions().contains((Code) v)),
      kind("Language", CoreGen::language, v -> ((Language) v).tag().startsWith(((Language) v).primary())),
      kind("Age", CoreGen::age, v -> ((Age) v).minYearsAt(CoreGen.TODAY) <= ((Age) v).maxYearsAt(CoreGen.TODAY)),
      kind("Gender", CoreGen::gender, v -> true),
      kind("GeoPoint", r -> GeoPoint.of(r.nextDouble(-90, 90), r.nextDouble(-180, 180)), v -> ((GeoPoint) v).distanceKm((GeoPoint) v) < 1e-6),
      kind("Location", CoreGen::location, v -> true),
      kind("TimeWindow", CoreGen::timeWindow, v -> ((TimeWindow) v).end().isAfter(((TimeWindow) v).start())),
      kind("WeeklyAvailability", CoreGen::availability,
          v -> ((WeeklyAvailability) v).overlapMinutes((WeeklyAvailability) v, CoreGen.TODAY) <= 7 * 24 * 60 * (long) Math.max(1, ((WeeklyAvailability) v).windows().size())),
      kind("PersonProfile", CoreGen::profile, v -> true),
      kind("SeekerPreferences", CoreGen::preferences, v -> true),
      kind("LivedExperience", CoreGen::experience,
          v -> !((LivedExperience) v).conditions().isEmpty()
              && (((LivedExperience) v).role() == ExperienceRole.CAREGIVER) == ((LivedExperience) v).relationship().isPresent()),
      kind("Seeker", CoreGen::seeker, v -> true),
      kind("Supporter", CoreGen::supporter, v -> ((Supporter) v).capacity() >= 1 && ((Supporter) v).capacity() <= Supporter.MAX_CAPACITY),
      kind("ActiveSupporter", CoreGen::activeSupporter, v -> ((Supporter) v).standing().canServeAt(CoreGen.EPOCH)),
      kind("Facilitator", CoreGen::facilitator, v -> true),
      kind("Certification", CoreGen::certification, v -> true),
      kind("TrainingRecord", CoreGen::training, v -> true),
      kind("PeerStanding", CoreGen::standing,
          v -> ((PeerStanding) v).status() != PeerStatus.ACTIVE
              || ((PeerStanding) v).hasCompetentTraining()),
      kind("LifecycleEvent", r -> CoreGen.lifecycleEvent(r, CoreGen.instant(r)), v -> true),
      kind("ConsentEvent", CoreGen::consentEvent, v -> true),
      kind("ConsentRecord", CoreGen::consentRecord, v -> true),
      kind("ConfidentialityPolicy", CoreGen::confidentialityPolicy,
          v -> ((ConfidentialityPolicy) v).limits().containsAll(ConfidentialityPolicy.FLOOR)),
      kind("ProgrammeProfile", CoreGen::programmeProfile, v -> !((ProgrammeProfile) v).deliveryModels().isEmpty()),
      kind("GroupPrescription", CoreGen::prescription,
          v -> ((GroupPrescription) v).totalExpectedSessions() >= ((GroupPrescription) v).sessionsPerPeriod()),
      kind("Adherence", r -> Adherence.of(r.nextInt(0, 50), r.nextInt(0, 50)),
          v -> ((Adherence) v).raw() >= 0),
      kind("TaxonomyNode", r -> Taxonomy.standardTreatments().nodes().get(r.nextInt(Taxonomy.standardTreatments().nodes().size())),
          v -> true),
      kind("Taxonomy", TaxonomyGen::taxonomy, v -> ((Taxonomy) v).roots().size() >= 1),
      kind("Referral", r -> CoreGen.referral(r, CoreGen.EPOCH),
          v -> (((Referral) v).clinician().isEmpty() || ((Referral) v).source().namesClinician())
              && ((Referral) v).referredAt().filter(at -> at.isAfter(CoreGen.EPOCH)).isEmpty()),
      kind("AnchorEvent", r -> CoreGen.anchorEvent(r, CoreGen.oneOf(r, AnchorKind.values()), CoreGen.EPOCH),
          v -> ((AnchorEvent) v).expected() || !((AnchorEvent) v).at().isAfter(CoreGen.EPOCH)));

  private static Map.Entry<String, Kind> kind(String name, Function<SplittableRandom, Object> generator, Predicate<Object> invariant) {
    return Map.entry(name, new Kind(generator, invariant));
  }

  static Stream<Arguments> typesAndSeeds() {
    List<String> names = KINDS.keySet().stream().sorted().toList();
    return names.stream().flatMap(name -> Seeds.seeds().mapToObj(seed -> Arguments.of(name, seed)));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("typesAndSeeds")
  void build_generatedValidInput_succeedsDeterministicallyAndKeepsInvariant(String type, long seed) {
    Kind kind = KINDS.get(type);
    Seeds.forEachCase(seed, CASES_PER_SEED, random -> {
      long caseSeed = random.nextLong();
      Object first = kind.generator().apply(new SplittableRandom(caseSeed));
      Object second = kind.generator().apply(new SplittableRandom(caseSeed));
      assertThat(first).as(type).isEqualTo(second).hasSameHashCodeAs(second);
      assertThat(first.toString()).isEqualTo(second.toString());
      assertThat(kind.invariant().test(first)).as("invariant of %s: %s", type, first).isTrue();
    });
  }
}
