package io.github.peersupport.groups.formation;

/** Why a seeker was not placed in a group or formed into one. */
public enum UnplacedReason {
  /** A seeker-level admission rule refuses every group (for example consent is missing); the rule is named. */
  NOT_ELIGIBLE,
  /** No existing group admits the seeker (condition, audience, language, modality, schedule, closed series). */
  NO_ELIGIBLE_GROUP,
  /** Every group that admits the seeker is full. */
  NO_SEAT,
  /** Groups that admit the seeker have seats, but their facilitators' load caps are used up. */
  FACILITATOR_LOAD,
  /** A group with room admits the seeker, but the optimal assignment gave the seats to better fits. */
  NOT_CHOSEN,
  /** The seeker accepts none of the modalities the formation policy offers. */
  NO_COMMON_MODALITY,
  /** The seeker's availability covers none of the formation policy's time slots. */
  NO_COMMON_SLOT,
  /** Too few seekers share the seeker's group key, even after the mixed fallback, to reach the minimum viable size. */
  BUCKET_TOO_SMALL,
  /** The seeker's bucket cannot be split into groups within the size bounds; the seeker is left over. */
  NO_VALID_SPLIT
}
