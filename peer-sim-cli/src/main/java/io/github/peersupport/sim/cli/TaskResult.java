package io.github.peersupport.sim.cli;

import io.github.peersupport.sim.Metric;
import io.github.peersupport.sim.Metrics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * One task's outcome as written to the output files: its grid point, seed and scenario stamp, and either
 * its metrics (name to formatted value, in file order) or the reason it failed.
 *
 * @param task the task's number, from 0
 * @param labels each parameter's value as shown in tables, in parameter order
 * @param seed the seed
 * @param scenario the scenario's name (empty if it could not be built)
 * @param hash the scenario's content hash (empty if it could not be built)
 * @param values metric name to value as written, empty if the run failed
 * @param error why the run failed, empty if it did not
 */
record TaskResult(int task, Map<String, String> labels, long seed, String scenario, String hash, Map<String, String> values,
    String error) {
  /** The counts written besides every {@link Metric}, in file order. */
  private static final Map<String, ToIntFunction<Metrics>> COUNTS = counts();

  TaskResult {
    labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  private static Map<String, ToIntFunction<Metrics>> counts() {
    Map<String, ToIntFunction<Metrics>> c = new LinkedHashMap<>();
    c.put("seekers", Metrics::seekers);
    c.put("matched", Metrics::matched);
    c.put("offers", Metrics::offers);
    c.put("declines", Metrics::declines);
    c.put("expiries", Metrics::expiries);
    c.put("supporter_pauses", Metrics::supporterPauses);
    c.put("supporter_retirements", Metrics::supporterRetirements);
    c.put("group_requests", Metrics::groupRequests);
    c.put("group_placed", Metrics::groupPlaced);
    c.put("sessions", Metrics::sessions);
    return java.util.Collections.unmodifiableMap(c);
  }

  /**
   * The values written for a run's metrics: every {@link Metric} by its lower-case name with six decimals
   * ({@link Locale#ROOT}, the same text on every JDK), then the counts.
   */
  static Map<String, String> values(Metrics m) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Metric metric : Metric.values()) {
      out.put(name(metric), String.format(Locale.ROOT, "%.6f", metric.of(m)));
    }
    COUNTS.forEach((name, count) -> out.put(name, Integer.toString(count.applyAsInt(m))));
    return out;
  }

  /** A metric's name in the files: {@code MATCH_RATE} is {@code match_rate}. */
  static String name(Metric metric) {
    return metric.name().toLowerCase(Locale.ROOT);
  }

  /** The metrics shown in the text report, in order. */
  static final List<Metric> REPORTED = List.of(Metric.MATCH_RATE, Metric.MEDIAN_HOURS_TO_MATCH, Metric.P90_HOURS_TO_MATCH,
      Metric.WITHIN_48H, Metric.LOAD_GINI, Metric.GROUP_FILL, Metric.MEAN_WAITLIST, Metric.ESCALATIONS);

  boolean failed() {
    return !error.isEmpty();
  }
}
