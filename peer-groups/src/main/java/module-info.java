/**
 * Peer support groups: size and facilitation rules, admission and waitlists, a catalogue of vetted
 * groups, group formation and placement (placement reuses peer-matching's capacitated assignment),
 * session formats and agendas, ground rules, session records, attendance and adherence.
 */
module io.github.peersupport.groups {
  requires transitive io.github.peersupport.core;
  requires transitive io.github.peersupport.matching;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;
  requires org.slf4j;

  exports io.github.peersupport.groups;
  exports io.github.peersupport.groups.formation;
  exports io.github.peersupport.groups.session;
  exports io.github.peersupport.groups.attendance;
}
