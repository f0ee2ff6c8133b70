/**
 * Peer support domain types: opaque ids, coded concepts and taxonomies, seekers, supporters and
 * facilitators, programmes, consent, the supporter and facilitator lifecycle, peer group
 * prescriptions, and referrals with the care events a programme counts from.
 *
 * <p>Every public value is immutable, validated at construction and safe to share between threads.
 * The module has no runtime dependency beyond the SLF4J API; Immutables and JSpecify are
 * annotation-only.
 */
@SuppressWarnings("module") // qualified exports name sibling modules that are compiled later
module io.github.peersupport.core {
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;
  requires org.slf4j;

  exports io.github.peersupport.core;
  // the Immutables styles of the library's own value types; not API
  exports io.github.peersupport.core.style to io.github.peersupport.matching, io.github.peersupport.groups,
      io.github.peersupport.programmes, io.github.peersupport.sim;
  exports io.github.peersupport.core.person;
  exports io.github.peersupport.core.programme;
  exports io.github.peersupport.core.consent;
  exports io.github.peersupport.core.lifecycle;
  exports io.github.peersupport.core.prescription;
  exports io.github.peersupport.core.rule;
  exports io.github.peersupport.core.escalation;
  exports io.github.peersupport.core.boundary;
  exports io.github.peersupport.core.referral;
  // argument checks shared with sibling modules; not API
  exports io.github.peersupport.core.internal to io.github.peersupport.matching, io.github.peersupport.groups,
      io.github.peersupport.programmes, io.github.peersupport.sim;
}
