package io.github.peersupport.core.lifecycle;

/** Where a supporter or facilitator stands in the programme. */
public enum PeerStatus {
  /** Applied to volunteer; not yet screened. */
  APPLICANT,
  /** Passed screening (interview, references). */
  SCREENED,
  /** Completed training with a competency check. */
  TRAINED,
  /** Certified, not yet serving. */
  CERTIFIED,
  /** Serving: may be matched or lead groups while a certification is valid. */
  ACTIVE,
  /** Temporarily not serving (self-care, illness, leave, lapsed certification, boundary review). */
  PAUSED,
  /** Certification withdrawn by the programme. Terminal. */
  DECERTIFIED,
  /** Left the programme. Terminal. */
  RETIRED;

  /**
   * Tells whether no event can leave this status.
   *
   * @return true for {@link #DECERTIFIED} and {@link #RETIRED}
   */
  public boolean isTerminal() {
    return this == DECERTIFIED || this == RETIRED;
  }

  /**
   * Tells whether this status implies a completed training.
   *
   * @return true from {@link #TRAINED} to {@link #PAUSED}
   */
  public boolean impliesTraining() {
    return this == TRAINED || impliesCertification();
  }

  /**
   * Tells whether this status implies a certification was granted.
   *
   * @return true for {@link #CERTIFIED}, {@link #ACTIVE} and {@link #PAUSED}
   */
  public boolean impliesCertification() {
    return this == CERTIFIED || this == ACTIVE || this == PAUSED;
  }
}
