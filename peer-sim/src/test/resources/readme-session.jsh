var scenario = sample.withHorizonWeeks(26);
var run = scenario.run(42);
System.out.println(run.metrics());
var sweep = Sweep.of(scenario).
    vary("supporters", List.of(120, 180, 240), (s, n) -> s.withCohort(s.cohort().withSupporters(n))).
    seeds(6).run();
System.out.println(sweep);
Charts.sweepEffect(sweep, "supporters", Metric.MATCH_RATE, Path.of("target/sweep-supporters.png"));
/exit
