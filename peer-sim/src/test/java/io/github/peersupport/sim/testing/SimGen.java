package io.github.peersupport.sim.testing;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.groups.Audience;
import io.github.peersupport.groups.GroupModality;
import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.matching.Criterion;
import io.github.peersupport.matching.Fallback;
import io.github.peersupport.sim.MatchingMode;
import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Metrics;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.SeekerEvent;
import io.github.peersupport.sim.SeekerLog;
import io.github.peersupport.sim.SeekerOutcome;
import io.github.peersupport.sim.Stamp;
import io.github.peersupport.sim.SweepFailure;
import io.github.peersupport.sim.SweepResult;
import io.github.peersupport.sim.SweepRow;
import io.github.peersupport.sim.SweepTask;
import io.github.peersupport.sim.WeekMetrics;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.TreeMap;
import io.github.peersupport.sim.Comparison;
import io.github.peersupport.sim.ComparisonRow;
import io.github.peersupport.sim.Metric;

/**
 * Seeded generators of peer-sim's values: valid cohorts, behaviours and scenarios (every attribute
 * drawn across its documented range, full-precision doubles), and result values (metrics, weeks, runs,
 * sweeps) with the shapes a run produces. Shared as peer-sim's test-jar (peer-json's round trips use it).
 */
public final class SimGen {
  private static final String[] CONDITIONS = {"breast-cancer.triple-negative", "breast-cancer.hr-positive", "prostate-cancer",
      "colorectal-cancer", "lymphoma", "kidney-transplant", "depression", "diabetes"};
  private static final String[] RARE = {"als", "cystic-fibrosis", "pots", "fibromyalgia"};
  private static final String[] LANGUAGES = {"en", "es", "zh", "vi", "fr", "ar"};
  private static final String[] REGIONS = {"urban", "suburban", "rural", "north", "south"};
  private static final String[] ISSUES = {"rejection", "returning-to-work", "fertility", "money", "sleep"};
  private static final String[] GROUP_REASONS = {"NOT_ELIGIBLE", "NO_ELIGIBLE_GROUP", "NO_SEAT", "NOT_CHOSEN", "sim.still-waiting"};
  private static final String[] REASONS = {"sim.still-waiting", "match.candidates-exhausted", "match.no-consent", "match.no-candidate"};

  private SimGen() {}

  /**
   * A valid cohort with every attribute drawn.
   *
   * @param r the random source
   * @return the cohort
   */
  public static Cohort cohort(SplittableRandom r) {
    double women = r.nextDouble();
    Map<Modality, Double> modalities = new EnumMap<>(Modality.class);
    for (Modality m : CoreGen.someOf(r, List.of(Modality.values()), Modality.values().length)) {
      modalities.put(m, r.nextDouble());
    }
    Map<Integer, Double> capacity = new LinkedHashMap<>();
    int kinds = r.nextInt(1, 5);
    for (int i = 0; i < kinds; i++) {
      capacity.put(r.nextInt(1, 51), weight(r));
    }
    List<String> rare = CoreGen.someOf(r, List.of(RARE), RARE.length);
    return Cohort.builder()
        .supporters(r.nextInt(1, 400))
        .seekersPerWeek(r.nextDouble() * 60)
        .conditionMix(weights(r, CONDITIONS))
        .rareConditions(rare)
        .rareConditionShare(rare.isEmpty() ? 0 : r.nextDouble())
        .rareSupporterShare(r.nextDouble())
        .caregiverShare(r.nextDouble())
        .meanAge(r.nextInt(18, 96))
        .ageSpread(r.nextInt(0, 41))
        .womenShare(women)
        .menShare(r.nextDouble() * (1 - women))
        .languageMix(weights(r, LANGUAGES))
        .bilingualShare(r.nextDouble())
        .regionMix(weights(r, REGIONS))
        .modalityShares(modalities)
        .availabilityShare(r.nextDouble())
        .sameGenderRequiredShare(r.nextDouble())
        .capacityMix(capacity)
        .pausePerWeek(r.nextDouble() * 0.1)
        .pauseWeeks(r.nextInt(1, 521))
        .attritionPerWeek(r.nextDouble() * 0.05)
        .consentShare(r.nextDouble())
        .issues(CoreGen.someOf(r, List.of(ISSUES), ISSUES.length))
        .build();
  }

