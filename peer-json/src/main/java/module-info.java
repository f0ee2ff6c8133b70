/**
 * JSON for the library's values with Jackson 2: wire format v2, strict errors that name a JSON
 * pointer and the rule, hardened reading limits, and JSON Schema files for hosts not written in Java.
 * The only module of the library that depends on Jackson. The simulation's values (peer-sim) are
 * mapped too when peer-sim is present (on the module path: resolved, for example with {@code
 * --add-modules io.github.peersupport.sim}); peer-json neither requires nor brings it, and finds its
 * value types through peer-sim's value index.
 */
module io.github.peersupport.json {
  requires transitive io.github.peersupport.core;
  requires transitive io.github.peersupport.matching;
  requires transitive io.github.peersupport.groups;
  requires transitive io.github.peersupport.programmes;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.peersupport.json;

  // no package is opened, neither peer-json's nor any of the value types' (core, matching, groups, programmes, sim): the
  // mapping is answered by an annotation introspector and reaches the values through public members only

  provides com.fasterxml.jackson.databind.Module with io.github.peersupport.json.PeerSupportModule;
}
