package io.github.peersupport.sim.internal;

import static io.github.peersupport.sim.internal.RandomStreams.Purpose.SEEKER_PROGRAMME;
import static io.github.peersupport.sim.internal.RandomStreams.Purpose.SUPPORTER_PROGRAMME;

import io.github.peersupport.core.consent.ConsentGiver;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.CaredFor;
import io.github.peersupport.core.person.CaredForAge;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Milestone;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.programme.MinorPolicy;
import io.github.peersupport.core.programme.ReadinessMeasure;
import io.github.peersupport.core.programme.ReadinessRule;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.matching.MatchingPolicy;
import io.github.peersupport.matching.lifecycle.MatchLifecycle;
import io.github.peersupport.matching.lifecycle.MatchTerm;
import io.github.peersupport.sim.Behaviour;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Redraws what a programme's rules read in the people a cohort drew: the dates its readiness rules
 * count from ({@link Behaviour#notReadyShare()}), caregivers' relationships and the age band of the
 * person they care for ({@link Behaviour#relationshipMix()}), adolescent seekers with their consent
 * ({@link Behaviour#adolescentShare()}), and a seeker's delivery where the programme's match term counts
 * from it (the request carries it, {@code MatchLedger}). Each part of a person's redraws (relationship,
 * dates, adolescence) comes from a stream of its own, keyed by the person ({@link
 * RandomStreams.Purpose#SUPPORTER_PROGRAMME}, {@link RandomStreams.Purpose#SEEKER_PROGRAMME}), and
 * nothing is drawn when the three shares are at their defaults and no term counts from a delivery.
 *
 * <p>Assumptions (no source gives these distributions): a ready supporter's date lies one month to
 * eight years past the rule's minimum; a not-ready supporter's date one week to just under the minimum
 * before the run's first day; a parent cares for an infant (15%), a child (55%) or an adolescent (30%);
 * a partner for an adult, or an older adult when the caregiver is 65 or older; an adult child for an
 * older adult; a sibling or other family member for an adult. An adolescent seeker is 12 to 17 and a
 * patient; 65% are referred with a guardian's consent and their own assent, 10% with a guardian's
 * consent alone, 25% with only their own (so some are refused for want of a guardian's permission or
 * of their assent, 45 CFR 46.408).
 */
final class ProgrammePeople {
  /** Assumption: a parent cares for an infant, a child or an adolescent (see the class documentation). */
  private static final Map<CaredForAge, Double> CHILD_BANDS = Map.of(CaredForAge.INFANT, 0.15, CaredForAge.CHILD, 0.55,
      CaredForAge.ADOLESCENT, 0.3);
  /** Assumption: the share of adolescents referred with a guardian's consent and their own assent. */
  static final double GUARDIAN_AND_ASSENT = 0.65;
  /** Assumption: the share of adolescents referred with a guardian's consent alone. */
  static final double GUARDIAN_ONLY = 0.1;
  private static final ConsentScope[] SCOPES = {ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED};
  /** The occasions of a person's redraws: each part from a stream of its own, so one part never shifts another. */
  private static final long CAREGIVER_DRAWS = 0;
  private static final long DATE_DRAWS = 1;
  private static final long ADOLESCENT_DRAWS = 2;

  private final MatchingPolicy policy;
  private final boolean deliveryTerm;
  private final Behaviour behaviour;
  private final RandomStreams streams;

  /**
   * Creates the draws.
   *
   * @param policy the programme's matching policy (readiness, minors, zone)
   * @param lifecycle the programme's match lifecycle (a term counted from the delivery)
   * @param behaviour the shares
   * @param streams the run's streams
   */
  ProgrammePeople(MatchingPolicy policy, MatchLifecycle lifecycle, Behaviour behaviour, RandomStreams streams) {
    this.policy = policy;
    this.deliveryTerm = lifecycle.term().flatMap(MatchTerm::anchor).filter(k -> k == AnchorKind.DELIVERY).isPresent();
    this.behaviour = behaviour;
    this.streams = streams;
  }

  /** Redraws each supporter's relationship and readiness dates, each from the supporter's own stream. */
  List<Supporter> supporters(List<Supporter> drawn, Instant at) {
    if (behaviour.notReadyShare() == 0 && behaviour.relationshipMix().isEmpty()) {
      return drawn;
    }
    LocalDate today = LocalDate.ofInstant(at, policy.zone());
    List<Supporter> out = new ArrayList<>(drawn.size());
    for (Supporter s : drawn) {
      long key = RandomStreams.idKey(s.id());
      LivedExperience x = caregiver(streams.stream(SUPPORTER_PROGRAMME, key, CAREGIVER_DRAWS), s.experience(), s.profile(), today);
      x = readinessDates(streams.stream(SUPPORTER_PROGRAMME, key, DATE_DRAWS), x, today);
      out.add(Supporter.builder().from(s).experience(x).build());
    }
    return out;
  }

  /**
   * Redraws a seeker's relationship, dates their delivery where the term counts from it, and makes
   * them an adolescent with their consent by the share; from the seeker's own stream.
   */
  Seeker seeker(Seeker drawn, Instant at) {
    if (behaviour.relationshipMix().isEmpty() && behaviour.adolescentShare() == 0 && !deliveryTerm) {
      return drawn;
    }
    LocalDate today = LocalDate.ofInstant(at, policy.zone());
    long key = RandomStreams.idKey(drawn.id());
    LivedExperience x = caregiver(streams.stream(SEEKER_PROGRAMME, key, CAREGIVER_DRAWS), drawn.experience(), drawn.profile(), today);
    if (deliveryTerm) {
      SplittableRandom random = streams.stream(SEEKER_PROGRAMME, key, DATE_DRAWS);
      // referred before discharge: delivered on the day of the referral or up to three days before (UTC)
      Map<Milestone, LocalDate> milestones = new EnumMap<>(Milestone.class);
      milestones.putAll(x.milestones());
      milestones.put(Milestone.DELIVERY, LocalDate.ofInstant(at, ZoneOffset.UTC).minusDays(random.nextInt(4)));
      x = LivedExperience.builder().from(x).milestones(milestones).build();
    }
    MinorPolicy minors = policy.minors();
    SplittableRandom random = streams.stream(SEEKER_PROGRAMME, key, ADOLESCENT_DRAWS);
    if (!minors.servesMinors() || !Distributions.chance(random, behaviour.adolescentShare())) {
      return Seeker.builder().from(drawn).experience(x).build();
    }
    int years = random.nextInt(Math.max(13, minors.minimumYears() + 1), Age.ADULT_YEARS);
    LivedExperience patient = LivedExperience.builder().from(x).role(ExperienceRole.PATIENT)
        .relationship(Optional.empty()).caredFor(Optional.empty()).build();
    Instant given = at.minus(Duration.ofDays(7));
    double u = random.nextDouble();
    ConsentRecord consent = u < GUARDIAN_AND_ASSENT + GUARDIAN_ONLY
        ? ConsentRecord.grantedBy(given, ConsentGiver.GUARDIAN, SCOPES)
        : ConsentRecord.grantedBy(given, ConsentGiver.SELF, SCOPES);
    if (u < GUARDIAN_AND_ASSENT) {
      for (ConsentScope scope : SCOPES) {
        consent = consent.grantBy(scope, given, ConsentGiver.SELF);
      }
    }
    // born in a year that makes them (years - 1) to years old today: 12 to 17
    PersonProfile profile = PersonProfile.builder().from(drawn.profile()).age(Age.bornIn(today.getYear() - years)).build();
    return Seeker.builder().from(drawn).experience(patient).profile(profile).consent(consent).build();
  }

  private LivedExperience caregiver(SplittableRandom random, LivedExperience x, PersonProfile profile, LocalDate today) {
    if (behaviour.relationshipMix().isEmpty() || x.role() != ExperienceRole.CAREGIVER) {
      return x;
    }
    CaregiverRelationship rel = Distributions.weighted(random, new EnumMap<>(behaviour.relationshipMix()));
    CaredForAge band;
    switch (rel) {
      case PARENT:
        band = Distributions.weighted(random, new EnumMap<>(CHILD_BANDS));
        break;
      case PARTNER:
        band = profile.age().map(a -> a.midYearsAt(today) >= 65).orElse(false) ? CaredForAge.OLDER_ADULT : CaredForAge.ADULT;
        break;
      case CHILD:
        band = CaredForAge.OLDER_ADULT;
        break;
      default:
        band = CaredForAge.ADULT;
        break;
    }
    return LivedExperience.builder().from(x).relationship(rel).caredFor(CaredFor.of(band)).build();
  }

  /**
   * Sets the dates the readiness rules that apply to a supporter read: one rule short of its minimum
   * with chance {@link Behaviour#notReadyShare()}, every other one met (a date already meeting its
   * rule is kept).
   */
  private LivedExperience readinessDates(SplittableRandom random, LivedExperience x, LocalDate today) {
    List<ReadinessRule> rules = new ArrayList<>();
    for (ReadinessRule r : policy.readiness().rules()) {
      if (r.appliesTo().map(role -> role == x.role()).orElse(true)) {
        rules.add(r);
      }
    }
    if (rules.isEmpty()) {
      return x;
    }
    boolean notReady = Distributions.chance(random, behaviour.notReadyShare()) && rules.get(0).minMonths() > 0;
    LivedExperience out = x;
    for (int i = 0; i < rules.size(); i++) {
      ReadinessRule r = rules.get(i);
      if (i == 0 && notReady) {
        out = withDate(out, r.measure(), today.minusDays(random.nextInt(7, Math.max(8, r.minMonths() * 28))), true);
      } else if (!r.isMetBy(out, today)) {
        int minDays = r.minMonths() * 31 + 31;
        out = withDate(out, r.measure(), today.minusDays(random.nextInt(minDays, minDays + 8 * 365)), false);
      }
    }
    return out;
  }

  /** The experience with the date a measure reads set, other dates kept consistent with it. */
  private static LivedExperience withDate(LivedExperience x, ReadinessMeasure measure, LocalDate date, boolean notReady) {
    LivedExperience.Builder b = LivedExperience.builder().from(x);
    Map<Milestone, LocalDate> milestones = new EnumMap<>(Milestone.class);
    milestones.putAll(x.milestones());
    switch (measure) {
      case MONTHS_SINCE_TREATMENT_END:
        b.treatmentEndedOn(date).onMaintenanceTherapy(!notReady && x.onMaintenanceTherapy());
        if (x.diagnosedOn().filter(d -> d.isAfter(date)).isPresent()) {
          b.diagnosedOn(date.minusDays(180));
        }
        break;
      case MONTHS_SINCE_DIAGNOSIS:
      case MONTHS_SINCE_CHILD_DIAGNOSIS:
        b.diagnosedOn(date);
        if (x.treatmentEndedOn().filter(d -> d.isBefore(date)).isPresent()) {
          b.treatmentEndedOn(Optional.empty());
        }
        break;
      case MONTHS_SINCE_DELIVERY:
        milestones.put(Milestone.DELIVERY, date);
        break;
      case MONTHS_IN_RECOVERY:
        milestones.put(Milestone.RECOVERY_START, date);
        break;
      case MONTHS_SINCE_BEREAVEMENT:
        milestones.put(Milestone.BEREAVEMENT, date);
        break;
      default:
        milestones.put(Milestone.TRANSPLANT, date);
        break;
    }
    return b.milestones(milestones).build();
  }
}
