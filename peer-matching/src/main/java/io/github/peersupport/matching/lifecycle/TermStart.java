package io.github.peersupport.matching.lifecycle;

/** What a {@link MatchTerm} is counted from. */
public enum TermStart {
  /** The supporter's acceptance of the match. */
  ACCEPTANCE,
  /** The supporter's first contact with the seeker, when support starts. */
  FIRST_CONTACT,
  /**
   * An anchor event of the request ({@link MatchTerm#anchor()}, e.g. a delivery or a discharge), once
   * it has happened.
   */
  ANCHOR
}
