package io.github.peersupport.core.testing;

import io.github.peersupport.core.ClinicianId;
import io.github.peersupport.core.Code;
import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConfidentialityLimit;
import io.github.peersupport.core.consent.ConfidentialityPolicy;
import io.github.peersupport.core.consent.ConsentAction;
import io.github.peersupport.core.consent.ConsentEvent;
import io.github.peersupport.core.consent.ConsentGiver;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.lifecycle.Certification;
import io.github.peersupport.core.lifecycle.DecertificationReason;
import io.github.peersupport.core.lifecycle.LifecycleEvent;
import io.github.peersupport.core.lifecycle.LifecycleEventType;
import io.github.peersupport.core.lifecycle.PauseReason;
import io.github.peersupport.core.lifecycle.PeerLifecycle;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.lifecycle.TrainingRecord;
import io.github.peersupport.core.lifecycle.Transition;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.CaredFor;
import io.github.peersupport.core.person.CaredForAge;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.Engagement;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.core.person.Gender;
import io.github.peersupport.core.person.GenderIdentity;
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
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.core.person.WeeklyAvailability;
import io.github.peersupport.core.prescription.GroupPrescription;
import io.github.peersupport.core.prescription.PrescriptionMode;
import io.github.peersupport.core.programme.DeliveryModel;
import io.github.peersupport.core.programme.MinorPolicy;
import io.github.peersupport.core.programme.ProgrammeProfile;
import io.github.peersupport.core.programme.ProgrammeSetting;
import io.github.peersupport.core.programme.Readiness;
import io.github.peersupport.core.programme.ReadinessMeasure;
import io.github.peersupport.core.programme.ReadinessRule;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.referral.AnchorEvent;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.core.referral.Referral;
import io.github.peersupport.core.referral.ReferralSource;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded generators of valid peer-core values, edge cases included (longest ids, boundary capacities,
 * empty optional parts, caregivers, self-described genders, expired certifications). Shared with
 * every module's tests through peer-core's test-jar. Every method is a pure function of the random
 * stream it is given.
 */
public final class CoreGen {
  /** A fixed reference instant: generated instants lie around it. */
  public static final Instant EPOCH = Instant.parse("2026-01-05T09:00:00Z");
  /** The reference instant's date. */
  public static final LocalDate TODAY = LocalDate.parse("2026-01-05");

  private static final String ID_FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String ID_REST = ID_FIRST + "._:-";
  private static final String[] WORDS = {
    "rejection", "returning-to-work", "fear", "fertility", "body-image", "drains", "sleep", "parenting",
    "money", "faith", "rural", "grief", "dating", "school", "insurance", "side-effects", "a", "x9",
  };
  private static final String[] LANGUAGES = {"en", "es", "fr", "zh", "zh-hant", "ar", "vi", "tl", "pt-br", "haw", "asl"};
  private static final String[] ZONES = {"UTC", "America/New_York", "America/Chicago", "Europe/London", "Asia/Kolkata", "Pacific/Auckland"};

  private CoreGen() {}

  // ---- primitives ----------------------------------------------------------------------------

  /**
   * Picks one element.
   *
   * @param r the random stream
   * @param values the values
   * @param <T> the element type
   * @return one of them
   */
  @SafeVarargs
  public static <T> T oneOf(SplittableRandom r, T... values) {
    return values[r.nextInt(values.length)];
  }

