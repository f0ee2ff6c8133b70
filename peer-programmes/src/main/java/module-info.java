/**
 * The programme as the root of configuration: a {@link io.github.peersupport.programmes.Programme}
 * holds whom a programme serves and how (its profile), its matching policy, match lifecycle and
 * follow-up timers, group rules, boundaries and escalation routing, and builds the engines from them;
 * {@link io.github.peersupport.programmes.Programmes} has a preset for each programme type the
 * published sources describe.
 */
module io.github.peersupport.programmes {
  requires transitive io.github.peersupport.core;
  requires transitive io.github.peersupport.matching;
  requires transitive io.github.peersupport.groups;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.peersupport.programmes;
}
