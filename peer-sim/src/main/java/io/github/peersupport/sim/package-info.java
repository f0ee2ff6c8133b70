/**
 * Programme simulations for researchers and for the demo: a {@link io.github.peersupport.sim.Scenario}
 * (programme policies, a synthetic {@link io.github.peersupport.sim.Cohort}, a horizon in weeks) runs
 * over simulated days and weeks through the library's public API; a {@link
 * io.github.peersupport.sim.Run} holds its {@link io.github.peersupport.sim.Metrics} and weekly series;
 * a {@link io.github.peersupport.sim.Sweep} runs many seeds over a parameter grid in parallel;
 * {@link io.github.peersupport.sim.Report}, {@link io.github.peersupport.sim.Csv} and {@link
 * io.github.peersupport.sim.Charts} write text, CSV and PNG.
 *
 * <p>A JShell session:
 *
 * <pre>{@code
 * var scenario = Scenario.standard().withHorizonWeeks(26);
 * var run = scenario.run(42);
 * var sweep = Sweep.of(scenario).vary("supporters", List.of(60, 90, 120),
 *     (s, n) -> s.withCohort(s.cohort().withSupporters(n))).seeds(8).run();
 * Charts.sweepEffect(sweep, "supporters", Metric.MATCH_RATE, Path.of("target/sweep.png"));
 * }</pre>
 */
@NullMarked
package io.github.peersupport.sim;

import org.jspecify.annotations.NullMarked;
