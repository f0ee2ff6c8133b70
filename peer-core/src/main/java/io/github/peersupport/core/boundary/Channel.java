package io.github.peersupport.core.boundary;

/** How an interaction took place. */
public enum Channel {
  /** Telephone. */
  PHONE,
  /** Video call. */
  VIDEO,
  /** The programme's chat. */
  CHAT,
  /** Face to face. */
  IN_PERSON,
  /** Personal text messages. */
  TEXT_MESSAGE,
  /** E-mail. */
  EMAIL,
  /** Social media. */
  SOCIAL_MEDIA
}
