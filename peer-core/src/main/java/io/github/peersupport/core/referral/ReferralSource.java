package io.github.peersupport.core.referral;

/**
 * Who or what referred a person to a programme (Joo et al. 2022: hospital-based programmes receive
 * referrals from professional staff, for example a packet given to new mothers "at the hospital when
 * they deliver"; community programmes are found by people themselves and their families).
 */
public enum ReferralSource {
  /** A clinician (physician, nurse, social worker, midwife) referred the person. */
  CLINICIAN,
  /** An order placed in the electronic health record referred the person. */
  EHR_ORDER,
  /** The person referred themself. */
  SELF,
  /** A family member or friend referred the person. */
  FAMILY,
  /** A community organisation referred the person. */
  COMMUNITY_ORGANISATION,
  /** Another peer (a supporter or a group member) referred the person. */
  PEER,
  /** Another source. */
  OTHER;

  /**
   * Tells whether a referral from this source may name the referring clinician.
   *
   * @return true for {@link #CLINICIAN} and {@link #EHR_ORDER}
   */
  public boolean namesClinician() {
    return this == CLINICIAN || this == EHR_ORDER;
  }
}
