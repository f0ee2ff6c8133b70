package io.github.peersupport.matching;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.GeoPoint;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Preference;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.UtcWeekIntervals;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.matching.internal.CodeTree;
import io.github.peersupport.matching.internal.Vocabulary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scorer of one seeker against one {@link SupporterPool}: the seeker compiled into the pool's
 * vocabularies, the criteria in use with their weight shares, and the hard checks, so that checking
 * and scoring supporter i reads primitive arrays only. Lives for one ranking. The rules it implements
 * are stated in the Javadoc of {@link Criterion}, {@link MatchingRuleIds}, {@link Fallback} and
 * {@link PeerMatcher}; a test-scope reference scorer written from that Javadoc checks it.
 */
final class PoolScorer {
  /** The seeker did not give the attribute: scores 0.5, passes a hard check. */
  static final double SEEKER_UNKNOWN = -1;
  /** The supporter did not give the attribute: scores 0.5, fails a hard check. */
  static final double SUPPORTER_UNKNOWN = -2;

  private static final Criterion[] CRITERIA = Criterion.values();

  private final MatchingPolicy policy;
  private final SupporterPool pool;
  /** {@link SupporterPool#floorRules}: the floor checks, before the hard criteria. */
  private final RuleId[] floorRules;

  private final double[] conditionTable;
  /** {@link #conditionTable} shifted by one, slot 0 (no condition) scoring 0, for the inline pairs. */
  private final double[] conditionTablePlusOne;
  private final double[] treatmentTable;
  private final boolean hasTreatments;
  private final long[] sideEffects;
  private final int sideEffectCount;
  private final long[] issues;
  private final int issueCount;
  private final long[] languages;
  /** The seeker's languages in the bit layout of {@link SupporterPool#packed}. */
  private final int packedLanguageMask;
  private final int languageCount;
  private final long[] cultures;
  private final int cultureCount;
  private final int region;
  private final byte role;
  /** Whether the seeker is a caregiver: {@link Criterion#RELATIONSHIP} and {@link Criterion#CARED_FOR} apply. */
  private final boolean caregiver;
  private final byte relationship;
  private final byte caredFor;
  private final int gender;
  private final double midAge;
  private final double maxAgeGap;
  private final double latitude;
  private final double longitude;
  private final boolean seekerNeedsInPerson;
  private final int modalities;
  private final int modalityCount;
  /** The seeker's weekly windows in the UTC week of the pool's date (empty when unknown). */
  private final UtcWeekIntervals freeTime;
  private final boolean hasAvailability;
  private final long seekerTreatmentEndDay;

  /** Criteria in use (weight share > 0), in criterion order, and their shares. */
  private final Criterion[] used;
  private final double[] share;
  /** remaining[u]: the sum of the shares from u on, the most the rest of a score can add. */
  private final double[] remaining;
  /** Hard checks, in criterion order. */
  private final Criterion[] hard;
  /** Whether every hard check is one of role, gender, language, modality, evaluated from packed bits. */
  private final boolean fastHard;
  private final int hardRole;
  private final int hardGender;
  private final int hardLanguage;
  private final int hardModality;

