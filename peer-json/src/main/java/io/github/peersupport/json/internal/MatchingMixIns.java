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
 * Jackson mix-ins of the value types of peer-matching: one type mix-in (property names and order,
 * the builder to read with, written as the public type) and one builder mix-in (the one setter
 * overload per property) per type: the public {@code X.Builder}, or for tuple types the generated
 * builder, found at run time by {@link TupleBuilders}. Jackson only ever sees the
 * public types of exported packages, never the package-private generated implementations, so no
 * package needs to be opened on the module path. Values are read through their public builders and
 * factories, so JSON input gets the validation Java input gets. Written by {@code MixInSourceGenerator} from the compiled types;
 * {@code MixInCoverageTest} fails when a value type is added without a mix-in.
 */
final class MatchingMixIns {
  private MatchingMixIns() {}

  /**
   * Adds the mix-ins, target type to mix-in.
   *
   * @param mixIns the map to fill
   */
  static void mixIns(Map<Class<?>, Class<?>> mixIns) {
    mixIns.put(io.github.peersupport.matching.Candidate.class, CandidateMixIn.class);
    mixIns.put(io.github.peersupport.matching.Candidate.Builder.class, CandidateBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.Contribution.class, ContributionMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.matching.Contribution.class), ContributionBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.CriterionSetting.class, CriterionSettingMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.matching.CriterionSetting.class), CriterionSettingBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.Exclusion.class, ExclusionMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.matching.Exclusion.class), ExclusionBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.MatchResult.class, MatchResultMixIn.class);
    mixIns.put(io.github.peersupport.matching.MatchResult.Builder.class, MatchResultBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.MatchingPolicy.class, MatchingPolicyMixIn.class);
    mixIns.put(io.github.peersupport.matching.MatchingPolicy.Builder.class, MatchingPolicyBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.PeerMatcher.class, PeerMatcherMixIn.class);
    mixIns.put(io.github.peersupport.matching.PeerMatcher.Builder.class, PeerMatcherBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.Actor.class, ActorMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.Actor.Builder.class, ActorBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.BookTransition.class, BookTransitionMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.BookTransition.Builder.class, BookTransitionBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.FollowUpTask.class, FollowUpTaskMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.FollowUpTask.Builder.class, FollowUpTaskBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.FollowUpTimers.class, FollowUpTimersMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.FollowUpTimers.Builder.class, FollowUpTimersBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.Match.class, MatchMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.Match.Builder.class, MatchBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.MatchBook.class, MatchBookMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.MatchBook.Builder.class, MatchBookBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.MatchClosure.class, MatchClosureMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.MatchClosure.Builder.class, MatchClosureBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.MatchEvent.class, MatchEventMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.MatchEvent.Builder.class, MatchEventBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.MatchLifecycle.class, MatchLifecycleMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.MatchLifecycle.Builder.class, MatchLifecycleBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.MatchOffer.class, MatchOfferMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.MatchOffer.Builder.class, MatchOfferBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.MatchRequest.class, MatchRequestMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.MatchRequest.Builder.class, MatchRequestBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.MatchTransition.class, MatchTransitionMixIn.class);
    mixIns.put(io.github.peersupport.matching.lifecycle.MatchTransition.Builder.class, MatchTransitionBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.stable.BuddyPair.class, BuddyPairMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.matching.stable.BuddyPair.class), BuddyPairBuilderMixIn.class);
    mixIns.put(io.github.peersupport.matching.stable.StablePair.class, StablePairMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.matching.stable.StablePair.class), StablePairBuilderMixIn.class);
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
    tuples.add(io.github.peersupport.matching.Contribution.class);
    tuples.add(io.github.peersupport.matching.CriterionSetting.class);
    tuples.add(io.github.peersupport.matching.Exclusion.class);
    tuples.add(io.github.peersupport.matching.stable.BuddyPair.class);
    tuples.add(io.github.peersupport.matching.stable.StablePair.class);
  }

  /** Mix-in of {@link io.github.peersupport.matching.Candidate}. */
  @JsonPropertyOrder({"rank", "supporter", "score", "contributions"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.Candidate.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.matching.Candidate.Builder.class)
  abstract static class CandidateMixIn {
    @JsonProperty("rank")
    abstract Object rank();

    @JsonProperty("supporter")
    abstract Object supporter();

    @JsonProperty("score")
    abstract Object score();

    @JsonProperty("contributions")
    abstract Object contributions();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.Candidate}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class CandidateBuilderMixIn {
    @JsonProperty("rank")
    abstract Object rank(int rank);

    @JsonProperty("supporter")
    abstract Object supporter(io.github.peersupport.core.SupporterId supporter);

    @JsonProperty("score")
    abstract Object score(double score);

    @JsonProperty("contributions")
    abstract Object contributions(java.lang.Iterable<?> contributions);
  }

  /** Mix-in of {@link io.github.peersupport.matching.Contribution}. */
  @JsonPropertyOrder({"criterion", "similarity", "share"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.Contribution.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class ContributionMixIn {
    @JsonProperty("criterion")
    abstract Object criterion();

    @JsonProperty("similarity")
    abstract Object similarity();

    @JsonProperty("share")
    abstract Object share();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.Contribution} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ContributionBuilderMixIn {
    @JsonProperty("criterion")
    abstract Object criterion(io.github.peersupport.matching.Criterion criterion);

    @JsonProperty("similarity")
    abstract Object similarity(double similarity);

    @JsonProperty("share")
    abstract Object share(double share);
  }

  /** Mix-in of {@link io.github.peersupport.matching.CriterionSetting}. */
  @JsonPropertyOrder({"mode", "weight"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.CriterionSetting.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class CriterionSettingMixIn {
    @JsonProperty("mode")
    abstract Object mode();

    @JsonProperty("weight")
    abstract Object weight();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.CriterionSetting} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class CriterionSettingBuilderMixIn {
    @JsonProperty("mode")
    abstract Object mode(io.github.peersupport.matching.CriterionMode mode);

    @JsonProperty("weight")
    abstract Object weight(double weight);
  }

  /** Mix-in of {@link io.github.peersupport.matching.Exclusion}. */
  @JsonPropertyOrder({"supporter", "rule"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.Exclusion.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class ExclusionMixIn {
    @JsonProperty("supporter")
    abstract Object supporter();

    @JsonProperty("rule")
    abstract Object rule();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.Exclusion} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ExclusionBuilderMixIn {
    @JsonProperty("supporter")
    abstract Object supporter(io.github.peersupport.core.SupporterId supporter);

    @JsonProperty("rule")
    abstract Object rule(io.github.peersupport.core.rule.RuleId rule);
  }

  /** Mix-in of {@link io.github.peersupport.matching.MatchResult}. */
  @JsonPropertyOrder({"seeker", "at", "fallback", "candidates", "excluded", "eligible", "noMatchReason"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.MatchResult.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.matching.MatchResult.Builder.class)
  abstract static class MatchResultMixIn {
    @JsonProperty("seeker")
    abstract Object seeker();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("at")
    abstract Object at();

    @JsonProperty("fallback")
    abstract Object fallback();

    @JsonProperty("candidates")
    abstract Object candidates();

    @JsonProperty("excluded")
    abstract Object excluded();

    @JsonProperty("eligible")
    abstract Object eligible();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("noMatchReason")
    abstract Object noMatchReason();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.MatchResult}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class MatchResultBuilderMixIn {
    @JsonProperty("seeker")
    abstract Object seeker(io.github.peersupport.core.SeekerId seeker);

    @JsonProperty("at")
    abstract Object at(java.time.Instant at);

    @JsonProperty("fallback")
    abstract Object fallback(io.github.peersupport.matching.Fallback fallback);

    @JsonProperty("candidates")
    abstract Object candidates(java.lang.Iterable<?> candidates);

    @JsonProperty("excluded")
    abstract Object excluded(java.util.Map<?, ?> excluded);

    @JsonProperty("eligible")
    abstract Object eligible(int eligible);

    @JsonProperty("noMatchReason")
    abstract Object noMatchReason(java.util.Optional<?> noMatchReason);
  }

  /** Mix-in of {@link io.github.peersupport.matching.MatchingPolicy}. */
  @JsonPropertyOrder({"criteria", "minMonthsPastTreatment", "conditionThreshold", "minSharedIssues", "maxAgeGapYears", "maxDistanceKm", "topK", "zone"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.MatchingPolicy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.matching.MatchingPolicy.Builder.class)
  abstract static class MatchingPolicyMixIn {
    @JsonProperty("criteria")
    abstract Object criteria();

    @JsonProperty("minMonthsPastTreatment")
    abstract Object minMonthsPastTreatment();

    @JsonProperty("conditionThreshold")
    abstract Object conditionThreshold();

    @JsonProperty("minSharedIssues")
    abstract Object minSharedIssues();

    @JsonProperty("maxAgeGapYears")
    abstract Object maxAgeGapYears();

    @JsonProperty("maxDistanceKm")
    abstract Object maxDistanceKm();

    @JsonProperty("topK")
    abstract Object topK();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("zone")
    abstract Object zone();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.MatchingPolicy}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class MatchingPolicyBuilderMixIn {
    @JsonProperty("criteria")
    abstract Object criteria(java.util.Map<?, ?> criteria);

    @JsonProperty("minMonthsPastTreatment")
    abstract Object minMonthsPastTreatment(int minMonthsPastTreatment);

    @JsonProperty("conditionThreshold")
    abstract Object conditionThreshold(double conditionThreshold);

    @JsonProperty("minSharedIssues")
    abstract Object minSharedIssues(int minSharedIssues);

    @JsonProperty("maxAgeGapYears")
    abstract Object maxAgeGapYears(int maxAgeGapYears);

    @JsonProperty("maxDistanceKm")
    abstract Object maxDistanceKm(double maxDistanceKm);

    @JsonProperty("topK")
    abstract Object topK(int topK);

    @JsonProperty("zone")
    abstract Object zone(java.time.ZoneId zone);
  }

  /** Mix-in of {@link io.github.peersupport.matching.PeerMatcher}. */
  @JsonPropertyOrder({"policy", "conditions", "treatments"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.PeerMatcher.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.matching.PeerMatcher.Builder.class)
  abstract static class PeerMatcherMixIn {
    @JsonProperty("policy")
    abstract Object policy();

    @JsonProperty("conditions")
    abstract Object conditions();

    @JsonProperty("treatments")
    abstract Object treatments();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.PeerMatcher}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class PeerMatcherBuilderMixIn {
    @JsonProperty("policy")
    abstract Object policy(io.github.peersupport.matching.MatchingPolicy policy);

    @JsonProperty("conditions")
    abstract Object conditions(io.github.peersupport.core.Taxonomy conditions);

    @JsonProperty("treatments")
    abstract Object treatments(io.github.peersupport.core.Taxonomy treatments);
  }

  /** Mix-in of {@link io.github.peersupport.matching.lifecycle.Actor}. */
  @JsonPropertyOrder({"person", "role"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.lifecycle.Actor.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.matching.lifecycle.Actor.Builder.class)
  abstract static class ActorMixIn {
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonSerialize(contentUsing = PersonIdSerializer.class)
    @JsonProperty("person")
    abstract Object person();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("role")
    abstract Object role();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.lifecycle.Actor}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ActorBuilderMixIn {
    @JsonProperty("person")
    abstract Object person(java.util.Optional<?> person);

    @JsonProperty("role")
    abstract Object role(java.util.Optional<?> role);
  }

  /** Mix-in of {@link io.github.peersupport.matching.lifecycle.BookTransition}. */
  @JsonPropertyOrder({"book", "transition"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.lifecycle.BookTransition.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.matching.lifecycle.BookTransition.Builder.class)
  abstract static class BookTransitionMixIn {
    @JsonProperty("book")
    abstract Object book();

    @JsonProperty("transition")
    abstract Object transition();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.lifecycle.BookTransition}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class BookTransitionBuilderMixIn {
    @JsonProperty("book")
    abstract Object book(io.github.peersupport.matching.lifecycle.MatchBook book);

    @JsonProperty("transition")
    abstract Object transition(io.github.peersupport.matching.lifecycle.MatchTransition transition);
  }

  /** Mix-in of {@link io.github.peersupport.matching.lifecycle.FollowUpTask}. */
  @JsonPropertyOrder({"kind", "matchId", "dueAt", "overdueAt"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.lifecycle.FollowUpTask.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.matching.lifecycle.FollowUpTask.Builder.class)
  abstract static class FollowUpTaskMixIn {
    @JsonProperty("kind")
    abstract Object kind();

    @JsonProperty("matchId")
    abstract Object matchId();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("dueAt")
    abstract Object dueAt();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("overdueAt")
    abstract Object overdueAt();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.lifecycle.FollowUpTask}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class FollowUpTaskBuilderMixIn {
    @JsonProperty("kind")
    abstract Object kind(io.github.peersupport.matching.lifecycle.FollowUpKind kind);

    @JsonProperty("matchId")
    abstract Object matchId(io.github.peersupport.core.MatchId matchId);

    @JsonProperty("dueAt")
    abstract Object dueAt(java.time.Instant dueAt);

    @JsonProperty("overdueAt")
    abstract Object overdueAt(java.util.Optional<?> overdueAt);
  }

  /** Mix-in of {@link io.github.peersupport.matching.lifecycle.FollowUpTimers}. */
  @JsonPropertyOrder({"proposalTarget", "firstContactCheck", "firstContactOverdue", "supporterReminder", "contactCadenceWindow", "expectedContacts"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.lifecycle.FollowUpTimers.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.matching.lifecycle.FollowUpTimers.Builder.class)
  abstract static class FollowUpTimersMixIn {
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("proposalTarget")
    abstract Object proposalTarget();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("firstContactCheck")
    abstract Object firstContactCheck();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("firstContactOverdue")
    abstract Object firstContactOverdue();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("supporterReminder")
    abstract Object supporterReminder();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("contactCadenceWindow")
    abstract Object contactCadenceWindow();

    @JsonProperty("expectedContacts")
    abstract Object expectedContacts();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.lifecycle.FollowUpTimers}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class FollowUpTimersBuilderMixIn {
    @JsonProperty("proposalTarget")
    abstract Object proposalTarget(java.time.Duration proposalTarget);

    @JsonProperty("firstContactCheck")
    abstract Object firstContactCheck(java.time.Duration firstContactCheck);

    @JsonProperty("firstContactOverdue")
    abstract Object firstContactOverdue(java.time.Duration firstContactOverdue);

    @JsonProperty("supporterReminder")
    abstract Object supporterReminder(java.time.Duration supporterReminder);

    @JsonProperty("contactCadenceWindow")
    abstract Object contactCadenceWindow(java.time.Duration contactCadenceWindow);

    @JsonProperty("expectedContacts")
    abstract Object expectedContacts(int expectedContacts);
  }

  /** Mix-in of {@link io.github.peersupport.matching.lifecycle.Match}. */
  @JsonPropertyOrder({"id", "request", "status", "statusSince", "lastEventAt", "offers", "acceptedAt", "firstContactAt", "activatedAt", "contacts", "notWorkingReportedAt", "closure"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.lifecycle.Match.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.matching.lifecycle.Match.Builder.class)
  abstract static class MatchMixIn {
    @JsonProperty("id")
    abstract Object id();

    @JsonProperty("request")
    abstract Object request();

    @JsonProperty("status")
    abstract Object status();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("statusSince")
    abstract Object statusSince();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("lastEventAt")
    abstract Object lastEventAt();

    @JsonProperty("offers")
    abstract Object offers();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("acceptedAt")
    abstract Object acceptedAt();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("firstContactAt")
    abstract Object firstContactAt();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("activatedAt")
    abstract Object activatedAt();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("contacts")
    abstract Object contacts();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("notWorkingReportedAt")
    abstract Object notWorkingReportedAt();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("closure")
    abstract Object closure();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.lifecycle.Match}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class MatchBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(io.github.peersupport.core.MatchId id);

    @JsonProperty("request")
    abstract Object request(io.github.peersupport.matching.lifecycle.MatchRequest request);

    @JsonProperty("status")
    abstract Object status(io.github.peersupport.matching.lifecycle.MatchStatus status);

    @JsonProperty("statusSince")
    abstract Object statusSince(java.time.Instant statusSince);

    @JsonProperty("lastEventAt")
    abstract Object lastEventAt(java.time.Instant lastEventAt);

    @JsonProperty("offers")
    abstract Object offers(java.lang.Iterable<?> offers);

    @JsonProperty("acceptedAt")
    abstract Object acceptedAt(java.util.Optional<?> acceptedAt);

    @JsonProperty("firstContactAt")
    abstract Object firstContactAt(java.util.Optional<?> firstContactAt);

    @JsonProperty("activatedAt")
    abstract Object activatedAt(java.util.Optional<?> activatedAt);

    @JsonProperty("contacts")
    abstract Object contacts(java.lang.Iterable<?> contacts);

    @JsonProperty("notWorkingReportedAt")
    abstract Object notWorkingReportedAt(java.util.Optional<?> notWorkingReportedAt);

    @JsonProperty("closure")
    abstract Object closure(java.util.Optional<?> closure);
  }

  /** Mix-in of {@link io.github.peersupport.matching.lifecycle.MatchBook}. */
  @JsonPropertyOrder({"lifecycle", "capacities", "defaultCapacity", "archiveClosed", "version", "matches"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.lifecycle.MatchBook.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.matching.lifecycle.MatchBook.Builder.class)
  abstract static class MatchBookMixIn {
    @JsonProperty("lifecycle")
    abstract Object lifecycle();

    @JsonProperty("capacities")
    abstract Object capacities();

    @JsonProperty("defaultCapacity")
    abstract Object defaultCapacity();

    @JsonProperty("archiveClosed")
    abstract Object archiveClosed();

    @JsonProperty("version")
    abstract Object version();

    @JsonProperty("matches")
    abstract Object matches();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.lifecycle.MatchBook}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class MatchBookBuilderMixIn {
    @JsonProperty("lifecycle")
    abstract Object lifecycle(io.github.peersupport.matching.lifecycle.MatchLifecycle lifecycle);

    @JsonProperty("capacities")
    abstract Object capacities(java.util.Map<?, ?> capacities);

    @JsonProperty("defaultCapacity")
    abstract Object defaultCapacity(int defaultCapacity);

    @JsonProperty("archiveClosed")
    abstract Object archiveClosed(boolean archiveClosed);

    @JsonProperty("version")
    abstract Object version(long version);

    @JsonProperty("matches")
    abstract Object matches(java.util.Map<?, ?> matches);
  }

  /** Mix-in of {@link io.github.peersupport.matching.lifecycle.MatchClosure}. */
  @JsonPropertyOrder({"at", "by", "reason"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.lifecycle.MatchClosure.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.matching.lifecycle.MatchClosure.Builder.class)
  abstract static class MatchClosureMixIn {
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("at")
    abstract Object at();

    @JsonProperty("by")
    abstract Object by();

    @JsonProperty("reason")
    abstract Object reason();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.lifecycle.MatchClosure}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class MatchClosureBuilderMixIn {
    @JsonProperty("at")
    abstract Object at(java.time.Instant at);

    @JsonProperty("by")
    abstract Object by(io.github.peersupport.matching.lifecycle.Actor by);

    @JsonProperty("reason")
    abstract Object reason(io.github.peersupport.matching.lifecycle.CloseReason reason);
  }

  /** Mix-in of {@link io.github.peersupport.matching.lifecycle.MatchEvent}. */
  @JsonPropertyOrder({"type", "matchId", "at", "actor", "reason", "request", "supporter", "closeReason", "consent"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.lifecycle.MatchEvent.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.matching.lifecycle.MatchEvent.Builder.class)
  abstract static class MatchEventMixIn {
    @JsonProperty("type")
    abstract Object type();

    @JsonProperty("matchId")
    abstract Object matchId();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("at")
    abstract Object at();

    @JsonProperty("actor")
    abstract Object actor();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("reason")
    abstract Object reason();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("request")
    abstract Object request();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("supporter")
    abstract Object supporter();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("closeReason")
    abstract Object closeReason();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("consent")
    abstract Object consent();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.lifecycle.MatchEvent}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class MatchEventBuilderMixIn {
    @JsonProperty("type")
    abstract Object type(io.github.peersupport.matching.lifecycle.MatchEventType type);

    @JsonProperty("matchId")
    abstract Object matchId(io.github.peersupport.core.MatchId matchId);

    @JsonProperty("at")
    abstract Object at(java.time.Instant at);

    @JsonProperty("actor")
    abstract Object actor(io.github.peersupport.matching.lifecycle.Actor actor);

    @JsonProperty("reason")
    abstract Object reason(java.util.Optional<?> reason);

    @JsonProperty("request")
    abstract Object request(java.util.Optional<?> request);

    @JsonProperty("supporter")
    abstract Object supporter(java.util.Optional<?> supporter);

    @JsonProperty("closeReason")
    abstract Object closeReason(java.util.Optional<?> closeReason);

    @JsonProperty("consent")
    abstract Object consent(java.util.Optional<?> consent);
  }

  /** Mix-in of {@link io.github.peersupport.matching.lifecycle.MatchLifecycle}. */
  @JsonPropertyOrder({"offerWindow"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.lifecycle.MatchLifecycle.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.matching.lifecycle.MatchLifecycle.Builder.class)
  abstract static class MatchLifecycleMixIn {
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("offerWindow")
    abstract Object offerWindow();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.lifecycle.MatchLifecycle}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class MatchLifecycleBuilderMixIn {
    @JsonProperty("offerWindow")
    abstract Object offerWindow(java.time.Duration offerWindow);
  }

  /** Mix-in of {@link io.github.peersupport.matching.lifecycle.MatchOffer}. */
  @JsonPropertyOrder({"supporter", "offeredAt", "expiresAt"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.lifecycle.MatchOffer.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.matching.lifecycle.MatchOffer.Builder.class)
  abstract static class MatchOfferMixIn {
    @JsonProperty("supporter")
    abstract Object supporter();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("offeredAt")
    abstract Object offeredAt();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("expiresAt")
    abstract Object expiresAt();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.lifecycle.MatchOffer}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class MatchOfferBuilderMixIn {
    @JsonProperty("supporter")
    abstract Object supporter(io.github.peersupport.core.SupporterId supporter);

    @JsonProperty("offeredAt")
    abstract Object offeredAt(java.time.Instant offeredAt);

    @JsonProperty("expiresAt")
    abstract Object expiresAt(java.time.Instant expiresAt);
  }

  /** Mix-in of {@link io.github.peersupport.matching.lifecycle.MatchRequest}. */
  @JsonPropertyOrder({"seeker", "programme", "requestedAt", "candidates", "consent"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.lifecycle.MatchRequest.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.matching.lifecycle.MatchRequest.Builder.class)
  abstract static class MatchRequestMixIn {
    @JsonProperty("seeker")
    abstract Object seeker();

    @JsonProperty("programme")
    abstract Object programme();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("requestedAt")
    abstract Object requestedAt();

    @JsonProperty("candidates")
    abstract Object candidates();

    @JsonProperty("consent")
    abstract Object consent();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.lifecycle.MatchRequest}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class MatchRequestBuilderMixIn {
    @JsonProperty("seeker")
    abstract Object seeker(io.github.peersupport.core.SeekerId seeker);

    @JsonProperty("programme")
    abstract Object programme(io.github.peersupport.core.ProgrammeId programme);

    @JsonProperty("requestedAt")
    abstract Object requestedAt(java.time.Instant requestedAt);

    @JsonProperty("candidates")
    abstract Object candidates(java.lang.Iterable<?> candidates);

    @JsonProperty("consent")
    abstract Object consent(io.github.peersupport.core.consent.ConsentRecord consent);
  }

  /** Mix-in of {@link io.github.peersupport.matching.lifecycle.MatchTransition}. */
  @JsonPropertyOrder({"event", "fromStatus", "match", "offer", "rejectedBy"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.lifecycle.MatchTransition.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.matching.lifecycle.MatchTransition.Builder.class)
  abstract static class MatchTransitionMixIn {
    @JsonProperty("event")
    abstract Object event();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("fromStatus")
    abstract Object fromStatus();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("match")
    abstract Object match();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("offer")
    abstract Object offer();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("rejectedBy")
    abstract Object rejectedBy();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.lifecycle.MatchTransition}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class MatchTransitionBuilderMixIn {
    @JsonProperty("event")
    abstract Object event(io.github.peersupport.matching.lifecycle.MatchEvent event);

    @JsonProperty("fromStatus")
    abstract Object fromStatus(java.util.Optional<?> fromStatus);

    @JsonProperty("match")
    abstract Object match(java.util.Optional<?> match);

    @JsonProperty("offer")
    abstract Object offer(java.util.Optional<?> offer);

    @JsonProperty("rejectedBy")
    abstract Object rejectedBy(java.util.Optional<?> rejectedBy);
  }

  /** Mix-in of {@link io.github.peersupport.matching.stable.BuddyPair}. */
  @JsonPropertyOrder({"first", "second"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.stable.BuddyPair.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class BuddyPairMixIn {
    @JsonProperty("first")
    abstract Object first();

    @JsonProperty("second")
    abstract Object second();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.stable.BuddyPair} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class BuddyPairBuilderMixIn {
    @JsonProperty("first")
    abstract Object first(io.github.peersupport.core.SeekerId first);

    @JsonProperty("second")
    abstract Object second(io.github.peersupport.core.SeekerId second);
  }

  /** Mix-in of {@link io.github.peersupport.matching.stable.StablePair}. */
  @JsonPropertyOrder({"seeker", "supporter"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.matching.stable.StablePair.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class StablePairMixIn {
    @JsonProperty("seeker")
    abstract Object seeker();

    @JsonProperty("supporter")
    abstract Object supporter();
  }

  /** Builder mix-in of {@link io.github.peersupport.matching.stable.StablePair} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class StablePairBuilderMixIn {
    @JsonProperty("seeker")
    abstract Object seeker(io.github.peersupport.core.SeekerId seeker);

    @JsonProperty("supporter")
    abstract Object supporter(io.github.peersupport.core.SupporterId supporter);
  }
}