  /**
   * A valid behaviour with every attribute drawn.
   *
   * @param r the random source
   * @return the behaviour
   */
  public static Behaviour behaviour(SplittableRandom r) {
    double accept = r.nextDouble();
    int minWeeks = r.nextInt(1, 60);
    return Behaviour.builder()
        .acceptShare(accept)
        .declineShare(r.nextDouble() * (1 - accept))
        .answerHours(1 + r.nextDouble() * 200)
        .firstContactDays(0.1 + r.nextDouble() * 30)
        .needsReminderShare(r.nextDouble())
        .reminderEffect(r.nextDouble())
        .minMatchWeeks(minWeeks)
        .maxMatchWeeks(r.nextInt(minWeeks, 521))
        .notWorkingShare(r.nextDouble())
        .rematchTakenShare(r.nextDouble())
        .screeningPerWeek(r.nextDouble())
        .symptomShare(r.nextDouble())
        .item9Share(r.nextDouble())
        .supporterDistressPerWeek(r.nextDouble() * 0.1)
        .groupInterestShare(r.nextDouble())
        .attendShare(r.nextDouble())
        .excusedShare(r.nextDouble())
        .dropoutPerSession(r.nextDouble() * 0.2)
        .flagPerSession(r.nextDouble() * 0.2)
        .suicideMentionPerSession(r.nextDouble() * 0.01)
        .oneToOneShare(r.nextBoolean() ? 1 : r.nextDouble())
        .notReadyShare(r.nextBoolean() ? 0 : r.nextDouble() * 0.5)
        .adolescentShare(r.nextBoolean() ? 0 : r.nextDouble() * 0.5)
        .relationshipMix(r.nextBoolean() ? Map.of() : relationshipMix(r))
        .lateAcknowledgementShare(r.nextDouble())
        .build();
  }

  /** Weights over a non-empty subset of the caregiver relationships, at least one positive. */
  private static Map<CaregiverRelationship, Double> relationshipMix(SplittableRandom r) {
    Map<CaregiverRelationship, Double> mix = new EnumMap<>(CaregiverRelationship.class);
    for (CaregiverRelationship rel : CaregiverRelationship.values()) {
      if (r.nextBoolean()) {
        mix.put(rel, r.nextDouble() * 3);
      }
    }
    mix.put(CaregiverRelationship.values()[r.nextInt(CaregiverRelationship.values().length)], 0.5 + r.nextDouble());
    return mix;
  }

  /**
   * A valid scenario: peer-sim's own attributes drawn, policies at their defaults changed through the
   * scenario's what-ifs (offer window, a hard criterion); callers vary whole policies with {@code with*}.
   *
   * @param r the random source
   * @return the scenario
   */
  public static Scenario scenario(SplittableRandom r) {
    Scenario s = Scenario.builder()
        .name("scenario-" + r.nextInt(1000))
        .cohort(r.nextBoolean() ? Cohort.standard() : cohort(r))
        .behaviour(r.nextBoolean() ? Behaviour.standard() : behaviour(r))
        .horizonWeeks(r.nextInt(1, 521))
        .start(Scenario.DEFAULT_START.plus(Duration.ofDays(7L * r.nextInt(-500, 500))))
        .assignment(CoreGen.oneOf(r, MatchingMode.values()))
        .groups(r.nextInt(0, 40))
        .seriesSessions(r.nextInt(1, 521))
        .manualMatchDays(r.nextInt(1, 366))
        .manualRetries(r.nextInt(0, 101))
        .build();
    int max = r.nextInt(1, 101);
    s = s.withGroupSize(GroupSizePolicy.builder().maxMembers(max).minViable(r.nextInt(1, max + 1))
        .membersPerFacilitator(r.nextInt(1, 21)).minFacilitators(r.nextInt(1, 4)).facilitatorMemberCap(r.nextInt(1, 201)).build());
    if (r.nextBoolean()) {
      s = s.withGroupMaxMembers(r.nextInt(2, 101));
    }
    s = s.withGroupFocus(CoreGen.someOf(r, List.of(CONDITIONS), s.groups()));
    List<SupportGroup> extra = new ArrayList<>();
    for (int i = r.nextInt(0, 3); i > 0; i--) {
      int hour = r.nextInt(7, 21);
      extra.add(SupportGroup.builder().id(GroupId.of("x-" + i)).addLanguages(Language.of(LANGUAGES[r.nextInt(LANGUAGES.length)]))
          .modality(CoreGen.oneOf(r, GroupModality.VIDEO, GroupModality.IN_PERSON, GroupModality.PHONE)).audience(CoreGen.oneOf(r, Audience.values()))
          .slot(TimeWindow.of(CoreGen.oneOf(r, DayOfWeek.values()), LocalTime.of(hour, 0), LocalTime.of(hour + 1, 30)))
          .sizePolicy(r.nextBoolean() ? s.groupSize() : GroupSizePolicy.nami())
          .addFacilitators(FacilitatorId.of("fac-x-" + i)).build());
    }
    s = s.withExtraGroups(extra);
    if (r.nextBoolean()) {
      s = s.withOfferWindow(Duration.ofHours(r.nextInt(1, 24 * 14)));
    }
    if (r.nextBoolean()) {
      s = s.withHardCriterion(CoreGen.oneOf(r, Criterion.values()));
    }
    return s;
  }

