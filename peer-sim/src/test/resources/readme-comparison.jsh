var centre = Scenario.of(Programmes.cancerSurvivorMentoring()).withHorizonWeeks(78).withWarmupWeeks(26).withOfferWindow(Duration.ofHours(72));
int supporters = centre.cohort().supporters();
var sweep = Sweep.of(centre).
    vary("policy", List.of("today", "proposed"), (s, p) -> p.equals("today") ? s :
        s.withCohort(s.cohort().withSupporters((int) Math.round(1.3 * supporters))).withOfferWindow(Duration.ofHours(48))).
    metric("offers_per_seeker", r -> (double) r.metrics().offers() / r.metrics().seekers()).
    seeds(40).run();
var metrics = new LinkedHashMap<>(Comparison.metrics(Metric.REFERRED_MEDIAN_HOURS_TO_MATCH, Metric.REFERRED_WITHIN_48H,
    Metric.MATCH_RATE, Metric.MEDIAN_HOURS_TO_MATCH, Metric.WITHIN_48H));
metrics.put("offers_per_seeker", row -> row.value("offers_per_seeker"));
var comparison = Comparison.of(sweep, Map.of("policy", "today"), metrics);
System.out.println(comparison);
Csv.write(comparison, Path.of("target/policy-comparison.csv"));
/exit
