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
 */
public final class MatchingRuleIds {
  /**
   * The seeker has not consented to be matched and contacted at the instant (both {@code
   * BE_MATCHED} and {@code BE_CONTACTED} permitted then); it excludes every supporter.
   */
  public static final RuleId SEEKER_CONSENT = RuleId.of("eligibility.seeker-consent");
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
