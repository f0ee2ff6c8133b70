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
 * Jackson mix-ins of the value types of peer-core: one type mix-in (property names and order,
 * the builder to read with, written as the public type) and one builder mix-in (the one setter
 * overload per property) per type: the public {@code X.Builder}, or for tuple types the generated
 * builder, found at run time by {@link TupleBuilders}. Jackson only ever sees the
 * public types of exported packages, never the package-private generated implementations, so no
 * package needs to be opened on the module path. Values are read through their public builders and
 * factories, so JSON input gets the validation Java input gets. Written by {@code MixInSourceGenerator} from the compiled types;
 * {@code MixInCoverageTest} fails when a value type is added without a mix-in.
 */
final class CoreMixIns {
  private CoreMixIns() {}

  /**
   * Adds the mix-ins, target type to mix-in.
   *
   * @param mixIns the map to fill
   */
  static void mixIns(Map<Class<?>, Class<?>> mixIns) {
    mixIns.put(io.github.peersupport.core.Code.class, CodeMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.core.Code.class), CodeBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.Taxonomy.class, TaxonomyMixIn.class);
    mixIns.put(io.github.peersupport.core.Taxonomy.Builder.class, TaxonomyBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.TaxonomyNode.class, TaxonomyNodeMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.core.TaxonomyNode.class), TaxonomyNodeBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.boundary.BoundaryPolicy.class, BoundaryPolicyMixIn.class);
    mixIns.put(io.github.peersupport.core.boundary.BoundaryPolicy.Builder.class, BoundaryPolicyBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.boundary.BoundaryReport.class, BoundaryReportMixIn.class);
    mixIns.put(io.github.peersupport.core.boundary.BoundaryReport.Builder.class, BoundaryReportBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.boundary.Breach.class, BreachMixIn.class);
    mixIns.put(io.github.peersupport.core.boundary.Breach.Builder.class, BreachBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.boundary.DecertificationReview.class, DecertificationReviewMixIn.class);
    mixIns.put(io.github.peersupport.core.boundary.DecertificationReview.Builder.class, DecertificationReviewBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.boundary.InteractionRecord.class, InteractionRecordMixIn.class);
    mixIns.put(io.github.peersupport.core.boundary.InteractionRecord.Builder.class, InteractionRecordBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.consent.ConfidentialityPolicy.class, ConfidentialityPolicyMixIn.class);
    mixIns.put(io.github.peersupport.core.consent.ConfidentialityPolicy.Builder.class, ConfidentialityPolicyBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.consent.ConsentEvent.class, ConsentEventMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.core.consent.ConsentEvent.class), ConsentEventBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.consent.ConsentRecord.class, ConsentRecordMixIn.class);
    mixIns.put(io.github.peersupport.core.consent.ConsentRecord.Builder.class, ConsentRecordBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.escalation.CssrsAnswers.class, CssrsAnswersMixIn.class);
    mixIns.put(io.github.peersupport.core.escalation.CssrsAnswers.Builder.class, CssrsAnswersBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.escalation.Escalation.class, EscalationMixIn.class);
    mixIns.put(io.github.peersupport.core.escalation.Escalation.Builder.class, EscalationBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.escalation.EscalationDecision.class, EscalationDecisionMixIn.class);
    mixIns.put(io.github.peersupport.core.escalation.EscalationDecision.Builder.class, EscalationDecisionBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.escalation.EscalationPolicy.class, EscalationPolicyMixIn.class);
    mixIns.put(io.github.peersupport.core.escalation.EscalationPolicy.Builder.class, EscalationPolicyBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.escalation.EscalationRule.class, EscalationRuleMixIn.class);
    mixIns.put(io.github.peersupport.core.escalation.EscalationRule.Builder.class, EscalationRuleBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.escalation.Routing.class, RoutingMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.core.escalation.Routing.class), RoutingBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.escalation.Signal.class, SignalMixIn.class);
    mixIns.put(io.github.peersupport.core.escalation.Signal.Builder.class, SignalBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.escalation.Trigger.class, TriggerMixIn.class);
    mixIns.put(io.github.peersupport.core.escalation.Trigger.Builder.class, TriggerBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.lifecycle.Certification.class, CertificationMixIn.class);
    mixIns.put(io.github.peersupport.core.lifecycle.Certification.Builder.class, CertificationBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.lifecycle.LifecycleEvent.class, LifecycleEventMixIn.class);
    mixIns.put(io.github.peersupport.core.lifecycle.LifecycleEvent.Builder.class, LifecycleEventBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.lifecycle.PeerLifecycle.class, PeerLifecycleMixIn.class);
    mixIns.put(io.github.peersupport.core.lifecycle.PeerLifecycle.Builder.class, PeerLifecycleBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.lifecycle.PeerStanding.class, PeerStandingMixIn.class);
    mixIns.put(io.github.peersupport.core.lifecycle.PeerStanding.Builder.class, PeerStandingBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.lifecycle.TrainingRecord.class, TrainingRecordMixIn.class);
    mixIns.put(io.github.peersupport.core.lifecycle.TrainingRecord.Builder.class, TrainingRecordBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.lifecycle.Transition.class, TransitionMixIn.class);
    mixIns.put(io.github.peersupport.core.lifecycle.Transition.Builder.class, TransitionBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.person.Age.class, AgeMixIn.class);
    mixIns.put(io.github.peersupport.core.person.Age.Builder.class, AgeBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.person.Facilitator.class, FacilitatorMixIn.class);
    mixIns.put(io.github.peersupport.core.person.Facilitator.Builder.class, FacilitatorBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.person.Gender.class, GenderMixIn.class);
    mixIns.put(io.github.peersupport.core.person.Gender.Builder.class, GenderBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.person.GeoPoint.class, GeoPointMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.core.person.GeoPoint.class), GeoPointBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.person.LivedExperience.class, LivedExperienceMixIn.class);
    mixIns.put(io.github.peersupport.core.person.LivedExperience.Builder.class, LivedExperienceBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.person.Location.class, LocationMixIn.class);
    mixIns.put(io.github.peersupport.core.person.Location.Builder.class, LocationBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.person.PersonProfile.class, PersonProfileMixIn.class);
    mixIns.put(io.github.peersupport.core.person.PersonProfile.Builder.class, PersonProfileBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.person.Seeker.class, SeekerMixIn.class);
    mixIns.put(io.github.peersupport.core.person.Seeker.Builder.class, SeekerBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.person.SeekerPreferences.class, SeekerPreferencesMixIn.class);
    mixIns.put(io.github.peersupport.core.person.SeekerPreferences.Builder.class, SeekerPreferencesBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.person.Supporter.class, SupporterMixIn.class);
    mixIns.put(io.github.peersupport.core.person.Supporter.Builder.class, SupporterBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.person.TimeWindow.class, TimeWindowMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.core.person.TimeWindow.class), TimeWindowBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.person.WeeklyAvailability.class, WeeklyAvailabilityMixIn.class);
    mixIns.put(io.github.peersupport.core.person.WeeklyAvailability.Builder.class, WeeklyAvailabilityBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.prescription.Adherence.class, AdherenceMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.core.prescription.Adherence.class), AdherenceBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.prescription.GroupPrescription.class, GroupPrescriptionMixIn.class);
    mixIns.put(io.github.peersupport.core.prescription.GroupPrescription.Builder.class, GroupPrescriptionBuilderMixIn.class);
    mixIns.put(io.github.peersupport.core.programme.Programme.class, ProgrammeMixIn.class);
    mixIns.put(io.github.peersupport.core.programme.Programme.Builder.class, ProgrammeBuilderMixIn.class);
  }

  /**
   * Adds the types written as a plain JSON string, with their factory and accessor.
   *
   * @param strings the list to fill
   */
  static void strings(List<StringValue<?>> strings) {
    strings.add(StringValue.of(io.github.peersupport.core.ClinicianId.class, io.github.peersupport.core.ClinicianId::of, io.github.peersupport.core.ClinicianId::value));
    strings.add(StringValue.of(io.github.peersupport.core.FacilitatorId.class, io.github.peersupport.core.FacilitatorId::of, io.github.peersupport.core.FacilitatorId::value));
    strings.add(StringValue.of(io.github.peersupport.core.GroupId.class, io.github.peersupport.core.GroupId::of, io.github.peersupport.core.GroupId::value));
    strings.add(StringValue.of(io.github.peersupport.core.MatchId.class, io.github.peersupport.core.MatchId::of, io.github.peersupport.core.MatchId::value));
    strings.add(StringValue.of(io.github.peersupport.core.ProgrammeId.class, io.github.peersupport.core.ProgrammeId::of, io.github.peersupport.core.ProgrammeId::value));
    strings.add(StringValue.of(io.github.peersupport.core.SeekerId.class, io.github.peersupport.core.SeekerId::of, io.github.peersupport.core.SeekerId::value));
    strings.add(StringValue.of(io.github.peersupport.core.SupporterId.class, io.github.peersupport.core.SupporterId::of, io.github.peersupport.core.SupporterId::value));
    strings.add(StringValue.of(io.github.peersupport.core.Tag.class, io.github.peersupport.core.Tag::of, io.github.peersupport.core.Tag::value));
    strings.add(StringValue.of(io.github.peersupport.core.boundary.InteractionId.class, io.github.peersupport.core.boundary.InteractionId::of, io.github.peersupport.core.boundary.InteractionId::value));
    strings.add(StringValue.of(io.github.peersupport.core.escalation.SignalId.class, io.github.peersupport.core.escalation.SignalId::of, io.github.peersupport.core.escalation.SignalId::value));
    strings.add(StringValue.of(io.github.peersupport.core.person.Language.class, io.github.peersupport.core.person.Language::of, io.github.peersupport.core.person.Language::tag));
    strings.add(StringValue.of(io.github.peersupport.core.rule.RuleId.class, io.github.peersupport.core.rule.RuleId::of, io.github.peersupport.core.rule.RuleId::value));
  }

  /**
   * Adds the tuple types, read through their generated builders ({@link TupleBuilders}).
   *
   * @param tuples the list to fill
   */
  static void tuples(List<Class<?>> tuples) {
    tuples.add(io.github.peersupport.core.Code.class);
    tuples.add(io.github.peersupport.core.TaxonomyNode.class);
    tuples.add(io.github.peersupport.core.consent.ConsentEvent.class);
    tuples.add(io.github.peersupport.core.escalation.Routing.class);
    tuples.add(io.github.peersupport.core.person.GeoPoint.class);
    tuples.add(io.github.peersupport.core.person.TimeWindow.class);
    tuples.add(io.github.peersupport.core.prescription.Adherence.class);
  }

  /** Mix-in of {@link io.github.peersupport.core.Code}. */
  @JsonPropertyOrder({"system", "code", "display"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.Code.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class CodeMixIn {
    @JsonProperty("system")
    abstract Object system();

    @JsonProperty("code")
    abstract Object code();

    @JsonProperty("display")
    abstract Object display();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.Code} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class CodeBuilderMixIn {
    @JsonProperty("system")
    abstract Object system(java.lang.String system);

    @JsonProperty("code")
    abstract Object code(java.lang.String code);

    @JsonProperty("display")
    abstract Object display(java.lang.String display);
  }

  /** Mix-in of {@link io.github.peersupport.core.Taxonomy}. */
  @JsonPropertyOrder({"system", "nodes"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.Taxonomy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.Taxonomy.Builder.class)
  abstract static class TaxonomyMixIn {
    @JsonProperty("system")
    abstract Object system();

    @JsonProperty("nodes")
    abstract Object nodes();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.Taxonomy}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class TaxonomyBuilderMixIn {
    @JsonProperty("system")
    abstract Object system(java.lang.String system);

    @JsonProperty("nodes")
    abstract Object nodes(java.lang.Iterable<?> nodes);
  }

  /** Mix-in of {@link io.github.peersupport.core.TaxonomyNode}. */
  @JsonPropertyOrder({"code", "parent"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.TaxonomyNode.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class TaxonomyNodeMixIn {
    @JsonProperty("code")
    abstract Object code();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("parent")
    abstract Object parent();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.TaxonomyNode} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class TaxonomyNodeBuilderMixIn {
    @JsonProperty("code")
    abstract Object code(io.github.peersupport.core.Code code);

    @JsonProperty("parent")
    abstract Object parent(java.util.Optional<?> parent);
  }

  /** Mix-in of {@link io.github.peersupport.core.boundary.BoundaryPolicy}. */
  @JsonPropertyOrder({"giftLimit", "outsideContact", "contactFrom", "contactUntil", "zone", "maxContactsPerWeek", "seriousBreachesForReview", "breachesForReview", "reviewWindow"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.boundary.BoundaryPolicy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.boundary.BoundaryPolicy.Builder.class)
  abstract static class BoundaryPolicyMixIn {
    @JsonProperty("giftLimit")
    abstract Object giftLimit();

    @JsonProperty("outsideContact")
    abstract Object outsideContact();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("contactFrom")
    abstract Object contactFrom();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("contactUntil")
    abstract Object contactUntil();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("zone")
    abstract Object zone();

    @JsonProperty("maxContactsPerWeek")
    abstract Object maxContactsPerWeek();

    @JsonProperty("seriousBreachesForReview")
    abstract Object seriousBreachesForReview();

    @JsonProperty("breachesForReview")
    abstract Object breachesForReview();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("reviewWindow")
    abstract Object reviewWindow();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.boundary.BoundaryPolicy}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class BoundaryPolicyBuilderMixIn {
    @JsonProperty("giftLimit")
    abstract Object giftLimit(java.math.BigDecimal giftLimit);

    @JsonProperty("outsideContact")
    abstract Object outsideContact(io.github.peersupport.core.boundary.OutsideContact outsideContact);

    @JsonProperty("contactFrom")
    abstract Object contactFrom(java.time.LocalTime contactFrom);

    @JsonProperty("contactUntil")
    abstract Object contactUntil(java.time.LocalTime contactUntil);

    @JsonProperty("zone")
    abstract Object zone(java.time.ZoneId zone);

    @JsonProperty("maxContactsPerWeek")
    abstract Object maxContactsPerWeek(int maxContactsPerWeek);

    @JsonProperty("seriousBreachesForReview")
    abstract Object seriousBreachesForReview(int seriousBreachesForReview);

    @JsonProperty("breachesForReview")
    abstract Object breachesForReview(int breachesForReview);

    @JsonProperty("reviewWindow")
    abstract Object reviewWindow(java.time.Duration reviewWindow);
  }

  /** Mix-in of {@link io.github.peersupport.core.boundary.BoundaryReport}. */
  @JsonPropertyOrder({"breaches", "reviews"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.boundary.BoundaryReport.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.boundary.BoundaryReport.Builder.class)
  abstract static class BoundaryReportMixIn {
    @JsonProperty("breaches")
    abstract Object breaches();

    @JsonProperty("reviews")
    abstract Object reviews();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.boundary.BoundaryReport}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class BoundaryReportBuilderMixIn {
    @JsonProperty("breaches")
    abstract Object breaches(java.lang.Iterable<?> breaches);

    @JsonProperty("reviews")
    abstract Object reviews(java.lang.Iterable<?> reviews);
  }

  /** Mix-in of {@link io.github.peersupport.core.boundary.Breach}. */
  @JsonPropertyOrder({"rule", "peer", "records", "at", "consequences", "serious", "escalationSign"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.boundary.Breach.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.boundary.Breach.Builder.class)
  abstract static class BreachMixIn {
    @JsonProperty("rule")
    abstract Object rule();

    @JsonSerialize(using = PersonIdSerializer.class)
    @JsonProperty("peer")
    abstract Object peer();

    @JsonProperty("records")
    abstract Object records();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("at")
    abstract Object at();

    @JsonProperty("consequences")
    abstract Object consequences();

    @JsonProperty("serious")
    abstract Object serious();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("escalationSign")
    abstract Object escalationSign();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.boundary.Breach}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class BreachBuilderMixIn {
    @JsonProperty("rule")
    abstract Object rule(io.github.peersupport.core.rule.RuleId rule);

    @JsonProperty("peer")
    abstract Object peer(io.github.peersupport.core.PersonId peer);

    @JsonProperty("records")
    abstract Object records(java.lang.Iterable<?> records);

    @JsonProperty("at")
    abstract Object at(java.time.Instant at);

    @JsonProperty("consequences")
    abstract Object consequences(java.lang.Iterable<?> consequences);

    @JsonProperty("serious")
    abstract Object serious(boolean serious);

    @JsonProperty("escalationSign")
    abstract Object escalationSign(java.util.Optional<?> escalationSign);
  }

  /** Mix-in of {@link io.github.peersupport.core.boundary.DecertificationReview}. */
  @JsonPropertyOrder({"peer", "reason", "breaches", "dueAt"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.boundary.DecertificationReview.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.boundary.DecertificationReview.Builder.class)
  abstract static class DecertificationReviewMixIn {
    @JsonSerialize(using = PersonIdSerializer.class)
    @JsonProperty("peer")
    abstract Object peer();

    @JsonProperty("reason")
    abstract Object reason();

    @JsonProperty("breaches")
    abstract Object breaches();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("dueAt")
    abstract Object dueAt();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.boundary.DecertificationReview}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class DecertificationReviewBuilderMixIn {
    @JsonProperty("peer")
    abstract Object peer(io.github.peersupport.core.PersonId peer);

    @JsonProperty("reason")
    abstract Object reason(io.github.peersupport.core.lifecycle.DecertificationReason reason);

    @JsonProperty("breaches")
    abstract Object breaches(java.lang.Iterable<?> breaches);

    @JsonProperty("dueAt")
    abstract Object dueAt(java.time.Instant dueAt);
  }

  /** Mix-in of {@link io.github.peersupport.core.boundary.InteractionRecord}. */
  @JsonPropertyOrder({"id", "peer", "other", "at", "channel", "flags", "giftValue"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.boundary.InteractionRecord.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.boundary.InteractionRecord.Builder.class)
  abstract static class InteractionRecordMixIn {
    @JsonProperty("id")
    abstract Object id();

    @JsonSerialize(using = PersonIdSerializer.class)
    @JsonProperty("peer")
    abstract Object peer();

    @JsonSerialize(using = PersonIdSerializer.class)
    @JsonProperty("other")
    abstract Object other();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("at")
    abstract Object at();

    @JsonProperty("channel")
    abstract Object channel();

    @JsonProperty("flags")
    abstract Object flags();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("giftValue")
    abstract Object giftValue();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.boundary.InteractionRecord}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class InteractionRecordBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(io.github.peersupport.core.boundary.InteractionId id);

    @JsonProperty("peer")
    abstract Object peer(io.github.peersupport.core.PersonId peer);

    @JsonProperty("other")
    abstract Object other(io.github.peersupport.core.PersonId other);

    @JsonProperty("at")
    abstract Object at(java.time.Instant at);

    @JsonProperty("channel")
    abstract Object channel(io.github.peersupport.core.boundary.Channel channel);

    @JsonProperty("flags")
    abstract Object flags(java.lang.Iterable<?> flags);

    @JsonProperty("giftValue")
    abstract Object giftValue(java.util.Optional<?> giftValue);
  }

  /** Mix-in of {@link io.github.peersupport.core.consent.ConfidentialityPolicy}. */
  @JsonPropertyOrder({"limits", "groupCaveatStated"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.consent.ConfidentialityPolicy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.consent.ConfidentialityPolicy.Builder.class)
  abstract static class ConfidentialityPolicyMixIn {
    @JsonProperty("limits")
    abstract Object limits();

    @JsonProperty("groupCaveatStated")
    abstract Object groupCaveatStated();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.consent.ConfidentialityPolicy}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ConfidentialityPolicyBuilderMixIn {
    @JsonProperty("limits")
    abstract Object limits(java.lang.Iterable<?> limits);

    @JsonProperty("groupCaveatStated")
    abstract Object groupCaveatStated(boolean groupCaveatStated);
  }

  /** Mix-in of {@link io.github.peersupport.core.consent.ConsentEvent}. */
  @JsonPropertyOrder({"scope", "action", "at"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.consent.ConsentEvent.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class ConsentEventMixIn {
    @JsonProperty("scope")
    abstract Object scope();

    @JsonProperty("action")
    abstract Object action();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("at")
    abstract Object at();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.consent.ConsentEvent} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ConsentEventBuilderMixIn {
    @JsonProperty("scope")
    abstract Object scope(io.github.peersupport.core.consent.ConsentScope scope);

    @JsonProperty("action")
    abstract Object action(io.github.peersupport.core.consent.ConsentAction action);

    @JsonProperty("at")
    abstract Object at(java.time.Instant at);
  }

  /** Mix-in of {@link io.github.peersupport.core.consent.ConsentRecord}. */
  @JsonPropertyOrder({"events"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.consent.ConsentRecord.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.consent.ConsentRecord.Builder.class)
  abstract static class ConsentRecordMixIn {
    @JsonProperty("events")
    abstract Object events();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.consent.ConsentRecord}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ConsentRecordBuilderMixIn {
    @JsonProperty("events")
    abstract Object events(java.lang.Iterable<?> events);
  }

  /** Mix-in of {@link io.github.peersupport.core.escalation.CssrsAnswers}. */
  @JsonPropertyOrder({"wishToBeDead", "suicidalThoughts", "thoughtsWithMethod", "intent", "planWithIntent", "behaviourInLifetime", "behaviourInPastThreeMonths"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.escalation.CssrsAnswers.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.escalation.CssrsAnswers.Builder.class)
  abstract static class CssrsAnswersMixIn {
    @JsonProperty("wishToBeDead")
    abstract Object wishToBeDead();

    @JsonProperty("suicidalThoughts")
    abstract Object suicidalThoughts();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("thoughtsWithMethod")
    abstract Object thoughtsWithMethod();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("intent")
    abstract Object intent();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("planWithIntent")
    abstract Object planWithIntent();

    @JsonProperty("behaviourInLifetime")
    abstract Object behaviourInLifetime();

    @JsonProperty("behaviourInPastThreeMonths")
    abstract Object behaviourInPastThreeMonths();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.escalation.CssrsAnswers}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class CssrsAnswersBuilderMixIn {
    @JsonProperty("wishToBeDead")
    abstract Object wishToBeDead(boolean wishToBeDead);

    @JsonProperty("suicidalThoughts")
    abstract Object suicidalThoughts(boolean suicidalThoughts);

    @JsonProperty("thoughtsWithMethod")
    abstract Object thoughtsWithMethod(java.util.Optional<?> thoughtsWithMethod);

    @JsonProperty("intent")
    abstract Object intent(java.util.Optional<?> intent);

    @JsonProperty("planWithIntent")
    abstract Object planWithIntent(java.util.Optional<?> planWithIntent);

    @JsonProperty("behaviourInLifetime")
    abstract Object behaviourInLifetime(boolean behaviourInLifetime);

    @JsonProperty("behaviourInPastThreeMonths")
    abstract Object behaviourInPastThreeMonths(boolean behaviourInPastThreeMonths);
  }

  /** Mix-in of {@link io.github.peersupport.core.escalation.Escalation}. */
  @JsonPropertyOrder({"person", "rule", "level", "actions", "targetRoles", "firstSignalAt", "deadline", "evidence", "sharing", "overridingLimit", "notifies"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.escalation.Escalation.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.escalation.Escalation.Builder.class)
  abstract static class EscalationMixIn {
    @JsonSerialize(using = PersonIdSerializer.class)
    @JsonProperty("person")
    abstract Object person();

    @JsonProperty("rule")
    abstract Object rule();

    @JsonProperty("level")
    abstract Object level();

    @JsonProperty("actions")
    abstract Object actions();

    @JsonProperty("targetRoles")
    abstract Object targetRoles();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("firstSignalAt")
    abstract Object firstSignalAt();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("deadline")
    abstract Object deadline();

    @JsonProperty("evidence")
    abstract Object evidence();

    @JsonProperty("sharing")
    abstract Object sharing();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("overridingLimit")
    abstract Object overridingLimit();

    @JsonProperty("notifies")
    abstract Object notifies();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.escalation.Escalation}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class EscalationBuilderMixIn {
    @JsonProperty("person")
    abstract Object person(io.github.peersupport.core.PersonId person);

    @JsonProperty("rule")
    abstract Object rule(io.github.peersupport.core.rule.RuleId rule);

    @JsonProperty("level")
    abstract Object level(io.github.peersupport.core.escalation.Severity level);

    @JsonProperty("actions")
    abstract Object actions(java.lang.Iterable<?> actions);

    @JsonProperty("targetRoles")
    abstract Object targetRoles(java.lang.Iterable<?> targetRoles);

    @JsonProperty("firstSignalAt")
    abstract Object firstSignalAt(java.time.Instant firstSignalAt);

    @JsonProperty("deadline")
    abstract Object deadline(java.time.Instant deadline);

    @JsonProperty("evidence")
    abstract Object evidence(java.lang.Iterable<?> evidence);

    @JsonProperty("sharing")
    abstract Object sharing(io.github.peersupport.core.escalation.SharingBasis sharing);

    @JsonProperty("overridingLimit")
    abstract Object overridingLimit(java.util.Optional<?> overridingLimit);

    @JsonProperty("notifies")
    abstract Object notifies(boolean notifies);
  }

  /** Mix-in of {@link io.github.peersupport.core.escalation.EscalationDecision}. */
  @JsonPropertyOrder({"evaluatedAt", "escalations", "crisisResources"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.escalation.EscalationDecision.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.escalation.EscalationDecision.Builder.class)
  abstract static class EscalationDecisionMixIn {
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("evaluatedAt")
    abstract Object evaluatedAt();

    @JsonProperty("escalations")
    abstract Object escalations();

    @JsonProperty("crisisResources")
    abstract Object crisisResources();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.escalation.EscalationDecision}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class EscalationDecisionBuilderMixIn {
    @JsonProperty("evaluatedAt")
    abstract Object evaluatedAt(java.time.Instant evaluatedAt);

    @JsonProperty("escalations")
    abstract Object escalations(java.lang.Iterable<?> escalations);

    @JsonProperty("crisisResources")
    abstract Object crisisResources(java.lang.Iterable<?> crisisResources);
  }

  /** Mix-in of {@link io.github.peersupport.core.escalation.EscalationPolicy}. */
  @JsonPropertyOrder({"rules", "routing", "dedupeWindow", "confidentiality", "crisisResources"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.escalation.EscalationPolicy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.escalation.EscalationPolicy.Builder.class)
  abstract static class EscalationPolicyMixIn {
    @JsonProperty("rules")
    abstract Object rules();

    @JsonProperty("routing")
    abstract Object routing();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("dedupeWindow")
    abstract Object dedupeWindow();

    @JsonProperty("confidentiality")
    abstract Object confidentiality();

    @JsonProperty("crisisResources")
    abstract Object crisisResources();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.escalation.EscalationPolicy}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class EscalationPolicyBuilderMixIn {
    @JsonProperty("rules")
    abstract Object rules(java.lang.Iterable<?> rules);

    @JsonProperty("routing")
    abstract Object routing(java.util.Map<?, ?> routing);

    @JsonProperty("dedupeWindow")
    abstract Object dedupeWindow(java.time.Duration dedupeWindow);

    @JsonProperty("confidentiality")
    abstract Object confidentiality(io.github.peersupport.core.consent.ConfidentialityPolicy confidentiality);

    @JsonProperty("crisisResources")
    abstract Object crisisResources(java.lang.Iterable<?> crisisResources);
  }

  /** Mix-in of {@link io.github.peersupport.core.escalation.EscalationRule}. */
  @JsonPropertyOrder({"id", "trigger", "level", "actions", "targetRoles", "deadline", "confidentialityLimit"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.escalation.EscalationRule.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.escalation.EscalationRule.Builder.class)
  abstract static class EscalationRuleMixIn {
    @JsonProperty("id")
    abstract Object id();

    @JsonProperty("trigger")
    abstract Object trigger();

    @JsonProperty("level")
    abstract Object level();

    @JsonProperty("actions")
    abstract Object actions();

    @JsonProperty("targetRoles")
    abstract Object targetRoles();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("deadline")
    abstract Object deadline();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("confidentialityLimit")
    abstract Object confidentialityLimit();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.escalation.EscalationRule}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class EscalationRuleBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(io.github.peersupport.core.rule.RuleId id);

    @JsonProperty("trigger")
    abstract Object trigger(io.github.peersupport.core.escalation.Trigger trigger);

    @JsonProperty("level")
    abstract Object level(io.github.peersupport.core.escalation.Severity level);

    @JsonProperty("actions")
    abstract Object actions(java.lang.Iterable<?> actions);

    @JsonProperty("targetRoles")
    abstract Object targetRoles(java.lang.Iterable<?> targetRoles);

    @JsonProperty("deadline")
    abstract Object deadline(java.util.Optional<?> deadline);

    @JsonProperty("confidentialityLimit")
    abstract Object confidentialityLimit(java.util.Optional<?> confidentialityLimit);
  }

  /** Mix-in of {@link io.github.peersupport.core.escalation.Routing}. */
  @JsonPropertyOrder({"roles", "deadline"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.escalation.Routing.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class RoutingMixIn {
    @JsonProperty("roles")
    abstract Object roles();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("deadline")
    abstract Object deadline();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.escalation.Routing} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class RoutingBuilderMixIn {
    @JsonProperty("roles")
    abstract Object roles(java.lang.Iterable<?> roles);

    @JsonProperty("deadline")
    abstract Object deadline(java.time.Duration deadline);
  }

  /** Mix-in of {@link io.github.peersupport.core.escalation.Signal}. */
  @JsonPropertyOrder({"id", "person", "observer", "at", "kind", "answers", "cssrs", "sign", "disclosure", "label", "declaredSeverity"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.escalation.Signal.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.escalation.Signal.Builder.class)
  abstract static class SignalMixIn {
    @JsonProperty("id")
    abstract Object id();

    @JsonSerialize(using = PersonIdSerializer.class)
    @JsonProperty("person")
    abstract Object person();

    @JsonProperty("observer")
    abstract Object observer();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("at")
    abstract Object at();

    @JsonProperty("kind")
    abstract Object kind();

    @JsonProperty("answers")
    abstract Object answers();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("cssrs")
    abstract Object cssrs();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("sign")
    abstract Object sign();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("disclosure")
    abstract Object disclosure();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("label")
    abstract Object label();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("declaredSeverity")
    abstract Object declaredSeverity();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.escalation.Signal}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class SignalBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(io.github.peersupport.core.escalation.SignalId id);

    @JsonProperty("person")
    abstract Object person(io.github.peersupport.core.PersonId person);

    @JsonProperty("observer")
    abstract Object observer(io.github.peersupport.core.escalation.Observer observer);

    @JsonProperty("at")
    abstract Object at(java.time.Instant at);

    @JsonProperty("kind")
    abstract Object kind(io.github.peersupport.core.escalation.SignalKind kind);

    @JsonProperty("answers")
    abstract Object answers(java.lang.Iterable<?> answers);

    @JsonProperty("cssrs")
    abstract Object cssrs(java.util.Optional<?> cssrs);

    @JsonProperty("sign")
    abstract Object sign(java.util.Optional<?> sign);

    @JsonProperty("disclosure")
    abstract Object disclosure(java.util.Optional<?> disclosure);

    @JsonProperty("label")
    abstract Object label(java.util.Optional<?> label);

    @JsonProperty("declaredSeverity")
    abstract Object declaredSeverity(java.util.Optional<?> declaredSeverity);
  }

  /** Mix-in of {@link io.github.peersupport.core.escalation.Trigger}. */
  @JsonPropertyOrder({"kind", "min", "max", "risk", "sign", "disclosure", "declared"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.escalation.Trigger.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.escalation.Trigger.Builder.class)
  abstract static class TriggerMixIn {
    @JsonProperty("kind")
    abstract Object kind();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("min")
    abstract Object min();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("max")
    abstract Object max();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("risk")
    abstract Object risk();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("sign")
    abstract Object sign();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("disclosure")
    abstract Object disclosure();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("declared")
    abstract Object declared();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.escalation.Trigger}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class TriggerBuilderMixIn {
    @JsonProperty("kind")
    abstract Object kind(io.github.peersupport.core.escalation.TriggerKind kind);

    @JsonProperty("min")
    abstract Object min(java.util.Optional<?> min);

    @JsonProperty("max")
    abstract Object max(java.util.Optional<?> max);

    @JsonProperty("risk")
    abstract Object risk(java.util.Optional<?> risk);

    @JsonProperty("sign")
    abstract Object sign(java.util.Optional<?> sign);

    @JsonProperty("disclosure")
    abstract Object disclosure(java.util.Optional<?> disclosure);

    @JsonProperty("declared")
    abstract Object declared(java.util.Optional<?> declared);
  }

  /** Mix-in of {@link io.github.peersupport.core.lifecycle.Certification}. */
  @JsonPropertyOrder({"kind", "issuedAt", "expiresAt"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.lifecycle.Certification.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.lifecycle.Certification.Builder.class)
  abstract static class CertificationMixIn {
    @JsonProperty("kind")
    abstract Object kind();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("issuedAt")
    abstract Object issuedAt();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("expiresAt")
    abstract Object expiresAt();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.lifecycle.Certification}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class CertificationBuilderMixIn {
    @JsonProperty("kind")
    abstract Object kind(io.github.peersupport.core.Tag kind);

    @JsonProperty("issuedAt")
    abstract Object issuedAt(java.time.Instant issuedAt);

    @JsonProperty("expiresAt")
    abstract Object expiresAt(java.util.Optional<?> expiresAt);
  }

  /** Mix-in of {@link io.github.peersupport.core.lifecycle.LifecycleEvent}. */
  @JsonPropertyOrder({"type", "at", "training", "certification", "pauseReason", "decertificationReason"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.lifecycle.LifecycleEvent.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.lifecycle.LifecycleEvent.Builder.class)
  abstract static class LifecycleEventMixIn {
    @JsonProperty("type")
    abstract Object type();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("at")
    abstract Object at();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("training")
    abstract Object training();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("certification")
    abstract Object certification();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("pauseReason")
    abstract Object pauseReason();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("decertificationReason")
    abstract Object decertificationReason();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.lifecycle.LifecycleEvent}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class LifecycleEventBuilderMixIn {
    @JsonProperty("type")
    abstract Object type(io.github.peersupport.core.lifecycle.LifecycleEventType type);

    @JsonProperty("at")
    abstract Object at(java.time.Instant at);

    @JsonProperty("training")
    abstract Object training(java.util.Optional<?> training);

    @JsonProperty("certification")
    abstract Object certification(java.util.Optional<?> certification);

    @JsonProperty("pauseReason")
    abstract Object pauseReason(java.util.Optional<?> pauseReason);

    @JsonProperty("decertificationReason")
    abstract Object decertificationReason(java.util.Optional<?> decertificationReason);
  }

  /** Mix-in of {@link io.github.peersupport.core.lifecycle.PeerLifecycle}. */
  @JsonPropertyOrder({"requiredCourses"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.lifecycle.PeerLifecycle.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.lifecycle.PeerLifecycle.Builder.class)
  abstract static class PeerLifecycleMixIn {
    @JsonProperty("requiredCourses")
    abstract Object requiredCourses();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.lifecycle.PeerLifecycle}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class PeerLifecycleBuilderMixIn {
    @JsonProperty("requiredCourses")
    abstract Object requiredCourses(java.lang.Iterable<?> requiredCourses);
  }

  /** Mix-in of {@link io.github.peersupport.core.lifecycle.PeerStanding}. */
  @JsonPropertyOrder({"status", "trainings", "certifications", "codeOfConductSignedAt", "boundaryReviewOpen", "pauseReason", "decertificationReason", "lastEventAt"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.lifecycle.PeerStanding.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.lifecycle.PeerStanding.Builder.class)
  abstract static class PeerStandingMixIn {
    @JsonProperty("status")
    abstract Object status();

    @JsonProperty("trainings")
    abstract Object trainings();

    @JsonProperty("certifications")
    abstract Object certifications();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("codeOfConductSignedAt")
    abstract Object codeOfConductSignedAt();

    @JsonProperty("boundaryReviewOpen")
    abstract Object boundaryReviewOpen();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("pauseReason")
    abstract Object pauseReason();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("decertificationReason")
    abstract Object decertificationReason();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("lastEventAt")
    abstract Object lastEventAt();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.lifecycle.PeerStanding}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class PeerStandingBuilderMixIn {
    @JsonProperty("status")
    abstract Object status(io.github.peersupport.core.lifecycle.PeerStatus status);

    @JsonProperty("trainings")
    abstract Object trainings(java.lang.Iterable<?> trainings);

    @JsonProperty("certifications")
    abstract Object certifications(java.lang.Iterable<?> certifications);

    @JsonProperty("codeOfConductSignedAt")
    abstract Object codeOfConductSignedAt(java.util.Optional<?> codeOfConductSignedAt);

    @JsonProperty("boundaryReviewOpen")
    abstract Object boundaryReviewOpen(boolean boundaryReviewOpen);

    @JsonProperty("pauseReason")
    abstract Object pauseReason(java.util.Optional<?> pauseReason);

    @JsonProperty("decertificationReason")
    abstract Object decertificationReason(java.util.Optional<?> decertificationReason);

    @JsonProperty("lastEventAt")
    abstract Object lastEventAt(java.util.Optional<?> lastEventAt);
  }

  /** Mix-in of {@link io.github.peersupport.core.lifecycle.TrainingRecord}. */
  @JsonPropertyOrder({"course", "completedAt", "competencyConfirmed"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.lifecycle.TrainingRecord.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.lifecycle.TrainingRecord.Builder.class)
  abstract static class TrainingRecordMixIn {
    @JsonProperty("course")
    abstract Object course();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("completedAt")
    abstract Object completedAt();

    @JsonProperty("competencyConfirmed")
    abstract Object competencyConfirmed();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.lifecycle.TrainingRecord}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class TrainingRecordBuilderMixIn {
    @JsonProperty("course")
    abstract Object course(io.github.peersupport.core.Tag course);

    @JsonProperty("completedAt")
    abstract Object completedAt(java.time.Instant completedAt);

    @JsonProperty("competencyConfirmed")
    abstract Object competencyConfirmed(boolean competencyConfirmed);
  }

  /** Mix-in of {@link io.github.peersupport.core.lifecycle.Transition}. */
  @JsonPropertyOrder({"event", "fromStatus", "standing", "rejectedBy"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.lifecycle.Transition.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.lifecycle.Transition.Builder.class)
  abstract static class TransitionMixIn {
    @JsonProperty("event")
    abstract Object event();

    @JsonProperty("fromStatus")
    abstract Object fromStatus();

    @JsonProperty("standing")
    abstract Object standing();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("rejectedBy")
    abstract Object rejectedBy();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.lifecycle.Transition}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class TransitionBuilderMixIn {
    @JsonProperty("event")
    abstract Object event(io.github.peersupport.core.lifecycle.LifecycleEvent event);

    @JsonProperty("fromStatus")
    abstract Object fromStatus(io.github.peersupport.core.lifecycle.PeerStatus fromStatus);

    @JsonProperty("standing")
    abstract Object standing(io.github.peersupport.core.lifecycle.PeerStanding standing);

    @JsonProperty("rejectedBy")
    abstract Object rejectedBy(java.util.Optional<?> rejectedBy);
  }

  /** Mix-in of {@link io.github.peersupport.core.person.Age}. */
  @JsonPropertyOrder({"earliestBirthYear", "latestBirthYear"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.person.Age.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.person.Age.Builder.class)
  abstract static class AgeMixIn {
    @JsonProperty("earliestBirthYear")
    abstract Object earliestBirthYear();

    @JsonProperty("latestBirthYear")
    abstract Object latestBirthYear();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.person.Age}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class AgeBuilderMixIn {
    @JsonProperty("earliestBirthYear")
    abstract Object earliestBirthYear(int earliestBirthYear);

    @JsonProperty("latestBirthYear")
    abstract Object latestBirthYear(int latestBirthYear);
  }

  /** Mix-in of {@link io.github.peersupport.core.person.Facilitator}. */
  @JsonPropertyOrder({"id", "engagement", "experience", "profile", "standing"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.person.Facilitator.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.person.Facilitator.Builder.class)
  abstract static class FacilitatorMixIn {
    @JsonProperty("id")
    abstract Object id();

    @JsonProperty("engagement")
    abstract Object engagement();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("experience")
    abstract Object experience();

    @JsonProperty("profile")
    abstract Object profile();

    @JsonProperty("standing")
    abstract Object standing();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.person.Facilitator}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class FacilitatorBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(io.github.peersupport.core.FacilitatorId id);

    @JsonProperty("engagement")
    abstract Object engagement(io.github.peersupport.core.person.Engagement engagement);

    @JsonProperty("experience")
    abstract Object experience(java.util.Optional<?> experience);

    @JsonProperty("profile")
    abstract Object profile(io.github.peersupport.core.person.PersonProfile profile);

    @JsonProperty("standing")
    abstract Object standing(io.github.peersupport.core.lifecycle.PeerStanding standing);
  }

  /** Mix-in of {@link io.github.peersupport.core.person.Gender}. */
  @JsonPropertyOrder({"identity", "selfDescription"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.person.Gender.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.person.Gender.Builder.class)
  abstract static class GenderMixIn {
    @JsonProperty("identity")
    abstract Object identity();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("selfDescription")
    abstract Object selfDescription();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.person.Gender}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class GenderBuilderMixIn {
    @JsonProperty("identity")
    abstract Object identity(io.github.peersupport.core.person.GenderIdentity identity);

    @JsonProperty("selfDescription")
    abstract Object selfDescription(java.util.Optional<?> selfDescription);
  }

  /** Mix-in of {@link io.github.peersupport.core.person.GeoPoint}. */
  @JsonPropertyOrder({"latitude", "longitude"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.person.GeoPoint.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class GeoPointMixIn {
    @JsonProperty("latitude")
    abstract Object latitude();

    @JsonProperty("longitude")
    abstract Object longitude();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.person.GeoPoint} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class GeoPointBuilderMixIn {
    @JsonProperty("latitude")
    abstract Object latitude(double latitude);

    @JsonProperty("longitude")
    abstract Object longitude(double longitude);
  }

  /** Mix-in of {@link io.github.peersupport.core.person.LivedExperience}. */
  @JsonPropertyOrder({"role", "relationship", "conditions", "treatments", "sideEffects", "issues", "diagnosedOn", "treatmentEndedOn", "onMaintenanceTherapy"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.person.LivedExperience.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.person.LivedExperience.Builder.class)
  abstract static class LivedExperienceMixIn {
    @JsonProperty("role")
    abstract Object role();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("relationship")
    abstract Object relationship();

    @JsonProperty("conditions")
    abstract Object conditions();

    @JsonProperty("treatments")
    abstract Object treatments();

    @JsonProperty("sideEffects")
    abstract Object sideEffects();

    @JsonProperty("issues")
    abstract Object issues();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("diagnosedOn")
    abstract Object diagnosedOn();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("treatmentEndedOn")
    abstract Object treatmentEndedOn();

    @JsonProperty("onMaintenanceTherapy")
    abstract Object onMaintenanceTherapy();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.person.LivedExperience}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class LivedExperienceBuilderMixIn {
    @JsonProperty("role")
    abstract Object role(io.github.peersupport.core.person.ExperienceRole role);

    @JsonProperty("relationship")
    abstract Object relationship(java.util.Optional<?> relationship);

    @JsonProperty("conditions")
    abstract Object conditions(java.lang.Iterable<?> conditions);

    @JsonProperty("treatments")
    abstract Object treatments(java.lang.Iterable<?> treatments);

    @JsonProperty("sideEffects")
    abstract Object sideEffects(java.lang.Iterable<?> sideEffects);

    @JsonProperty("issues")
    abstract Object issues(java.lang.Iterable<?> issues);

    @JsonProperty("diagnosedOn")
    abstract Object diagnosedOn(java.util.Optional<?> diagnosedOn);

    @JsonProperty("treatmentEndedOn")
    abstract Object treatmentEndedOn(java.util.Optional<?> treatmentEndedOn);

    @JsonProperty("onMaintenanceTherapy")
    abstract Object onMaintenanceTherapy(boolean onMaintenanceTherapy);
  }

  /** Mix-in of {@link io.github.peersupport.core.person.Location}. */
  @JsonPropertyOrder({"region", "point"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.person.Location.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.person.Location.Builder.class)
  abstract static class LocationMixIn {
    @JsonProperty("region")
    abstract Object region();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("point")
    abstract Object point();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.person.Location}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class LocationBuilderMixIn {
    @JsonProperty("region")
    abstract Object region(io.github.peersupport.core.Tag region);

    @JsonProperty("point")
    abstract Object point(java.util.Optional<?> point);
  }

  /** Mix-in of {@link io.github.peersupport.core.person.PersonProfile}. */
  @JsonPropertyOrder({"age", "gender", "languages", "cultures", "location", "modalities", "availability"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.person.PersonProfile.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.person.PersonProfile.Builder.class)
  abstract static class PersonProfileMixIn {
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("age")
    abstract Object age();

    @JsonProperty("gender")
    abstract Object gender();

    @JsonProperty("languages")
    abstract Object languages();

    @JsonProperty("cultures")
    abstract Object cultures();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("location")
    abstract Object location();

    @JsonProperty("modalities")
    abstract Object modalities();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("availability")
    abstract Object availability();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.person.PersonProfile}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class PersonProfileBuilderMixIn {
    @JsonProperty("age")
    abstract Object age(java.util.Optional<?> age);

    @JsonProperty("gender")
    abstract Object gender(io.github.peersupport.core.person.Gender gender);

    @JsonProperty("languages")
    abstract Object languages(java.lang.Iterable<?> languages);

    @JsonProperty("cultures")
    abstract Object cultures(java.lang.Iterable<?> cultures);

    @JsonProperty("location")
    abstract Object location(java.util.Optional<?> location);

    @JsonProperty("modalities")
    abstract Object modalities(java.lang.Iterable<?> modalities);

    @JsonProperty("availability")
    abstract Object availability(java.util.Optional<?> availability);
  }

  /** Mix-in of {@link io.github.peersupport.core.person.Seeker}. */
  @JsonPropertyOrder({"id", "experience", "profile", "preferences", "consent"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.person.Seeker.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.person.Seeker.Builder.class)
  abstract static class SeekerMixIn {
    @JsonProperty("id")
    abstract Object id();

    @JsonProperty("experience")
    abstract Object experience();

    @JsonProperty("profile")
    abstract Object profile();

    @JsonProperty("preferences")
    abstract Object preferences();

    @JsonProperty("consent")
    abstract Object consent();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.person.Seeker}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class SeekerBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(io.github.peersupport.core.SeekerId id);

    @JsonProperty("experience")
    abstract Object experience(io.github.peersupport.core.person.LivedExperience experience);

    @JsonProperty("profile")
    abstract Object profile(io.github.peersupport.core.person.PersonProfile profile);

    @JsonProperty("preferences")
    abstract Object preferences(io.github.peersupport.core.person.SeekerPreferences preferences);

    @JsonProperty("consent")
    abstract Object consent(io.github.peersupport.core.consent.ConsentRecord consent);
  }

  /** Mix-in of {@link io.github.peersupport.core.person.SeekerPreferences}. */
  @JsonPropertyOrder({"sameGender", "sameLanguage", "closeInAge", "sameCulture", "maxAgeGapYears"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.person.SeekerPreferences.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.person.SeekerPreferences.Builder.class)
  abstract static class SeekerPreferencesMixIn {
    @JsonProperty("sameGender")
    abstract Object sameGender();

    @JsonProperty("sameLanguage")
    abstract Object sameLanguage();

    @JsonProperty("closeInAge")
    abstract Object closeInAge();

    @JsonProperty("sameCulture")
    abstract Object sameCulture();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("maxAgeGapYears")
    abstract Object maxAgeGapYears();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.person.SeekerPreferences}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class SeekerPreferencesBuilderMixIn {
    @JsonProperty("sameGender")
    abstract Object sameGender(io.github.peersupport.core.person.Preference sameGender);

    @JsonProperty("sameLanguage")
    abstract Object sameLanguage(io.github.peersupport.core.person.Preference sameLanguage);

    @JsonProperty("closeInAge")
    abstract Object closeInAge(io.github.peersupport.core.person.Preference closeInAge);

    @JsonProperty("sameCulture")
    abstract Object sameCulture(io.github.peersupport.core.person.Preference sameCulture);

    @JsonProperty("maxAgeGapYears")
    abstract Object maxAgeGapYears(java.util.Optional<?> maxAgeGapYears);
  }

  /** Mix-in of {@link io.github.peersupport.core.person.Supporter}. */
  @JsonPropertyOrder({"id", "experience", "profile", "capacity", "standing", "activeMatches"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.person.Supporter.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.person.Supporter.Builder.class)
  abstract static class SupporterMixIn {
    @JsonProperty("id")
    abstract Object id();

    @JsonProperty("experience")
    abstract Object experience();

    @JsonProperty("profile")
    abstract Object profile();

    @JsonProperty("capacity")
    abstract Object capacity();

    @JsonProperty("standing")
    abstract Object standing();

    @JsonProperty("activeMatches")
    abstract Object activeMatches();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.person.Supporter}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class SupporterBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(io.github.peersupport.core.SupporterId id);

    @JsonProperty("experience")
    abstract Object experience(io.github.peersupport.core.person.LivedExperience experience);

    @JsonProperty("profile")
    abstract Object profile(io.github.peersupport.core.person.PersonProfile profile);

    @JsonProperty("capacity")
    abstract Object capacity(int capacity);

    @JsonProperty("standing")
    abstract Object standing(io.github.peersupport.core.lifecycle.PeerStanding standing);

    @JsonProperty("activeMatches")
    abstract Object activeMatches(int activeMatches);
  }

  /** Mix-in of {@link io.github.peersupport.core.person.TimeWindow}. */
  @JsonPropertyOrder({"day", "start", "end"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.person.TimeWindow.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class TimeWindowMixIn {
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("day")
    abstract Object day();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("start")
    abstract Object start();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("end")
    abstract Object end();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.person.TimeWindow} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class TimeWindowBuilderMixIn {
    @JsonProperty("day")
    abstract Object day(java.time.DayOfWeek day);

    @JsonProperty("start")
    abstract Object start(java.time.LocalTime start);

    @JsonProperty("end")
    abstract Object end(java.time.LocalTime end);
  }

  /** Mix-in of {@link io.github.peersupport.core.person.WeeklyAvailability}. */
  @JsonPropertyOrder({"zone", "windows"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.person.WeeklyAvailability.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.person.WeeklyAvailability.Builder.class)
  abstract static class WeeklyAvailabilityMixIn {
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("zone")
    abstract Object zone();

    @JsonProperty("windows")
    abstract Object windows();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.person.WeeklyAvailability}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class WeeklyAvailabilityBuilderMixIn {
    @JsonProperty("zone")
    abstract Object zone(java.time.ZoneId zone);

    @JsonProperty("windows")
    abstract Object windows(java.lang.Iterable<?> windows);
  }

  /** Mix-in of {@link io.github.peersupport.core.prescription.Adherence}. */
  @JsonPropertyOrder({"attended", "expected"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.prescription.Adherence.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class AdherenceMixIn {
    @JsonProperty("attended")
    abstract Object attended();

    @JsonProperty("expected")
    abstract Object expected();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.prescription.Adherence} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class AdherenceBuilderMixIn {
    @JsonProperty("attended")
    abstract Object attended(int attended);

    @JsonProperty("expected")
    abstract Object expected(int expected);
  }

  /** Mix-in of {@link io.github.peersupport.core.prescription.GroupPrescription}. */
  @JsonPropertyOrder({"seeker", "group", "prescriber", "sessionsPerPeriod", "period", "duration", "mode", "start"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.prescription.GroupPrescription.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.prescription.GroupPrescription.Builder.class)
  abstract static class GroupPrescriptionMixIn {
    @JsonProperty("seeker")
    abstract Object seeker();

    @JsonProperty("group")
    abstract Object group();

    @JsonProperty("prescriber")
    abstract Object prescriber();

    @JsonProperty("sessionsPerPeriod")
    abstract Object sessionsPerPeriod();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("period")
    abstract Object period();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("duration")
    abstract Object duration();

    @JsonProperty("mode")
    abstract Object mode();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("start")
    abstract Object start();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.prescription.GroupPrescription}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class GroupPrescriptionBuilderMixIn {
    @JsonProperty("seeker")
    abstract Object seeker(io.github.peersupport.core.SeekerId seeker);

    @JsonProperty("group")
    abstract Object group(io.github.peersupport.core.GroupId group);

    @JsonProperty("prescriber")
    abstract Object prescriber(io.github.peersupport.core.ClinicianId prescriber);

    @JsonProperty("sessionsPerPeriod")
    abstract Object sessionsPerPeriod(int sessionsPerPeriod);

    @JsonProperty("period")
    abstract Object period(java.time.Period period);

    @JsonProperty("duration")
    abstract Object duration(java.time.Period duration);

    @JsonProperty("mode")
    abstract Object mode(io.github.peersupport.core.prescription.PrescriptionMode mode);

    @JsonProperty("start")
    abstract Object start(java.time.LocalDate start);
  }

  /** Mix-in of {@link io.github.peersupport.core.programme.Programme}. */
  @JsonPropertyOrder({"id", "name", "deliveryModels", "setting", "conditionsServed", "rolesServed", "languages", "zone"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.core.programme.Programme.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.core.programme.Programme.Builder.class)
  abstract static class ProgrammeMixIn {
    @JsonProperty("id")
    abstract Object id();

    @JsonProperty("name")
    abstract Object name();

    @JsonProperty("deliveryModels")
    abstract Object deliveryModels();

    @JsonProperty("setting")
    abstract Object setting();

    @JsonProperty("conditionsServed")
    abstract Object conditionsServed();

    @JsonProperty("rolesServed")
    abstract Object rolesServed();

    @JsonProperty("languages")
    abstract Object languages();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("zone")
    abstract Object zone();
  }

  /** Builder mix-in of {@link io.github.peersupport.core.programme.Programme}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ProgrammeBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(io.github.peersupport.core.ProgrammeId id);

    @JsonProperty("name")
    abstract Object name(java.lang.String name);

    @JsonProperty("deliveryModels")
    abstract Object deliveryModels(java.lang.Iterable<?> deliveryModels);

    @JsonProperty("setting")
    abstract Object setting(io.github.peersupport.core.programme.ProgrammeSetting setting);

    @JsonProperty("conditionsServed")
    abstract Object conditionsServed(java.lang.Iterable<?> conditionsServed);

    @JsonProperty("rolesServed")
    abstract Object rolesServed(java.lang.Iterable<?> rolesServed);

    @JsonProperty("languages")
    abstract Object languages(java.lang.Iterable<?> languages);

    @JsonProperty("zone")
    abstract Object zone(java.time.ZoneId zone);
  }
}