  PoolScorer(PeerMatcher matcher, Seeker seeker, SupporterPool pool) {
    this.policy = matcher.policy();
    this.pool = pool;
    this.floorRules = pool.floorRules;
    var e = seeker.experience();
    PersonProfile p = seeker.profile();
    conditionTable = table(pool.conditionTree, e.conditions());
    conditionTablePlusOne = new double[conditionTable.length + 1];
    System.arraycopy(conditionTable, 0, conditionTablePlusOne, 1, conditionTable.length);
    hasTreatments = !e.treatments().isEmpty();
    treatmentTable = table(pool.treatmentTree, e.treatments());
    sideEffects = new long[pool.sideEffectWords];
    sideEffectCount = e.sideEffects().size();
    pool.sideEffectVocabulary.write(e.sideEffects(), sideEffects, 0);
    issues = new long[pool.issueWords];
    java.util.Set<String> issueKeys = SupporterPool.issueKeys(matcher.issues(), e.issues());
    issueCount = issueKeys.size();
    pool.issueVocabulary.write(issueKeys, issues, 0);
    languages = new long[pool.languageWords];
    languageCount = p.languages().size();
    pool.languageVocabulary.write(SupporterPool.primaries(p.languages()), languages, 0);
    packedLanguageMask = (int) languages[0] & PackedLayout.LANGUAGE_MASK;
    cultures = new long[pool.cultureWords];
    cultureCount = p.cultures().size();
    pool.cultureVocabulary.write(p.cultures(), cultures, 0);
    region = p.location().map(l -> pool.regionVocabulary.id(l.region())).orElse(Integer.MIN_VALUE);
    role = (byte) e.role().ordinal();
    caregiver = e.role() == ExperienceRole.CAREGIVER;
    relationship = SupporterPool.relationshipId(e);
    caredFor = SupporterPool.caredForId(e);
    gender = pool.genderId(p, false);
    midAge = p.age().map(a -> a.midYearsAt(pool.date)).orElse(Double.NaN);
    maxAgeGap = seeker.preferences().maxAgeGapYears().orElse(policy.maxAgeGapYears());
    latitude = p.location().flatMap(l -> l.point()).map(g -> g.latitude()).orElse(Double.NaN);
    longitude = p.location().flatMap(l -> l.point()).map(g -> g.longitude()).orElse(Double.NaN);
    seekerNeedsInPerson = needsInPerson(p.modalities().size(), SupporterPool.modalityMask(p.modalities()));
    modalities = SupporterPool.modalityMask(p.modalities());
    modalityCount = p.modalities().size();
    // no availability and an availability without a window are both unknown (Criterion.AVAILABILITY)
    hasAvailability = p.availability().filter(a -> !a.windows().isEmpty()).isPresent();
    freeTime = p.availability().map(a -> a.utcIntervals(pool.week)).orElse(UtcWeekIntervals.empty());
    // a seeker whose treatment has not ended (or whose end is unknown) counts as at the instant
    seekerTreatmentEndDay = e.treatmentEndedOn().map(LocalDate::toEpochDay).orElse(pool.date.toEpochDay());

    Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
    List<Criterion> hardList = new ArrayList<>();
    for (Criterion c : CRITERIA) {
      if (!caregiver && (c == Criterion.RELATIONSHIP || c == Criterion.CARED_FOR)) {
        continue; // they apply to caregiver seekers only: not in use, never a hard filter
      }
      CriterionSetting setting = policy.setting(c);
      Preference preference = preference(seeker, c);
      if (setting.mode() != CriterionMode.OFF && setting.weight() > 0) {
        weights.put(c, setting.weight() * (preference == Preference.PREFER ? 2 : 1));
      }
      if (setting.mode() == CriterionMode.HARD || preference == Preference.REQUIRE) {
        hardList.add(c);
      }
    }
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    // largest weight first (ties in criterion order): explanations read best, and pruning bites early
    used = weights.keySet().stream()
        .sorted(java.util.Comparator.comparingDouble((Criterion c) -> -weights.get(c)).thenComparing(Enum::ordinal))
        .toArray(Criterion[]::new);
    share = new double[used.length];
    remaining = new double[used.length + 1];
    for (int u = 0; u < used.length; u++) {
      share[u] = weights.get(used[u]) / total;
    }
    for (int u = used.length - 1; u >= 0; u--) {
      remaining[u] = remaining[u + 1] + share[u];
    }
    hard = hardList.toArray(new Criterion[0]);
    java.util.Set<Criterion> fastSet = java.util.EnumSet.of(Criterion.ROLE, Criterion.GENDER, Criterion.LANGUAGE, Criterion.MODALITY);
    fastHard = pool.packedLanguages && fastSet.containsAll(hardList);
    hardRole = hardList.contains(Criterion.ROLE) ? 1 : 0;
    hardGender = hardList.contains(Criterion.GENDER) && gender != 0 ? 1 : 0;
    hardLanguage = hardList.contains(Criterion.LANGUAGE) && languageCount > 0 ? 1 : 0;
    hardModality = hardList.contains(Criterion.MODALITY) && modalityCount > 0 ? 1 : 0;
  }

