package io.github.peersupport.groups.session;

/**
 * What happens in one part of a group session. The first six follow the facilitation curriculum's
 * format (docs/domain.md); the others serve the education and hybrid formats and the first
 * session.
 */
public enum SegmentKind {
  /** Welcome and logistics before the group starts. */
  WELCOME("Welcome"),
  /** The limits of confidentiality and the ground rules (comfort agreement), stated at the first session. */
  CONFIDENTIALITY_LIMITS_AND_GROUND_RULES("Limits of confidentiality and ground rules"),
  /** Each member in turn says how they are doing. */
  CHECK_IN("Check-in"),
  /** Members present their own situation or story. */
  MEMBER_PRESENTATIONS("Member presentations"),
  /** A planned topic introduced by the facilitator. */
  PLANNED_TOPIC("Planned topic"),
  /** A guest speaker (physician, nurse, social worker, patient) presents. */
  GUEST_SPEAKER("Guest speaker"),
  /** Questions to the guest speaker or facilitator. */
  QUESTIONS("Questions"),
  /** An exercise on the session's topic. */
  TOPICAL_EXERCISE("Topical exercise"),
  /** Open sharing and mutual support. */
  OPEN_SHARING("Open sharing"),
  /** A break. */
  BREAK("Break"),
  /** Members give feedback on the session. */
  GAINING_FEEDBACK("Gaining feedback"),
  /** The reminder that what is said here stays here; mandatory in every session. */
  CONFIDENTIALITY_REMINDER("Confidentiality reminder"),
  /** Contact information: the facilitators, the next session, crisis and care-team resources. */
  CONTACT_INFORMATION("Contact information");

  private final String label;

  SegmentKind(String label) {
    this.label = label;
  }

  /**
   * Returns a readable English label, e.g. {@code "Check-in"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
