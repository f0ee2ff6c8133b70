package io.github.peersupport.matching;

import io.github.peersupport.core.rule.RuleId;

/**
 * The rule ids of ranking outcomes that are not criteria: the safety floor, checked in this order
 * before any criterion, that no policy can switch off (Cancer Hope Network; Parent to Parent USA), and
 * the two reasons for an empty result that no single supporter causes. Between {@link #NOT_ADULT} and
 * {@link #AT_CAPACITY} come the programme's readiness rules ({@link MatchingPolicy#readiness()}, in their
 * order, on the ranking's date in {@link MatchingPolicy#zone()}): a supporter who fails one is named by
 * that rule's own {@link io.github.peersupport.core.programme.ReadinessRule#id()}, e.g. {@code
 * readiness.months-since-treatment-end} in the standard policy. A hard criterion that excludes a
 * supporter is named by {@link Criterion#ruleId()}.
 *
 * <p><b>The seeker's side</b>, checked first; the first that fails excludes every supporter and is the
 * ranking's {@link MatchResult#refusedBy()} (even with no supporters), read on the ranking's date in
 * {@link MatchingPolicy#zone()} with the policy's {@link MatchingPolicy#minors()}: {@link
 * #SEEKER_AGE_UNKNOWN}, {@link #MINORS_NOT_SERVED}, {@link #BELOW_MINIMUM_AGE}; then, for a minor,
 * {@link #GUARDIAN_CONSENT} and {@link #MINOR_ASSENT}, and for anyone else {@link #SEEKER_CONSENT}.
 * A seeker whose age is not known and not required is not a minor. A minor's consent is the guardian's
 * or proxy's: a minor with only their own grants is refused by {@link #GUARDIAN_CONSENT}, not
 * accepted by {@link #SEEKER_CONSENT}.
 */
public final class MatchingRuleIds {
  /**
   * The seeker has not consented to be matched and contacted at the instant (both {@code
   * BE_MATCHED} and {@code BE_CONTACTED} permitted then); it excludes every supporter.
   */
  public static final RuleId SEEKER_CONSENT = RuleId.of("eligibility.seeker-consent");
  /**
   * The policy requires the seeker's age ({@link io.github.peersupport.core.programme.MinorPolicy#ageRequired()})
   * and the seeker gave none; it excludes every supporter.
   */
  public static final RuleId SEEKER_AGE_UNKNOWN = RuleId.of("eligibility.seeker-age-unknown");
  /**
   * The seeker is a minor on the ranking's date ({@link io.github.peersupport.core.programme.MinorPolicy#isMinor}:
   * age known, not certainly adult) and the programme does not serve minors ({@link
   * io.github.peersupport.core.programme.MinorPolicy#servesMinors()}); it excludes every supporter.
   */
  public static final RuleId MINORS_NOT_SERVED = RuleId.of("eligibility.minors-not-served");
  /**
   * The seeker may be younger than the programme's minimum age on the ranking's date ({@link
   * io.github.peersupport.core.programme.MinorPolicy#isBelowMinimumAge}); it excludes every supporter.
   */
  public static final RuleId BELOW_MINIMUM_AGE = RuleId.of("eligibility.seeker-below-minimum-age");
  /**
   * The seeker is a minor and {@code BE_MATCHED} and {@code BE_CONTACTED} do not both stand granted at
   * the instant by a parent, guardian or proxy ({@link
   * io.github.peersupport.core.consent.ConsentRecord#permitsAllOnBehalf}; the minor's own grant is
   * assent, not consent: 45 CFR 46.408(b)); it excludes every supporter. This is a floor: no policy
   * switches it off.
   */
  public static final RuleId GUARDIAN_CONSENT = RuleId.of("eligibility.guardian-consent");
  /**
   * The seeker is a minor whose assent the policy requires ({@link
   * io.github.peersupport.core.programme.MinorPolicy#assentRequired}) and {@code BE_MATCHED} and {@code
   * BE_CONTACTED} do not both stand granted at the instant by the minor themself ({@link
   * io.github.peersupport.core.consent.ConsentRecord#assentsToAll}; 45 CFR 46.408(a)); it excludes
   * every supporter.
   */
  public static final RuleId MINOR_ASSENT = RuleId.of("eligibility.minor-assent");
  /** The supporter's status is not {@code ACTIVE} (applicant, paused, decertified, retired...). */
  public static final RuleId NOT_ACTIVE = RuleId.of("eligibility.supporter-not-active");
  /**
   * The supporter has no certification valid at the instant (or, which an active standing cannot
   * lack, no training with competency confirmed or no signed code of conduct).
   */
  public static final RuleId CERTIFICATION = RuleId.of("eligibility.certification-not-valid");
  /** A boundary review of the supporter is open. */
  public static final RuleId BOUNDARY_REVIEW = RuleId.of("eligibility.boundary-review-open");
  /**
   * The supporter is not known to be an adult (18+): no age given, or {@link
   * io.github.peersupport.core.person.Age#isAdultAt} false on the ranking's date (in {@link
   * MatchingPolicy#zone()}).
   */
  public static final RuleId NOT_ADULT = RuleId.of("eligibility.not-adult");
  /** The supporter has no free capacity: active matches at or above capacity. */
  public static final RuleId AT_CAPACITY = RuleId.of("eligibility.at-capacity");
  /** Some supporters pass the floor and the hard criteria, but none is on a rung of the {@link Fallback} ladder. */
  public static final RuleId NO_SHARED_EXPERIENCE = RuleId.of("matching.no-shared-experience");
  /** There were no supporters at all (and the seeker consented). */
  public static final RuleId NO_SUPPORTERS = RuleId.of("matching.no-supporters");

  private MatchingRuleIds() {}
}
