package io.github.peersupport.matching;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentGiver;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.lifecycle.PeerStatus;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.GenderIdentity;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Location;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Preference;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.core.person.WeeklyAvailability;
import io.github.peersupport.core.programme.ReadinessRule;
import io.github.peersupport.core.rule.RuleId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plain, slow reference for {@link PeerMatcher}, written from the Javadoc of {@link MatchingRuleIds},
 * {@link Criterion}, {@link CriterionMode}, {@link CriterionSetting}, {@link Fallback}, {@link
 * MatchResult} and {@link Candidate}, and from nothing in {@link PoolScorer} or {@link SupporterPool}:
 * loops over the people's own values, taxonomy similarity through {@link Taxonomy}'s lineage methods,
 * availability minute by minute on real instants. Each method cites the sentence it implements.
 */
final class ReferenceScorer {
  static final int MINUTES_PER_WEEK = 7 * 24 * 60;


  /** What a ranking should produce. */
  record Outcome(Fallback fallback, List<Candidate> candidates, List<Exclusion> exclusions, Map<RuleId, Integer> excluded,
      int eligible, Optional<RuleId> refusedBy) {}

  private final MatchingPolicy policy;
  private final Taxonomy conditions;
  private final Taxonomy treatments;
  private final Taxonomy issueVocabulary;
  /** Each availability's minutes of the ranking's week, by identity (one ranking per scorer). */
  private final Map<WeeklyAvailability, BitSet> weekMinutes = new IdentityHashMap<>();
  /** "the UTC week that contains the ranking's instant": its date in UTC. */
  private LocalDate utcDate = LocalDate.EPOCH;

  /**
   * The safety floor on the supporter's side, in the order {@link MatchingRuleIds} lists it: "between
   * NOT_ADULT and AT_CAPACITY come the programme's readiness rules, in their order".
   */
  private final List<RuleId> floor = new ArrayList<>();

  ReferenceScorer(PeerMatcher matcher) {
    floor.addAll(List.of(MatchingRuleIds.NOT_ACTIVE, MatchingRuleIds.CERTIFICATION, MatchingRuleIds.BOUNDARY_REVIEW,
        MatchingRuleIds.NOT_ADULT));
    matcher.policy().readiness().rules().forEach(r -> floor.add(r.id()));
    floor.add(MatchingRuleIds.AT_CAPACITY);
    this.policy = matcher.policy();
    this.conditions = matcher.conditions();
    this.treatments = matcher.treatments();
    this.issueVocabulary = matcher.issues();
  }