  /**
   * Picks one element of a list.
   *
   * @param r the random stream
   * @param values a non-empty list
   * @param <T> the element type
   * @return one of them
   */
  public static <T> T oneOf(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  /**
   * Picks a random subset of at most {@code max} elements, in list order.
   *
   * @param r the random stream
   * @param values the candidates
   * @param max the largest subset size
   * @param <T> the element type
   * @return the subset
   */
  public static <T> List<T> someOf(SplittableRandom r, List<T> values, int max) {
    List<T> result = new ArrayList<>();
    int n = r.nextInt(Math.min(max, values.size()) + 1);
    List<T> pool = new ArrayList<>(values);
    for (int i = 0; i < n; i++) {
      result.add(pool.remove(r.nextInt(pool.size())));
    }
    return result;
  }

  /**
   * A valid id text: usually short, sometimes exactly 64 characters or a single character.
   *
   * @param r the random stream
   * @return the id text
   */
  public static String idText(SplittableRandom r) {
    int kind = r.nextInt(10);
    int length = kind == 0 ? 64 : kind == 1 ? 1 : 2 + r.nextInt(20);
    StringBuilder sb = new StringBuilder(length);
    sb.append(ID_FIRST.charAt(r.nextInt(ID_FIRST.length())));
    for (int i = 1; i < length; i++) {
      sb.append(ID_REST.charAt(r.nextInt(ID_REST.length())));
    }
    return sb.toString();
  }

  /**
   * An instant within about two years of {@link #EPOCH}, at whole seconds.
   *
   * @param r the random stream
   * @return the instant
   */
  public static Instant instant(SplittableRandom r) {
    return EPOCH.plusSeconds(r.nextLong(-2L * 365 * 86_400, 2L * 365 * 86_400));
  }

  // ---- ids, codes, tags --------------------------------------------------------------------------

  /** @param r the random stream @return a seeker id */
  public static SeekerId seekerId(SplittableRandom r) {
    return SeekerId.of(idText(r));
  }

  /** @param r the random stream @return a supporter id */
  public static SupporterId supporterId(SplittableRandom r) {
    return SupporterId.of(idText(r));
  }

  /** @param r the random stream @return a facilitator id */
  public static FacilitatorId facilitatorId(SplittableRandom r) {
    return FacilitatorId.of(idText(r));
  }

  /** @param r the random stream @return a clinician id */
  public static ClinicianId clinicianId(SplittableRandom r) {
    return ClinicianId.of(idText(r));
  }

  /** @param r the random stream @return a programme id */
  public static ProgrammeId programmeId(SplittableRandom r) {
    return ProgrammeId.of(idText(r));
  }

  /** @param r the random stream @return a group id */
  public static GroupId groupId(SplittableRandom r) {
    return GroupId.of(idText(r));
  }

  /** @param r the random stream @return a match id */
  public static MatchId matchId(SplittableRandom r) {
    return MatchId.of(idText(r));
  }

  /** @param r the random stream @return a tag from a small vocabulary */
  public static Tag tag(SplittableRandom r) {
    return Tag.of(oneOf(r, WORDS));
  }

  /**
   * A concept of a taxonomy.
   *
   * @param r the random stream
   * @param taxonomy the taxonomy
   * @return one of its concepts
   */
  public static Code code(SplittableRandom r, Taxonomy taxonomy) {
    return taxonomy.nodes().get(r.nextInt(taxonomy.nodes().size())).code();
  }

  /**
   * Up to {@code max} distinct concepts of a taxonomy.
   *
   * @param r the random stream
   * @param taxonomy the taxonomy
   * @param max the largest count
   * @return the concepts
   */
  public static Set<Code> codes(SplittableRandom r, Taxonomy taxonomy, int max) {
    Set<Code> codes = new LinkedHashSet<>();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      codes.add(code(r, taxonomy));
    }
    return codes;
  }

  // ---- person attributes ---------------------------------------------------------------------

  /** @param r the random stream @return a language */
  public static Language language(SplittableRandom r) {
    return Language.of(oneOf(r, LANGUAGES));
  }

  /** @param r the random stream @return an age: a birth year or a band */
  public static Age age(SplittableRandom r) {
    if (r.nextBoolean()) {
      return Age.bornIn(r.nextInt(1930, 2026));
    }
    int min = r.nextInt(0, 80);
    return Age.band(min, min + r.nextInt(0, 15), r.nextInt(2000, 2027));
  }

  /** @param r the random stream @return a gender, any identity */
  public static Gender gender(SplittableRandom r) {
    GenderIdentity identity = oneOf(r, GenderIdentity.values());
    return identity == GenderIdentity.SELF_DESCRIBED
        ? Gender.selfDescribed("described in my own words #" + r.nextInt(1000))
        : Gender.builder().identity(identity).build();
  }