  /**
   * Metrics of the shape a run produces (counts, shares in [0, 1], quantiles ordered).
   *
   * @param r the random source
   * @return the metrics
   */
  public static Metrics metrics(SplittableRandom r) {
    return metrics(r, 20_000);
  }

  private static Metrics metrics(SplittableRandom r, int maxSeekers) {
    int seekers = r.nextInt(0, maxSeekers);
    int matched = seekers == 0 ? 0 : r.nextInt(0, seekers + 1);
    double median = r.nextDouble() * 500;
    OptionalDouble referredMedian = r.nextInt(5) == 0 ? OptionalDouble.empty() : OptionalDouble.of(r.nextDouble() * 700);
    Map<Fallback, Integer> fallbacks = new EnumMap<>(Fallback.class);
    for (Fallback f : CoreGen.someOf(r, List.of(Fallback.values()), Fallback.values().length)) {
      fallbacks.put(f, r.nextInt(0, matched + 1));
    }
    Map<String, Integer> unmatched = new LinkedHashMap<>();
    for (String reason : CoreGen.someOf(r, List.of(REASONS), REASONS.length)) {
      unmatched.put(reason, r.nextInt(0, seekers + 1));
    }
    Map<Severity, Integer> escalations = new EnumMap<>(Severity.class);
    for (Severity v : CoreGen.someOf(r, List.of(Severity.values()), Severity.values().length)) {
      escalations.put(v, r.nextInt(0, 1000));
    }
    int requests = r.nextInt(0, seekers + 1);
    int placed = r.nextInt(0, requests + 1);
    Map<String, Integer> unplaced = new TreeMap<>();
    int left = requests - placed;
    for (String reason : CoreGen.someOf(r, List.of(GROUP_REASONS), GROUP_REASONS.length)) {
      int n = r.nextInt(0, left + 1);
      unplaced.put(reason, n);
      left -= n;
    }
    if (left > 0) {
      unplaced.merge("NO_SEAT", left, Integer::sum);
    }
    return Metrics.builder()
        .seekers(seekers)
        .matched(matched)
        .matchRate(seekers == 0 ? 0 : (double) matched / seekers)
        .medianHoursToMatch(median)
        .p90HoursToMatch(median + r.nextDouble() * 500)
        .within48hShare(r.nextDouble())
        .referredMedianHoursToMatch(referredMedian)
        .referredP90HoursToMatch(referredMedian.isPresent() && r.nextBoolean() ? OptionalDouble.of(referredMedian.getAsDouble()
            + r.nextDouble() * 800) : OptionalDouble.empty())
        .referredWithin48hShare(r.nextInt(10) == 0 ? OptionalDouble.empty() : OptionalDouble.of(r.nextDouble()))
        .warmupWeeks(r.nextInt(4) == 0 ? r.nextInt(0, 30) : 0)
        .offers(r.nextInt(0, 50_000))
        .declines(r.nextInt(0, 10_000))
        .expiries(r.nextInt(0, 10_000))
        .fallbackUse(fallbacks)
        .unmatchedByReason(unmatched)
        .loadGini(r.nextDouble())
        .meanServed(r.nextDouble() * 20)
        .rematchRate(r.nextDouble())
        .firstContactChecks(r.nextInt(0, 20_000))
        .reminders(r.nextInt(0, 20_000))
        .supporterPauses(r.nextInt(0, 2_000))
        .supporterRetirements(r.nextInt(0, 2_000))
        .groupFill(r.nextDouble())
        .meanWaitlist(r.nextDouble() * 100)
        .finalWaitlist(r.nextInt(0, 1000))
        .groupRequests(requests)
        .groupPlaced(placed)
        .groupUnplacedByReason(unplaced)
        .sessions(r.nextInt(0, 5000))
        .attendanceRate(r.nextDouble())
        .adherence(r.nextDouble())
        .escalations(escalations)
        .build();
  }