  /**
   * Ranks as {@link PeerMatcher#rank(Seeker, java.util.List, Instant)} should. Call once per scorer.
   *
   * @param seeker the seeker
   * @param supporters the supporters
   * @param at the instant
   * @return the outcome
   */
  Outcome rank(Seeker seeker, List<Supporter> supporters, Instant at) {
    // "the ranking's date is the ranking's instant in MatchingPolicy#zone()"
    LocalDate date = at.atZone(policy.zone()).toLocalDate();
    utcDate = LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
    weekMinutes.clear();
    // exclusions are listed "in supporter-id order"; ties between candidates are broken the same way
    List<Supporter> byId = new ArrayList<>(supporters);
    byId.sort(Comparator.comparing(s -> s.id().value()));
    List<Exclusion> exclusions = new ArrayList<>();
    Optional<RuleId> refused = seekerRule(seeker, at, date);
    if (refused.isPresent()) {
      // "the first that fails excludes every supporter and is the ranking's refusedBy (even with no supporters)"
      byId.forEach(s -> exclusions.add(Exclusion.of(s.id(), refused.get())));
      return new Outcome(Fallback.NONE, List.of(), exclusions, counts(exclusions), 0, refused);
    }
    if (byId.isEmpty()) {
      return new Outcome(Fallback.NONE, List.of(), List.of(), Map.of(), 0, Optional.of(MatchingRuleIds.NO_SUPPORTERS));
    }
    List<Criterion> hard = hardCriteria(seeker);
    List<Supporter> eligible = new ArrayList<>();
    for (Supporter s : byId) {
      Optional<RuleId> rule = floorRule(s, at, date);
      for (int c = 0; rule.isEmpty() && c < hard.size(); c++) {
        if (!passes(hard.get(c), seeker, s, date)) {
          rule = Optional.of(hard.get(c).ruleId());
        }
      }
      if (rule.isPresent()) {
        exclusions.add(Exclusion.of(s.id(), rule.get()));
      } else {
        eligible.add(s);
      }
    }
    // RungOrder: "each eligible supporter stands on at most one rung: the first rung, in the order's
    // ladder, whose test they pass"
    List<Fallback> ladder = policy.rungOrder() == RungOrder.CONDITION_FIRST
        ? List.of(Fallback.CONDITION, Fallback.BROADER_CONDITION, Fallback.ISSUES)
        : List.of(Fallback.CONDITION, Fallback.ISSUES, Fallback.BROADER_CONDITION);
    Map<Fallback, List<Supporter>> rungs = new LinkedHashMap<>();
    ladder.forEach(f -> rungs.put(f, new ArrayList<>()));
    for (Supporter s : eligible) {
      for (Fallback f : ladder) {
        if (passesRungTest(f, seeker, s)) {
          rungs.get(f).add(s);
          break;
        }
      }
    }
    if (rungs.values().stream().allMatch(List::isEmpty)) {
      return new Outcome(Fallback.NONE, List.of(), exclusions, counts(exclusions), eligible.size(),
          Optional.of(eligible.isEmpty() ? lastRuleInCheckingOrder(exclusions) : MatchingRuleIds.NO_SHARED_EXPERIENCE));
    }
    List<Candidate> ranked = new ArrayList<>();
    for (Fallback f : ladder) {
      List<Candidate> scored = new ArrayList<>();
      for (Supporter s : rungs.get(f)) {
        List<Contribution> contributions = contributions(seeker, s, date);
        double score = 0;
        for (Contribution c : contributions) {
          score += c.value(); // "their values, added in this order, make the score"
        }
        scored.add(Candidate.builder().rank(1).supporter(s.id()).rung(f).score(score).contributions(contributions).build());
      }
      // "highest score first, scores compared rounded to 12 decimal places, equal ones in the order of their ids' text"
      scored.sort(Comparator.comparingLong((Candidate c) -> Math.round(c.score() * 1e12)).reversed()
          .thenComparing(c -> c.supporter().value()));
      ranked.addAll(scored);
      // CONDITION_FIRST: "only the first rung that holds an eligible supporter is ranked"
      if (!scored.isEmpty() && policy.rungOrder() == RungOrder.CONDITION_FIRST) {
        break;
      }
    }
    List<Candidate> top = new ArrayList<>();
    for (int r = 0; r < Math.min(policy.topK(), ranked.size()); r++) {
      top.add(Candidate.builder().from(ranked.get(r)).rank(r + 1).build());
    }
    // MatchResult.fallback: "the rung of the first candidate"
    Fallback fallback = top.get(0).rung();
    return new Outcome(fallback, top, exclusions, counts(exclusions), eligible.size(), Optional.empty());
  }

  private static Map<RuleId, Integer> counts(List<Exclusion> exclusions) {
    Map<RuleId, Integer> counts = new LinkedHashMap<>();
    exclusions.forEach(e -> counts.merge(e.refusedBy(), 1, Integer::sum));
    return counts;
  }

  /** "Of the rules that excluded someone, the last in checking order (the floor, then the hard criteria)". */
  private RuleId lastRuleInCheckingOrder(List<Exclusion> exclusions) {
    List<RuleId> order = new ArrayList<>(floor);
    for (Criterion c : Criterion.values()) {
      order.add(c.ruleId());
    }
    int last = -1;
    for (Exclusion e : exclusions) {
      last = Math.max(last, order.indexOf(e.refusedBy()));
    }
    return order.get(last);
  }

  // ---- the safety floor (MatchingRuleIds) ---------------------------------------------------------

