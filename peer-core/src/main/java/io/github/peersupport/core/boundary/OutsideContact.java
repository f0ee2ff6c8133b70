package io.github.peersupport.core.boundary;

/** A programme's rule on contact outside its channels (DOMAIN.md: a programme choice). */
public enum OutsideContact {
  /** Outside contact is allowed. */
  ALLOWED,
  /** Outside contact is allowed when disclosed to the coordinator. */
  DISCLOSE,
  /** Outside contact is not allowed. */
  PROHIBITED
}
