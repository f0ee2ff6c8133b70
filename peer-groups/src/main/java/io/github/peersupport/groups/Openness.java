package io.github.peersupport.groups;

/**
 * Whether a group takes new members while it runs. A closed series (for example 10 to 12 weekly
 * sessions) admits nobody after its first session; an open group admits whenever a seat is free.
 */
public enum Openness {
  /** New members may join at any time a seat is free. */
  OPEN,
  /** Members join before the series starts; nobody joins afterwards. */
  CLOSED
}
