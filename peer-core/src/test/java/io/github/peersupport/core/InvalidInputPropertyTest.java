package io.github.peersupport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.peersupport.core.consent.ConfidentialityLimit;
import io.github.peersupport.core.consent.ConfidentialityPolicy;
import io.github.peersupport.core.consent.ConsentAction;
import io.github.peersupport.core.consent.ConsentEvent;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.lifecycle.Certification;
import io.github.peersupport.core.lifecycle.LifecycleEvent;
import io.github.peersupport.core.lifecycle.LifecycleEventType;
import io.github.peersupport.core.lifecycle.PauseReason;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.lifecycle.PeerStatus;
import io.github.peersupport.core.lifecycle.TrainingRecord;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.core.person.Gender;
import io.github.peersupport.core.person.GenderIdentity;
import io.github.peersupport.core.person.GeoPoint;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Location;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.SeekerPreferences;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.core.person.WeeklyAvailability;
import io.github.peersupport.core.prescription.Adherence;
import io.github.peersupport.core.prescription.GroupPrescription;
import io.github.peersupport.core.programme.ProgrammeProfile;
import io.github.peersupport.core.referral.AnchorEvent;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.core.referral.Referral;
import io.github.peersupport.core.referral.ReferralSource;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public value type rejects generated invalid input (10 seeds × 100 cases = 1,000 per type)
 * with an unchecked exception whose message names the field, and never echoes personal text: the
 * invalid values embed a name-like marker that must not appear in the message. Nothing half-built
 * escapes, since the only way out of a builder is {@code build()}.
 */
class InvalidInputPropertyTest {
  private static final int CASES_PER_SEED = 100;
  /** Personal-looking text planted in invalid values; it must never reach a message. */
  private static final String MARKER = "Jane Doe";

  /** An attempted construction and the field its failure must name. */
  private record Attempt(String field, Runnable construct) {}