  private static Preference preference(Seeker seeker, Criterion c) {
    var prefs = seeker.preferences();
    switch (c) {
      case GENDER:
        return prefs.sameGender();
      case LANGUAGE:
        return prefs.sameLanguage();
      case AGE:
        return prefs.closeInAge();
      case CULTURE:
        return prefs.sameCulture();
      default:
        return Preference.NONE;
    }
  }

  private static double[] table(CodeTree tree, java.util.Set<Code> seekerCodes) {
    double[] table = new double[tree.size()];
    for (Code code : seekerCodes) {
      int s = tree.id(code);
      if (s < 0) {
        continue;
      }
      for (int j = 0; j < table.length; j++) {
        table[j] = Math.max(table[j], tree.similarity(s, j));
      }
    }
    return table;
  }

  private static boolean needsInPerson(int count, int mask) {
    return count == 1 && mask == 1 << Modality.IN_PERSON.ordinal();
  }

  /**
   * The first check that excludes supporter i: an index into the floor rules, then {@code floorRules.length
   * + criterion ordinal} for hard criteria; -1 when none does.
   */
  int firstFailure(int i) {
    int packed = pool.packed[i];
    int floor = packed & PackedLayout.ELIGIBLE;
    int packedRole = (packed >>> PackedLayout.ROLE_SHIFT) & PackedLayout.ROLE_MASK;
    int packedModalities = (packed >>> PackedLayout.MODALITY_SHIFT) & PackedLayout.MODALITY_MASK;
    if (fastHard) {
      // the common case without data-dependent branches: each check yields 0 or 1, the first failure
      // in criterion order wins
      int roleFail = hardRole & (packedRole != role ? 1 : 0);
      int languageFail = hardLanguage & (((packed >>> PackedLayout.LANGUAGE_SHIFT) & packedLanguageMask) == 0 ? 1 : 0);
      int modalityFail = hardModality & ((packedModalities & modalities) == 0 ? 1 : 0);
      int genderFail = hardGender == 0 ? 0 : (pool.gender[i] != gender ? 1 : 0);
      int code = modalityFail != 0 ? floorRules.length + Criterion.MODALITY.ordinal() : -1;
      code = languageFail != 0 ? floorRules.length + Criterion.LANGUAGE.ordinal() : code;
      code = genderFail != 0 ? floorRules.length + Criterion.GENDER.ordinal() : code;
      code = roleFail != 0 ? floorRules.length + Criterion.ROLE.ordinal() : code;
      return floor != PackedLayout.ELIGIBLE ? floor : code;
    }
    if (floor != PackedLayout.ELIGIBLE) {
      return floor;
    }
    for (Criterion c : hard) {
      boolean pass;
      switch (c) {
        case ROLE:
          pass = packedRole == role;
          break;
        case LANGUAGE:
          pass = languageCount == 0 || (pool.packedLanguages ? ((packed >>> PackedLayout.LANGUAGE_SHIFT) & packedLanguageMask) != 0
              : Vocabulary.shared(languages, 0, pool.languages, i * pool.languageWords, pool.languageWords) > 0);
          break;
        case MODALITY:
          pass = modalityCount == 0 || (packedModalities & modalities) != 0;
          break;
        case GENDER:
          pass = gender == 0 || pool.gender[i] == gender;
          break;
        default:
          pass = passes(c, i);
      }
      if (!pass) {
        return floorRules.length + c.ordinal();
      }
    }
    return -1;
  }

  /**
   * Whether role is the first hard check: a supporter the floor admits fails it exactly when their
   * role differs from the seeker's ({@link #role()}).
   */
  boolean roleFirst() {
    return hard.length > 0 && hard[0] == Criterion.ROLE;
  }

  /** The seeker's {@link ExperienceRole} ordinal. */
  int role() {
    return role;
  }

  /** The number of checks: the floor rules, then one per criterion. */
  int checks() {
    return floorRules.length + CRITERIA.length;
  }

  RuleId rule(int check) {
    return check < floorRules.length ? floorRules[check] : CRITERIA[check - floorRules.length].ruleId();
  }

