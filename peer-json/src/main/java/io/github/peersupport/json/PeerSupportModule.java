package io.github.peersupport.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.peersupport.json.internal.Mapping;
import java.util.List;

/**
 * The Jackson module of the library: maps every public value type of peer-core, peer-matching and peer-groups in
 * wire format v2 (see {@link PeerJson} for the format), and peer-sim's (scenarios and results) when peer-sim is on
 * the class or module path: peer-sim is an optional dependency of peer-json, never brought by it. Found by {@code
 * ObjectMapper.findAndRegisterModules()} through {@link java.util.ServiceLoader} (both the {@code
 * META-INF/services} file and the module descriptor's {@code provides}); it brings {@link
 * Jdk8Module} and {@link JavaTimeModule} as dependencies.
 *
 * <p>Registered on a host's own mapper the module keeps the mapper's settings, with two
 * exceptions that make reading the library's types strict everywhere: an unknown property of a
 * library type always fails, and a top-level document must carry a supported {@code
 * schemaVersion}. A host mapper should still disable {@code WRITE_DATES_AS_TIMESTAMPS} for
 * ISO-8601 instants; {@link PeerJson#mapper()} has all the settings.
 *
 * <p>Values are read through their public builders (or {@code of} factories), so JSON input gets
 * exactly the validation Java input gets.
 */
public final class PeerSupportModule extends Module {
  /** Creates the module; {@link java.util.ServiceLoader} calls this constructor. */
  public PeerSupportModule() {}

  /**
   * Returns the module name.
   *
   * @return {@code io.github.peersupport.json}
   */
  @Override
  public String getModuleName() {
    return "io.github.peersupport.json";
  }

  /**
   * Returns the module version (unknown: the library is versioned by its artifact).
   *
   * @return {@link Version#unknownVersion()}
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Returns the modules this one needs: {@code Optional} and {@code java.time} support.
   *
   * @return the JDK 8 and Java time modules
   */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }

  /**
   * Installs the mapping of the value types (one annotation introspector over the value index the
   * build writes into each value module), serializers, the {@code schemaVersion} envelope and the
   * strictness handler.
   *
   * @param context the mapper's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    Mapping.setUp(context);
  }
}
