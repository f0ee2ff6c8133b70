package io.github.peersupport.core.person;

/**
 * How strongly a seeker wants a supporter to share an attribute. {@link #REQUIRE} turns a soft
 * matching criterion into a hard filter for this seeker (IPFCC; Joo et al. 2022).
 */
public enum Preference {
  /** No preference. */
  NONE,
  /** Preferred: raises the score of supporters who share it. */
  PREFER,
  /** Required: supporters who do not share it are not candidates. */
  REQUIRE
}