  /** @param r the random stream @return a location, with or without coordinates */
  public static Location location(SplittableRandom r) {
    Location.Builder b = Location.builder().region(Tag.of(oneOf(r, "us-oh-franklin", "us-ak-rural", "ca-bc", "uk-london", "nz-auckland")));
    if (r.nextBoolean()) {
      b.point(GeoPoint.of(r.nextDouble(-90, 90), r.nextDouble(-180, 180)));
    }
    return b.build();
  }

  /** @param r the random stream @return a weekly time window */
  public static TimeWindow timeWindow(SplittableRandom r) {
    int startMinute = r.nextInt(0, 23 * 60) / 15 * 15;
    int endMinute = Math.min(24 * 60 - 1, startMinute + 15 + r.nextInt(0, 8 * 60));
    return TimeWindow.of(oneOf(r, DayOfWeek.values()), LocalTime.ofSecondOfDay(startMinute * 60L), LocalTime.ofSecondOfDay(endMinute * 60L));
  }

  /** @param r the random stream @return weekly availability in one of a few zones */
  public static WeeklyAvailability availability(SplittableRandom r) {
    WeeklyAvailability.Builder b = WeeklyAvailability.builder().zone(ZoneId.of(oneOf(r, ZONES)));
    int n = r.nextInt(0, 6);
    for (int i = 0; i < n; i++) {
      b.addWindows(timeWindow(r));
    }
    return b.build();
  }

  /** @param r the random stream @return a profile; optional parts present or not */
  public static PersonProfile profile(SplittableRandom r) {
    PersonProfile.Builder b = PersonProfile.builder().gender(gender(r));
    if (r.nextInt(4) > 0) {
      b.age(age(r));
    }
    for (int i = r.nextInt(0, 3); i > 0; i--) {
      b.addLanguages(language(r));
    }
    for (int i = r.nextInt(0, 3); i > 0; i--) {
      b.addCultures(Tag.of(oneOf(r, "hispanic", "black", "asian-american", "indigenous", "jewish", "rural")));
    }
    if (r.nextBoolean()) {
      b.location(location(r));
    }
    b.addAllModalities(someOf(r, List.of(Modality.values()), 4));
    if (r.nextBoolean()) {
      b.availability(availability(r));
    }
    return b.build();
  }

  /** @param r the random stream @return seeker preferences */
  public static SeekerPreferences preferences(SplittableRandom r) {
    SeekerPreferences.Builder b = SeekerPreferences.builder()
        .sameGender(oneOf(r, Preference.values()))
        .sameLanguage(oneOf(r, Preference.values()))
        .closeInAge(oneOf(r, Preference.values()))
        .sameCulture(oneOf(r, Preference.values()));
    if (r.nextBoolean()) {
      b.maxAgeGapYears(r.nextInt(1, 101));
    }
    return b.build();
  }

  /**
   * Lived experience drawn from the standard taxonomies: 1 to 3 conditions, patient or caregiver (most
   * caregivers with the person cared for), dates or not, on maintenance therapy or not, milestones or not.
   *
   * @param r the random stream
   * @return the experience
   */
  public static LivedExperience experience(SplittableRandom r) {
    LivedExperience.Builder b = LivedExperience.builder();
    boolean caregiver = r.nextInt(4) == 0;
    if (caregiver) {
      b.role(ExperienceRole.CAREGIVER).relationship(oneOf(r, CaregiverRelationship.values()));
    }
    b.addConditions(code(r, Taxonomy.standardConditions()));
    b.addAllConditions(codes(r, Taxonomy.standardConditions(), 2));
    b.addAllTreatments(codes(r, Taxonomy.standardTreatments(), 3));
    b.addAllSideEffects(codes(r, Taxonomy.standardSideEffects(), 3));
    for (int i = r.nextInt(0, 4); i > 0; i--) {
      b.addIssues(tag(r));
    }
    if (r.nextInt(5) > 0) {
      LocalDate diagnosed = TODAY.minusDays(r.nextInt(0, 20 * 365));
      b.diagnosedOn(diagnosed);
      if (r.nextBoolean()) {
        b.treatmentEndedOn(diagnosed.plusDays(r.nextInt(0, 3 * 365)));
      }
    }
    b.onMaintenanceTherapy(r.nextInt(6) == 0);
    if (caregiver && r.nextInt(4) > 0) {
      b.caredFor(CaredFor.of(oneOf(r, CaredForAge.values())));
    }
    b.putAllMilestones(milestones(r));
    return b.build();
  }

