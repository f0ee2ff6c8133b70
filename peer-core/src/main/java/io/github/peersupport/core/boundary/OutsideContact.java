package io.github.peersupport.core.boundary;

/**
 * A programme's rule on contact outside its channels: a programme choice (Navigating Boundaries in
 * VHA Peer Support Services, New England MIRECC).
 */
public enum OutsideContact {
  /** Outside contact is allowed. */
  ALLOWED,
  /** Outside contact is allowed when disclosed to the coordinator. */
  DISCLOSE,
  /** Outside contact is not allowed. */
  PROHIBITED
}
