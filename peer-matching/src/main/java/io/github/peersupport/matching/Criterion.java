package io.github.peersupport.matching;

import io.github.peersupport.core.rule.RuleId;

/**
 * The measures of similarity between a seeker and a supporter, each with a stable rule id. In the
 * order of programmes' matching keys: diagnosis down to subtype, treatment, side effects, then age,
 * gender, geography, language and culture (Imerman Angels, Cancer Hope Network, IPFCC), plus issues
 * for rare conditions (Joo et al. 2022), role (caregivers with caregivers), how and when they can
 * meet, and whether the supporter is further along.
 *
 * <p>Each similarity lies in [0, 1]; unknown data (an attribute either side did not give) scores 0.5,
 * a criterion that does not apply (geography when nobody needs to meet in person) scores 1.
 */
public enum Criterion {
  /** Shared condition ancestry in the taxonomy: shared depth ÷ the deeper of the two (exact subtype 1). */
  CONDITION("matching.condition"),
  /** Shared treatment ancestry in the treatment taxonomy, as for conditions. */
  TREATMENT("matching.treatment"),
  /** Share of the seeker's side effects the supporter lived with too. */
  SIDE_EFFECTS("matching.side-effects"),
  /** Share of the seeker's issues (concern tags) the supporter shares. */
  ISSUES("matching.issues"),
  /** Patient with patient, caregiver with caregiver. */
  ROLE("matching.role"),
  /** Closeness in age: 1 − gap ÷ the policy's (or the seeker's) largest gap, at least 0. */
  AGE("matching.age"),
  /** Same disclosed gender. */
  GENDER("matching.gender"),
  /** A shared language (by primary subtag). */
  LANGUAGE("matching.language"),
  /** A shared cultural background tag. */
  CULTURE("matching.culture"),
  /** Distance (or same region) when either side can only meet in person; 1 otherwise. */
  GEOGRAPHY("matching.geography"),
  /** Share of the seeker's modalities the supporter offers. */
  MODALITY("matching.modality"),
  /**
   * Weekly hours both are free, up to one hour counting fully: the {@link
   * io.github.peersupport.core.person.WeeklyAvailability#overlapMinutes overlap} of both availabilities
   * on the week of the ranking date (in the policy's zone), compared as minutes of the UTC week.
   */
  AVAILABILITY("matching.availability"),
  /**
   * "Further along": the supporter's time since the end of treatment exceeds the seeker's (a seeker
   * still in treatment has none); unknown when the supporter's end of treatment is not known (for
   * example on maintenance therapy).
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
