package io.github.peersupport.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;

/**
 * Jackson mix-ins of the value types of peer-sim: one type mix-in (property names and order,
 * the builder to read with, written as the public type) and one builder mix-in (the one setter
 * overload per property) per type: the public {@code X.Builder}, or for tuple types the generated
 * builder, found at run time by {@link TupleBuilders}. Jackson only ever sees the
 * public types of exported packages, never the package-private generated implementations, so no
 * package needs to be opened on the module path. Values are read through their public builders and
 * factories, so JSON input gets the validation Java input gets. Written by {@code MixInSourceGenerator} from the compiled types;
 * {@code MixInCoverageTest} fails when a value type is added without a mix-in.
 */
final class SimMixIns {
  private SimMixIns() {}

  /**
   * Adds the mix-ins, target type to mix-in.
   *
   * @param mixIns the map to fill
   */
  static void mixIns(Map<Class<?>, Class<?>> mixIns) {
    mixIns.put(io.github.peersupport.sim.Behaviour.class, BehaviourMixIn.class);
    mixIns.put(io.github.peersupport.sim.Behaviour.Builder.class, BehaviourBuilderMixIn.class);
    mixIns.put(io.github.peersupport.sim.Cohort.class, CohortMixIn.class);
    mixIns.put(io.github.peersupport.sim.Cohort.Builder.class, CohortBuilderMixIn.class);
    mixIns.put(io.github.peersupport.sim.Metrics.class, MetricsMixIn.class);
    mixIns.put(io.github.peersupport.sim.Metrics.Builder.class, MetricsBuilderMixIn.class);
    mixIns.put(io.github.peersupport.sim.Run.class, RunMixIn.class);
    mixIns.put(io.github.peersupport.sim.Run.Builder.class, RunBuilderMixIn.class);
    mixIns.put(io.github.peersupport.sim.Scenario.class, ScenarioMixIn.class);
    mixIns.put(io.github.peersupport.sim.Scenario.Builder.class, ScenarioBuilderMixIn.class);
    mixIns.put(io.github.peersupport.sim.SweepResult.class, SweepResultMixIn.class);
    mixIns.put(io.github.peersupport.sim.SweepResult.Builder.class, SweepResultBuilderMixIn.class);
    mixIns.put(io.github.peersupport.sim.SweepRow.class, SweepRowMixIn.class);
    mixIns.put(io.github.peersupport.sim.SweepRow.Builder.class, SweepRowBuilderMixIn.class);
    mixIns.put(io.github.peersupport.sim.WeekMetrics.class, WeekMetricsMixIn.class);
    mixIns.put(io.github.peersupport.sim.WeekMetrics.Builder.class, WeekMetricsBuilderMixIn.class);
  }

  /**
   * Adds the types written as a plain JSON string, with their factory and accessor.
   *
   * @param strings the list to fill
   */
  static void strings(List<StringValue<?>> strings) {
  }

  /**
   * Adds the tuple types, read through their generated builders ({@link TupleBuilders}).
   *
   * @param tuples the list to fill
   */
  static void tuples(List<Class<?>> tuples) {
  }

