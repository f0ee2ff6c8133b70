/**
 * Programme simulations for researchers and for the demo: a {@link io.github.peersupport.sim.Scenario}
 * (programme policies, a synthetic {@link io.github.peersupport.sim.Cohort}, a horizon in weeks) runs
 * over simulated days and weeks through the library's public API; a {@link
 * io.github.peersupport.sim.Run} holds its {@link io.github.peersupport.sim.Metrics} and weekly series;
 * a {@link io.github.peersupport.sim.Sweep} runs many seeds over a parameter grid in parallel;
 * {@link io.github.peersupport.sim.Report}, {@link io.github.peersupport.sim.Csv} and {@link
 * io.github.peersupport.sim.Charts} write text, CSV and PNG.
 *
 * <p>A JShell session ({@code bin/peer-shell} loads {@code sample = Scenario.standard()} and the
 * imports; {@code ReadmeSessionTest} runs exactly this):
 *
 * <pre>{@code
 * var scenario = sample.withHorizonWeeks(26);
 * var run = scenario.run(42);
 * System.out.println(run.metrics());
 * var sweep = Sweep.of(scenario).
 *     vary("supporters", List.of(120, 180, 240), (s, n) -> s.withCohort(s.cohort().withSupporters(n))).
 *     seeds(6).run();
 * System.out.println(sweep);
 * Charts.sweepEffect(sweep, "supporters", Metric.MATCH_RATE, Path.of("target/sweep-supporters.png"));
 * }</pre>
 */
@NullMarked
package io.github.peersupport.sim;

import org.jspecify.annotations.NullMarked;
