/**
 * Sweeps of peer-sim run as Apache Spark jobs: {@link io.github.peersupport.sim.spark.SparkSweep} from
 * a driver program, {@link io.github.peersupport.sim.spark.SweepJob} from {@code spark-submit}. Spark
 * is the cluster's ({@code provided}); scenarios and results travel as peer-json documents.
 */
@NullMarked
package io.github.peersupport.sim.spark;

import org.jspecify.annotations.NullMarked;