  /**
   * One week's figures.
   *
   * @param r the random source
   * @param week the week number, from 1
   * @return the week
   */
  public static WeekMetrics week(SplittableRandom r, int week) {
    return WeekMetrics.builder()
        .week(week)
        .referrals(r.nextInt(0, 500))
        .accepted(r.nextInt(0, 500))
        .waiting(r.nextInt(0, 2000))
        .engaged(r.nextInt(0, 5000))
        .activeSupporters(r.nextInt(0, 2000))
        .groupMembers(r.nextInt(0, 500))
        .groupWaitlist(r.nextInt(0, 500))
        .escalations(r.nextInt(0, 100))
        .build();
  }

  /**
   * A run's result: metrics, up to 60 weeks, one time to match per matched seeker and supporters'
   * served counts.
   *
   * @param r the random source
   * @return the run
   */
  public static Run run(SplittableRandom r) {
    List<WeekMetrics> weeks = new ArrayList<>();
    int n = r.nextInt(0, 61);
    for (int w = 1; w <= n; w++) {
      weeks.add(week(r, w));
    }
    Metrics metrics = metrics(r, 300);
    List<Double> hours = new ArrayList<>();
    for (int i = 0; i < metrics.matched(); i++) {
      hours.add(r.nextDouble() * 1000);
    }
    List<Integer> served = new ArrayList<>();
    int supporters = r.nextInt(0, 200);
    for (int i = 0; i < supporters; i++) {
      served.add(r.nextInt(0, 30));
    }
    List<Double> followUps = new ArrayList<>();
    if (r.nextInt(5) > 0) {
      for (int i = metrics.matched(); i < metrics.seekers(); i++) {
        followUps.add(r.nextDouble() * 5000);
      }
    }
    return Run.builder().scenario("scenario-" + r.nextInt(100)).seed(r.nextLong()).metrics(metrics).weeks(weeks)
        .hoursToMatch(hours).unmatchedFollowUpHours(followUps).served(served).build();
  }

  /**
   * A sweep's table: up to three parameters, up to four distinct points, up to three seeds each, about one
   * run in eight failed, up to two user-defined metrics, and about one row in ten keeping its run.
   *
   * @param r the random source
   * @return the sweep result
   */
  public static SweepResult sweep(SplittableRandom r) {
    List<String> parameters = new ArrayList<>();
    int p = r.nextInt(0, 4);
    for (int i = 0; i < p; i++) {
      parameters.add("param" + i);
    }
    List<SweepRow> rows = new ArrayList<>();
    List<SweepFailure> failures = new ArrayList<>();
    List<Map<String, String>> grid = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    for (int i = r.nextInt(0, 3); i > 0; i--) {
      extra.add("user metric " + i);
    }
    int points = r.nextInt(1, 5);
    int seeds = r.nextInt(1, 4);
    for (int pt = 0; pt < points; pt++) {
      Map<String, String> point = new LinkedHashMap<>();
      for (String name : parameters) {
        point.put(name, Integer.toString(r.nextInt(1000)));
      }
      if (grid.contains(point)) {
        continue;
      }
      grid.add(point);
      for (int s = 1; s <= seeds; s++) {
        if (r.nextInt(8) == 0) {
          failures.add(SweepFailure.builder().point(point).seed(s).exception("java.lang.IllegalStateException")
              .message(r.nextBoolean() ? "" : "sim: failed at week " + r.nextInt(52)).build());
          continue;
        }
        SweepRow.Builder row = SweepRow.builder().point(point).seed(s);
        if (r.nextInt(10) == 0) {
          Run run = Run.builder().from(run(r)).seed(s).build();
          row.metrics(run.metrics()).run(run);
        } else {
          row.metrics(metrics(r));
        }
        for (String name : extra) {
          row.putExtra(name, r.nextInt(4) == 0 ? r.nextInt(100) : r.nextDouble() * 1000);
        }
        rows.add(row.build());
      }
    }
    return SweepResult.builder().parameters(parameters).grid(grid).rows(rows).failures(failures).build();
  }

