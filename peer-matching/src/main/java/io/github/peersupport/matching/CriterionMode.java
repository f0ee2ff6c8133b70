package io.github.peersupport.matching;

/** How a programme uses a criterion. */
public enum CriterionMode {
  /** A filter: a supporter who fails it is not a candidate; it also scores. */
  HARD,
  /** Weighted into the score only. */
  SOFT,
  /** Not used. */
  OFF
}
