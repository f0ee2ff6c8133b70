package io.github.peersupport.core.boundary;

/** What the host (or the peer's own log) declares about an interaction. */
public enum InteractionFlag {
  /** The peer gave medical advice. */
  MEDICAL_ADVICE,
  /** The peer gave medication advice. */
  MEDICATION_ADVICE,
  /** Money changed hands or a loan was made. */
  MONEY_OR_LOAN,
  /** A gift was given (its value in {@link InteractionRecord#giftValue()}). */
  GIFT,
  /** Intimate or romantic contact. */
  INTIMATE_CONTACT,
  /** Information about another member or seeker was shared. */
  OTHER_MEMBER_INFO_SHARED,
  /** The conversation went beyond the peer role (clinical, legal, financial matters). */
  BEYOND_PEER_ROLE,
  /** The peer referred the matter to the care team or coordinator. */
  REFERRED,
  /** Contact outside the programme's channels (personal phone, social media, private meeting). */
  OUTSIDE_PROGRAMME,
  /** The outside contact was disclosed to the coordinator. */
  DISCLOSED,
  /**
   * The other person is a minor on the day (the host knows it from their age; see {@link
   * io.github.peersupport.core.programme.MinorPolicy#isMinor}): the safeguarding rules for adult–minor contact apply.
   */
  OTHER_IS_MINOR,
  /** A parent, guardian or proxy of the minor took part, was present, or was copied on the contact. */
  GUARDIAN_PRESENT
}
