/**
 * Programme simulations: realistic seeded synthetic cohorts, scenario runs over simulated weeks driven
 * through the public API of peer-core, peer-matching and peer-groups, scenarios derived from the
 * programmes of peer-programmes (every preset runs), metrics per run and per week, parameter sweeps
 * over many seeds in parallel, text reports, CSV files and charts (XChart; SVG through Apache Batik, PDF through Apache PDFBox), and the runnable demo
 * ({@code io.github.peersupport.sim.Demo}).
 */
module io.github.peersupport.sim {
  requires transitive io.github.peersupport.core;
  requires transitive io.github.peersupport.matching;
  requires transitive io.github.peersupport.groups;
  requires transitive io.github.peersupport.programmes;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;
  requires org.slf4j;
  requires java.desktop;
  requires org.knowm.xchart;
  requires org.apache.xmlgraphics.batik.svggen;
  requires de.rototor.pdfbox.graphics2d;
  requires org.apache.pdfbox;
  requires java.xml;

  exports io.github.peersupport.sim;
  exports io.github.peersupport.sim.stats;
}