  /**
   * Milestone dates: each milestone one time in four, from 1 January 1900 (an edge) to today.
   *
   * @param r the random stream
   * @return the dates by milestone
   */
  public static Map<Milestone, LocalDate> milestones(SplittableRandom r) {
    Map<Milestone, LocalDate> m = new EnumMap<>(Milestone.class);
    for (Milestone milestone : Milestone.values()) {
      if (r.nextInt(4) == 0) {
        m.put(milestone, r.nextInt(50) == 0 ? LivedExperience.EARLIEST_DATE : TODAY.minusDays(r.nextInt(0, 20 * 365)));
      }
    }
    return m;
  }

  /**
   * A readiness rule: any measure, 0 to 36 months (sometimes 0 or the largest), for one role a third of
   * the time, with its own id a third of the time.
   *
   * @param r the random stream
   * @return the rule
   */
  public static ReadinessRule readinessRule(SplittableRandom r) {
    ReadinessRule.Builder b = ReadinessRule.builder().measure(oneOf(r, ReadinessMeasure.values()))
        .minMonths(r.nextInt(8) == 0 ? oneOf(r, 0, ReadinessRule.MAX_MONTHS) : r.nextInt(0, 37));
    if (r.nextInt(3) == 0) {
      b.appliesTo(oneOf(r, ExperienceRole.values()));
    }
    if (r.nextInt(3) == 0) {
      b.id(RuleId.of("readiness.programme-" + tag(r).value()));
    }
    return b.build();
  }

  /**
   * A readiness: the standard one, none, or 1 to 3 random rules (ids unique).
   *
   * @param r the random stream
   * @return the readiness
   */
  public static Readiness readiness(SplittableRandom r) {
    int kind = r.nextInt(6);
    if (kind == 0) {
      return Readiness.standard();
    }
    if (kind == 1) {
      return Readiness.none();
    }
    Map<RuleId, ReadinessRule> rules = new LinkedHashMap<>();
    for (int i = r.nextInt(1, 4); i > 0; i--) {
      ReadinessRule rule = readinessRule(r);
      rules.putIfAbsent(rule.id(), rule);
    }
    return Readiness.builder().addAllRules(rules.values()).build();
  }

  /** @param r the random stream @return a seeker */
  public static Seeker seeker(SplittableRandom r) {
    return Seeker.builder().id(seekerId(r)).experience(experience(r)).profile(profile(r)).preferences(preferences(r))
        .consent(r.nextInt(4) > 0 ? (r.nextInt(3) > 0 ? ConsentRecord.grantedAt(EPOCH.minusSeconds(r.nextInt(1, 86_400)), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)
            : consentOnBehalf(r, EPOCH)) : consentRecord(r))
        .build();
  }

  /**
   * A supporter whose standing was produced by a random walk through the lifecycle, so any status is
   * possible; capacity from 1 to 50 with the edges overrepresented.
   *
   * @param r the random stream
   * @return a supporter
   */
  public static Supporter supporter(SplittableRandom r) {
    int capacity = r.nextInt(5) == 0 ? oneOf(r, 1, Supporter.MAX_CAPACITY) : r.nextInt(1, 8);
    return Supporter.builder().id(supporterId(r)).experience(experience(r)).profile(profile(r))
        .capacity(capacity).activeMatches(r.nextInt(0, capacity + 1)).standing(standing(r)).build();
  }

  /**
   * A supporter who can serve at {@link #EPOCH}: active, certified until well after it.
   *
   * @param r the random stream
   * @return an active supporter
   */
  public static Supporter activeSupporter(SplittableRandom r) {
    return Supporter.builder().from(supporter(r)).standing(activeStanding(r, EPOCH)).build();
  }

  /** @param r the random stream @return a facilitator */
  public static Facilitator facilitator(SplittableRandom r) {
    Facilitator.Builder b = Facilitator.builder().id(facilitatorId(r)).engagement(oneOf(r, Engagement.values()))
        .profile(profile(r)).standing(standing(r));
    if (r.nextBoolean()) {
      b.experience(experience(r));
    }
    return b.build();
  }

