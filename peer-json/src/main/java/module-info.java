/**
 * JSON for the library's values with Jackson 2: wire format v1, strict errors that name a JSON
 * pointer and the rule, hardened reading limits, and JSON Schema files for hosts not written in Java.
 * The only module of the library that depends on Jackson. The simulation's values (peer-sim) are
 * mapped too when peer-sim is present; peer-json does not bring it.
 */
module io.github.peersupport.json {
  requires transitive io.github.peersupport.core;
  requires transitive io.github.peersupport.matching;
  requires transitive io.github.peersupport.groups;
  // optional: peer-sim's scenarios and results are mapped when peer-sim is present
  requires static io.github.peersupport.sim;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.peersupport.json;

  // the only opened package, to Jackson only, and peer-json's own: Jackson reads the mix-ins' annotations and
  // instantiates the serializers they name (PersonIdSerializer) reflectively. No package of the value types
  // (core, matching, groups, sim) is opened: the mapping reaches them through public members only.
  opens io.github.peersupport.json.internal to com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with io.github.peersupport.json.PeerSupportModule;
}
