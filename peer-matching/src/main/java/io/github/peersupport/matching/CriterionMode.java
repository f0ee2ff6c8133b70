package io.github.peersupport.matching;

/**
 * How a programme uses a criterion. Whatever the mode, a seeker's {@link
 * io.github.peersupport.core.person.Preference#REQUIRE} makes gender, language, age or culture a hard
 * filter for that seeker.
 */
public enum CriterionMode {
  /** A filter: a supporter who fails it is not a candidate; it also scores when its weight is above 0. */
  HARD,
  /** Weighted into the score only (when its weight is above 0). */
  SOFT,
  /** Neither scores nor filters, unless the seeker requires it (then it filters, without scoring). */
  OFF
}