  private boolean passes(Criterion c, int i) {
    double v = similarity(c, i);
    if (v == SEEKER_UNKNOWN) {
      return true;
    }
    if (v == SUPPORTER_UNKNOWN) {
      return false;
    }
    switch (c) {
      case CONDITION:
        return v >= policy.conditionThreshold();
      case AGE:
        return Math.abs(pool.midAge[i] - midAge) <= maxAgeGap;
      case GEOGRAPHY:
        return geographyWithin(i);
      case ROLE:
      case RELATIONSHIP:
      case CARED_FOR:
      case GENDER:
      case LANGUAGE:
      case CULTURE:
      case FURTHER_ALONG:
        return v == 1;
      default:
        return v > 0;
    }
  }

  double conditionSimilarity(int i) {
    int pair = pool.conditionPair[i];
    if (pair >= 0) {
      // conditionTable has one more leading slot: index 0 stands for "no condition"
      return Math.max(conditionTablePlusOne[pair & 0xFFFF], conditionTablePlusOne[pair >>> 16]);
    }
    double best = 0;
    for (int j = pool.conditionStart[i]; j < pool.conditionStart[i + 1]; j++) {
      best = Math.max(best, conditionTable[pool.conditionIds[j]]);
    }
    return best;
  }

  int sharedIssues(int i) {
    return Vocabulary.shared(issues, 0, pool.issues, i * pool.issueWords, pool.issueWords);
  }

  /**
   * The score: the sum over criteria in use, largest weight first, of share × similarity (unknown as
   * 0.5) — or -1 as soon as even full marks on the remaining criteria could not reach {@code floor}
   * (the worst score still kept; strictly below it cannot enter the top k).
   */
  double score(int i, double condition, double floor) {
    double score = 0;
    for (int u = 0; u < used.length; u++) {
      if (score + remaining[u] < floor - 1e-9) {
        return -1;
      }
      Criterion c = used[u];
      double v = c == Criterion.CONDITION ? condition : similarity(c, i);
      score += share[u] * (v < 0 ? 0.5 : v);
    }
    return score;
  }

  List<Contribution> explain(int i, double condition) {
    List<Contribution> contributions = new ArrayList<>(used.length);
    for (int u = 0; u < used.length; u++) {
      Criterion c = used[u];
      double v = c == Criterion.CONDITION ? condition : similarity(c, i);
      contributions.add(Contribution.of(c, v < 0 ? 0.5 : v, share[u]));
    }
    return contributions;
  }

  /** A similarity in [0, 1], or {@link #SEEKER_UNKNOWN} / {@link #SUPPORTER_UNKNOWN}. */
  double similarity(Criterion c, int i) {
    switch (c) {
      case CONDITION:
        return conditionSimilarity(i);
      case TREATMENT: {
        if (!hasTreatments) {
          return SEEKER_UNKNOWN;
        }
        int from = pool.treatmentStart[i];
        int to = pool.treatmentStart[i + 1];
        if (from == to) {
          return SUPPORTER_UNKNOWN;
        }
        double best = 0;
        for (int j = from; j < to; j++) {
          best = Math.max(best, treatmentTable[pool.treatmentIds[j]]);
        }
        return best;
      }
      case SIDE_EFFECTS:
        return overlap(sideEffectCount, sideEffects, pool.sideEffects, i, pool.sideEffectWords);
      case ISSUES:
        return overlap(issueCount, issues, pool.issues, i, pool.issueWords);
      case ROLE:
        return pool.role[i] == role ? 1 : 0;
      case RELATIONSHIP:
        return pool.relationship[i] == relationship ? 1 : 0;
      case CARED_FOR:
        return caredFor(i);
      case AGE: {
        if (Double.isNaN(midAge)) {
          return SEEKER_UNKNOWN;
        }
        if (Double.isNaN(pool.midAge[i])) {
          return SUPPORTER_UNKNOWN;
        }
        return Math.max(0, 1 - Math.abs(pool.midAge[i] - midAge) / maxAgeGap);
      }
      case GENDER:
        if (gender == 0) {
          return SEEKER_UNKNOWN;
        }
        if (pool.gender[i] == 0) {
          return SUPPORTER_UNKNOWN;
        }
        return pool.gender[i] == gender ? 1 : 0;
      case LANGUAGE:
        return any(languageCount, languages, pool.languages, i, pool.languageWords);
      case CULTURE:
        return any(cultureCount, cultures, pool.cultures, i, pool.cultureWords);
      case GEOGRAPHY:
        return geography(i);
      case MODALITY: {
        if (modalityCount == 0) {
          return SEEKER_UNKNOWN;
        }
        if (pool.modalities[i] == 0) {
          return SUPPORTER_UNKNOWN;
        }
        return (double) Integer.bitCount(modalities & pool.modalities[i]) / modalityCount;
      }
      case AVAILABILITY:
        return availability(i);
      case FURTHER_ALONG:
        if (pool.treatmentEndDay[i] == Long.MIN_VALUE) {
          return SUPPORTER_UNKNOWN;
        }
        return pool.treatmentEndDay[i] < seekerTreatmentEndDay ? 1 : 0;
      default:
        throw new IllegalStateException("unhandled criterion " + c);
    }
  }