  /** Mix-in of {@link io.github.peersupport.sim.Behaviour}. */
  @JsonPropertyOrder({"acceptShare", "declineShare", "answerHours", "firstContactDays", "needsReminderShare", "reminderEffect", "minMatchWeeks", "maxMatchWeeks", "notWorkingShare", "rematchTakenShare", "screeningPerWeek", "symptomShare", "item9Share", "supporterDistressPerWeek", "groupInterestShare", "attendShare", "excusedShare", "dropoutPerSession", "flagPerSession", "suicideMentionPerSession"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.sim.Behaviour.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.sim.Behaviour.Builder.class)
  abstract static class BehaviourMixIn {
    @JsonProperty("acceptShare")
    abstract Object acceptShare();

    @JsonProperty("declineShare")
    abstract Object declineShare();

    @JsonProperty("answerHours")
    abstract Object answerHours();

    @JsonProperty("firstContactDays")
    abstract Object firstContactDays();

    @JsonProperty("needsReminderShare")
    abstract Object needsReminderShare();

    @JsonProperty("reminderEffect")
    abstract Object reminderEffect();

    @JsonProperty("minMatchWeeks")
    abstract Object minMatchWeeks();

    @JsonProperty("maxMatchWeeks")
    abstract Object maxMatchWeeks();

    @JsonProperty("notWorkingShare")
    abstract Object notWorkingShare();

    @JsonProperty("rematchTakenShare")
    abstract Object rematchTakenShare();

    @JsonProperty("screeningPerWeek")
    abstract Object screeningPerWeek();

    @JsonProperty("symptomShare")
    abstract Object symptomShare();

    @JsonProperty("item9Share")
    abstract Object item9Share();

    @JsonProperty("supporterDistressPerWeek")
    abstract Object supporterDistressPerWeek();

    @JsonProperty("groupInterestShare")
    abstract Object groupInterestShare();

    @JsonProperty("attendShare")
    abstract Object attendShare();

    @JsonProperty("excusedShare")
    abstract Object excusedShare();

    @JsonProperty("dropoutPerSession")
    abstract Object dropoutPerSession();

    @JsonProperty("flagPerSession")
    abstract Object flagPerSession();

    @JsonProperty("suicideMentionPerSession")
    abstract Object suicideMentionPerSession();
  }

  /** Builder mix-in of {@link io.github.peersupport.sim.Behaviour}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class BehaviourBuilderMixIn {
    @JsonProperty("acceptShare")
    abstract Object acceptShare(double acceptShare);

    @JsonProperty("declineShare")
    abstract Object declineShare(double declineShare);

    @JsonProperty("answerHours")
    abstract Object answerHours(double answerHours);

    @JsonProperty("firstContactDays")
    abstract Object firstContactDays(double firstContactDays);

    @JsonProperty("needsReminderShare")
    abstract Object needsReminderShare(double needsReminderShare);

    @JsonProperty("reminderEffect")
    abstract Object reminderEffect(double reminderEffect);

    @JsonProperty("minMatchWeeks")
    abstract Object minMatchWeeks(int minMatchWeeks);

    @JsonProperty("maxMatchWeeks")
    abstract Object maxMatchWeeks(int maxMatchWeeks);

    @JsonProperty("notWorkingShare")
    abstract Object notWorkingShare(double notWorkingShare);

    @JsonProperty("rematchTakenShare")
    abstract Object rematchTakenShare(double rematchTakenShare);

    @JsonProperty("screeningPerWeek")
    abstract Object screeningPerWeek(double screeningPerWeek);

    @JsonProperty("symptomShare")
    abstract Object symptomShare(double symptomShare);

    @JsonProperty("item9Share")
    abstract Object item9Share(double item9Share);

    @JsonProperty("supporterDistressPerWeek")
    abstract Object supporterDistressPerWeek(double supporterDistressPerWeek);

    @JsonProperty("groupInterestShare")
    abstract Object groupInterestShare(double groupInterestShare);

    @JsonProperty("attendShare")
    abstract Object attendShare(double attendShare);

    @JsonProperty("excusedShare")
    abstract Object excusedShare(double excusedShare);

    @JsonProperty("dropoutPerSession")
    abstract Object dropoutPerSession(double dropoutPerSession);

    @JsonProperty("flagPerSession")
    abstract Object flagPerSession(double flagPerSession);

    @JsonProperty("suicideMentionPerSession")
    abstract Object suicideMentionPerSession(double suicideMentionPerSession);
  }

  /** Mix-in of {@link io.github.peersupport.sim.Cohort}. */
  @JsonPropertyOrder({"supporters", "seekersPerWeek", "conditionMix", "rareConditions", "rareConditionShare", "rareSupporterShare", "caregiverShare", "meanAge", "ageSpread", "womenShare", "menShare", "languageMix", "bilingualShare", "regionMix", "modalityShares", "availabilityShare", "sameGenderRequiredShare", "capacityMix", "pausePerWeek", "pauseWeeks", "attritionPerWeek", "consentShare", "issues"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.sim.Cohort.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.sim.Cohort.Builder.class)
  abstract static class CohortMixIn {
    @JsonProperty("supporters")
    abstract Object supporters();

    @JsonProperty("seekersPerWeek")
    abstract Object seekersPerWeek();

    @JsonProperty("conditionMix")
    abstract Object conditionMix();

    @JsonProperty("rareConditions")
    abstract Object rareConditions();

    @JsonProperty("rareConditionShare")
    abstract Object rareConditionShare();

    @JsonProperty("rareSupporterShare")
    abstract Object rareSupporterShare();

    @JsonProperty("caregiverShare")
    abstract Object caregiverShare();

    @JsonProperty("meanAge")
    abstract Object meanAge();

    @JsonProperty("ageSpread")
    abstract Object ageSpread();

    @JsonProperty("womenShare")
    abstract Object womenShare();

    @JsonProperty("menShare")
    abstract Object menShare();

    @JsonProperty("languageMix")
    abstract Object languageMix();

    @JsonProperty("bilingualShare")
    abstract Object bilingualShare();

    @JsonProperty("regionMix")
    abstract Object regionMix();

    @JsonProperty("modalityShares")
    abstract Object modalityShares();

    @JsonProperty("availabilityShare")
    abstract Object availabilityShare();

    @JsonProperty("sameGenderRequiredShare")
    abstract Object sameGenderRequiredShare();

    @JsonProperty("capacityMix")
    abstract Object capacityMix();

    @JsonProperty("pausePerWeek")
    abstract Object pausePerWeek();

    @JsonProperty("pauseWeeks")
    abstract Object pauseWeeks();

    @JsonProperty("attritionPerWeek")
    abstract Object attritionPerWeek();

    @JsonProperty("consentShare")
    abstract Object consentShare();

    @JsonProperty("issues")
    abstract Object issues();
  }

  /** Builder mix-in of {@link io.github.peersupport.sim.Cohort}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class CohortBuilderMixIn {
    @JsonProperty("supporters")
    abstract Object supporters(int supporters);

    @JsonProperty("seekersPerWeek")
    abstract Object seekersPerWeek(double seekersPerWeek);

    @JsonProperty("conditionMix")
    abstract Object conditionMix(java.util.Map<?, ?> conditionMix);

    @JsonProperty("rareConditions")
    abstract Object rareConditions(java.lang.Iterable<?> rareConditions);

    @JsonProperty("rareConditionShare")
    abstract Object rareConditionShare(double rareConditionShare);

    @JsonProperty("rareSupporterShare")
    abstract Object rareSupporterShare(double rareSupporterShare);

    @JsonProperty("caregiverShare")
    abstract Object caregiverShare(double caregiverShare);

    @JsonProperty("meanAge")
    abstract Object meanAge(int meanAge);

    @JsonProperty("ageSpread")
    abstract Object ageSpread(int ageSpread);

    @JsonProperty("womenShare")
    abstract Object womenShare(double womenShare);

    @JsonProperty("menShare")
    abstract Object menShare(double menShare);

    @JsonProperty("languageMix")
    abstract Object languageMix(java.util.Map<?, ?> languageMix);

    @JsonProperty("bilingualShare")
    abstract Object bilingualShare(double bilingualShare);

    @JsonProperty("regionMix")
    abstract Object regionMix(java.util.Map<?, ?> regionMix);

    @JsonProperty("modalityShares")
    abstract Object modalityShares(java.util.Map<?, ?> modalityShares);

    @JsonProperty("availabilityShare")
    abstract Object availabilityShare(double availabilityShare);

    @JsonProperty("sameGenderRequiredShare")
    abstract Object sameGenderRequiredShare(double sameGenderRequiredShare);

    @JsonProperty("capacityMix")
    abstract Object capacityMix(java.util.Map<?, ?> capacityMix);

    @JsonProperty("pausePerWeek")
    abstract Object pausePerWeek(double pausePerWeek);

    @JsonProperty("pauseWeeks")
    abstract Object pauseWeeks(int pauseWeeks);

    @JsonProperty("attritionPerWeek")
    abstract Object attritionPerWeek(double attritionPerWeek);

    @JsonProperty("consentShare")
    abstract Object consentShare(double consentShare);

    @JsonProperty("issues")
    abstract Object issues(java.lang.Iterable<?> issues);
  }

  /** Mix-in of {@link io.github.peersupport.sim.Metrics}. */
  @JsonPropertyOrder({"seekers", "matched", "matchRate", "medianHoursToMatch", "p90HoursToMatch", "within48hShare", "offers", "declines", "expiries", "fallbackUse", "unmatchedByReason", "loadGini", "meanServed", "rematchRate", "firstContactChecks", "reminders", "supporterPauses", "supporterRetirements", "groupFill", "meanWaitlist", "finalWaitlist", "groupRequests", "groupPlaced", "groupUnplacedByReason", "sessions", "attendanceRate", "adherence", "escalations"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.sim.Metrics.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.sim.Metrics.Builder.class)
  abstract static class MetricsMixIn {
    @JsonProperty("seekers")
    abstract Object seekers();

    @JsonProperty("matched")
    abstract Object matched();

    @JsonProperty("matchRate")
    abstract Object matchRate();

    @JsonProperty("medianHoursToMatch")
    abstract Object medianHoursToMatch();

    @JsonProperty("p90HoursToMatch")
    abstract Object p90HoursToMatch();

    @JsonProperty("within48hShare")
    abstract Object within48hShare();

    @JsonProperty("offers")
    abstract Object offers();

    @JsonProperty("declines")
    abstract Object declines();

    @JsonProperty("expiries")
    abstract Object expiries();

    @JsonProperty("fallbackUse")
    abstract Object fallbackUse();

    @JsonProperty("unmatchedByReason")
    abstract Object unmatchedByReason();

    @JsonProperty("loadGini")
    abstract Object loadGini();

    @JsonProperty("meanServed")
    abstract Object meanServed();

    @JsonProperty("rematchRate")
    abstract Object rematchRate();

    @JsonProperty("firstContactChecks")
    abstract Object firstContactChecks();

    @JsonProperty("reminders")
    abstract Object reminders();

    @JsonProperty("supporterPauses")
    abstract Object supporterPauses();

    @JsonProperty("supporterRetirements")
    abstract Object supporterRetirements();

    @JsonProperty("groupFill")
    abstract Object groupFill();

    @JsonProperty("meanWaitlist")
    abstract Object meanWaitlist();

    @JsonProperty("finalWaitlist")
    abstract Object finalWaitlist();

    @JsonProperty("groupRequests")
    abstract Object groupRequests();

    @JsonProperty("groupPlaced")
    abstract Object groupPlaced();

    @JsonProperty("groupUnplacedByReason")
    abstract Object groupUnplacedByReason();

    @JsonProperty("sessions")
    abstract Object sessions();

    @JsonProperty("attendanceRate")
    abstract Object attendanceRate();

    @JsonProperty("adherence")
    abstract Object adherence();

    @JsonProperty("escalations")
    abstract Object escalations();
  }

  /** Builder mix-in of {@link io.github.peersupport.sim.Metrics}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class MetricsBuilderMixIn {
    @JsonProperty("seekers")
    abstract Object seekers(int seekers);

    @JsonProperty("matched")
    abstract Object matched(int matched);

    @JsonProperty("matchRate")
    abstract Object matchRate(double matchRate);

    @JsonProperty("medianHoursToMatch")
    abstract Object medianHoursToMatch(double medianHoursToMatch);

    @JsonProperty("p90HoursToMatch")
    abstract Object p90HoursToMatch(double p90HoursToMatch);

    @JsonProperty("within48hShare")
    abstract Object within48hShare(double within48hShare);

    @JsonProperty("offers")
    abstract Object offers(int offers);

    @JsonProperty("declines")
    abstract Object declines(int declines);

    @JsonProperty("expiries")
    abstract Object expiries(int expiries);

    @JsonProperty("fallbackUse")
    abstract Object fallbackUse(java.util.Map<?, ?> fallbackUse);

    @JsonProperty("unmatchedByReason")
    abstract Object unmatchedByReason(java.util.Map<?, ?> unmatchedByReason);

    @JsonProperty("loadGini")
    abstract Object loadGini(double loadGini);

    @JsonProperty("meanServed")
    abstract Object meanServed(double meanServed);

    @JsonProperty("rematchRate")
    abstract Object rematchRate(double rematchRate);

    @JsonProperty("firstContactChecks")
    abstract Object firstContactChecks(int firstContactChecks);

    @JsonProperty("reminders")
    abstract Object reminders(int reminders);

    @JsonProperty("supporterPauses")
    abstract Object supporterPauses(int supporterPauses);

    @JsonProperty("supporterRetirements")
    abstract Object supporterRetirements(int supporterRetirements);

    @JsonProperty("groupFill")
    abstract Object groupFill(double groupFill);

    @JsonProperty("meanWaitlist")
    abstract Object meanWaitlist(double meanWaitlist);

    @JsonProperty("finalWaitlist")
    abstract Object finalWaitlist(int finalWaitlist);

    @JsonProperty("groupRequests")
    abstract Object groupRequests(int groupRequests);

    @JsonProperty("groupPlaced")
    abstract Object groupPlaced(int groupPlaced);

    @JsonProperty("groupUnplacedByReason")
    abstract Object groupUnplacedByReason(java.util.Map<?, ?> groupUnplacedByReason);

    @JsonProperty("sessions")
    abstract Object sessions(int sessions);

    @JsonProperty("attendanceRate")
    abstract Object attendanceRate(double attendanceRate);

    @JsonProperty("adherence")
    abstract Object adherence(double adherence);

    @JsonProperty("escalations")
    abstract Object escalations(java.util.Map<?, ?> escalations);
  }

  /** Mix-in of {@link io.github.peersupport.sim.Run}. */
  @JsonPropertyOrder({"scenario", "seed", "metrics", "weeks", "hoursToMatch", "served"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.sim.Run.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.sim.Run.Builder.class)
  abstract static class RunMixIn {
    @JsonProperty("scenario")
    abstract Object scenario();

    @JsonProperty("seed")
    abstract Object seed();

    @JsonProperty("metrics")
    abstract Object metrics();

    @JsonProperty("weeks")
    abstract Object weeks();

    @JsonProperty("hoursToMatch")
    abstract Object hoursToMatch();

    @JsonProperty("served")
    abstract Object served();
  }

  /** Builder mix-in of {@link io.github.peersupport.sim.Run}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class RunBuilderMixIn {
    @JsonProperty("scenario")
    abstract Object scenario(java.lang.String scenario);

    @JsonProperty("seed")
    abstract Object seed(long seed);

    @JsonProperty("metrics")
    abstract Object metrics(io.github.peersupport.sim.Metrics metrics);

    @JsonProperty("weeks")
    abstract Object weeks(java.lang.Iterable<?> weeks);

    @JsonProperty("hoursToMatch")
    abstract Object hoursToMatch(java.lang.Iterable<?> hoursToMatch);

    @JsonProperty("served")
    abstract Object served(java.lang.Iterable<?> served);
  }

  /** Mix-in of {@link io.github.peersupport.sim.Scenario}. */
  @JsonPropertyOrder({"name", "cohort", "behaviour", "horizonWeeks", "start", "matcher", "assignment", "lifecycle", "followUps", "escalation", "sessionSignals", "groups", "groupSize", "placement", "groupFocus", "extraGroups", "seriesSessions", "manualMatchDays", "manualRetries"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.sim.Scenario.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.sim.Scenario.Builder.class)
  abstract static class ScenarioMixIn {
    @JsonProperty("name")
    abstract Object name();

    @JsonProperty("cohort")
    abstract Object cohort();

    @JsonProperty("behaviour")
    abstract Object behaviour();

    @JsonProperty("horizonWeeks")
    abstract Object horizonWeeks();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("start")
    abstract Object start();

    @JsonProperty("matcher")
    abstract Object matcher();

    @JsonProperty("assignment")
    abstract Object assignment();

    @JsonProperty("lifecycle")
    abstract Object lifecycle();

    @JsonProperty("followUps")
    abstract Object followUps();

    @JsonProperty("escalation")
    abstract Object escalation();

    @JsonProperty("sessionSignals")
    abstract Object sessionSignals();

    @JsonProperty("groups")
    abstract Object groups();

    @JsonProperty("groupSize")
    abstract Object groupSize();

    @JsonProperty("placement")
    abstract Object placement();

    @JsonProperty("groupFocus")
    abstract Object groupFocus();

    @JsonProperty("extraGroups")
    abstract Object extraGroups();

    @JsonProperty("seriesSessions")
    abstract Object seriesSessions();

    @JsonProperty("manualMatchDays")
    abstract Object manualMatchDays();

    @JsonProperty("manualRetries")
    abstract Object manualRetries();
  }

  /** Builder mix-in of {@link io.github.peersupport.sim.Scenario}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ScenarioBuilderMixIn {
    @JsonProperty("name")
    abstract Object name(java.lang.String name);

    @JsonProperty("cohort")
    abstract Object cohort(io.github.peersupport.sim.Cohort cohort);

    @JsonProperty("behaviour")
    abstract Object behaviour(io.github.peersupport.sim.Behaviour behaviour);

    @JsonProperty("horizonWeeks")
    abstract Object horizonWeeks(int horizonWeeks);

    @JsonProperty("start")
    abstract Object start(java.time.Instant start);

    @JsonProperty("matcher")
    abstract Object matcher(io.github.peersupport.matching.PeerMatcher matcher);

    @JsonProperty("assignment")
    abstract Object assignment(io.github.peersupport.sim.MatchingMode assignment);

    @JsonProperty("lifecycle")
    abstract Object lifecycle(io.github.peersupport.matching.lifecycle.MatchLifecycle lifecycle);

    @JsonProperty("followUps")
    abstract Object followUps(io.github.peersupport.matching.lifecycle.FollowUpTimers followUps);

    @JsonProperty("escalation")
    abstract Object escalation(io.github.peersupport.core.escalation.EscalationPolicy escalation);

    @JsonProperty("sessionSignals")
    abstract Object sessionSignals(io.github.peersupport.groups.session.SessionSignals sessionSignals);

    @JsonProperty("groups")
    abstract Object groups(int groups);

    @JsonProperty("groupSize")
    abstract Object groupSize(io.github.peersupport.groups.GroupSizePolicy groupSize);

    @JsonProperty("placement")
    abstract Object placement(io.github.peersupport.groups.formation.PlacementPolicy placement);

    @JsonProperty("groupFocus")
    abstract Object groupFocus(java.lang.Iterable<?> groupFocus);

    @JsonProperty("extraGroups")
    abstract Object extraGroups(java.lang.Iterable<?> extraGroups);

    @JsonProperty("seriesSessions")
    abstract Object seriesSessions(int seriesSessions);

    @JsonProperty("manualMatchDays")
    abstract Object manualMatchDays(int manualMatchDays);

    @JsonProperty("manualRetries")
    abstract Object manualRetries(int manualRetries);
  }

  /** Mix-in of {@link io.github.peersupport.sim.SweepResult}. */
  @JsonPropertyOrder({"parameters", "rows"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.sim.SweepResult.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.sim.SweepResult.Builder.class)
  abstract static class SweepResultMixIn {
    @JsonProperty("parameters")
    abstract Object parameters();

    @JsonProperty("rows")
    abstract Object rows();
  }

  /** Builder mix-in of {@link io.github.peersupport.sim.SweepResult}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class SweepResultBuilderMixIn {
    @JsonProperty("parameters")
    abstract Object parameters(java.lang.Iterable<?> parameters);

    @JsonProperty("rows")
    abstract Object rows(java.lang.Iterable<?> rows);
  }

  /** Mix-in of {@link io.github.peersupport.sim.SweepRow}. */
  @JsonPropertyOrder({"point", "seed", "metrics"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.sim.SweepRow.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.sim.SweepRow.Builder.class)
  abstract static class SweepRowMixIn {
    @JsonProperty("point")
    abstract Object point();

    @JsonProperty("seed")
    abstract Object seed();

    @JsonProperty("metrics")
    abstract Object metrics();
  }

  /** Builder mix-in of {@link io.github.peersupport.sim.SweepRow}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class SweepRowBuilderMixIn {
    @JsonProperty("point")
    abstract Object point(java.util.Map<?, ?> point);

    @JsonProperty("seed")
    abstract Object seed(long seed);

    @JsonProperty("metrics")
    abstract Object metrics(io.github.peersupport.sim.Metrics metrics);
  }

  /** Mix-in of {@link io.github.peersupport.sim.WeekMetrics}. */
  @JsonPropertyOrder({"week", "referrals", "accepted", "waiting", "engaged", "activeSupporters", "groupMembers", "groupWaitlist", "escalations"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.sim.WeekMetrics.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.sim.WeekMetrics.Builder.class)
  abstract static class WeekMetricsMixIn {
    @JsonProperty("week")
    abstract Object week();

    @JsonProperty("referrals")
    abstract Object referrals();

    @JsonProperty("accepted")
    abstract Object accepted();

    @JsonProperty("waiting")
    abstract Object waiting();

    @JsonProperty("engaged")
    abstract Object engaged();

    @JsonProperty("activeSupporters")
    abstract Object activeSupporters();

    @JsonProperty("groupMembers")
    abstract Object groupMembers();

    @JsonProperty("groupWaitlist")
    abstract Object groupWaitlist();

    @JsonProperty("escalations")
    abstract Object escalations();
  }

  /** Builder mix-in of {@link io.github.peersupport.sim.WeekMetrics}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class WeekMetricsBuilderMixIn {
    @JsonProperty("week")
    abstract Object week(int week);

    @JsonProperty("referrals")
    abstract Object referrals(int referrals);

    @JsonProperty("accepted")
    abstract Object accepted(int accepted);

    @JsonProperty("waiting")
    abstract Object waiting(int waiting);

    @JsonProperty("engaged")
    abstract Object engaged(int engaged);

    @JsonProperty("activeSupporters")
    abstract Object activeSupporters(int activeSupporters);

    @JsonProperty("groupMembers")
    abstract Object groupMembers(int groupMembers);

    @JsonProperty("groupWaitlist")
    abstract Object groupWaitlist(int groupWaitlist);

    @JsonProperty("escalations")
    abstract Object escalations(int escalations);
  }
}
