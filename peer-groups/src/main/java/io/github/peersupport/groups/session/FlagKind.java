package io.github.peersupport.groups.session;

import io.github.peersupport.core.escalation.SignKind;

/**
 * What a facilitator flags in a session record: the group challenges of the facilitation curriculum
 * (docs/domain.md, "Facilitation curriculum"), each mapped to the peer-core {@link SignKind} that
 * peer-core's escalation policy evaluates.
 */
public enum FlagKind {
  /** The session was dominated by complaints. */
  COMPLAINT_DOMINATED(SignKind.COMPLAINT_DOMINATED_GROUP, false),
  /** Competitive comparison of whose condition or experience is worse. */
  COMPETITIVE_COMPARISON(SignKind.COMPETITIVE_COMPARISON, false),
  /** A disruptive member. */
  DISRUPTIVE_BEHAVIOUR(SignKind.DISRUPTIVE_BEHAVIOUR, false),
  /** Inappropriate or unsound medical or medication advice given by a member. */
  MEDICAL_ADVICE_GIVEN(SignKind.MEDICAL_ADVICE_GIVEN, false),
  /** A breach of the group's confidentiality (a boundary concern). */
  CONFIDENTIALITY_BREACH(SignKind.BOUNDARY_CONCERN, false),
  /** A member mentioned suicide: always about a member, and IMMEDIATE under peer-core's safety floor. */
  SUICIDE_MENTION(SignKind.SUICIDE_MENTION, true);

  private final SignKind sign;
  private final boolean memberRequired;

  FlagKind(SignKind sign, boolean memberRequired) {
    this.sign = sign;
    this.memberRequired = memberRequired;
  }

  /**
   * Returns the peer-core sign this flag becomes.
   *
   * @return the sign kind
   */
  public SignKind sign() {
    return sign;
  }

  /**
   * Tells whether the flag must name the member it is about.
   *
   * @return true if a member is required
   */
  public boolean memberRequired() {
    return memberRequired;
  }
}
