/**
 * Statistics for comparing simulated policies: the Student t distribution ({@link
 * io.github.peersupport.sim.stats.StudentT}) and the standard normal ({@link
 * io.github.peersupport.sim.stats.Normal}), the paired mean difference with its t interval, standard
 * error and p-value ({@link io.github.peersupport.sim.stats.PairedDifference}), Welch's unpaired
 * difference for arms that cannot be paired ({@link io.github.peersupport.sim.stats.WelchDifference}),
 * and bootstrap intervals of a mean, percentile and BCa, with a fixed seed ({@link
 * io.github.peersupport.sim.stats.Bootstrap}). No dependency beyond the JDK; every function is
 * deterministic and cites its source.
 */
@NullMarked
package io.github.peersupport.sim.stats;

import org.jspecify.annotations.NullMarked;
