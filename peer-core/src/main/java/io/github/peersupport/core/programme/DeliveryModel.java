package io.github.peersupport.core.programme;

/** How a programme delivers peer support (IPFCC). */
public enum DeliveryModel {
  /** A seeker matched with one supporter. */
  ONE_TO_ONE,
  /** A facilitated support group. */
  SUPPORT_GROUP,
  /** A group member also paired with a mentor further along. */
  COMBINED,
  /** Online groups or matches. */
  VIRTUAL
}
