package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * peer-sim is an optional dependency: with peer-sim's classes absent (a class loader over this test's
 * class path without peer-sim's entries), peer-json loads, lists the library's 32 document types and
 * no simulation type, and writes and reads values as before.
 */
class WithoutSimTest {
  @Test
  void peerJson_withoutPeerSimOnThePath_mapsTheLibraryAlone() throws Exception {
    List<URL> urls = new ArrayList<>();
    int dropped = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = new File(entry).getName();
      if (name.startsWith("peer-sim-") || entry.replace(File.separatorChar, '/').contains("/peer-sim/target/")) {
        dropped++;
        continue;
      }
      urls.add(new File(entry).toURI().toURL());
    }
    assertThat(dropped).as("peer-sim entries on the test class path").isPositive();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> loader.loadClass("io.github.peersupport.sim.Scenario")).isInstanceOf(ClassNotFoundException.class);
      Class<?> peerJson = loader.loadClass(PeerJson.class.getName());
      assertThat(peerJson).isNotSameAs(PeerJson.class);

      List<?> types = (List<?>) peerJson.getMethod("documentTypes").invoke(null);
      assertThat(types).hasSize(32).noneMatch(t -> ((Class<?>) t).getName().startsWith("io.github.peersupport.sim."));

      Class<?> sizePolicy = loader.loadClass("io.github.peersupport.groups.GroupSizePolicy");
      Object value = sizePolicy.getMethod("nami").invoke(null);
      String json = (String) peerJson.getMethod("write", Object.class).invoke(null, value);
      assertThat(json).startsWith("{\"schemaVersion\":2,").contains("\"minFacilitators\":2");
      Method read = peerJson.getMethod("read", String.class, Class.class);
      assertThat(read.invoke(null, json, sizePolicy)).isEqualTo(value);
    }
  }

  @Test
  void peerJson_withPeerSim_listsTheSimulationDocumentsAfterTheLibrarys() {
    List<String> names = PeerJson.documentTypes().stream().map(Class::getSimpleName).toList();
    assertThat(names).hasSize(39).endsWith("Scenario", "Cohort", "Behaviour", "Run", "Metrics", "SweepResult", "Comparison");
  }
}
