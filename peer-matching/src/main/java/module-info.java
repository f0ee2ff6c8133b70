/**
 * One-to-one matching: explained similarity between a seeker and supporters, eligibility (a safety
 * floor no policy can relax), candidate ranking with a fallback ladder, and the match lifecycle with
 * follow-up timers.
 */
module io.github.peersupport.matching {
  requires transitive io.github.peersupport.core;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;
  requires org.slf4j;

  exports io.github.peersupport.matching;
  exports io.github.peersupport.matching.assignment;
  exports io.github.peersupport.matching.lifecycle;
  exports io.github.peersupport.matching.dense;
  exports io.github.peersupport.matching.stable;
}