  private static final Map<String, Function<SplittableRandom, Attempt>> KINDS = Map.ofEntries(
      Map.entry("SeekerId", r -> new Attempt("seekerId", () -> SeekerId.of(badId(r)))),
      Map.entry("SupporterId", r -> new Attempt("supporterId", () -> SupporterId.of(badId(r)))),
      Map.entry("FacilitatorId", r -> new Attempt("facilitatorId", () -> FacilitatorId.of(badId(r)))),
      Map.entry("ClinicianId", r -> new Attempt("clinicianId", () -> ClinicianId.of(badId(r)))),
      Map.entry("ProgrammeId", r -> new Attempt("programmeId", () -> ProgrammeId.of(badId(r)))),
      Map.entry("GroupId", r -> new Attempt("groupId", () -> GroupId.of(badId(r)))),
      Map.entry("MatchId", r -> new Attempt("matchId", () -> MatchId.of(badId(r)))),
      Map.entry("Tag", r -> new Attempt("tag", () -> Tag.of(badSlug(r)))),
      Map.entry("RuleId", r -> new Attempt("ruleId", () -> RuleId.of(badSlug(r)))),
      Map.entry("Code", InvalidInputPropertyTest::badCode),
      Map.entry("Language", r -> new Attempt("language", () -> Language.of(CoreGen.oneOf(r, "EN", "english", "e", "", "en_US", MARKER, "en-")))),
      Map.entry("GeoPoint", r -> r.nextBoolean()
          ? new Attempt("latitude", () -> GeoPoint.of(CoreGen.oneOf(r, 90.001, -91.0, Double.NaN, Double.POSITIVE_INFINITY), 0))
          : new Attempt("longitude", () -> GeoPoint.of(0, CoreGen.oneOf(r, 180.5, -181.0, Double.NaN)))),
      Map.entry("TimeWindow", r -> {
        LocalTime start = LocalTime.of(r.nextInt(1, 24), 0);
        return new Attempt("end", () -> TimeWindow.of(DayOfWeek.MONDAY, start, start.minusMinutes(r.nextInt(0, 60))));
      }),
      Map.entry("WeeklyAvailability", r -> new Attempt("end",
          () -> WeeklyAvailability.builder().addWindows(TimeWindow.of(DayOfWeek.FRIDAY, LocalTime.NOON, LocalTime.NOON)).build())),
      Map.entry("Age", r -> switch (r.nextInt(3)) {
        case 0 -> new Attempt("earliestBirthYear", () -> Age.bornIn(CoreGen.oneOf(r, 1899, 2101, -5, Integer.MAX_VALUE)));
        case 1 -> new Attempt("latestBirthYear", () -> Age.bornBetween(1990, 1990 - r.nextInt(1, 50)));
        default -> new Attempt("band", () -> Age.band(30, 30 - r.nextInt(1, 10), 2026));
      }),
      Map.entry("Gender", r -> switch (r.nextInt(3)) {
        case 0 -> new Attempt("selfDescription", () -> Gender.builder().identity(GenderIdentity.SELF_DESCRIBED).build());
        case 1 -> new Attempt("selfDescription", () -> Gender.builder().identity(GenderIdentity.WOMAN).selfDescription(MARKER).build());
        default -> new Attempt("selfDescription", () -> Gender.selfDescribed(MARKER + "x".repeat(100 + r.nextInt(50))));
      }),
      Map.entry("Location", r -> r.nextBoolean()
          ? new Attempt("region", () -> Location.builder().build())
          : new Attempt("tag", () -> Location.region(MARKER))),
      Map.entry("LivedExperience", r -> switch (r.nextInt(4)) {
        case 0 -> new Attempt("relationship", () -> LivedExperience.builder().from(CoreGen.experience(r)).role(ExperienceRole.CAREGIVER).relationship(Optional.empty()).build());
        case 1 -> new Attempt("conditions", () -> LivedExperience.builder().addIssues(CoreGen.tag(r)).build());
        case 2 -> new Attempt("treatmentEndedOn", () -> LivedExperience.builder().addConditions(CoreGen.code(r, Taxonomy.standardConditions()))
            .diagnosedOn(CoreGen.TODAY).treatmentEndedOn(CoreGen.TODAY.minusDays(r.nextInt(1, 1000))).build());
        default -> new Attempt("relationship", () -> LivedExperience.builder().addConditions(CoreGen.code(r, Taxonomy.standardConditions()))
            .relationship(CaregiverRelationship.PARENT).build());
      }),
      Map.entry("SeekerPreferences", r -> new Attempt("maxAgeGapYears",
          () -> SeekerPreferences.builder().maxAgeGapYears(r.nextBoolean() ? -r.nextInt(0, 100) : r.nextInt(101, 1000)).build())),
      Map.entry("Seeker", r -> r.nextBoolean()
          ? new Attempt("id", () -> Seeker.builder().experience(CoreGen.experience(r)).build())
          : new Attempt("experience", () -> Seeker.builder().id(CoreGen.seekerId(r)).build())),
      Map.entry("Supporter", r -> new Attempt("capacity", () -> Supporter.builder().from(CoreGen.supporter(r))
          .capacity(r.nextBoolean() ? -r.nextInt(0, 1000) : r.nextInt(Supporter.MAX_CAPACITY + 1, 10_000)).build())),
      Map.entry("Facilitator", r -> new Attempt("id", () -> Facilitator.builder().build())),
      Map.entry("Certification", r -> {
        var issued = CoreGen.instant(r);
        return new Attempt("expiresAt", () -> Certification.builder().kind(Tag.of("peer-mentor")).issuedAt(issued)
            .expiresAt(issued.minus(Duration.ofSeconds(r.nextInt(0, 100_000)))).build());
      }),
      Map.entry("TrainingRecord", r -> new Attempt("course", () -> TrainingRecord.builder().completedAt(CoreGen.instant(r)).competencyConfirmed(true).build())),
      Map.entry("PeerStanding", r -> switch (r.nextInt(5)) {
        case 0 -> new Attempt("pauseReason", () -> PeerStanding.builder().from(CoreGen.activeStanding(r, CoreGen.EPOCH)).status(PeerStatus.PAUSED).build());
        case 1 -> new Attempt("codeOfConductSignedAt", () -> PeerStanding.builder().from(CoreGen.activeStanding(r, CoreGen.EPOCH)).codeOfConductSignedAt(Optional.empty()).build());
        case 2 -> new Attempt("trainings", () -> PeerStanding.builder().status(CoreGen.oneOf(r, PeerStatus.TRAINED, PeerStatus.CERTIFIED, PeerStatus.ACTIVE)).build());
        case 3 -> new Attempt("certifications", () -> PeerStanding.builder().addTrainings(TrainingRecord.passed("peer-mentor-core", CoreGen.EPOCH)).status(PeerStatus.CERTIFIED).build());
        default -> new Attempt("decertificationReason", () -> PeerStanding.builder().status(PeerStatus.DECERTIFIED).build());
      }),
      Map.entry("LifecycleEvent", r -> switch (r.nextInt(4)) {
        case 0 -> new Attempt("training", () -> LifecycleEvent.builder().type(LifecycleEventType.TRAINING_COMPLETED).at(CoreGen.instant(r)).build());
        case 1 -> new Attempt("certification", () -> LifecycleEvent.builder().type(LifecycleEventType.ACTIVATED).at(CoreGen.instant(r)).certification(CoreGen.certification(r)).build());
        case 2 -> new Attempt("pauseReason", () -> LifecycleEvent.paused(CoreGen.instant(r), CoreGen.oneOf(r, PauseReason.CERTIFICATION_LAPSED, PauseReason.BOUNDARY_REVIEW)));
        default -> new Attempt("decertificationReason", () -> LifecycleEvent.builder().type(LifecycleEventType.DECERTIFIED).at(CoreGen.instant(r)).build());
      }),
      Map.entry("ConsentEvent", r -> new Attempt("scope", () -> ConsentEvent.of(null, ConsentAction.GRANTED, CoreGen.instant(r)))),
      Map.entry("ConsentRecord", r -> new Attempt("events", () -> ConsentRecord.builder().addEvents((ConsentEvent) null).build())),
      Map.entry("ConfidentialityPolicy", r -> {
        Set<ConfidentialityLimit> limits = EnumSet.allOf(ConfidentialityLimit.class);
        limits.remove(CoreGen.oneOf(r, List.copyOf(ConfidentialityPolicy.FLOOR)));
        return new Attempt("limits", () -> ConfidentialityPolicy.builder().addAllLimits(limits).build());
      }),
      Map.entry("Programme", r -> switch (r.nextInt(3)) {
        case 0 -> new Attempt("name", () -> ProgrammeProfile.builder().from(CoreGen.programmeProfile(r)).name(r.nextBoolean() ? "  " : MARKER + "x".repeat(200)).build());
        case 1 -> new Attempt("deliveryModels", () -> ProgrammeProfile.builder().from(CoreGen.programmeProfile(r)).deliveryModels(Set.of()).build());
        default -> new Attempt("rolesServed", () -> ProgrammeProfile.builder().from(CoreGen.programmeProfile(r)).rolesServed(Set.of()).build());
      }),
      Map.entry("GroupPrescription", r -> switch (r.nextInt(3)) {
        case 0 -> new Attempt("sessionsPerPeriod", () -> GroupPrescription.builder().from(CoreGen.prescription(r)).sessionsPerPeriod(r.nextBoolean() ? 0 : 32 + r.nextInt(100)).build());
        case 1 -> new Attempt("period", () -> GroupPrescription.builder().from(CoreGen.prescription(r)).period(CoreGen.oneOf(r, Period.ZERO, Period.ofDays(-7), Period.of(0, 1, -3))).build());
        default -> new Attempt("duration", () -> GroupPrescription.builder().from(CoreGen.prescription(r)).period(Period.ofMonths(2)).duration(Period.ofMonths(1)).build());
      }),
      Map.entry("Adherence", r -> r.nextBoolean()
          ? new Attempt("attended", () -> Adherence.of(-r.nextInt(1, 100), 3))
          : new Attempt("expected", () -> Adherence.of(1, -r.nextInt(1, 100)))),
      Map.entry("TaxonomyNode", r -> {
        Code c = CoreGen.code(r, Taxonomy.standardConditions());
        return new Attempt("parent", () -> TaxonomyNode.child(c, c));
      }),
      Map.entry("Taxonomy", InvalidInputPropertyTest::badTaxonomy),
      Map.entry("Referral", r -> r.nextBoolean()
          ? new Attempt("clinician", () -> Referral.builder().source(CoreGen.oneOf(r, ReferralSource.SELF, ReferralSource.FAMILY,
              ReferralSource.COMMUNITY_ORGANISATION, ReferralSource.PEER, ReferralSource.OTHER)).clinician(CoreGen.clinicianId(r)).build())
          : new Attempt("source", () -> Referral.builder().clinician(CoreGen.clinicianId(r)).build())),
      Map.entry("AnchorEvent", r -> r.nextBoolean()
          ? new Attempt("kind", () -> AnchorEvent.builder().at(CoreGen.instant(r)).expected(r.nextBoolean()).build())
          : new Attempt("at", () -> AnchorEvent.builder().kind(CoreGen.oneOf(r, AnchorKind.values())).build())));

