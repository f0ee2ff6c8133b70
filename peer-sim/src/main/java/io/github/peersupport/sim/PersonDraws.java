package io.github.peersupport.sim;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.lifecycle.Certification;
import io.github.peersupport.core.lifecycle.LifecycleEvent;
import io.github.peersupport.core.lifecycle.PeerLifecycle;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.lifecycle.TrainingRecord;
import io.github.peersupport.core.lifecycle.Transition;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.Gender;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Location;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Preference;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.SeekerPreferences;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.core.person.WeeklyAvailability;
import io.github.peersupport.sim.internal.Distributions;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws the people of a {@link Cohort} from one random stream: lived experience (condition, treatments,
 * side effects, issues), profile (age, gender, languages, region, modalities, evening availability),
 * and a supporter's standing and capacity or a seeker's preferences and consent. The stream is split
 * first into one stream for the experience and one for the profile (in that order), and the rest is
 * drawn from the stream itself, each part in a fixed order; so the same stream gives the same people,
 * and a change to the cohort's condition mix, say, leaves the people's profiles as they were. See
 * {@link Cohort#drawSupporter} and {@link Cohort#drawSeeker}.
 */
final class PersonDraws {
  private static final LocalTime EVENING = LocalTime.of(18, 0);
  private final Cohort cohort;
  private final SplittableRandom random;

  PersonDraws(Cohort cohort, SplittableRandom random) {
    this.cohort = cohort;
    this.random = random;
  }

  Supporter supporter(String id, Instant at) {
    LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
    SplittableRandom experienceDraws = random.split();
    SplittableRandom profileDraws = random.split();
    LivedExperience.Builder x = experience(experienceDraws, cohort.rareSupporterShare());
    // Assumption: a supporter ended treatment at least 400 days ago or is on maintenance therapy, so
    // every supporter of this cohort is ready under the standard readiness (12 months past treatment,
    // Cancer Hope Network). A programme's scenario redraws the dates its own readiness rules read
    // (delivery, recovery start, a child's diagnosis), with a share not yet ready (Behaviour.notReadyShare).
    LocalDate diagnosed = today.minusDays(random.nextInt(2 * 365, 15 * 365));
    x.diagnosedOn(diagnosed);
    if (random.nextInt(10) == 0) {
      x.onMaintenanceTherapy(true);
    } else {
      LocalDate ended = today.minusDays(random.nextInt(400, 10 * 365));
      x.treatmentEndedOn(ended.isBefore(diagnosed) ? diagnosed : ended);
    }
    Instant trainedAt = at.minus(Duration.ofDays(random.nextInt(30, 900)));
    List<Transition> steps = PeerLifecycle.standard().replay(PeerStanding.applicant(), List.of(
        LifecycleEvent.screened(trainedAt.minus(Duration.ofDays(14))),
        LifecycleEvent.trainingCompleted(TrainingRecord.passed("peer-mentor-core", trainedAt)),
        LifecycleEvent.codeOfConductSigned(trainedAt),
        LifecycleEvent.certified(Certification.of("peer-mentor", trainedAt.plus(Duration.ofDays(1)), at.plus(Duration.ofDays(3 * 365)))),
        LifecycleEvent.activated(trainedAt.plus(Duration.ofDays(2)))));
    return Supporter.builder()
        .id(SupporterId.of(id))
        .experience(x.build())
        .profile(profile(profileDraws, today, true))
        .capacity(Distributions.weighted(random, cohort.capacityMix()))
        .standing(steps.get(steps.size() - 1).standing())
        .build();
  }

  Seeker seeker(int index, Instant at) {
    LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
    SplittableRandom experienceDraws = random.split();
    SplittableRandom profileDraws = random.split();
    LivedExperience.Builder x = experience(experienceDraws, cohort.rareConditionShare());
    x.diagnosedOn(today.minusDays(random.nextInt(7, 2 * 365)));
    SeekerPreferences.Builder prefs = SeekerPreferences.builder();
    if (Distributions.chance(random, cohort.sameGenderRequiredShare())) {
      prefs.sameGender(Preference.REQUIRE);
    } else if (random.nextInt(4) == 0) {
      prefs.sameGender(Preference.PREFER);
    }
    ConsentRecord consent = Distributions.chance(random, cohort.consentShare())
        ? ConsentRecord.grantedAt(at.minus(Duration.ofDays(7)), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)
        : ConsentRecord.none();
    return Seeker.builder()
        .id(SeekerId.of("s-" + index))
        .experience(x.build())
        .profile(profile(profileDraws, today, false))
        .preferences(prefs.build())
        .consent(consent)
        .build();
  }

  /**
   * Draws a person's experience: role, condition, side effects and issues, then the treatments their
   * condition calls for (last, as their number depends on the condition).
   */
  private LivedExperience.Builder experience(SplittableRandom random, double rareShare) {
    Taxonomy conditions = Taxonomy.standardConditions();
    LivedExperience.Builder x = LivedExperience.builder();
    boolean caregiver = Distributions.chance(random, cohort.caregiverShare());
    // drawn for everyone, so that the draws after it do not depend on who is a caregiver
    CaregiverRelationship relationship = CaregiverRelationship.values()[random.nextInt(CaregiverRelationship.values().length)];
    if (caregiver) {
      x.role(ExperienceRole.CAREGIVER).relationship(relationship);
    }
    boolean rare = Distributions.chance(random, rareShare);
    String condition = rare && !cohort.rareConditions().isEmpty()
        ? Distributions.oneOf(random, cohort.rareConditions())
        : Distributions.weighted(random, cohort.conditionMix());
    Code code = conditions.code(condition);
    x.addConditions(code);
    Taxonomy effects = Taxonomy.standardSideEffects();
    List<String> common = List.of("fatigue", "pain", "low-mood", "nausea", "body-image", "fear-of-recurrence");
    for (int i = random.nextInt(3); i > 0; i--) {
      x.addSideEffects(effects.code(Distributions.oneOf(random, common)));
    }
    for (int i = random.nextInt(3); i > 0 && !cohort.issues().isEmpty(); i--) {
      x.addIssues(Tag.of(Distributions.oneOf(random, cohort.issues())));
    }
    Taxonomy treatments = Taxonomy.standardTreatments();
    for (String t : treatmentsFor(condition, random)) {
      x.addTreatments(treatments.code(t));
    }
    return x;
  }

  private static List<String> treatmentsFor(String condition, SplittableRandom random) {
    if (condition.startsWith("breast-cancer")) {
      return random.nextBoolean()
          ? List.of("mastectomy." + (random.nextBoolean() ? "implant-reconstruction" : "no-reconstruction"), "chemotherapy")
          : List.of("lumpectomy", "radiation-therapy");
    }
    if (condition.equals("prostate-cancer")) {
      return List.of(random.nextBoolean() ? "prostatectomy" : "radiation-therapy");
    }
    if (condition.endsWith("cancer") || condition.startsWith("lung-cancer") || condition.equals("lymphoma")) {
      return List.of(random.nextBoolean() ? "chemotherapy" : "immunotherapy");
    }
    if (condition.endsWith("transplant")) {
      return List.of("organ-transplant");
    }
    if (condition.equals("ckd.dialysis")) {
      return List.of(random.nextInt(3) == 0 ? "peritoneal-dialysis" : "haemodialysis");
    }
    if (condition.contains("depression") || condition.equals("bipolar-disorder")) {
      return List.of(random.nextBoolean() ? "psychotherapy" : "psychiatric-medication");
    }
    return List.of();
  }

  private PersonProfile profile(SplittableRandom random, LocalDate today, boolean supporter) {
    PersonProfile.Builder p = PersonProfile.builder();
    int age = (int) Math.round(cohort.meanAge() + (supporter ? 3 : 0) + cohort.ageSpread() * Distributions.normal(random));
    // a supporter is a known adult on every day of the year (born at least 19 calendar years ago)
    age = Math.max(supporter ? 19 : 18, Math.min(95, age));
    p.age(Age.bornIn(today.getYear() - age));
    // every draw is made for everyone, so that none depends on an earlier one's outcome
    double g = random.nextDouble();
    boolean nonBinary = random.nextBoolean();
    p.gender(g < cohort.womenShare() ? Gender.woman() : g < cohort.womenShare() + cohort.menShare() ? Gender.man()
        : nonBinary ? Gender.nonBinary() : Gender.undisclosed());
    String language = Distributions.weighted(random, cohort.languageMix());
    p.addLanguages(Language.of(language));
    boolean bilingual = Distributions.chance(random, supporter ? Math.min(1, cohort.bilingualShare() + 0.3) : cohort.bilingualShare());
    if (!language.equals("en") && bilingual) {
      p.addLanguages(Language.of("en"));
    }
    p.location(Location.region(Distributions.weighted(random, cohort.regionMix())));
    for (Map.Entry<Modality, Double> e : cohort.modalityShares().entrySet()) {
      if (Distributions.chance(random, e.getValue())) {
        p.addModalities(e.getKey());
      }
    }
    if (p.build().modalities().isEmpty()) {
      p.addModalities(Modality.PHONE);
    }
    if (Distributions.chance(random, cohort.availabilityShare())) {
      WeeklyAvailability.Builder a = WeeklyAvailability.builder().zone(ZoneOffset.UTC);
      int first = random.nextInt(1, 6);
      for (int d = 0; d < 2 + random.nextInt(2); d++) {
        a.addWindows(TimeWindow.of(DayOfWeek.of(1 + (first + 2 * d) % 7), EVENING, EVENING.plusHours(2 + random.nextInt(2))));
      }
      p.availability(a.build());
    }
    return p.build();
  }
}