  /**
   * "The seeker's side, checked first": age required and missing; a minor (age known, not certainly
   * adult on the ranking's date) where minors are not served; possibly younger than the minimum age;
   * then for a minor BE_MATCHED and BE_CONTACTED granted by a guardian or proxy, and their own grant
   * of both where assent is required for a minor who may be that old; for anyone else both granted.
   */
  private Optional<RuleId> seekerRule(Seeker seeker, Instant at, LocalDate date) {
    var minors = policy.minors();
    Optional<Age> age = seeker.profile().age();
    if (age.isEmpty() && minors.ageRequired()) {
      return Optional.of(MatchingRuleIds.SEEKER_AGE_UNKNOWN);
    }
    boolean minor = age.isPresent() && age.get().minYearsAt(date) < Age.ADULT_YEARS;
    if (minor && !minors.servesMinors()) {
      return Optional.of(MatchingRuleIds.MINORS_NOT_SERVED);
    }
    if (age.isPresent() && age.get().minYearsAt(date) < minors.minimumYears()) {
      return Optional.of(MatchingRuleIds.BELOW_MINIMUM_AGE);
    }
    var consent = seeker.consent();
    List<ConsentScope> both = List.of(ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);
    if (!minor) {
      boolean given = both.stream().allMatch(scope -> consent.permits(scope, at));
      return given ? Optional.empty() : Optional.of(MatchingRuleIds.SEEKER_CONSENT);
    }
    boolean permission = both.stream().allMatch(scope -> consent.permitsBy(scope, at, ConsentGiver.GUARDIAN, ConsentGiver.PROXY));
    if (!permission) {
      return Optional.of(MatchingRuleIds.GUARDIAN_CONSENT);
    }
    boolean assentNeeded = minors.assentFromYears().map(y -> age.get().maxYearsAt(date) >= y).orElse(false);
    boolean assent = both.stream().allMatch(scope -> consent.permitsBy(scope, at, ConsentGiver.SELF));
    return assentNeeded && !assent ? Optional.of(MatchingRuleIds.MINOR_ASSENT) : Optional.empty();
  }

  private Optional<RuleId> floorRule(Supporter s, Instant at, LocalDate date) {
    PeerStanding standing = s.standing();
    if (standing.status() != PeerStatus.ACTIVE) {
      return Optional.of(MatchingRuleIds.NOT_ACTIVE);
    }
    if (!standing.hasValidCertificationAt(at) || !standing.hasCompetentTraining() || standing.codeOfConductSignedAt().isEmpty()) {
      return Optional.of(MatchingRuleIds.CERTIFICATION);
    }
    if (standing.boundaryReviewOpen()) {
      return Optional.of(MatchingRuleIds.BOUNDARY_REVIEW);
    }
    Optional<Age> age = s.profile().age();
    if (age.isEmpty() || !age.get().isAdultAt(date)) {
      return Optional.of(MatchingRuleIds.NOT_ADULT);
    }
    // "a supporter who fails one is named by that rule's own id"
    Optional<ReadinessRule> unready = policy.readiness().refusedBy(s.experience(), date);
    if (unready.isPresent()) {
      return unready.map(ReadinessRule::id);
    }
    if (s.activeMatches() >= s.capacity()) {
      return Optional.of(MatchingRuleIds.AT_CAPACITY);
    }
    return Optional.empty();
  }

  // ---- hard criteria (PeerMatcher step 2, Criterion) --------------------------------------------

  /** "The policy's HARD criteria, plus gender, language, age and culture when the seeker requires them (whatever their mode)". */
  private List<Criterion> hardCriteria(Seeker seeker) {
    List<Criterion> hard = new ArrayList<>();
    for (Criterion c : Criterion.values()) {
      if (!appliesTo(c, seeker)) {
        continue;
      }
      if (policy.setting(c).mode() == CriterionMode.HARD || preference(seeker, c) == Preference.REQUIRE) {
        hard.add(c);
      }
    }
    return hard;
  }

  /** "Applies only when the seeker is a caregiver; for a patient seeker it is not in use and never a hard filter". */
  private static boolean appliesTo(Criterion c, Seeker seeker) {
    return (c != Criterion.RELATIONSHIP && c != Criterion.CARED_FOR) || seeker.experience().role() == ExperienceRole.CAREGIVER;
  }

  private static Preference preference(Seeker seeker, Criterion c) {
    switch (c) {
      case GENDER:
        return seeker.preferences().sameGender();
      case LANGUAGE:
        return seeker.preferences().sameLanguage();
      case AGE:
        return seeker.preferences().closeInAge();
      case CULTURE:
        return seeker.preferences().sameCulture();
      default:
        return Preference.NONE;
    }
  }

