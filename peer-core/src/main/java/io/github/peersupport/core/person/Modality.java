package io.github.peersupport.core.person;

/**
 * How two people can meet. Only {@link #IN_PERSON} makes geography matter; phone and video serve
 * rural areas (IPFCC, Joo et al. 2022).
 */
public enum Modality {
  /** Telephone calls. */
  PHONE,
  /** Video calls. */
  VIDEO,
  /** Text chat or messaging. */
  CHAT,
  /** Meeting face to face. */
  IN_PERSON;

  /**
   * Tells whether this modality works at any distance.
   *
   * @return true for every modality except {@link #IN_PERSON}
   */
  public boolean isRemote() {
    return this != IN_PERSON;
  }
}
