package io.github.peersupport.matching.testing;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.CaredFor;
import io.github.peersupport.core.person.CaredForAge;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.Gender;
import io.github.peersupport.core.person.GeoPoint;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Location;
import io.github.peersupport.core.person.Milestone;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Preference;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.SeekerPreferences;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.programme.MinorPolicy;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.matching.lifecycle.MatchTerm;
import io.github.peersupport.matching.lifecycle.TermEnd;
import io.github.peersupport.matching.lifecycle.TermStart;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded seekers and supporters shaped for ranking: mostly eligible supporters (some paused, at
 * capacity, too soon after treatment, without consent...), caregivers of every relationship, most of
 * them with the age band of the person they care for, supporters with milestone dates, conditions from a few taxonomy branches so
 * condition, broader and issue-based matches all occur, a few languages, regions and modalities.
 * Shared through peer-matching's test-jar (benchmarks and later modules use it).
 */
public final class MatchingGen {
  public static final String[] CONDITIONS = {
    "breast-cancer.triple-negative", "breast-cancer.her2-positive", "breast-cancer", "prostate-cancer", "lymphoma",
    "kidney-transplant", "liver-transplant", "ckd.dialysis", "depression", "cystic-fibrosis", "als",
  };
  public static final String[] ISSUES = {"rejection", "returning-to-work", "fertility", "fear-of-recurrence", "parenting", "money", "sleep"};
  public static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "es", "es", "zh", "vi"};

  private MatchingGen() {}

  /**
   * A fixed profile for hand-written cases: born 1975, a woman, English, by phone or video.
   *
   * @return the profile
   */
  public static PersonProfile englishPhoneProfile() {
    return PersonProfile.builder().age(Age.bornIn(1975)).gender(Gender.woman()).addLanguages(Language.of("en"))
        .addModalities(Modality.PHONE, Modality.VIDEO).build();
  }

  public static Code condition(SplittableRandom r) {
    return Taxonomy.standardConditions().code(CoreGen.oneOf(r, CONDITIONS));
  }

  public static LivedExperience experience(SplittableRandom r, boolean supporter) {
    LivedExperience.Builder b = LivedExperience.builder();
    boolean caregiver = r.nextInt(5) == 0;
    if (caregiver) {
      b.role(ExperienceRole.CAREGIVER).relationship(CoreGen.oneOf(r, CaregiverRelationship.values()));
    }
    b.addConditions(condition(r));
    if (r.nextInt(4) == 0) {
      b.addConditions(condition(r));
    }
    Taxonomy treatments = Taxonomy.standardTreatments();
    for (int i = r.nextInt(0, 3); i > 0; i--) {
      b.addTreatments(CoreGen.code(r, treatments));
    }
    for (int i = r.nextInt(0, 3); i > 0; i--) {
      b.addSideEffects(CoreGen.code(r, Taxonomy.standardSideEffects()));
    }
    for (int i = r.nextInt(0, 4); i > 0; i--) {
      b.addIssues(Tag.of(CoreGen.oneOf(r, ISSUES)));
    }
    LocalDate diagnosed = CoreGen.TODAY.minusDays(r.nextInt(60, 12 * 365));
    b.diagnosedOn(diagnosed);
    if (supporter) {
      // most supporters are well past treatment; some are too recent, some on maintenance therapy
      int kind = r.nextInt(10);
      if (kind == 0) {
        b.onMaintenanceTherapy(true);
      } else {
        LocalDate end = kind == 1 ? CoreGen.TODAY.minusDays(r.nextInt(1, 300)) : CoreGen.TODAY.minusDays(r.nextInt(380, 3000));
        b.treatmentEndedOn(end.isBefore(diagnosed) ? diagnosed : end);
      }
    }
    if (caregiver && r.nextInt(5) > 0) {
      // few bands, so equal, adjacent and distant bands all occur
      b.caredFor(CaredFor.of(CoreGen.oneOf(r, CaredForAge.CHILD, CaredForAge.ADOLESCENT, CaredForAge.ADULT, CaredForAge.ADULT,
          CaredForAge.OLDER_ADULT, CaredForAge.INFANT)));
    }
    if (supporter && r.nextInt(3) == 0) {
      // a milestone for programme readiness rules: some recent, most long past
      LocalDate on = CoreGen.TODAY.minusDays(r.nextInt(4) == 0 ? r.nextInt(1, 365) : r.nextInt(365, 5000));
      b.putMilestones(CoreGen.oneOf(r, Milestone.values()), on);
    }
    return b.build();
  }

  public static PersonProfile profile(SplittableRandom r, boolean supporter) {
    PersonProfile.Builder b = PersonProfile.builder();
    if (r.nextInt(10) > 0) {
      b.age(Age.bornIn(supporter ? r.nextInt(1940, 2006) : r.nextInt(1940, 2010)));
    }
    b.gender(CoreGen.oneOf(r, Gender.woman(), Gender.man(), Gender.woman(), Gender.nonBinary(), Gender.undisclosed(),
        Gender.selfDescribed("Aa"), Gender.selfDescribed("BB"), Gender.selfDescribed("two-spirit")));
    b.addLanguages(Language.of(CoreGen.oneOf(r, LANGUAGES)));
    if (r.nextInt(4) == 0) {
      b.addLanguages(Language.of(CoreGen.oneOf(r, LANGUAGES)));
    }
    if (r.nextInt(3) == 0) {
      b.addCultures(Tag.of(CoreGen.oneOf(r, "hispanic", "black", "asian-american", "rural")));
    }
    if (r.nextInt(5) > 0) {
      Location.Builder l = Location.builder().region(Tag.of(CoreGen.oneOf(r, "us-oh-franklin", "us-oh-cuyahoga", "us-oh-athens")));
      if (r.nextBoolean()) {
        l.point(GeoPoint.of(39.5 + r.nextDouble(), -83.5 + r.nextDouble()));
      }
      b.location(l.build());
    }
    int modalities = r.nextInt(6);
    if (modalities == 0) {
      b.addModalities(Modality.IN_PERSON);
    } else {
      b.addAllModalities(CoreGen.someOf(r, List.of(Modality.values()), 4));
      if (r.nextBoolean()) {
        b.addModalities(Modality.PHONE);
      }
    }
    if (r.nextBoolean()) {
      b.availability(CoreGen.availability(r));
    }
    return b.build();
  }

  public static Seeker seeker(SplittableRandom r) {
    SeekerPreferences prefs = SeekerPreferences.builder()
        .sameGender(r.nextInt(6) == 0 ? Preference.REQUIRE : r.nextInt(4) == 0 ? Preference.PREFER : Preference.NONE)
        .closeInAge(r.nextInt(8) == 0 ? Preference.REQUIRE : Preference.NONE)
        .sameCulture(r.nextInt(10) == 0 ? Preference.REQUIRE : Preference.NONE)
        .maxAgeGapYears(r.nextInt(3) == 0 ? java.util.Optional.of(r.nextInt(1, 30)) : java.util.Optional.empty())
        .build();
    PersonProfile profile = profile(r, false);
    // a minor's consent comes from a guardian or proxy (or not): see CoreGen.consentOnBehalf
    boolean minor = MinorPolicy.isMinor(profile.age(), CoreGen.TODAY);
    return Seeker.builder().id(SeekerId.of("s-" + r.nextInt(1_000_000))).experience(experience(r, false)).profile(profile)
        .preferences(prefs)
        .consent(r.nextInt(20) == 0 ? ConsentRecord.none()
            : minor ? CoreGen.consentOnBehalf(r, CoreGen.EPOCH)
            : ConsentRecord.grantedAt(CoreGen.EPOCH.minusSeconds(86_400), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED))
        .build();
  }

  public static Supporter supporter(SplittableRandom r, String id) {
    int capacity = r.nextInt(1, 5);
    return Supporter.builder().id(SupporterId.of(id)).experience(experience(r, true)).profile(profile(r, true))
        .capacity(capacity).activeMatches(r.nextInt(8) == 0 ? capacity : r.nextInt(0, capacity))
        .standing(r.nextInt(8) == 0 ? CoreGen.standing(r) : CoreGen.activeStanding(r, CoreGen.EPOCH))
        .build();
  }

  public static List<Supporter> supporters(SplittableRandom r, int n) {
    List<Supporter> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(supporter(r, "sup-" + i));
    }
    return list;
  }

  /**
   * A match term of 4 to 26 weeks (the 4 to 24 weeks, and 6 months in kidney programmes, Joo et al.
   * 2022 report), counted from acceptance, first contact or an anchor event, reviewed or closed at its
   * end, with a review lead of up to 4 weeks and sometimes a longest term.
   *
   * @param r the random stream
   * @return the term
   */
  public static MatchTerm matchTerm(SplittableRandom r) {
    Duration length = Duration.ofDays(7L * r.nextInt(4, 27));
    MatchTerm.Builder b = MatchTerm.builder().length(length).atEnd(CoreGen.oneOf(r, TermEnd.values()))
        .reviewBefore(Duration.ofDays(r.nextInt(0, 29)));
    TermStart start = CoreGen.oneOf(r, TermStart.values());
    b.countedFrom(start);
    if (start == TermStart.ANCHOR) {
      b.anchor(CoreGen.oneOf(r, AnchorKind.values()));
    }
    if (r.nextBoolean()) {
      b.longest(length.plusDays(7L * r.nextInt(0, 27)));
    }
    return b.build();
  }
}