  // ---- lifecycle -----------------------------------------------------------------------------

  /** @param r the random stream @return a certification, sometimes without expiry */
  public static Certification certification(SplittableRandom r) {
    Instant issued = instant(r);
    Certification.Builder b = Certification.builder().kind(Tag.of(oneOf(r, "peer-mentor", "group-facilitator", "peer-navigator"))).issuedAt(issued);
    if (r.nextInt(4) > 0) {
      b.expiresAt(issued.plus(Duration.ofDays(r.nextInt(1, 3 * 365))));
    }
    return b.build();
  }

  /** @param r the random stream @return a training record, usually with competency confirmed */
  public static TrainingRecord training(SplittableRandom r) {
    return TrainingRecord.builder().course(Tag.of(oneOf(r, "peer-mentor-core", "group-facilitation", "suicide-awareness")))
        .completedAt(instant(r)).competencyConfirmed(r.nextInt(5) > 0).build();
  }

  /**
   * A standing that can serve at an instant: the full happy path of the lifecycle before it.
   *
   * @param r the random stream
   * @param at the instant it must be able to serve at
   * @return an active standing
   */
  public static PeerStanding activeStanding(SplittableRandom r, Instant at) {
    Instant t = at.minus(Duration.ofDays(r.nextInt(30, 2000)));
    List<LifecycleEvent> events = List.of(
        LifecycleEvent.screened(t),
        LifecycleEvent.trainingCompleted(TrainingRecord.passed("peer-mentor-core", t.plusSeconds(86_400))),
        LifecycleEvent.codeOfConductSigned(t.plusSeconds(2 * 86_400)),
        LifecycleEvent.certified(Certification.of("peer-mentor", t.plusSeconds(3 * 86_400), at.plus(Duration.ofDays(r.nextInt(30, 1000))))),
        LifecycleEvent.activated(t.plusSeconds(4 * 86_400)));
    List<Transition> ts = PeerLifecycle.standard().replay(PeerStanding.applicant(), events);
    return ts.get(ts.size() - 1).standing();
  }

  /**
   * A standing reached by a random walk of lifecycle events from an applicant.
   *
   * @param r the random stream
   * @return a standing in any status
   */
  public static PeerStanding standing(SplittableRandom r) {
    PeerStanding s = PeerStanding.applicant();
    Instant t = EPOCH.minus(Duration.ofDays(3 * 365));
    int steps = r.nextInt(0, 16);
    for (int i = 0; i < steps; i++) {
      t = t.plus(Duration.ofHours(r.nextInt(1, 24 * 90)));
      s = PeerLifecycle.standard().apply(s, lifecycleEvent(r, t)).standing();
    }
    return s;
  }

  /**
   * A random lifecycle event at an instant; events that advance the lifecycle are more likely.
   *
   * @param r the random stream
   * @param at the instant
   * @return the event
   */
  public static LifecycleEvent lifecycleEvent(SplittableRandom r, Instant at) {
    LifecycleEventType type = oneOf(r, LifecycleEventType.values());
    switch (type) {
      case TRAINING_COMPLETED:
        return LifecycleEvent.trainingCompleted(TrainingRecord.builder().course(Tag.of(oneOf(r, "peer-mentor-core", "group-facilitation")))
            .completedAt(at).competencyConfirmed(r.nextInt(4) > 0).build());
      case CERTIFIED: {
        Certification.Builder c = Certification.builder().kind(Tag.of("peer-mentor")).issuedAt(at);
        if (r.nextInt(4) > 0) {
          c.expiresAt(at.plus(Duration.ofDays(r.nextInt(1, 2 * 365))));
        }
        return LifecycleEvent.certified(c.build());
      }
      case PAUSED:
        return LifecycleEvent.paused(at, oneOf(r, PauseReason.SELF_CARE, PauseReason.ILLNESS, PauseReason.LEAVE));
      case DECERTIFIED:
        return r.nextInt(3) == 0 ? LifecycleEvent.decertified(at, oneOf(r, DecertificationReason.values()))
            : LifecycleEvent.activated(at);
      case RETIRED:
        return r.nextInt(3) == 0 ? LifecycleEvent.retired(at) : LifecycleEvent.screened(at);
      default:
        return LifecycleEvent.builder().type(type).at(at).build();
    }
  }

