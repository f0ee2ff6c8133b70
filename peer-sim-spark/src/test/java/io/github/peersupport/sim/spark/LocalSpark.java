package io.github.peersupport.sim.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** One Spark context in local mode with two worker threads, shared by this module's test classes. */
final class LocalSpark {
  private static JavaSparkContext context;

  private LocalSpark() {}

  /** Returns the context, started on first use (Spark stops it when the test JVM exits). */
  static synchronized JavaSparkContext context() {
    if (context == null) {
      context = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("peer-sim-spark tests")
          .set("spark.ui.enabled", "false")
          .set("spark.driver.host", "127.0.0.1")
          .set("spark.driver.bindAddress", "127.0.0.1"));
    }
    return context;
  }
}
