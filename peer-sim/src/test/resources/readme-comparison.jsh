var centre = Scenario.of(Programmes.cancerSurvivorMentoring()).withHorizonWeeks(52).withOfferWindow(Duration.ofHours(72));
int supporters = centre.cohort().supporters();
var sweep = Sweep.of(centre).
    vary("policy", List.of("today", "proposed"), (s, p) -> p.equals("today") ? s :
        s.withCohort(s.cohort().withSupporters((int) Math.round(1.3 * supporters))).withOfferWindow(Duration.ofHours(48))).
    seeds(40).run();
var metrics = new LinkedHashMap<>(Comparison.metrics(Metric.MEDIAN_HOURS_TO_MATCH, Metric.P90_HOURS_TO_MATCH, Metric.WITHIN_48H, Metric.MATCH_RATE));
metrics.put("referred_matched_48h", r -> r.metrics().within48hShare() * r.metrics().matched() / r.metrics().seekers());
var comparison = Comparison.of(sweep, Map.of("policy", "today"), metrics);
System.out.println(comparison);
Csv.write(comparison, Path.of("target/policy-comparison.csv"));
/exit