  private static String badId(SplittableRandom r) {
    String valid = CoreGen.idText(r);
    switch (r.nextInt(5)) {
      case 0: return "";
      case 1: return valid + "x".repeat(65);
      case 2: return MARKER;
      case 3: return CoreGen.oneOf(r, "-", ".", "_", ":") + valid;
      default: return valid + CoreGen.oneOf(r, " ", "/", "é", "\n", "<", "'", "\u0000");
    }
  }

  private static String badSlug(SplittableRandom r) {
    return CoreGen.oneOf(r, "", MARKER, "UPPER", "a--b", "a..b", "-a", "a-", "a b", "a_b", "x".repeat(65), "ü");
  }

  private static Attempt badCode(SplittableRandom r) {
    switch (r.nextInt(3)) {
      case 0: return new Attempt("system", () -> Code.of(CoreGen.oneOf(r, "", "urn:a b", MARKER, "x".repeat(201)), "c1", "Concept"));
      case 1: return new Attempt("code", () -> Code.of("urn:test", badId(r), "Concept"));
      default: return new Attempt("display", () -> Code.of("urn:test", "c1", r.nextBoolean() ? " " : MARKER + "x".repeat(200)));
    }
  }

  private static Attempt badTaxonomy(SplittableRandom r) {
    Taxonomy valid = TaxonomyGen.taxonomy(r);
    Code first = valid.nodes().get(0).code();
    switch (r.nextInt(4)) {
      case 0:
        return new Attempt("code", () -> Taxonomy.builder().from(valid).addNodes(TaxonomyNode.root(first)).build());
      case 1:
        return new Attempt("parent", () -> Taxonomy.builder().from(valid)
            .addNodes(TaxonomyNode.child(Code.of("urn:test", "orphan", "Orphan"), Code.of("urn:test", "missing", "Missing"))).build());
      case 2: {
        Code a = Code.of("urn:test", "a", "A");
        Code b = Code.of("urn:test", "b", "B");
        return new Attempt("parent", () -> Taxonomy.builder().system("urn:test").addNodes(TaxonomyNode.child(a, b), TaxonomyNode.child(b, a)).build());
      }
      default:
        return new Attempt("system", () -> Taxonomy.builder().from(valid).addNodes(TaxonomyNode.root(Code.of("urn:other", "c", "C"))).build());
    }
  }

  static Stream<Arguments> typesAndSeeds() {
    return KINDS.keySet().stream().sorted().flatMap(name -> Seeds.seeds().mapToObj(seed -> Arguments.of(name, seed)));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("typesAndSeeds")
  void build_generatedInvalidInput_throwsNamingFieldWithoutPersonalText(String type, long seed) {
    Seeds.forEachCase(seed, CASES_PER_SEED, random -> {
      Attempt attempt = KINDS.get(type).apply(random);
      Throwable thrown = catchThrowable(attempt.construct()::run);
      assertThat(thrown).as("%s must reject its invalid input", type)
          .isInstanceOfAny(ValidationException.class, NullPointerException.class);
      assertThat(thrown.getMessage()).as("message of %s", type).contains(attempt.field()).doesNotContain(MARKER).doesNotContain("Jane");
      if (thrown instanceof ValidationException) {
        ValidationException v = (ValidationException) thrown;
        assertThat(v.field()).as("field of %s", type).contains(attempt.field());
        assertThat(v.getMessage()).as("message of %s", type).isEqualTo(v.field() + ": " + v.problem());
      }
    });
  }
}