  /**
   * A lifecycle event for a standing: half the time any {@link #lifecycleEvent random event}, otherwise
   * the step that moves it along: screening, a competency-checked course, the code of conduct, a
   * certification (renewal when none is valid), closing an open review, activation (sometimes tried
   * before the rest is in place), and from ACTIVE
   * usually a lapse once no certification is valid, otherwise a pause, a renewal, a lapse or a boundary
   * review. Walks built from it reach ACTIVE and PAUSED often.
   *
   * @param r the random stream
   * @param standing the current standing
   * @param at the instant
   * @return the event
   */
  public static LifecycleEvent lifecycleEventFor(SplittableRandom r, PeerStanding standing, Instant at) {
    if (r.nextBoolean()) {
      return lifecycleEvent(r, at);
    }
    switch (standing.status()) {
      case APPLICANT:
        return LifecycleEvent.screened(at);
      case SCREENED:
        return LifecycleEvent.trainingCompleted(TrainingRecord.passed(oneOf(r, "peer-mentor-core", "group-facilitation"), at));
      case TRAINED:
        return standing.codeOfConductSignedAt().isEmpty() && r.nextBoolean()
            ? LifecycleEvent.codeOfConductSigned(at) : LifecycleEvent.certified(certificationAt(r, at));
      case CERTIFIED:
      case PAUSED:
        if (r.nextInt(4) == 0) {
          return LifecycleEvent.activated(at); // perhaps too early
        }
        if (standing.codeOfConductSignedAt().isEmpty()) {
          return LifecycleEvent.codeOfConductSigned(at);
        }
        if (standing.boundaryReviewOpen()) {
          return LifecycleEvent.boundaryReviewClosed(at);
        }
        return standing.hasValidCertificationAt(at) ? LifecycleEvent.activated(at) : LifecycleEvent.certified(certificationAt(r, at));
      case ACTIVE:
        if (!standing.hasValidCertificationAt(at) && r.nextInt(4) > 0) {
          return LifecycleEvent.certificationLapsed(at);
        }
        switch (r.nextInt(4)) {
          case 0:
            return LifecycleEvent.paused(at, oneOf(r, PauseReason.SELF_CARE, PauseReason.ILLNESS, PauseReason.LEAVE));
          case 1:
            return LifecycleEvent.certified(certificationAt(r, at));
          case 2:
            return LifecycleEvent.certificationLapsed(at);
          default:
            return LifecycleEvent.boundaryReviewOpened(at);
        }
      default:
        return lifecycleEvent(r, at);
    }
  }

  private static Certification certificationAt(SplittableRandom r, Instant at) {
    Certification.Builder c = Certification.builder().kind(Tag.of(oneOf(r, "peer-mentor", "group-facilitator"))).issuedAt(at);
    if (r.nextInt(4) > 0) {
      c.expiresAt(at.plus(Duration.ofDays(r.nextBoolean() ? r.nextInt(1, 60) : r.nextInt(60, 2 * 365))));
    }
    return c.build();
  }

  // ---- consent, programme, prescription ----------------------------------------------------------

  /** @param r the random stream @return a consent event */
  public static ConsentEvent consentEvent(SplittableRandom r) {
    ConsentScope scope = oneOf(r, ConsentScope.values());
    ConsentAction action = oneOf(r, ConsentAction.values());
    Instant at = EPOCH.plusSeconds(r.nextInt(0, 40) * 3_600L);
    // the person's own event half the time, as recorded before givers existed
    return r.nextBoolean() ? ConsentEvent.of(scope, action, at) : ConsentEvent.of(scope, action, at, oneOf(r, ConsentGiver.values()));
  }