  /**
   * A task of a sweep's grid.
   *
   * @param r the random source
   * @return the task
   */
  public static SweepTask sweepTask(SplittableRandom r) {
    int index = r.nextInt(0, 100_000);
    return SweepTask.builder().index(index).pointIndex(r.nextInt(0, index + 1)).point(Map.of("supporters", Integer.toString(r.nextInt(1000))))
        .seed(r.nextLong()).build();
  }

  /**
   * A failed run of a sweep.
   *
   * @param r the random source
   * @return the failure
   */
  public static SweepFailure sweepFailure(SplittableRandom r) {
    return SweepFailure.builder().point(Map.of("window", "PT" + r.nextInt(1, 100) + "H")).seed(r.nextLong())
        .exception(r.nextBoolean() ? "java.lang.IllegalStateException" : "java.lang.ArithmeticException")
        .message(r.nextBoolean() ? "" : "metric: / by zero").build();
  }

  /**
   * A stamp: a version, a scenario name, a full 64-digit hash, a seed half of the time, and a time of
   * run with nanoseconds.
   *
   * @param r the random source
   * @return the stamp
   */
  public static Stamp stamp(SplittableRandom r) {
    StringBuilder hash = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      hash.append(String.format(java.util.Locale.ROOT, "%016x", r.nextLong()));
    }
    Stamp.Builder b = Stamp.builder().libraryVersion(r.nextBoolean() ? "0.1.0-SNAPSHOT" : "1." + r.nextInt(10) + "." + r.nextInt(10))
        .scenario("scenario-" + r.nextInt(1000)).scenarioHash(hash.toString())
        .runAt(Instant.ofEpochSecond(r.nextLong(0, 4_102_444_800L), r.nextInt(1_000_000_000)));
    if (r.nextBoolean()) {
      b.seed(r.nextLong());
    }
    return b.build();
  }

  /**
   * A recorded run: a run, up to 20 seekers and up to 40 events in time order.
   *
   * @param r the random source
   * @return the log
   */
  public static SeekerLog seekerLog(SplittableRandom r) {
    int n = r.nextInt(0, 21);
    List<SeekerOutcome> seekers = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      seekers.add(seekerOutcome(r, i));
    }
    List<SeekerEvent> events = new ArrayList<>();
    Instant at = Instant.ofEpochSecond(r.nextLong(0, 2_000_000_000L));
    for (int i = n == 0 ? 0 : r.nextInt(0, 41); i > 0; i--) {
      at = at.plusSeconds(r.nextInt(0, 100_000));
      events.add(seekerEvent(r, r.nextInt(1, n + 1), at));
    }
    return SeekerLog.builder().run(run(r)).seekers(seekers).events(events).build();
  }

  /**
   * One seeker's outcome: matched (to the minute) or censored, any route and outcome code.
   *
   * @param r the random source
   * @param index the seeker's position, from 1
   * @return the outcome
   */
  public static SeekerOutcome seekerOutcome(SplittableRandom r, int index) {
    Instant referred = Scenario.DEFAULT_START.plus(Duration.ofMinutes(r.nextLong(0, 60L * 24 * 364)));
    boolean matched = r.nextBoolean();
    return SeekerOutcome.builder().index(index).id("seeker-" + r.nextInt(100_000)).referredAt(referred).week(r.nextInt(1, 521))
        .oneToOne(r.nextBoolean()).groupInterest(r.nextBoolean())
        .matchedAt(matched ? java.util.Optional.of(referred.plus(Duration.ofMinutes(r.nextLong(0, 60L * 24 * 90)))) : java.util.Optional.empty())
        .fallback(CoreGen.oneOf(r, Fallback.values())).outcome(matched ? "sim.matched" : REASONS[r.nextInt(REASONS.length)])
        .groupOutcome(GROUP_REASONS[r.nextInt(GROUP_REASONS.length)]).build();
  }

  /**
   * One seeker event.
   *
   * @param r the random source
   * @param seeker the seeker's position, from 1
   * @param at when
   * @return the event
   */
  public static SeekerEvent seekerEvent(SplittableRandom r, int seeker, Instant at) {
    String[] kinds = {"referred", "requested", "offered", "declined", "offer-expired", "accepted", "completed"};
    String[] details = {"", "one-to-one", "group-only", "match.candidates-exhausted", "completed"};
    return SeekerEvent.builder().seeker(seeker).at(at).kind(kinds[r.nextInt(kinds.length)]).detail(details[r.nextInt(details.length)])
        .build();
  }

  /**
   * A comparison of a sweep's arms with a reference arm: up to three parameters, up to three arms, up to
   * four metrics each, figures drawn with every interval ordered.
   *
   * @param r the random source
   * @return the comparison
   */
  public static Comparison comparison(SplittableRandom r) {
    List<String> parameters = new ArrayList<>();
    int p = r.nextInt(0, 4);
    for (int i = 0; i < p; i++) {
      parameters.add("param" + i);
    }
    Comparison.Builder b = Comparison.builder().parameters(parameters).reference(point(r, parameters));
    if (r.nextBoolean()) {
      b.resamples(r.nextInt(100, 10_001)).bootstrapSeed(r.nextLong());
    }
    int arms = r.nextInt(0, 4);
    for (int a = 0; a < arms; a++) {
      Map<String, String> arm = point(r, parameters);
      for (int m = r.nextInt(1, 5); m > 0; m--) {
        b.addRows(comparisonRow(r, arm));
      }
    }
    return b.build();
  }

  /**
   * One arm and metric of a comparison.
   *
   * @param r the random source
   * @param arm the arm's grid point
   * @return the row
   */
  public static ComparisonRow comparisonRow(SplittableRandom r, Map<String, String> arm) {
    double ref = r.nextDouble(-10, 1000);
    double mean = r.nextDouble(-10, 1000);
    double diff = mean - ref;
    double se = r.nextDouble() < 0.1 ? 0 : r.nextDouble(0, 50);
    return ComparisonRow.builder().arm(arm).metric(r.nextBoolean() ? Comparison.name(CoreGen.oneOf(r, Metric.values())) : "metric-" + r.nextInt(100))
        .n(r.nextInt(2, 1001)).referenceMean(ref).referenceLow(ref - r.nextDouble(0, 20)).referenceHigh(ref + r.nextDouble(0, 20))
        .armMean(mean).armLow(mean - r.nextDouble(0, 20)).armHigh(mean + r.nextDouble(0, 20)).difference(diff).standardError(se)
        .tLow(diff - 2 * se).tHigh(diff + 2 * se).bootLow(diff - r.nextDouble(0, 100)).bootHigh(diff + r.nextDouble(0, 100))
        .pValue(r.nextDouble() < 0.1 ? r.nextInt(2) : r.nextDouble()).build();
  }

  private static Map<String, String> point(SplittableRandom r, List<String> parameters) {
    Map<String, String> point = new LinkedHashMap<>();
    for (String name : parameters) {
      point.put(name, r.nextBoolean() ? Integer.toString(r.nextInt(1000)) : "value, \"quoted\" " + r.nextInt(10));
    }
    return point;
  }

  private static Map<String, Double> weights(SplittableRandom r, String[] keys) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (String k : CoreGen.someOf(r, List.of(keys), keys.length)) {
      m.put(k, weight(r));
    }
    if (m.isEmpty()) {
      m.put(keys[0], weight(r));
    }
    return m;
  }

  private static double weight(SplittableRandom r) {
    return 1e-6 + r.nextDouble() * 100;
  }
}
