package io.github.peersupport.groups;

import io.github.peersupport.core.rule.RuleId;

/**
 * The stable ids of the group rules: every refused admission, passed-over waitlist entry, ineligible
 * facilitator and unusable catalogue entry names one of them. Once published they do not change.
 */
public final class GroupRuleIds {
  /** The group is diagnosis-specific and the seeker has no condition under its focus. */
  public static final RuleId CONDITION = RuleId.of("groups.admission.condition");
  /** The seeker's role (patient or caregiver) is outside the group's audience. */
  public static final RuleId AUDIENCE = RuleId.of("groups.admission.audience");
  /** The seeker has not given the consent the admission policy requires. */
  public static final RuleId CONSENT = RuleId.of("groups.admission.consent-missing");
  /** The group is a closed series that has already started. */
  public static final RuleId CLOSED_SERIES_STARTED = RuleId.of("groups.admission.closed-series-started");
  /** The seeker speaks none of the group's languages. */
  public static final RuleId LANGUAGE = RuleId.of("groups.admission.language");
  /** The seeker cannot meet the way the group meets. */
  public static final RuleId MODALITY = RuleId.of("groups.admission.modality");
  /** The seeker is already a member of the group. */
  public static final RuleId ALREADY_MEMBER = RuleId.of("groups.admission.already-member");
  /** The waitlist entry names a seeker the caller did not supply. */
  public static final RuleId UNKNOWN_SEEKER = RuleId.of("groups.waitlist.unknown-seeker");

  /** The facilitator is not active (any status other than ACTIVE and PAUSED). */
  public static final RuleId FACILITATOR_INACTIVE = RuleId.of("groups.facilitator.inactive");
  /** The facilitator is paused (self-care, illness, leave). */
  public static final RuleId FACILITATOR_PAUSED = RuleId.of("groups.facilitator.paused");
  /** The facilitator has no valid certification (of the required kind), or a boundary review is open. */
  public static final RuleId FACILITATOR_NOT_CERTIFIED = RuleId.of("groups.facilitator.not-certified");
  /** The facilitator lacks a required training course (the group's condition or format). */
  public static final RuleId FACILITATOR_NOT_TRAINED = RuleId.of("groups.facilitator.not-trained");

  /** The prescribed group is not in the catalogue. */
  public static final RuleId CATALOGUE_MISSING = RuleId.of("groups.catalogue.missing");
  /** The prescribed group is in the catalogue but not vetted (pending, rejected or suspended). */
  public static final RuleId CATALOGUE_UNVETTED = RuleId.of("groups.catalogue.unvetted");
  /** The prescribed group's vetting review is overdue. */
  public static final RuleId CATALOGUE_REVIEW_OVERDUE = RuleId.of("groups.catalogue.review-overdue");

  private GroupRuleIds() {}
}
