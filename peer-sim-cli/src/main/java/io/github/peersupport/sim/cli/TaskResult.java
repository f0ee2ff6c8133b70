package io.github.peersupport.sim.cli;

import io.github.peersupport.sim.Metrics;
import io.github.peersupport.sim.TidyCsv;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One task's outcome as written to the output files: its grid point, seed and scenario stamp, and either
 * its metrics (name to formatted value, in file order) or the reason it failed.
 *
 * @param task the task's number, from 0
 * @param labels each parameter's value as shown in tables, in parameter order
 * @param seed the seed
 * @param scenario the scenario's name (empty if it could not be built)
 * @param hash the scenario's content hash (empty if it could not be built)
 * @param values metric name to value as written ({@link TidyCsv#metricValues}), empty if the run failed
 * @param error why the run failed, empty if it did not
 */
record TaskResult(int task, Map<String, String> labels, long seed, String scenario, String hash, Map<String, String> values,
    String error) {
  /**
   * The metrics the text report shows, by their long-format names ({@link TidyCsv#metricValues}), in
   * order: time to match over referred seekers (Kaplan-Meier, never-matched censored) before the
   * matched-only figures; a run that lacks one (or has it {@code NA}) is left out of that metric's mean.
   */
  static final List<String> REPORTED = List.of("match_rate", "referred_median_hours_to_match", "referred_within48h_share",
      "median_hours_to_match", "within48h_share", "load_gini", "group_fill", "mean_waitlist", "supporter_retirements");

  TaskResult {
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The values written for a run's metrics: {@link TidyCsv#metricValues}, the same text on every JDK. */
  static Map<String, String> values(Metrics m) {
    return TidyCsv.metricValues(m);
  }

  boolean failed() {
    return !error.isEmpty();
  }
}