  /**
   * Consent to be matched and contacted for a seeker who may be a minor, given before {@code at}: by
   * the person alone, by a guardian or proxy alone, or by both (a minor's assent with a guardian's
   * permission); sometimes a later withdrawal of one scope, by the person or by the guardian, before
   * or after {@code at}.
   *
   * @param r the random stream
   * @param at the instant the consent is read at
   * @return the record
   */
  public static ConsentRecord consentOnBehalf(SplittableRandom r, Instant at) {
    Instant given = at.minusSeconds(r.nextInt(60, 30 * 86_400));
    ConsentGiver onBehalf = r.nextInt(4) == 0 ? ConsentGiver.PROXY : ConsentGiver.GUARDIAN;
    ConsentRecord record;
    switch (r.nextInt(4)) {
      case 0:
        record = ConsentRecord.grantedAt(given, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);
        break;
      case 1:
        record = ConsentRecord.grantedBy(given, onBehalf, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);
        break;
      default:
        record = ConsentRecord.grantedBy(given, onBehalf, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)
            .grant(ConsentScope.BE_MATCHED, given.plusSeconds(r.nextInt(0, 3_600)))
            .grant(ConsentScope.BE_CONTACTED, given.plusSeconds(r.nextInt(0, 3_600)));
        break;
    }
    if (r.nextInt(5) == 0) {
      Instant withdrawn = at.plusSeconds(r.nextInt(-86_400, 86_400));
      record = record.withdrawBy(oneOf(r, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED), withdrawn,
          oneOf(r, ConsentGiver.SELF, onBehalf));
    }
    return record;
  }

  /**
   * A minor policy: the standard one in four cases, otherwise random settings.
   *
   * @param r the random stream
   * @return the policy
   */
  public static MinorPolicy minorPolicy(SplittableRandom r) {
    if (r.nextInt(4) == 0) {
      return MinorPolicy.standard();
    }
    MinorPolicy.Builder b = MinorPolicy.builder().servesMinors(r.nextInt(4) > 0).ageRequired(r.nextInt(4) == 0)
        .minimumYears(r.nextBoolean() ? 0 : r.nextInt(0, Age.ADULT_YEARS));
    if (r.nextBoolean()) {
      b.assentFromYears(r.nextInt(0, Age.ADULT_YEARS));
    }
    return b.build();
  }

  /**
   * An age that makes a person a minor on {@link #TODAY} (a birth year, or a band reaching below 18),
   * or one near the boundary of adulthood.
   *
   * @param r the random stream
   * @return the age
   */
  public static Age minorAge(SplittableRandom r) {
    int year = TODAY.getYear();
    switch (r.nextInt(3)) {
      case 0:
        return Age.bornIn(year - r.nextInt(0, Age.ADULT_YEARS + 1));
      case 1:
        return Age.bornIn(year - Age.ADULT_YEARS - r.nextInt(0, 3));
      default: {
        int min = r.nextInt(0, Age.ADULT_YEARS);
        return Age.band(min, min + r.nextInt(0, 8), year - r.nextInt(0, 2));
      }
    }
  }

  /** @param r the random stream @return a consent record of up to 12 events, with repeated instants */
  public static ConsentRecord consentRecord(SplittableRandom r) {
    ConsentRecord.Builder b = ConsentRecord.builder();
    for (int i = r.nextInt(0, 13); i > 0; i--) {
      b.addEvents(consentEvent(r));
    }
    return b.build();
  }

  /**
   * A consent record of up to {@code maxEvents} events over the scopes and 40 hours, so a scope
   * often has several grants and withdrawals, some at the same instant.
   *
   * @param r the random stream
   * @param maxEvents the most events
   * @return the record
   */
  public static ConsentRecord consentRecord(SplittableRandom r, int maxEvents) {
    ConsentRecord.Builder b = ConsentRecord.builder();
    for (int i = r.nextInt(0, maxEvents + 1); i > 0; i--) {
      b.addEvents(consentEvent(r));
    }
    return b.build();
  }

  /** @param r the random stream @return a confidentiality policy, with or without the elder-abuse limit */
  public static ConfidentialityPolicy confidentialityPolicy(SplittableRandom r) {
    ConfidentialityPolicy.Builder b = ConfidentialityPolicy.builder().addAllLimits(ConfidentialityPolicy.FLOOR).groupCaveatStated(r.nextBoolean());
    if (r.nextBoolean()) {
      b.addLimits(ConfidentialityLimit.ELDER_OR_DEPENDENT_ADULT_ABUSE);
    }
    return b.build();
  }

