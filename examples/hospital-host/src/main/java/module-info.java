/**
 * A hospital's application: it configures its programme from a preset, ranks supporters, escalates a
 * screening, follows a match and stores the library's values as JSON, with its own ObjectMapper, on the module path. It opens nothing to anyone.
 */
module org.example.hospital {
  requires io.github.peersupport.matching;
  requires io.github.peersupport.programmes;
  requires io.github.peersupport.json;
}
