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
 * Jackson mix-ins of the value types of peer-groups: one type mix-in (property names and order,
 * the builder to read with, written as the public type) and one builder mix-in (the one setter
 * overload per property) per type: the public {@code X.Builder}, or for tuple types the generated
 * builder, found at run time by {@link TupleBuilders}. Jackson only ever sees the
 * public types of exported packages, never the package-private generated implementations, so no
 * package needs to be opened on the module path. Values are read through their public builders and
 * factories, so JSON input gets the validation Java input gets. Written by {@code MixInSourceGenerator} from the compiled types;
 * {@code MixInCoverageTest} fails when a value type is added without a mix-in.
 */
final class GroupsMixIns {
  private GroupsMixIns() {}

  /**
   * Adds the mix-ins, target type to mix-in.
   *
   * @param mixIns the map to fill
   */
  static void mixIns(Map<Class<?>, Class<?>> mixIns) {
    mixIns.put(io.github.peersupport.groups.Admission.class, AdmissionMixIn.class);
    mixIns.put(io.github.peersupport.groups.Admission.Builder.class, AdmissionBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.CatalogueEntry.class, CatalogueEntryMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.groups.CatalogueEntry.class), CatalogueEntryBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.CatalogueLookup.class, CatalogueLookupMixIn.class);
    mixIns.put(io.github.peersupport.groups.CatalogueLookup.Builder.class, CatalogueLookupBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.FacilitatorEligibility.class, FacilitatorEligibilityMixIn.class);
    mixIns.put(io.github.peersupport.groups.FacilitatorEligibility.Builder.class, FacilitatorEligibilityBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.GroupAdmission.class, GroupAdmissionMixIn.class);
    mixIns.put(io.github.peersupport.groups.GroupAdmission.Builder.class, GroupAdmissionBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.GroupCatalogue.class, GroupCatalogueMixIn.class);
    mixIns.put(io.github.peersupport.groups.GroupCatalogue.Builder.class, GroupCatalogueBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.GroupSizePolicy.class, GroupSizePolicyMixIn.class);
    mixIns.put(io.github.peersupport.groups.GroupSizePolicy.Builder.class, GroupSizePolicyBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.PassedOver.class, PassedOverMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.groups.PassedOver.class), PassedOverBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.Promotion.class, PromotionMixIn.class);
    mixIns.put(io.github.peersupport.groups.Promotion.Builder.class, PromotionBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.SupportGroup.class, SupportGroupMixIn.class);
    mixIns.put(io.github.peersupport.groups.SupportGroup.Builder.class, SupportGroupBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.Vetting.class, VettingMixIn.class);
    mixIns.put(io.github.peersupport.groups.Vetting.Builder.class, VettingBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.Waitlist.class, WaitlistMixIn.class);
    mixIns.put(io.github.peersupport.groups.Waitlist.Builder.class, WaitlistBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.WaitlistEntry.class, WaitlistEntryMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.groups.WaitlistEntry.class), WaitlistEntryBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.attendance.AttendanceSummary.class, AttendanceSummaryMixIn.class);
    mixIns.put(io.github.peersupport.groups.attendance.AttendanceSummary.Builder.class, AttendanceSummaryBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.formation.Adjustment.class, AdjustmentMixIn.class);
    mixIns.put(io.github.peersupport.groups.formation.Adjustment.Builder.class, AdjustmentBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.formation.FacilitatorPlan.class, FacilitatorPlanMixIn.class);
    mixIns.put(io.github.peersupport.groups.formation.FacilitatorPlan.Builder.class, FacilitatorPlanBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.formation.Formation.class, FormationMixIn.class);
    mixIns.put(io.github.peersupport.groups.formation.Formation.Builder.class, FormationBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.formation.FormationPolicy.class, FormationPolicyMixIn.class);
    mixIns.put(io.github.peersupport.groups.formation.FormationPolicy.Builder.class, FormationPolicyBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.formation.GroupPlan.class, GroupPlanMixIn.class);
    mixIns.put(io.github.peersupport.groups.formation.GroupPlan.Builder.class, GroupPlanBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.formation.Placement.class, PlacementMixIn.class);
    mixIns.put(io.github.peersupport.groups.formation.Placement.Builder.class, PlacementBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.formation.PlacementAssignment.class, PlacementAssignmentMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.groups.formation.PlacementAssignment.class), PlacementAssignmentBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.formation.PlacementPolicy.class, PlacementPolicyMixIn.class);
    mixIns.put(io.github.peersupport.groups.formation.PlacementPolicy.Builder.class, PlacementPolicyBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.formation.Unplaced.class, UnplacedMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.groups.formation.Unplaced.class), UnplacedBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.Acknowledgement.class, AcknowledgementMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.Acknowledgement.Builder.class, AcknowledgementBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.Agenda.class, AgendaMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.Agenda.Builder.class, AgendaBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.AgendaRefusal.class, AgendaRefusalMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.AgendaRefusal.Builder.class, AgendaRefusalBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.AgendaResult.class, AgendaResultMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.AgendaResult.Builder.class, AgendaResultBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.AgendaSegment.class, AgendaSegmentMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.AgendaSegment.Builder.class, AgendaSegmentBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.FacilitatorFlag.class, FacilitatorFlagMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.FacilitatorFlag.Builder.class, FacilitatorFlagBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.GroundRule.class, GroundRuleMixIn.class);
    mixIns.put(TupleBuilders.builderOf(io.github.peersupport.groups.session.GroundRule.class), GroundRuleBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.GroundRules.class, GroundRulesMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.GroundRules.Builder.class, GroundRulesBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.SegmentTemplate.class, SegmentTemplateMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.SegmentTemplate.Builder.class, SegmentTemplateBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.SessionFormat.class, SessionFormatMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.SessionFormat.Builder.class, SessionFormatBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.SessionPolicy.class, SessionPolicyMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.SessionPolicy.Builder.class, SessionPolicyBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.SessionRecord.class, SessionRecordMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.SessionRecord.Builder.class, SessionRecordBuilderMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.SessionSignals.class, SessionSignalsMixIn.class);
    mixIns.put(io.github.peersupport.groups.session.SessionSignals.Builder.class, SessionSignalsBuilderMixIn.class);
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
    tuples.add(io.github.peersupport.groups.CatalogueEntry.class);
    tuples.add(io.github.peersupport.groups.PassedOver.class);
    tuples.add(io.github.peersupport.groups.WaitlistEntry.class);
    tuples.add(io.github.peersupport.groups.formation.PlacementAssignment.class);
    tuples.add(io.github.peersupport.groups.formation.Unplaced.class);
    tuples.add(io.github.peersupport.groups.session.GroundRule.class);
  }

  /** Mix-in of {@link io.github.peersupport.groups.Admission}. */
  @JsonPropertyOrder({"seeker", "outcome", "group", "waitlist", "position", "rule"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.Admission.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.Admission.Builder.class)
  abstract static class AdmissionMixIn {
    @JsonProperty("seeker")
    abstract Object seeker();

    @JsonProperty("outcome")
    abstract Object outcome();

    @JsonProperty("group")
    abstract Object group();

    @JsonProperty("waitlist")
    abstract Object waitlist();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("position")
    abstract Object position();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("rule")
    abstract Object rule();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.Admission}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class AdmissionBuilderMixIn {
    @JsonProperty("seeker")
    abstract Object seeker(io.github.peersupport.core.SeekerId seeker);

    @JsonProperty("outcome")
    abstract Object outcome(io.github.peersupport.groups.AdmissionOutcome outcome);

    @JsonProperty("group")
    abstract Object group(io.github.peersupport.groups.SupportGroup group);

    @JsonProperty("waitlist")
    abstract Object waitlist(io.github.peersupport.groups.Waitlist waitlist);

    @JsonProperty("position")
    abstract Object position(java.util.OptionalInt position);

    @JsonProperty("rule")
    abstract Object rule(java.util.Optional<?> rule);
  }

  /** Mix-in of {@link io.github.peersupport.groups.CatalogueEntry}. */
  @JsonPropertyOrder({"group", "vetting"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.CatalogueEntry.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class CatalogueEntryMixIn {
    @JsonProperty("group")
    abstract Object group();

    @JsonProperty("vetting")
    abstract Object vetting();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.CatalogueEntry} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class CatalogueEntryBuilderMixIn {
    @JsonProperty("group")
    abstract Object group(io.github.peersupport.groups.SupportGroup group);

    @JsonProperty("vetting")
    abstract Object vetting(io.github.peersupport.groups.Vetting vetting);
  }

  /** Mix-in of {@link io.github.peersupport.groups.CatalogueLookup}. */
  @JsonPropertyOrder({"group", "entry", "problem"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.CatalogueLookup.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.CatalogueLookup.Builder.class)
  abstract static class CatalogueLookupMixIn {
    @JsonProperty("group")
    abstract Object group();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("entry")
    abstract Object entry();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("problem")
    abstract Object problem();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.CatalogueLookup}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class CatalogueLookupBuilderMixIn {
    @JsonProperty("group")
    abstract Object group(io.github.peersupport.core.GroupId group);

    @JsonProperty("entry")
    abstract Object entry(java.util.Optional<?> entry);

    @JsonProperty("problem")
    abstract Object problem(java.util.Optional<?> problem);
  }

  /** Mix-in of {@link io.github.peersupport.groups.FacilitatorEligibility}. */
  @JsonPropertyOrder({"requiredCourses", "certificationKind", "conditionTraining"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.FacilitatorEligibility.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.FacilitatorEligibility.Builder.class)
  abstract static class FacilitatorEligibilityMixIn {
    @JsonProperty("requiredCourses")
    abstract Object requiredCourses();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("certificationKind")
    abstract Object certificationKind();

    @JsonProperty("conditionTraining")
    abstract Object conditionTraining();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.FacilitatorEligibility}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class FacilitatorEligibilityBuilderMixIn {
    @JsonProperty("requiredCourses")
    abstract Object requiredCourses(java.lang.Iterable<?> requiredCourses);

    @JsonProperty("certificationKind")
    abstract Object certificationKind(java.util.Optional<?> certificationKind);

    @JsonProperty("conditionTraining")
    abstract Object conditionTraining(boolean conditionTraining);
  }

  /** Mix-in of {@link io.github.peersupport.groups.GroupAdmission}. */
  @JsonPropertyOrder({"requiredConsent", "conditions"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.GroupAdmission.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.GroupAdmission.Builder.class)
  abstract static class GroupAdmissionMixIn {
    @JsonProperty("requiredConsent")
    abstract Object requiredConsent();

    @JsonProperty("conditions")
    abstract Object conditions();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.GroupAdmission}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class GroupAdmissionBuilderMixIn {
    @JsonProperty("requiredConsent")
    abstract Object requiredConsent(java.lang.Iterable<?> requiredConsent);

    @JsonProperty("conditions")
    abstract Object conditions(io.github.peersupport.core.Taxonomy conditions);
  }

  /** Mix-in of {@link io.github.peersupport.groups.GroupCatalogue}. */
  @JsonPropertyOrder({"entries"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.GroupCatalogue.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.GroupCatalogue.Builder.class)
  abstract static class GroupCatalogueMixIn {
    @JsonProperty("entries")
    abstract Object entries();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.GroupCatalogue}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class GroupCatalogueBuilderMixIn {
    @JsonProperty("entries")
    abstract Object entries(java.lang.Iterable<?> entries);
  }

  /** Mix-in of {@link io.github.peersupport.groups.GroupSizePolicy}. */
  @JsonPropertyOrder({"maxMembers", "minViable", "membersPerFacilitator", "minFacilitators", "facilitatorMemberCap"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.GroupSizePolicy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.GroupSizePolicy.Builder.class)
  abstract static class GroupSizePolicyMixIn {
    @JsonProperty("maxMembers")
    abstract Object maxMembers();

    @JsonProperty("minViable")
    abstract Object minViable();

    @JsonProperty("membersPerFacilitator")
    abstract Object membersPerFacilitator();

    @JsonProperty("minFacilitators")
    abstract Object minFacilitators();

    @JsonProperty("facilitatorMemberCap")
    abstract Object facilitatorMemberCap();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.GroupSizePolicy}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class GroupSizePolicyBuilderMixIn {
    @JsonProperty("maxMembers")
    abstract Object maxMembers(int maxMembers);

    @JsonProperty("minViable")
    abstract Object minViable(int minViable);

    @JsonProperty("membersPerFacilitator")
    abstract Object membersPerFacilitator(int membersPerFacilitator);

    @JsonProperty("minFacilitators")
    abstract Object minFacilitators(int minFacilitators);

    @JsonProperty("facilitatorMemberCap")
    abstract Object facilitatorMemberCap(int facilitatorMemberCap);
  }

  /** Mix-in of {@link io.github.peersupport.groups.PassedOver}. */
  @JsonPropertyOrder({"seeker", "rule"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.PassedOver.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class PassedOverMixIn {
    @JsonProperty("seeker")
    abstract Object seeker();

    @JsonProperty("rule")
    abstract Object rule();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.PassedOver} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class PassedOverBuilderMixIn {
    @JsonProperty("seeker")
    abstract Object seeker(io.github.peersupport.core.SeekerId seeker);

    @JsonProperty("rule")
    abstract Object rule(io.github.peersupport.core.rule.RuleId rule);
  }

  /** Mix-in of {@link io.github.peersupport.groups.Promotion}. */
  @JsonPropertyOrder({"group", "waitlist", "promoted", "passedOver"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.Promotion.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.Promotion.Builder.class)
  abstract static class PromotionMixIn {
    @JsonProperty("group")
    abstract Object group();

    @JsonProperty("waitlist")
    abstract Object waitlist();

    @JsonProperty("promoted")
    abstract Object promoted();

    @JsonProperty("passedOver")
    abstract Object passedOver();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.Promotion}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class PromotionBuilderMixIn {
    @JsonProperty("group")
    abstract Object group(io.github.peersupport.groups.SupportGroup group);

    @JsonProperty("waitlist")
    abstract Object waitlist(io.github.peersupport.groups.Waitlist waitlist);

    @JsonProperty("promoted")
    abstract Object promoted(java.lang.Iterable<?> promoted);

    @JsonProperty("passedOver")
    abstract Object passedOver(java.lang.Iterable<?> passedOver);
  }

  /** Mix-in of {@link io.github.peersupport.groups.SupportGroup}. */
  @JsonPropertyOrder({"id", "focus", "audience", "modality", "languages", "slot", "zone", "cadence", "openness", "seriesWeeks", "seriesStart", "sizePolicy", "requiredTraining", "facilitators", "members"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.SupportGroup.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.SupportGroup.Builder.class)
  abstract static class SupportGroupMixIn {
    @JsonProperty("id")
    abstract Object id();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("focus")
    abstract Object focus();

    @JsonProperty("audience")
    abstract Object audience();

    @JsonProperty("modality")
    abstract Object modality();

    @JsonProperty("languages")
    abstract Object languages();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("slot")
    abstract Object slot();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("zone")
    abstract Object zone();

    @JsonProperty("cadence")
    abstract Object cadence();

    @JsonProperty("openness")
    abstract Object openness();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("seriesWeeks")
    abstract Object seriesWeeks();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("seriesStart")
    abstract Object seriesStart();

    @JsonProperty("sizePolicy")
    abstract Object sizePolicy();

    @JsonProperty("requiredTraining")
    abstract Object requiredTraining();

    @JsonProperty("facilitators")
    abstract Object facilitators();

    @JsonProperty("members")
    abstract Object members();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.SupportGroup}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class SupportGroupBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(io.github.peersupport.core.GroupId id);

    @JsonProperty("focus")
    abstract Object focus(java.util.Optional<?> focus);

    @JsonProperty("audience")
    abstract Object audience(io.github.peersupport.groups.Audience audience);

    @JsonProperty("modality")
    abstract Object modality(io.github.peersupport.groups.GroupModality modality);

    @JsonProperty("languages")
    abstract Object languages(java.lang.Iterable<?> languages);

    @JsonProperty("slot")
    abstract Object slot(java.util.Optional<?> slot);

    @JsonProperty("zone")
    abstract Object zone(java.time.ZoneId zone);

    @JsonProperty("cadence")
    abstract Object cadence(io.github.peersupport.groups.Cadence cadence);

    @JsonProperty("openness")
    abstract Object openness(io.github.peersupport.groups.Openness openness);

    @JsonProperty("seriesWeeks")
    abstract Object seriesWeeks(java.util.OptionalInt seriesWeeks);

    @JsonProperty("seriesStart")
    abstract Object seriesStart(java.util.Optional<?> seriesStart);

    @JsonProperty("sizePolicy")
    abstract Object sizePolicy(io.github.peersupport.groups.GroupSizePolicy sizePolicy);

    @JsonProperty("requiredTraining")
    abstract Object requiredTraining(java.lang.Iterable<?> requiredTraining);

    @JsonProperty("facilitators")
    abstract Object facilitators(java.lang.Iterable<?> facilitators);

    @JsonProperty("members")
    abstract Object members(java.lang.Iterable<?> members);
  }

  /** Mix-in of {@link io.github.peersupport.groups.Vetting}. */
  @JsonPropertyOrder({"status", "reviewer", "vettedAt", "reviewDue"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.Vetting.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.Vetting.Builder.class)
  abstract static class VettingMixIn {
    @JsonProperty("status")
    abstract Object status();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("reviewer")
    abstract Object reviewer();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("vettedAt")
    abstract Object vettedAt();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("reviewDue")
    abstract Object reviewDue();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.Vetting}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class VettingBuilderMixIn {
    @JsonProperty("status")
    abstract Object status(io.github.peersupport.groups.VettingStatus status);

    @JsonProperty("reviewer")
    abstract Object reviewer(java.util.Optional<?> reviewer);

    @JsonProperty("vettedAt")
    abstract Object vettedAt(java.util.Optional<?> vettedAt);

    @JsonProperty("reviewDue")
    abstract Object reviewDue(java.util.Optional<?> reviewDue);
  }

  /** Mix-in of {@link io.github.peersupport.groups.Waitlist}. */
  @JsonPropertyOrder({"group", "entries"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.Waitlist.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.Waitlist.Builder.class)
  abstract static class WaitlistMixIn {
    @JsonProperty("group")
    abstract Object group();

    @JsonProperty("entries")
    abstract Object entries();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.Waitlist}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class WaitlistBuilderMixIn {
    @JsonProperty("group")
    abstract Object group(io.github.peersupport.core.GroupId group);

    @JsonProperty("entries")
    abstract Object entries(java.lang.Iterable<?> entries);
  }

  /** Mix-in of {@link io.github.peersupport.groups.WaitlistEntry}. */
  @JsonPropertyOrder({"seeker", "requestedAt"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.WaitlistEntry.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class WaitlistEntryMixIn {
    @JsonProperty("seeker")
    abstract Object seeker();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("requestedAt")
    abstract Object requestedAt();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.WaitlistEntry} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class WaitlistEntryBuilderMixIn {
    @JsonProperty("seeker")
    abstract Object seeker(io.github.peersupport.core.SeekerId seeker);

    @JsonProperty("requestedAt")
    abstract Object requestedAt(java.time.Instant requestedAt);
  }

  /** Mix-in of {@link io.github.peersupport.groups.attendance.AttendanceSummary}. */
  @JsonPropertyOrder({"member", "group", "offered", "attended", "excused", "longestAbsenceStreak"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.attendance.AttendanceSummary.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.attendance.AttendanceSummary.Builder.class)
  abstract static class AttendanceSummaryMixIn {
    @JsonProperty("member")
    abstract Object member();

    @JsonProperty("group")
    abstract Object group();

    @JsonProperty("offered")
    abstract Object offered();

    @JsonProperty("attended")
    abstract Object attended();

    @JsonProperty("excused")
    abstract Object excused();

    @JsonProperty("longestAbsenceStreak")
    abstract Object longestAbsenceStreak();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.attendance.AttendanceSummary}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class AttendanceSummaryBuilderMixIn {
    @JsonProperty("member")
    abstract Object member(io.github.peersupport.core.SeekerId member);

    @JsonProperty("group")
    abstract Object group(io.github.peersupport.core.GroupId group);

    @JsonProperty("offered")
    abstract Object offered(int offered);

    @JsonProperty("attended")
    abstract Object attended(int attended);

    @JsonProperty("excused")
    abstract Object excused(int excused);

    @JsonProperty("longestAbsenceStreak")
    abstract Object longestAbsenceStreak(int longestAbsenceStreak);
  }

  /** Mix-in of {@link io.github.peersupport.groups.formation.Adjustment}. */
  @JsonPropertyOrder({"kind", "groups", "sizes"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.formation.Adjustment.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.formation.Adjustment.Builder.class)
  abstract static class AdjustmentMixIn {
    @JsonProperty("kind")
    abstract Object kind();

    @JsonProperty("groups")
    abstract Object groups();

    @JsonProperty("sizes")
    abstract Object sizes();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.formation.Adjustment}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class AdjustmentBuilderMixIn {
    @JsonProperty("kind")
    abstract Object kind(io.github.peersupport.groups.formation.AdjustmentKind kind);

    @JsonProperty("groups")
    abstract Object groups(java.lang.Iterable<?> groups);

    @JsonProperty("sizes")
    abstract Object sizes(java.lang.Iterable<?> sizes);
  }

  /** Mix-in of {@link io.github.peersupport.groups.formation.FacilitatorPlan}. */
  @JsonPropertyOrder({"group", "needed", "assigned"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.formation.FacilitatorPlan.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.formation.FacilitatorPlan.Builder.class)
  abstract static class FacilitatorPlanMixIn {
    @JsonProperty("group")
    abstract Object group();

    @JsonProperty("needed")
    abstract Object needed();

    @JsonProperty("assigned")
    abstract Object assigned();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.formation.FacilitatorPlan}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class FacilitatorPlanBuilderMixIn {
    @JsonProperty("group")
    abstract Object group(io.github.peersupport.core.GroupId group);

    @JsonProperty("needed")
    abstract Object needed(int needed);

    @JsonProperty("assigned")
    abstract Object assigned(java.lang.Iterable<?> assigned);
  }

  /** Mix-in of {@link io.github.peersupport.groups.formation.Formation}. */
  @JsonPropertyOrder({"groups", "facilitatorPlans", "unplaced"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.formation.Formation.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.formation.Formation.Builder.class)
  abstract static class FormationMixIn {
    @JsonProperty("groups")
    abstract Object groups();

    @JsonProperty("facilitatorPlans")
    abstract Object facilitatorPlans();

    @JsonProperty("unplaced")
    abstract Object unplaced();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.formation.Formation}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class FormationBuilderMixIn {
    @JsonProperty("groups")
    abstract Object groups(java.lang.Iterable<?> groups);

    @JsonProperty("facilitatorPlans")
    abstract Object facilitatorPlans(java.lang.Iterable<?> facilitatorPlans);

    @JsonProperty("unplaced")
    abstract Object unplaced(java.lang.Iterable<?> unplaced);
  }

  /** Mix-in of {@link io.github.peersupport.groups.formation.FormationPolicy}. */
  @JsonPropertyOrder({"sizePolicy", "admission", "eligibility", "focusDepth", "mixAudiences", "mixedFallback", "modalities", "slots", "zone", "defaultLanguage", "cadence", "openness", "seriesWeeks", "seriesStart", "idPrefix"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.formation.FormationPolicy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.formation.FormationPolicy.Builder.class)
  abstract static class FormationPolicyMixIn {
    @JsonProperty("sizePolicy")
    abstract Object sizePolicy();

    @JsonProperty("admission")
    abstract Object admission();

    @JsonProperty("eligibility")
    abstract Object eligibility();

    @JsonProperty("focusDepth")
    abstract Object focusDepth();

    @JsonProperty("mixAudiences")
    abstract Object mixAudiences();

    @JsonProperty("mixedFallback")
    abstract Object mixedFallback();

    @JsonProperty("modalities")
    abstract Object modalities();

    @JsonProperty("slots")
    abstract Object slots();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("zone")
    abstract Object zone();

    @JsonProperty("defaultLanguage")
    abstract Object defaultLanguage();

    @JsonProperty("cadence")
    abstract Object cadence();

    @JsonProperty("openness")
    abstract Object openness();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("seriesWeeks")
    abstract Object seriesWeeks();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("seriesStart")
    abstract Object seriesStart();

    @JsonProperty("idPrefix")
    abstract Object idPrefix();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.formation.FormationPolicy}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class FormationPolicyBuilderMixIn {
    @JsonProperty("sizePolicy")
    abstract Object sizePolicy(io.github.peersupport.groups.GroupSizePolicy sizePolicy);

    @JsonProperty("admission")
    abstract Object admission(io.github.peersupport.groups.GroupAdmission admission);

    @JsonProperty("eligibility")
    abstract Object eligibility(io.github.peersupport.groups.FacilitatorEligibility eligibility);

    @JsonProperty("focusDepth")
    abstract Object focusDepth(int focusDepth);

    @JsonProperty("mixAudiences")
    abstract Object mixAudiences(boolean mixAudiences);

    @JsonProperty("mixedFallback")
    abstract Object mixedFallback(boolean mixedFallback);

    @JsonProperty("modalities")
    abstract Object modalities(java.lang.Iterable<?> modalities);

    @JsonProperty("slots")
    abstract Object slots(java.lang.Iterable<?> slots);

    @JsonProperty("zone")
    abstract Object zone(java.time.ZoneId zone);

    @JsonProperty("defaultLanguage")
    abstract Object defaultLanguage(io.github.peersupport.core.person.Language defaultLanguage);

    @JsonProperty("cadence")
    abstract Object cadence(io.github.peersupport.groups.Cadence cadence);

    @JsonProperty("openness")
    abstract Object openness(io.github.peersupport.groups.Openness openness);

    @JsonProperty("seriesWeeks")
    abstract Object seriesWeeks(java.util.OptionalInt seriesWeeks);

    @JsonProperty("seriesStart")
    abstract Object seriesStart(java.util.Optional<?> seriesStart);

    @JsonProperty("idPrefix")
    abstract Object idPrefix(java.lang.String idPrefix);
  }

  /** Mix-in of {@link io.github.peersupport.groups.formation.GroupPlan}. */
  @JsonPropertyOrder({"placement", "formation", "adjustments"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.formation.GroupPlan.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.formation.GroupPlan.Builder.class)
  abstract static class GroupPlanMixIn {
    @JsonProperty("placement")
    abstract Object placement();

    @JsonProperty("formation")
    abstract Object formation();

    @JsonProperty("adjustments")
    abstract Object adjustments();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.formation.GroupPlan}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class GroupPlanBuilderMixIn {
    @JsonProperty("placement")
    abstract Object placement(io.github.peersupport.groups.formation.Placement placement);

    @JsonProperty("formation")
    abstract Object formation(io.github.peersupport.groups.formation.Formation formation);

    @JsonProperty("adjustments")
    abstract Object adjustments(java.lang.Iterable<?> adjustments);
  }

  /** Mix-in of {@link io.github.peersupport.groups.formation.Placement}. */
  @JsonPropertyOrder({"assignments", "unplaced", "groups", "rounds", "exact"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.formation.Placement.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.formation.Placement.Builder.class)
  abstract static class PlacementMixIn {
    @JsonProperty("assignments")
    abstract Object assignments();

    @JsonProperty("unplaced")
    abstract Object unplaced();

    @JsonProperty("groups")
    abstract Object groups();

    @JsonProperty("rounds")
    abstract Object rounds();

    @JsonProperty("exact")
    abstract Object exact();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.formation.Placement}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class PlacementBuilderMixIn {
    @JsonProperty("assignments")
    abstract Object assignments(java.lang.Iterable<?> assignments);

    @JsonProperty("unplaced")
    abstract Object unplaced(java.lang.Iterable<?> unplaced);

    @JsonProperty("groups")
    abstract Object groups(java.lang.Iterable<?> groups);

    @JsonProperty("rounds")
    abstract Object rounds(int rounds);

    @JsonProperty("exact")
    abstract Object exact(boolean exact);
  }

  /** Mix-in of {@link io.github.peersupport.groups.formation.PlacementAssignment}. */
  @JsonPropertyOrder({"seeker", "group", "fit"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.formation.PlacementAssignment.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class PlacementAssignmentMixIn {
    @JsonProperty("seeker")
    abstract Object seeker();

    @JsonProperty("group")
    abstract Object group();

    @JsonProperty("fit")
    abstract Object fit();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.formation.PlacementAssignment} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class PlacementAssignmentBuilderMixIn {
    @JsonProperty("seeker")
    abstract Object seeker(io.github.peersupport.core.SeekerId seeker);

    @JsonProperty("group")
    abstract Object group(io.github.peersupport.core.GroupId group);

    @JsonProperty("fit")
    abstract Object fit(int fit);
  }

  /** Mix-in of {@link io.github.peersupport.groups.formation.PlacementPolicy}. */
  @JsonPropertyOrder({"admission", "base", "conditionMatch", "exactCondition", "fullSlot", "partialSlot", "unknownSchedule", "exactLanguage", "statedModality", "scheduleRequired", "facilitatorCaps", "maxRounds"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.formation.PlacementPolicy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.formation.PlacementPolicy.Builder.class)
  abstract static class PlacementPolicyMixIn {
    @JsonProperty("admission")
    abstract Object admission();

    @JsonProperty("base")
    abstract Object base();

    @JsonProperty("conditionMatch")
    abstract Object conditionMatch();

    @JsonProperty("exactCondition")
    abstract Object exactCondition();

    @JsonProperty("fullSlot")
    abstract Object fullSlot();

    @JsonProperty("partialSlot")
    abstract Object partialSlot();

    @JsonProperty("unknownSchedule")
    abstract Object unknownSchedule();

    @JsonProperty("exactLanguage")
    abstract Object exactLanguage();

    @JsonProperty("statedModality")
    abstract Object statedModality();

    @JsonProperty("scheduleRequired")
    abstract Object scheduleRequired();

    @JsonProperty("facilitatorCaps")
    abstract Object facilitatorCaps();

    @JsonProperty("maxRounds")
    abstract Object maxRounds();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.formation.PlacementPolicy}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class PlacementPolicyBuilderMixIn {
    @JsonProperty("admission")
    abstract Object admission(io.github.peersupport.groups.GroupAdmission admission);

    @JsonProperty("base")
    abstract Object base(int base);

    @JsonProperty("conditionMatch")
    abstract Object conditionMatch(int conditionMatch);

    @JsonProperty("exactCondition")
    abstract Object exactCondition(int exactCondition);

    @JsonProperty("fullSlot")
    abstract Object fullSlot(int fullSlot);

    @JsonProperty("partialSlot")
    abstract Object partialSlot(int partialSlot);

    @JsonProperty("unknownSchedule")
    abstract Object unknownSchedule(int unknownSchedule);

    @JsonProperty("exactLanguage")
    abstract Object exactLanguage(int exactLanguage);

    @JsonProperty("statedModality")
    abstract Object statedModality(int statedModality);

    @JsonProperty("scheduleRequired")
    abstract Object scheduleRequired(boolean scheduleRequired);

    @JsonProperty("facilitatorCaps")
    abstract Object facilitatorCaps(java.util.Map<?, ?> facilitatorCaps);

    @JsonProperty("maxRounds")
    abstract Object maxRounds(int maxRounds);
  }

  /** Mix-in of {@link io.github.peersupport.groups.formation.Unplaced}. */
  @JsonPropertyOrder({"seeker", "reason", "rule"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.formation.Unplaced.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class UnplacedMixIn {
    @JsonProperty("seeker")
    abstract Object seeker();

    @JsonProperty("reason")
    abstract Object reason();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("rule")
    abstract Object rule();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.formation.Unplaced} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class UnplacedBuilderMixIn {
    @JsonProperty("seeker")
    abstract Object seeker(io.github.peersupport.core.SeekerId seeker);

    @JsonProperty("reason")
    abstract Object reason(io.github.peersupport.groups.formation.UnplacedReason reason);

    @JsonProperty("rule")
    abstract Object rule(java.util.Optional<?> rule);
  }

  /** Mix-in of {@link io.github.peersupport.groups.session.Acknowledgement}. */
  @JsonPropertyOrder({"member", "rules", "version", "at"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.session.Acknowledgement.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.session.Acknowledgement.Builder.class)
  abstract static class AcknowledgementMixIn {
    @JsonProperty("member")
    abstract Object member();

    @JsonProperty("rules")
    abstract Object rules();

    @JsonProperty("version")
    abstract Object version();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("at")
    abstract Object at();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.session.Acknowledgement}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class AcknowledgementBuilderMixIn {
    @JsonProperty("member")
    abstract Object member(io.github.peersupport.core.SeekerId member);

    @JsonProperty("rules")
    abstract Object rules(io.github.peersupport.core.Tag rules);

    @JsonProperty("version")
    abstract Object version(int version);

    @JsonProperty("at")
    abstract Object at(java.time.Instant at);
  }

  /** Mix-in of {@link io.github.peersupport.groups.session.Agenda}. */
  @JsonPropertyOrder({"format", "formatName", "sessionLength", "attending", "firstSession", "segments", "omitted"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.session.Agenda.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.session.Agenda.Builder.class)
  abstract static class AgendaMixIn {
    @JsonProperty("format")
    abstract Object format();

    @JsonProperty("formatName")
    abstract Object formatName();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("sessionLength")
    abstract Object sessionLength();

    @JsonProperty("attending")
    abstract Object attending();

    @JsonProperty("firstSession")
    abstract Object firstSession();

    @JsonProperty("segments")
    abstract Object segments();

    @JsonProperty("omitted")
    abstract Object omitted();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.session.Agenda}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class AgendaBuilderMixIn {
    @JsonProperty("format")
    abstract Object format(io.github.peersupport.core.Tag format);

    @JsonProperty("formatName")
    abstract Object formatName(java.lang.String formatName);

    @JsonProperty("sessionLength")
    abstract Object sessionLength(java.time.Duration sessionLength);

    @JsonProperty("attending")
    abstract Object attending(int attending);

    @JsonProperty("firstSession")
    abstract Object firstSession(boolean firstSession);

    @JsonProperty("segments")
    abstract Object segments(java.lang.Iterable<?> segments);

    @JsonProperty("omitted")
    abstract Object omitted(java.lang.Iterable<?> omitted);
  }

  /** Mix-in of {@link io.github.peersupport.groups.session.AgendaRefusal}. */
  @JsonPropertyOrder({"rule", "reason", "attending", "membersThatFit", "segment", "needed", "available"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.session.AgendaRefusal.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.session.AgendaRefusal.Builder.class)
  abstract static class AgendaRefusalMixIn {
    @JsonProperty("rule")
    abstract Object rule();

    @JsonProperty("reason")
    abstract Object reason();

    @JsonProperty("attending")
    abstract Object attending();

    @JsonProperty("membersThatFit")
    abstract Object membersThatFit();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("segment")
    abstract Object segment();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("needed")
    abstract Object needed();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("available")
    abstract Object available();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.session.AgendaRefusal}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class AgendaRefusalBuilderMixIn {
    @JsonProperty("rule")
    abstract Object rule(io.github.peersupport.core.rule.RuleId rule);

    @JsonProperty("reason")
    abstract Object reason(io.github.peersupport.groups.session.RefusalReason reason);

    @JsonProperty("attending")
    abstract Object attending(int attending);

    @JsonProperty("membersThatFit")
    abstract Object membersThatFit(int membersThatFit);

    @JsonProperty("segment")
    abstract Object segment(java.util.Optional<?> segment);

    @JsonProperty("needed")
    abstract Object needed(java.time.Duration needed);

    @JsonProperty("available")
    abstract Object available(java.time.Duration available);
  }

  /** Mix-in of {@link io.github.peersupport.groups.session.AgendaResult}. */
  @JsonPropertyOrder({"agenda", "refusal"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.session.AgendaResult.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.session.AgendaResult.Builder.class)
  abstract static class AgendaResultMixIn {
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("agenda")
    abstract Object agenda();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("refusal")
    abstract Object refusal();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.session.AgendaResult}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class AgendaResultBuilderMixIn {
    @JsonProperty("agenda")
    abstract Object agenda(java.util.Optional<?> agenda);

    @JsonProperty("refusal")
    abstract Object refusal(java.util.Optional<?> refusal);
  }

  /** Mix-in of {@link io.github.peersupport.groups.session.AgendaSegment}. */
  @JsonPropertyOrder({"kind", "start", "duration", "turnPerMember", "guest"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.session.AgendaSegment.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.session.AgendaSegment.Builder.class)
  abstract static class AgendaSegmentMixIn {
    @JsonProperty("kind")
    abstract Object kind();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("start")
    abstract Object start();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("duration")
    abstract Object duration();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("turnPerMember")
    abstract Object turnPerMember();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("guest")
    abstract Object guest();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.session.AgendaSegment}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class AgendaSegmentBuilderMixIn {
    @JsonProperty("kind")
    abstract Object kind(io.github.peersupport.groups.session.SegmentKind kind);

    @JsonProperty("start")
    abstract Object start(java.time.Duration start);

    @JsonProperty("duration")
    abstract Object duration(java.time.Duration duration);

    @JsonProperty("turnPerMember")
    abstract Object turnPerMember(java.util.Optional<?> turnPerMember);

    @JsonProperty("guest")
    abstract Object guest(java.util.Optional<?> guest);
  }

  /** Mix-in of {@link io.github.peersupport.groups.session.FacilitatorFlag}. */
  @JsonPropertyOrder({"kind", "member"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.session.FacilitatorFlag.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.session.FacilitatorFlag.Builder.class)
  abstract static class FacilitatorFlagMixIn {
    @JsonProperty("kind")
    abstract Object kind();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("member")
    abstract Object member();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.session.FacilitatorFlag}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class FacilitatorFlagBuilderMixIn {
    @JsonProperty("kind")
    abstract Object kind(io.github.peersupport.groups.session.FlagKind kind);

    @JsonProperty("member")
    abstract Object member(java.util.Optional<?> member);
  }

  /** Mix-in of {@link io.github.peersupport.groups.session.GroundRule}. */
  @JsonPropertyOrder({"id", "text"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.session.GroundRule.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class GroundRuleMixIn {
    @JsonProperty("id")
    abstract Object id();

    @JsonProperty("text")
    abstract Object text();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.session.GroundRule} (its generated builder). */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class GroundRuleBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(io.github.peersupport.core.rule.RuleId id);

    @JsonProperty("text")
    abstract Object text(java.lang.String text);
  }

  /** Mix-in of {@link io.github.peersupport.groups.session.GroundRules}. */
  @JsonPropertyOrder({"id", "version", "rules"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.session.GroundRules.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.session.GroundRules.Builder.class)
  abstract static class GroundRulesMixIn {
    @JsonProperty("id")
    abstract Object id();

    @JsonProperty("version")
    abstract Object version();

    @JsonProperty("rules")
    abstract Object rules();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.session.GroundRules}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class GroundRulesBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(io.github.peersupport.core.Tag id);

    @JsonProperty("version")
    abstract Object version(int version);

    @JsonProperty("rules")
    abstract Object rules(java.lang.Iterable<?> rules);
  }

  /** Mix-in of {@link io.github.peersupport.groups.session.SegmentTemplate}. */
  @JsonPropertyOrder({"kind", "minimum", "ideal", "maximum", "memberTurns", "required", "guest"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.session.SegmentTemplate.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.session.SegmentTemplate.Builder.class)
  abstract static class SegmentTemplateMixIn {
    @JsonProperty("kind")
    abstract Object kind();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("minimum")
    abstract Object minimum();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("ideal")
    abstract Object ideal();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("maximum")
    abstract Object maximum();

    @JsonProperty("memberTurns")
    abstract Object memberTurns();

    @JsonProperty("required")
    abstract Object required();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonProperty("guest")
    abstract Object guest();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.session.SegmentTemplate}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class SegmentTemplateBuilderMixIn {
    @JsonProperty("kind")
    abstract Object kind(io.github.peersupport.groups.session.SegmentKind kind);

    @JsonProperty("minimum")
    abstract Object minimum(java.time.Duration minimum);

    @JsonProperty("ideal")
    abstract Object ideal(java.time.Duration ideal);

    @JsonProperty("maximum")
    abstract Object maximum(java.time.Duration maximum);

    @JsonProperty("memberTurns")
    abstract Object memberTurns(boolean memberTurns);

    @JsonProperty("required")
    abstract Object required(boolean required);

    @JsonProperty("guest")
    abstract Object guest(java.util.Optional<?> guest);
  }

  /** Mix-in of {@link io.github.peersupport.groups.session.SessionFormat}. */
  @JsonPropertyOrder({"id", "name", "segments"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.session.SessionFormat.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.session.SessionFormat.Builder.class)
  abstract static class SessionFormatMixIn {
    @JsonProperty("id")
    abstract Object id();

    @JsonProperty("name")
    abstract Object name();

    @JsonProperty("segments")
    abstract Object segments();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.session.SessionFormat}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class SessionFormatBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(io.github.peersupport.core.Tag id);

    @JsonProperty("name")
    abstract Object name(java.lang.String name);

    @JsonProperty("segments")
    abstract Object segments(java.lang.Iterable<?> segments);
  }

  /** Mix-in of {@link io.github.peersupport.groups.session.SessionPolicy}. */
  @JsonPropertyOrder({"sessionLength", "minimumTurn", "granularity", "everySession", "firstSession", "insertedTemplates"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.session.SessionPolicy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.session.SessionPolicy.Builder.class)
  abstract static class SessionPolicyMixIn {
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("sessionLength")
    abstract Object sessionLength();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("minimumTurn")
    abstract Object minimumTurn();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("granularity")
    abstract Object granularity();

    @JsonProperty("everySession")
    abstract Object everySession();

    @JsonProperty("firstSession")
    abstract Object firstSession();

    @JsonProperty("insertedTemplates")
    abstract Object insertedTemplates();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.session.SessionPolicy}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class SessionPolicyBuilderMixIn {
    @JsonProperty("sessionLength")
    abstract Object sessionLength(java.time.Duration sessionLength);

    @JsonProperty("minimumTurn")
    abstract Object minimumTurn(java.time.Duration minimumTurn);

    @JsonProperty("granularity")
    abstract Object granularity(java.time.Duration granularity);

    @JsonProperty("everySession")
    abstract Object everySession(java.lang.Iterable<?> everySession);

    @JsonProperty("firstSession")
    abstract Object firstSession(java.lang.Iterable<?> firstSession);

    @JsonProperty("insertedTemplates")
    abstract Object insertedTemplates(java.lang.Iterable<?> insertedTemplates);
  }

  /** Mix-in of {@link io.github.peersupport.groups.session.SessionRecord}. */
  @JsonPropertyOrder({"group", "number", "at", "facilitator", "attendance", "talkTime", "flags"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.session.SessionRecord.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.session.SessionRecord.Builder.class)
  abstract static class SessionRecordMixIn {
    @JsonProperty("group")
    abstract Object group();

    @JsonProperty("number")
    abstract Object number();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("at")
    abstract Object at();

    @JsonProperty("facilitator")
    abstract Object facilitator();

    @JsonProperty("attendance")
    abstract Object attendance();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("talkTime")
    abstract Object talkTime();

    @JsonProperty("flags")
    abstract Object flags();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.session.SessionRecord}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class SessionRecordBuilderMixIn {
    @JsonProperty("group")
    abstract Object group(io.github.peersupport.core.GroupId group);

    @JsonProperty("number")
    abstract Object number(int number);

    @JsonProperty("at")
    abstract Object at(java.time.Instant at);

    @JsonProperty("facilitator")
    abstract Object facilitator(io.github.peersupport.core.FacilitatorId facilitator);

    @JsonProperty("attendance")
    abstract Object attendance(java.util.Map<?, ?> attendance);

    @JsonProperty("talkTime")
    abstract Object talkTime(java.util.Map<?, ?> talkTime);

    @JsonProperty("flags")
    abstract Object flags(java.lang.Iterable<?> flags);
  }

  /** Mix-in of {@link io.github.peersupport.groups.session.SessionSignals}. */
  @JsonPropertyOrder({"dominanceMultiple", "minimumMembers"})
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  @JsonSerialize(as = io.github.peersupport.groups.session.SessionSignals.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonDeserialize(builder = io.github.peersupport.groups.session.SessionSignals.Builder.class)
  abstract static class SessionSignalsMixIn {
    @JsonProperty("dominanceMultiple")
    abstract Object dominanceMultiple();

    @JsonProperty("minimumMembers")
    abstract Object minimumMembers();
  }

  /** Builder mix-in of {@link io.github.peersupport.groups.session.SessionSignals}. */
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class SessionSignalsBuilderMixIn {
    @JsonProperty("dominanceMultiple")
    abstract Object dominanceMultiple(double dominanceMultiple);

    @JsonProperty("minimumMembers")
    abstract Object minimumMembers(int minimumMembers);
  }
}