  /**
   * "A criterion passes every supporter when the seeker did not give the attribute; otherwise it fails
   * a supporter who did not give it, and for the rest applies the pass rule each constant states."
   */
  private boolean passes(Criterion c, Seeker seeker, Supporter supporter, LocalDate date) {
    if (c == Criterion.GEOGRAPHY && !geographyApplies(seeker.profile(), supporter.profile())) {
      return true;
    }
    if (!gives(c, seeker.experience(), seeker.profile(), true)) {
      return true;
    }
    if (!gives(c, supporter.experience(), supporter.profile(), false)) {
      return false;
    }
    double v = similarity(c, seeker, supporter, date);
    switch (c) {
      case CONDITION:
        return v >= policy.conditionThreshold();
      case AGE:
        return ageGap(seeker, supporter, date) <= largestAgeGap(seeker);
      case GEOGRAPHY: {
        Location a = seeker.profile().location().get();
        Location b = supporter.profile().location().get();
        if (a.point().isPresent() && b.point().isPresent()) {
          return a.point().get().distanceKm(b.point().get()) <= policy.maxDistanceKm();
        }
        return a.region().equals(b.region());
      }
      case TREATMENT:
      case SIDE_EFFECTS:
      case ISSUES:
      case MODALITY:
      case AVAILABILITY:
        return v > 0;
      default: // ROLE, RELATIONSHIP, CARED_FOR, GENDER, LANGUAGE, CULTURE, FURTHER_ALONG: "passes at 1"
        return v == 1;
    }
  }

  /** Whether a person gave the attribute a criterion reads (the "unknown" of each constant). */
  private static boolean gives(Criterion c, LivedExperience e, PersonProfile p, boolean seeker) {
    switch (c) {
      case CONDITION:
      case ROLE:
      case RELATIONSHIP: // "never unknown"
        return true;
      case CARED_FOR:
        // "unknown when the seeker or a caregiver supporter gives no caredFor"; a patient supporter scores 0
        return (!seeker && e.role() == ExperienceRole.PATIENT) || e.caredFor().isPresent();
      case TREATMENT:
        return !e.treatments().isEmpty();
      case SIDE_EFFECTS:
        return !e.sideEffects().isEmpty();
      case ISSUES:
        return !e.issues().isEmpty();
      case AGE:
        return p.age().isPresent();
      case GENDER:
        return p.gender().identity() != GenderIdentity.UNDISCLOSED;
      case LANGUAGE:
        return !p.languages().isEmpty();
      case CULTURE:
        return !p.cultures().isEmpty();
      case GEOGRAPHY:
        return p.location().isPresent();
      case MODALITY:
        return !p.modalities().isEmpty();
      case AVAILABILITY:
        return p.availability().map(a -> !a.windows().isEmpty()).orElse(false);
      case FURTHER_ALONG:
        // "the ranking's date when the seeker's treatment has not ended": never unknown for the seeker
        return seeker || e.treatmentEndedOn().isPresent();
      default:
        throw new IllegalArgumentException("criterion " + c);
    }
  }

  // ---- the ladder (Fallback) -----------------------------------------------------------------------

  /** RungOrder: "CONDITION c ≥ conditionThreshold; BROADER_CONDITION c > 0; ISSUES n ≥ minSharedIssues". */
  private boolean passesRungTest(Fallback rung, Seeker seeker, Supporter s) {
    double condition = taxonomySimilarity(conditions, seeker.experience().conditions(), s.experience().conditions());
    switch (rung) {
      case CONDITION:
        return condition >= policy.conditionThreshold();
      case BROADER_CONDITION:
        return condition > 0;
      case ISSUES:
        return shared(issues(seeker.experience()), issues(s.experience())) >= policy.minSharedIssues();
      default:
        return false;
    }
  }

  /**
   * Criterion.ISSUES: "each issue tag stands for the concept its text resolves to, or for itself when it
   * resolves to none, and a person's issues are the distinct concepts and tags their tags stand for".
   */
  private Set<Object> issues(LivedExperience e) {
    Set<Object> issues = new java.util.HashSet<>();
    for (io.github.peersupport.core.Tag tag : e.issues()) {
      issues.add(issueVocabulary.resolve(tag.value()).<Object>map(c -> c).orElse(tag));
    }
    return issues;
  }

