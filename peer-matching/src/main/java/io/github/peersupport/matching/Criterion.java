package io.github.peersupport.matching;

import io.github.peersupport.core.rule.RuleId;

/**
 * The measures of similarity between a seeker and a supporter, each with a stable rule id. In the
 * order of programmes' matching keys: diagnosis down to subtype, treatment, side effects, then age,
 * gender, geography, language and culture (Imerman Angels, Cancer Hope Network, IPFCC), plus issues
 * for rare conditions (Joo et al. 2022), role (caregivers with caregivers), for caregivers their
 * relationship and the age of the person they care for, how and when they can meet, and whether the
 * supporter is further along.
 *
 * <p>Each similarity lies in [0, 1]. It is <i>unknown</i> when either side did not give the attribute
 * (an empty set, an absent value; which attributes, each constant says), and an unknown similarity
 * scores 0.5. A criterion that does not apply (geography when nobody needs to meet in person) scores 1;
 * the two caregiver criteria are instead not in use for a patient seeker.
 * "The ranking's date" is the ranking's instant in {@link MatchingPolicy#zone()}.
 *
 * <p><b>As a hard filter</b> (see {@link PeerMatcher}) a criterion passes every supporter when the
 * seeker did not give the attribute (a requirement the seeker cannot state does not filter); otherwise
 * it fails a supporter who did not give it, and for the rest applies the pass rule each constant
 * states ("passes at 1", "passes above 0", or its own). Sets of codes and tags are compared by
 * equality ({@link io.github.peersupport.core.Code}: system and code).
 */
