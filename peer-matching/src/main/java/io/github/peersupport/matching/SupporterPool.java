package io.github.peersupport.matching;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.lifecycle.PeerStatus;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.GenderIdentity;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.person.UtcWeekIntervals;
import io.github.peersupport.core.programme.Readiness;
import io.github.peersupport.core.programme.ReadinessRule;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.matching.internal.CodeTree;
import io.github.peersupport.matching.internal.Vocabulary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Supporters compiled for ranking at one instant: sorted by id, the eligibility floor evaluated once,
 * and every attribute a criterion reads held in primitive arrays (taxonomy ids, bit sets, numbers), so
 * that scoring a supporter allocates nothing. Build one with {@link PeerMatcher#pool(List, Instant)}
 * and rank any number of seekers against it; it is immutable and safe to share between threads.
 *
 * <p>Building is O(m·a) for m supporters with a attributes each.
 */
public final class SupporterPool {
  static final double UNKNOWN = Double.NaN;
  /** The first gender id of self-descriptions: above 1 + every identity's ordinal, whatever their number. */
  static final int SELF_DESCRIBED_GENDER = 1 + GenderIdentity.values().length;
  /** The safety floor checked before the readiness rules, in order. */
  static final RuleId[] FLOOR_BEFORE_READINESS = {
    MatchingRuleIds.NOT_ACTIVE, MatchingRuleIds.CERTIFICATION, MatchingRuleIds.BOUNDARY_REVIEW, MatchingRuleIds.NOT_ADULT,
  };
  /** The safety floor checked after the readiness rules. */
  static final RuleId AFTER_READINESS = MatchingRuleIds.AT_CAPACITY;
  /** The most floor checks a pool has: the fixed floor and {@link Readiness#MAX_RULES} readiness rules. */
  static final int MAX_FLOOR_RULES = FLOOR_BEFORE_READINESS.length + Readiness.MAX_RULES + 1;

  final PeerMatcher matcher;
  final Instant at;
  final LocalDate date;
  /** The Monday of the UTC week that contains {@link #at}: the week availability is compared in. */
  final LocalDate week;
  final Supporter[] supporters;
  /**
   * The floor checks of this pool's policy, in checking order: the fixed safety floor with the
   * policy's readiness rules in place ({@link #floorRules(Readiness)}).
   */
  final RuleId[] floorRules;
  /** The first floor check that excludes each supporter, as an index into {@link #floorRules}, or -1. */
  final byte[] floorCheck;
  /** How many supporters each floor check excludes first, by index into {@link #floorRules}. */
  final int[] floorExcluded;
  /** The largest floor check index that excludes a supporter, or -1 when none does. */
  final int deepestFloor;
  /**
   * The supporters the floor admits, by {@link ExperienceRole} ordinal, each list in supporter order:
   * ranking reads only these, and only the seeker's role's list when role is the first hard check.
   */
  final int[][] eligibleByRole;
  /** The supporters the floor admits, in supporter order. */
  final int[] eligible;

  final CodeTree conditionTree;
  final int[] conditionStart;
  final int[] conditionIds;
  /**
   * Per supporter, up to two condition ids inline (id + 1 in the low and high 16 bits, 0 for none), or
   * -1 when the supporter has more conditions or the ids do not fit; then the offset arrays hold them.
   */
  final int[] conditionPair;
  final CodeTree treatmentTree;
  final int[] treatmentStart;
  final int[] treatmentIds;

  final Vocabulary<Code> sideEffectVocabulary = new Vocabulary<>();
  final long[] sideEffects;
  final int sideEffectWords;
  /** Issues as {@link #issueKeys} of the matcher's issue vocabulary. */
  final Vocabulary<String> issueVocabulary = new Vocabulary<>();
  final long[] issues;
  final int issueWords;
  final Vocabulary<String> languageVocabulary = new Vocabulary<>();
  final long[] languages;
  final int languageWords;
  final Vocabulary<Tag> cultureVocabulary = new Vocabulary<>();
  final long[] cultures;
  final int cultureWords;
  final Vocabulary<Tag> regionVocabulary = new Vocabulary<>();
  /** Self-descriptions of gender, interned by their exact text. */
  final Vocabulary<String> genderVocabulary = new Vocabulary<>();
  final int[] region;

  /**
   * Per supporter, the fields the standard hard checks read, packed for one memory stream as {@link
   * PackedLayout} lays them out: the floor check index, the role, the modalities and, when at most
   * {@link PackedLayout#LANGUAGE_BITS} primary languages occur (see {@link #packedLanguages}), the languages.
   */
  final int[] packed;
  /** Whether languages fit in {@link #packed}. */
  final boolean packedLanguages;
  final byte[] role;
  /** {@link io.github.peersupport.core.person.CaregiverRelationship} ordinal + 1, or 0 for a patient. */
  final byte[] relationship;
  /** The cared-for person's {@link io.github.peersupport.core.person.CaredForAge} ordinal + 1, or 0 when not given. */
  final byte[] caredFor;
  final int[] gender;
  final double[] midAge;
  final double[] latitude;
  final double[] longitude;
  final byte[] modalities;
  /**
   * Per supporter, the weekly windows as minutes of the UTC week of {@link #date}, or null when the
   * supporter gave no availability or no window.
   */
  final UtcWeekIntervals[] availability;
  /** Epoch day treatment ended, or {@link Long#MIN_VALUE} when not known or not ended. */
  final long[] treatmentEndDay;

  SupporterPool(PeerMatcher matcher, List<Supporter> input, Instant at) {
    this.matcher = matcher;
    this.at = at;
    this.date = at.atZone(matcher.policy().zone()).toLocalDate();
    this.week = UtcWeekIntervals.mondayOf(at);
    Supporter[] sorted = input.toArray(new Supporter[0]);
    Arrays.sort(sorted, Comparator.comparing((Supporter s) -> s.id().value()));
    Set<SupporterId> seen = new HashSet<>();
    for (Supporter s : sorted) {
      if (!seen.add(s.id())) {
        throw Require.invalid("supporters", "duplicate supporter id " + s.id());
      }
    }
    this.supporters = sorted;
    int m = sorted.length;
    Readiness readiness = matcher.policy().readiness();
    floorRules = floorRules(readiness);
    floorCheck = new byte[m];
    floorExcluded = new int[floorRules.length];
    int deepest = -1;
    int[] roleCounts = new int[ExperienceRole.values().length];
    for (int i = 0; i < m; i++) {
      int check = floorCheck(sorted[i], readiness);
      floorCheck[i] = (byte) check;
      if (check >= 0) {
        floorExcluded[check]++;
        deepest = Math.max(deepest, check);
      } else {
        roleCounts[sorted[i].experience().role().ordinal()]++;
      }
    }
    deepestFloor = deepest;
    eligibleByRole = new int[roleCounts.length][];
    int admitted = 0;
    for (int r = 0; r < roleCounts.length; r++) {
      eligibleByRole[r] = new int[roleCounts[r]];
      admitted += roleCounts[r];
    }
    eligible = new int[admitted];
    int[] filled = new int[roleCounts.length];
    for (int i = 0, n = 0; i < m; i++) {
      if (floorCheck[i] < 0) {
        int r = sorted[i].experience().role().ordinal();
        eligibleByRole[r][filled[r]++] = i;
        eligible[n++] = i;
      }
    }

    conditionTree = new CodeTree(matcher.conditions());
    treatmentTree = new CodeTree(matcher.treatments());
    conditionStart = new int[m + 1];
    treatmentStart = new int[m + 1];
    List<Integer> cond = new ArrayList<>();
    List<Integer> treat = new ArrayList<>();
    List<Set<String>> issueSets = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      LivedExperience e = sorted[i].experience();
      for (Code c : e.conditions()) {
        cond.add(conditionTree.intern(c));
      }
      for (Code c : e.treatments()) {
        treat.add(treatmentTree.intern(c));
      }
      conditionStart[i + 1] = cond.size();
      treatmentStart[i + 1] = treat.size();
      sideEffectVocabulary.addAll(e.sideEffects());
      issueSets.add(issueKeys(matcher.issues(), e.issues()));
      issueVocabulary.addAll(issueSets.get(i));
      PersonProfile p = sorted[i].profile();
      p.languages().forEach(l -> languageVocabulary.intern(l.primary()));
      cultureVocabulary.addAll(p.cultures());
      p.location().ifPresent(l -> regionVocabulary.intern(l.region()));
    }
    conditionIds = cond.stream().mapToInt(Integer::intValue).toArray();
    conditionPair = new int[m];
    for (int i = 0; i < m; i++) {
      int from = conditionStart[i];
      int n = conditionStart[i + 1] - from;
      boolean fits = n <= 2 && conditionTree.size() < 0xFFFF;
      conditionPair[i] = !fits ? -1
          : (n > 0 ? conditionIds[from] + 1 : 0) | (n > 1 ? (conditionIds[from + 1] + 1) << 16 : 0);
    }
    treatmentIds = treat.stream().mapToInt(Integer::intValue).toArray();

    sideEffectWords = sideEffectVocabulary.words();
    issueWords = issueVocabulary.words();
    languageWords = languageVocabulary.words();
    cultureWords = cultureVocabulary.words();
    sideEffects = new long[m * sideEffectWords];
    issues = new long[m * issueWords];
    languages = new long[m * languageWords];
    cultures = new long[m * cultureWords];
    region = new int[m];
    role = new byte[m];
    relationship = new byte[m];
    caredFor = new byte[m];
    gender = new int[m];
    midAge = new double[m];
    latitude = new double[m];
    longitude = new double[m];
    modalities = new byte[m];
    availability = new UtcWeekIntervals[m];
    treatmentEndDay = new long[m];
    for (int i = 0; i < m; i++) {
      Supporter s = sorted[i];
      LivedExperience e = s.experience();
      PersonProfile p = s.profile();
      sideEffectVocabulary.write(e.sideEffects(), sideEffects, i * sideEffectWords);
      issueVocabulary.write(issueSets.get(i), issues, i * issueWords);
      languageVocabulary.write(primaries(p.languages()), languages, i * languageWords);
      cultureVocabulary.write(p.cultures(), cultures, i * cultureWords);
      region[i] = p.location().map(l -> regionVocabulary.id(l.region())).orElse(-1);
      role[i] = (byte) e.role().ordinal();
      relationship[i] = relationshipId(e);
      caredFor[i] = caredForId(e);
      gender[i] = genderId(p, true);
      midAge[i] = p.age().map(a -> a.midYearsAt(date)).orElse(UNKNOWN);
      latitude[i] = p.location().flatMap(l -> l.point()).map(g -> g.latitude()).orElse(UNKNOWN);
      longitude[i] = p.location().flatMap(l -> l.point()).map(g -> g.longitude()).orElse(UNKNOWN);
      modalities[i] = modalityMask(p.modalities());
      availability[i] = p.availability().filter(a -> !a.windows().isEmpty()).map(a -> a.utcIntervals(week)).orElse(null);
      treatmentEndDay[i] = e.treatmentEndedOn().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    }
    packedLanguages = PackedLayout.LANGUAGE_BITS > 0 && languageVocabulary.size() <= PackedLayout.LANGUAGE_BITS;
    packed = new int[m];
    for (int i = 0; i < m; i++) {
      int floorBits = floorCheck[i] < 0 ? PackedLayout.ELIGIBLE : floorCheck[i];
      int languageBits = packedLanguages ? (int) languages[i * languageWords] << PackedLayout.LANGUAGE_SHIFT : 0;
      packed[i] = floorBits | (role[i] << PackedLayout.ROLE_SHIFT)
          | ((modalities[i] & PackedLayout.MODALITY_MASK) << PackedLayout.MODALITY_SHIFT) | languageBits;
    }
  }

  /**
   * The floor checks of a policy's readiness, in checking order: {@link #FLOOR_BEFORE_READINESS}, the
   * readiness rules by their own ids, then {@link #AFTER_READINESS}.
   */
  static RuleId[] floorRules(Readiness readiness) {
    List<RuleId> rules = new ArrayList<>(List.of(FLOOR_BEFORE_READINESS));
    readiness.rules().forEach(r -> rules.add(r.id()));
    rules.add(AFTER_READINESS);
    return rules.toArray(new RuleId[0]);
  }

  /** The index into {@link #floorRules} of the first floor check that excludes a supporter, or -1. */
  private int floorCheck(Supporter s, Readiness readiness) {
    if (s.standing().status() != PeerStatus.ACTIVE) {
      return 0; // NOT_ACTIVE
    }
    if (!s.standing().hasValidCertificationAt(at) || !s.standing().hasCompetentTraining()
        || s.standing().codeOfConductSignedAt().isEmpty()) {
      return 1; // CERTIFICATION
    }
    if (s.standing().boundaryReviewOpen()) {
      return 2; // BOUNDARY_REVIEW
    }
    if (!s.profile().age().map(a -> a.isAdultAt(date)).orElse(false)) {
      return 3; // NOT_ADULT
    }
    List<ReadinessRule> rules = readiness.rules();
    for (int r = 0; r < rules.size(); r++) {
      if (!rules.get(r).isMetBy(s.experience(), date)) {
        return FLOOR_BEFORE_READINESS.length + r;
      }
    }
    if (!s.hasCapacity()) {
      return FLOOR_BEFORE_READINESS.length + rules.size(); // AT_CAPACITY
    }
    return -1;
  }

  /** {@link #relationship}'s encoding of an experience. */
  static byte relationshipId(LivedExperience e) {
    return (byte) e.relationship().map(r -> r.ordinal() + 1).orElse(0).intValue();
  }

  /** {@link #caredFor}'s encoding of an experience. */
  static byte caredForId(LivedExperience e) {
    return (byte) e.caredFor().map(c -> c.ageBand().ordinal() + 1).orElse(0).intValue();
  }

  /**
   * A person's issues as {@link Criterion#ISSUES} counts them: each tag's text resolved in the issue
   * vocabulary to its concept's code text, or the tag's own text when it resolves to none; distinct,
   * in the tags' order.
   */
  static Set<String> issueKeys(Taxonomy vocabulary, Set<Tag> tags) {
    Set<String> keys = new LinkedHashSet<>();
    for (Tag tag : tags) {
      keys.add(vocabulary.resolve(tag.value()).map(Code::code).orElse(tag.value()));
    }
    return keys;
  }

  static List<String> primaries(Set<Language> languages) {
    List<String> primaries = new ArrayList<>(languages.size());
    for (Language l : languages) {
      primaries.add(l.primary());
    }
    return primaries;
  }

  /**
   * 0 for undisclosed; 1 + ordinal for the named identities; for a self-description, {@link
   * #SELF_DESCRIBED_GENDER} + its id in {@link #genderVocabulary} (interned while building, looked up
   * for a seeker: a description no supporter gave gets an id no supporter has).
   */
  int genderId(PersonProfile p, boolean intern) {
    GenderIdentity identity = p.gender().identity();
    if (identity == GenderIdentity.UNDISCLOSED) {
      return 0;
    }
    if (identity == GenderIdentity.SELF_DESCRIBED) {
      String text = p.gender().selfDescription().orElse("");
      int id = intern ? genderVocabulary.intern(text) : genderVocabulary.id(text);
      return id < 0 ? Integer.MIN_VALUE : SELF_DESCRIBED_GENDER + id;
    }
    return 1 + identity.ordinal();
  }

  static byte modalityMask(Set<Modality> modalities) {
    int mask = 0;
    for (Modality m : modalities) {
      mask |= 1 << m.ordinal();
    }
    return (byte) mask;
  }

  /**
   * Returns the instant the pool was compiled for.
   *
   * @return the instant
   */
  public Instant at() {
    return at;
  }

  /**
   * Returns the number of supporters.
   *
   * @return the size
   */
  public int size() {
    return supporters.length;
  }

  /**
   * Returns the supporters, sorted by id.
   *
   * @return the supporters
   */
  public List<Supporter> supporters() {
    return List.of(supporters);
  }

  /** Returns e.g. {@code SupporterPool[2000 supporters at 2026-03-02T09:00:00Z, 1480 eligible]}. */
  @Override
  public String toString() {
    long eligible = 0;
    for (byte check : floorCheck) {
      eligible += check < 0 ? 1 : 0;
    }
    return "SupporterPool[" + supporters.length + " supporters at " + at + ", " + eligible + " eligible]";
  }
}