  // ---- scores (PeerMatcher step 4, CriterionSetting, Candidate) -----------------------------------

  private List<Contribution> contributions(Seeker seeker, Supporter supporter, LocalDate date) {
    Map<Criterion, Double> weights = new LinkedHashMap<>();
    double total = 0;
    for (Criterion c : Criterion.values()) {
      CriterionSetting setting = policy.setting(c);
      if (setting.mode() != CriterionMode.OFF && setting.weight() > 0 && appliesTo(c, seeker)) {
        double w = setting.weight() * (preference(seeker, c) == Preference.PREFER ? 2 : 1);
        weights.put(c, w);
        total += w;
      }
    }
    List<Criterion> used = new ArrayList<>(weights.keySet());
    // "largest share first, equal shares in Criterion order" (the map is in Criterion order; sort is stable)
    used.sort(Comparator.comparingDouble((Criterion c) -> weights.get(c)).reversed());
    List<Contribution> contributions = new ArrayList<>();
    for (Criterion c : used) {
      contributions.add(Contribution.of(c, score(c, seeker, supporter, date), weights.get(c) / total));
    }
    return contributions;
  }

  /** A criterion's similarity as it scores: 1 when it does not apply, 0.5 when unknown. */
  private double score(Criterion c, Seeker seeker, Supporter supporter, LocalDate date) {
    if (c == Criterion.GEOGRAPHY && !geographyApplies(seeker.profile(), supporter.profile())) {
      return 1;
    }
    if (!gives(c, seeker.experience(), seeker.profile(), true) || !gives(c, supporter.experience(), supporter.profile(), false)) {
      return 0.5;
    }
    return similarity(c, seeker, supporter, date);
  }

  /** The similarity of a criterion both sides gave (and that applies), as each constant defines it. */
  private double similarity(Criterion c, Seeker seeker, Supporter supporter, LocalDate date) {
    LivedExperience a = seeker.experience();
    LivedExperience b = supporter.experience();
    PersonProfile p = seeker.profile();
    PersonProfile q = supporter.profile();
    switch (c) {
      case CONDITION:
        return taxonomySimilarity(conditions, a.conditions(), b.conditions());
      case TREATMENT:
        return taxonomySimilarity(treatments, a.treatments(), b.treatments());
      case SIDE_EFFECTS:
        return (double) shared(a.sideEffects(), b.sideEffects()) / a.sideEffects().size();
      case ISSUES:
        return (double) shared(issues(a), issues(b)) / issues(a).size();
      case ROLE:
        return a.role() == b.role() ? 1 : 0;
      case RELATIONSHIP:
        // "1 when the supporter is a caregiver with the same relationship, else 0"
        return b.relationship().isPresent() && b.relationship().equals(a.relationship()) ? 1 : 0;
      case CARED_FOR: {
        if (b.role() == ExperienceRole.PATIENT) {
          return 0; // "0 when the supporter is a patient (they care for nobody)"
        }
        // "with d the number of bands between them, max(0, 1 − d ÷ 2)"
        int d = Math.abs(a.caredFor().get().ageBand().ordinal() - b.caredFor().get().ageBand().ordinal());
        return Math.max(0, 1 - d / 2.0);
      }
      case AGE:
        return Math.max(0, 1 - ageGap(seeker, supporter, date) / largestAgeGap(seeker));
      case GENDER:
        return p.gender().sameAs(q.gender()) ? 1 : 0;
      case LANGUAGE: {
        for (Language x : p.languages()) {
          for (Language y : q.languages()) {
            if (x.primary().equals(y.primary())) {
              return 1;
            }
          }
        }
        return 0;
      }
      case CULTURE:
        return shared(p.cultures(), q.cultures()) > 0 ? 1 : 0;
      case GEOGRAPHY: {
        Location x = p.location().get();
        Location y = q.location().get();
        if (x.point().isPresent() && y.point().isPresent()) {
          double d = x.point().get().distanceKm(y.point().get());
          if (policy.maxDistanceKm() == 0) {
            return d == 0 ? 1 : 0;
          }
          return Math.max(0, 1 - d / policy.maxDistanceKm());
        }
        return x.region().equals(y.region()) ? 1 : 0;
      }
      case MODALITY:
        return (double) shared(p.modalities(), q.modalities()) / p.modalities().size();
      case AVAILABILITY: {
        BitSet both = (BitSet) weekMinutes(p.availability().get(), utcDate).clone();
        both.and(weekMinutes(q.availability().get(), utcDate));
        return Math.min(1, both.cardinality() / 60.0);
      }
      case FURTHER_ALONG: {
        LocalDate seekerEnd = a.treatmentEndedOn().orElse(date);
        return b.treatmentEndedOn().get().isBefore(seekerEnd) ? 1 : 0;
      }
      default:
        throw new IllegalArgumentException("criterion " + c);
    }
  }