public enum Criterion {
  /**
   * Shared condition ancestry: the best, over every pair of a seeker's and a supporter's conditions,
   * of the depth of their lowest common ancestor ÷ the greater of their two depths, in the matcher's
   * condition taxonomy ({@link PeerMatcher#conditions()}; a root has depth 1, so an exact subtype
   * scores 1 and concepts under different roots 0). A code outside the taxonomy is a root of its own:
   * 1 with itself, 0 with anything else. Never unknown (everyone names a condition). Hard: passes at
   * {@link MatchingPolicy#conditionThreshold()} or above.
   */
  CONDITION("matching.condition"),
  /**
   * Shared treatment ancestry, as {@link #CONDITION} over treatments in the matcher's treatment
   * taxonomy; unknown when either side names no treatment. Hard: passes above 0.
   */
  TREATMENT("matching.treatment"),
  /**
   * The number of the seeker's side effects the supporter lived with too ÷ the number of the
   * seeker's side effects; unknown when either side names none. Hard: passes above 0.
   */
  SIDE_EFFECTS("matching.side-effects"),
  /**
   * The number of the seeker's issues the supporter shares ÷ the number of the seeker's issues;
   * unknown when either side names none. Issues are counted through the matcher's issue vocabulary
   * ({@link PeerMatcher#issues()}): each issue tag stands for the concept its text {@linkplain
   * io.github.peersupport.core.Taxonomy#resolve(String) resolves} to, or for itself when it resolves to
   * none, and a person's issues are the distinct concepts and tags their tags stand for (so {@code
   * rejection} and {@code fear-of-rejection} are one issue, shared with a supporter who tagged either).
   * Hard: passes above 0.
   */
  ISSUES("matching.issues"),
  /** Patient with patient, caregiver with caregiver: 1 for the same role, else 0; never unknown. Hard: passes at 1. */
  ROLE("matching.role"),
  /**
   * The same caregiver relationship (parent with parent, partner with partner: caregivers are matched
   * with caregivers of the same relationship where possible; Parent to Parent USA matches parents with
   * support parents, Joo et al. 2022, programme D). Applies only when the seeker is a caregiver; for a
   * patient seeker it is not in use (no share, no contribution) and never a hard filter, so patients'
   * scores are what they would be without it. For a caregiver seeker: 1 when the supporter is a
   * caregiver with the same {@link io.github.peersupport.core.person.CaregiverRelationship}, else 0 (a
   * patient supporter has no relationship); never unknown. Hard: passes at 1.
   */
  RELATIONSHIP("matching.caregiver-relationship"),
  /**
   * Closeness of the cared-for persons' {@linkplain io.github.peersupport.core.person.CaredForAge age
   * bands}: with d the number of bands between them (INFANT, CHILD, ADOLESCENT, ADULT, OLDER_ADULT),
   * max(0, 1 − d ÷ 2): 1 for the same band, 0.5 for adjacent bands, 0 further apart. Their conditions
   * are the caregivers' own condition codes, compared by {@link #CONDITION} and not counted twice.
   * Applies only when the seeker is a caregiver, as {@link #RELATIONSHIP}. For a caregiver seeker: 0
   * when the supporter is a patient (they care for nobody); unknown when the seeker or a caregiver
   * supporter gives no {@link io.github.peersupport.core.person.LivedExperience#caredFor()}. Hard:
   * passes at 1.
   */
  CARED_FOR("matching.cared-for"),
  /**
   * Closeness in age: with the gap the difference of the two {@linkplain
   * io.github.peersupport.core.person.Age#midYearsAt middle ages} on the ranking's date, and the
   * largest gap the seeker's own {@linkplain io.github.peersupport.core.person.SeekerPreferences#maxAgeGapYears()
   * maximum} or else {@link MatchingPolicy#maxAgeGapYears()}: max(0, 1 − gap ÷ largest gap). Unknown
   * when either age is not given. Hard: passes when the gap is at most the largest gap.
   */
  AGE("matching.age"),
  /**
   * Same gender: 1 when both genders are the same ({@link io.github.peersupport.core.person.Gender#sameAs},
   * self-descriptions by their exact words), else 0; unknown when either is undisclosed. Hard: passes at 1.
   */
  GENDER("matching.gender"),
  /**
   * A shared language: 1 when a language of each side has the same {@linkplain
   * io.github.peersupport.core.person.Language#primary() primary subtag}, else 0; unknown when either
   * side gives no language. Hard: passes at 1.
   */
  LANGUAGE("matching.language"),
  /** A shared cultural background tag: 1 or 0; unknown when either side gives none. Hard: passes at 1. */
  CULTURE("matching.culture"),
  /**
   * Distance, when either side can only meet in person (their modalities are exactly {@code
   * IN_PERSON}); otherwise it does not apply and scores 1. When it applies: if both locations have
   * coordinates, max(0, 1 − distance ÷ {@link MatchingPolicy#maxDistanceKm()}) by the haversine
   * distance ({@link io.github.peersupport.core.person.GeoPoint#distanceKm(io.github.peersupport.core.person.GeoPoint)};
   * with a limit of 0 km, 1 at distance 0 and 0 otherwise); else 1 for the same region tag and 0 for
   * another; unknown when either side gives no location. Hard: passes when it does not apply, when
   * both have coordinates and the distance is at most the limit, or else for the same region.
   */
  GEOGRAPHY("matching.geography"),
  /**
   * The number of the seeker's modalities the supporter offers ÷ the number of the seeker's; unknown
   * when either side gives none. Hard: passes above 0.
   */
  MODALITY("matching.modality"),
  /**
   * Time both are free each week, up to one hour counting fully: the minutes of the week at which
   * both are free ÷ 60, at most 1. Each person's windows are placed on the dates of the UTC week
   * (Monday to Sunday) that contains the ranking's instant (the week group placement uses too), read in
   * the person's own zone as real instants, and
   * those instants are taken modulo the week: as minutes since Monday 00:00 UTC of that week, a window
   * reaching past either end of it continuing from the other end. A minute counts once however many
   * windows of a person cover it. Unknown when either side gives no availability or no window. Hard:
   * passes above 0 (at least one shared minute).
   */
  AVAILABILITY("matching.availability"),
  /**
   * "Further along": 1 when the supporter's treatment ended on an earlier date than the seeker's
   * (the ranking's date when the seeker's treatment has not ended), else 0; unknown when the
   * supporter's end of treatment is not known (for example on maintenance therapy). Hard: passes at 1.
   */
  FURTHER_ALONG("matching.further-along");

  private final RuleId ruleId;

  Criterion(String id) {
    this.ruleId = RuleId.of(id);
  }

  /**
   * Returns the stable id; a supporter excluded by this criterion as a hard filter names it.
   *
   * @return the rule id
   */
  public RuleId ruleId() {
    return ruleId;
  }
}