  private static double overlap(int seekerCount, long[] seeker, long[] pool, int i, int words) {
    if (seekerCount == 0) {
      return SEEKER_UNKNOWN;
    }
    boolean supporterHas = false;
    for (int w = 0; w < words; w++) {
      supporterHas |= pool[i * words + w] != 0;
    }
    if (!supporterHas) {
      return SUPPORTER_UNKNOWN;
    }
    return (double) Vocabulary.shared(seeker, 0, pool, i * words, words) / seekerCount;
  }

  private static double any(int seekerCount, long[] seeker, long[] pool, int i, int words) {
    double v = overlap(seekerCount, seeker, pool, i, words);
    return v < 0 ? v : v > 0 ? 1 : 0;
  }

  /** Only for a caregiver seeker: see {@link Criterion#CARED_FOR}. */
  private double caredFor(int i) {
    if (caredFor == 0) {
      return SEEKER_UNKNOWN;
    }
    if (pool.relationship[i] == 0) {
      return 0; // a patient cares for nobody
    }
    if (pool.caredFor[i] == 0) {
      return SUPPORTER_UNKNOWN;
    }
    return Math.max(0, 1 - Math.abs(pool.caredFor[i] - caredFor) / 2.0);
  }

  private boolean geographyApplies(int i) {
    int mask = pool.modalities[i];
    return seekerNeedsInPerson || needsInPerson(Integer.bitCount(mask), mask);
  }

  private double geography(int i) {
    if (!geographyApplies(i)) {
      return 1;
    }
    if (!Double.isNaN(latitude) && !Double.isNaN(pool.latitude[i])) {
      double limit = policy.maxDistanceKm();
      double distance = distanceKm(i);
      return limit == 0 ? (distance == 0 ? 1 : 0) : Math.max(0, 1 - distance / limit);
    }
    if (region == Integer.MIN_VALUE) {
      return SEEKER_UNKNOWN;
    }
    if (pool.region[i] < 0) {
      return SUPPORTER_UNKNOWN;
    }
    return pool.region[i] == region ? 1 : 0;
  }

  private boolean geographyWithin(int i) {
    if (!geographyApplies(i)) {
      return true;
    }
    if (!Double.isNaN(latitude) && !Double.isNaN(pool.latitude[i])) {
      return distanceKm(i) <= policy.maxDistanceKm();
    }
    return geography(i) == 1;
  }

  private double distanceKm(int i) {
    return GeoPoint.distanceKm(latitude, longitude, pool.latitude[i], pool.longitude[i]);
  }

  private double availability(int i) {
    if (!hasAvailability) {
      return SEEKER_UNKNOWN;
    }
    UtcWeekIntervals theirs = pool.availability[i];
    if (theirs == null) {
      return SUPPORTER_UNKNOWN;
    }
    return Math.min(1, freeTime.overlapMinutes(theirs) / 60.0);
  }
}