  /**
   * "The best, over every pair, of the depth of their lowest common ancestor ÷ the greater of their two
   * depths; a code outside the taxonomy is a root of its own."
   */
  static double taxonomySimilarity(Taxonomy taxonomy, Set<Code> seeker, Set<Code> supporter) {
    double best = 0;
    for (Code x : seeker) {
      for (Code y : supporter) {
        double v;
        if (taxonomy.contains(x) && taxonomy.contains(y)) {
          v = (double) taxonomy.sharedDepth(x, y) / Math.max(taxonomy.depth(x), taxonomy.depth(y));
        } else {
          v = x.equals(y) ? 1 : 0;
        }
        best = Math.max(best, v);
      }
    }
    return best;
  }

  private static <T> int shared(Set<T> seeker, Set<T> supporter) {
    int n = 0;
    for (T x : seeker) {
      if (supporter.contains(x)) {
        n++;
      }
    }
    return n;
  }

  private static double ageGap(Seeker seeker, Supporter supporter, LocalDate date) {
    return Math.abs(supporter.profile().age().get().midYearsAt(date) - seeker.profile().age().get().midYearsAt(date));
  }

  private double largestAgeGap(Seeker seeker) {
    return seeker.preferences().maxAgeGapYears().orElse(policy.maxAgeGapYears());
  }

  /** "When either side can only meet in person (their modalities are exactly IN_PERSON)". */
  private static boolean geographyApplies(PersonProfile seeker, PersonProfile supporter) {
    return onlyInPerson(seeker) || onlyInPerson(supporter);
  }

  private static boolean onlyInPerson(PersonProfile p) {
    return p.modalities().equals(Set.of(Modality.IN_PERSON));
  }

  /** {@link #minutesOfTheWeek}, computed once per person and ranking (the hard check and the score both need it). */
  private BitSet weekMinutes(WeeklyAvailability availability, LocalDate date) {
    return weekMinutes.computeIfAbsent(availability, a -> minutesOfTheWeek(a, date));
  }

  /**
   * The minutes of the week a person is free: "windows placed on the dates of the UTC week (Monday to
   * Sunday) that contains the ranking's instant, read in the person's own zone as real instants, taken
   * modulo the week: minutes since Monday 00:00 UTC of that week, a window reaching past either end
   * continuing from the other end; a minute counts once". Walks every real minute of every window.
   *
   * @param availability the availability
   * @param date a date of the week: the ranking's instant in UTC
   * @return minute m of the week set when the person is free then
   */
  static BitSet minutesOfTheWeek(WeeklyAvailability availability, LocalDate date) {
    LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Instant weekStart = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
    BitSet minutes = new BitSet(MINUTES_PER_WEEK);
    for (TimeWindow w : availability.windows()) {
      LocalDate day = monday.plusDays(w.day().getValue() - 1L);
      Instant start = day.atTime(w.start()).atZone(availability.zone()).toInstant();
      Instant end = day.atTime(w.end()).atZone(availability.zone()).toInstant();
      for (long second = start.getEpochSecond(); second < end.getEpochSecond(); second += 60) {
        long sinceWeekStart = Math.floorDiv(second - weekStart.getEpochSecond(), 60);
        minutes.set((int) Math.floorMod(sinceWeekStart, (long) MINUTES_PER_WEEK));
      }
    }
    return minutes;
  }
}