  /** @param r the random stream @return a programme */
  public static ProgrammeProfile programmeProfile(SplittableRandom r) {
    Set<DeliveryModel> models = EnumSet.noneOf(DeliveryModel.class);
    models.addAll(someOf(r, List.of(DeliveryModel.values()), 4));
    if (models.isEmpty()) {
      models.add(oneOf(r, DeliveryModel.values()));
    }
    ProgrammeProfile.Builder b = ProgrammeProfile.builder().id(programmeId(r)).name("Programme " + r.nextInt(1000))
        .deliveryModels(models).setting(oneOf(r, ProgrammeSetting.values()))
        .conditionsServed(codes(r, Taxonomy.standardConditions(), 3))
        .zone(ZoneId.of(oneOf(r, ZONES)));
    List<ExperienceRole> roles = someOf(r, List.of(ExperienceRole.values()), 2);
    if (!roles.isEmpty()) {
      b.rolesServed(roles);
    }
    for (int i = r.nextInt(0, 3); i > 0; i--) {
      b.addLanguages(language(r));
    }
    return b.build();
  }

  /** @param r the random stream @return a prescription: weekly or monthly, for weeks to a year */
  public static GroupPrescription prescription(SplittableRandom r) {
    boolean monthly = r.nextBoolean();
    Period period = monthly ? Period.ofMonths(r.nextInt(1, 3)) : Period.ofWeeks(r.nextInt(1, 3));
    Period duration = monthly ? Period.ofMonths(period.getMonths() * r.nextInt(1, 7)) : Period.ofDays(period.getDays() * r.nextInt(1, 13));
    return GroupPrescription.builder().seeker(seekerId(r)).group(groupId(r)).prescriber(clinicianId(r))
        .sessionsPerPeriod(r.nextInt(5) == 0 ? 31 : r.nextInt(1, 5)).period(period).duration(duration)
        .mode(oneOf(r, PrescriptionMode.values())).start(TODAY.plusDays(r.nextInt(-400, 400))).build();
  }

  // ---- referrals and anchor events ------------------------------------------------------------------

  /**
   * A referral from any source; a clinician is named for about half of the clinical ones, and the
   * instant, when given, lies up to 60 days before {@code notAfter}.
   *
   * @param r the random stream
   * @param notAfter the latest instant the referral may carry (the request's)
   * @return the referral
   */
  public static Referral referral(SplittableRandom r, Instant notAfter) {
    ReferralSource source = oneOf(r, ReferralSource.values());
    Referral.Builder b = Referral.builder().source(source);
    if (source.namesClinician() && r.nextBoolean()) {
      b.clinician(clinicianId(r));
    }
    if (r.nextBoolean()) {
      b.referredAt(notAfter.minusSeconds(r.nextLong(0, 60L * 86_400)));
    }
    return b.build();
  }

  /**
   * An anchor event of a kind around a request: one that happened up to a year before it, or an
   * expected one from 30 days before to 90 days after it.
   *
   * @param r the random stream
   * @param kind the kind
   * @param requestedAt the request's instant
   * @return the anchor event
   */
  public static AnchorEvent anchorEvent(SplittableRandom r, AnchorKind kind, Instant requestedAt) {
    return r.nextBoolean()
        ? AnchorEvent.occurred(kind, requestedAt.minusSeconds(r.nextLong(0, 365L * 86_400)))
        : AnchorEvent.expected(kind, requestedAt.plusSeconds(r.nextLong(-30L * 86_400, 90L * 86_400)));
  }

  /**
   * Up to three anchor events of distinct kinds around a request.
   *
   * @param r the random stream
   * @param requestedAt the request's instant
   * @return the anchor events, each kind at most once
   */
  public static List<AnchorEvent> anchors(SplittableRandom r, Instant requestedAt) {
    List<AnchorEvent> out = new ArrayList<>();
    for (AnchorKind kind : someOf(r, List.of(AnchorKind.values()), 3)) {
      out.add(anchorEvent(r, kind, requestedAt));
    }
    return out;
  }
}
