package io.github.peersupport.core.escalation;

import io.github.peersupport.core.consent.ConfidentialityLimit;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.rule.RuleId;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The default escalation rules and routing of {@link EscalationPolicy#standard()}, and the safety floor
 * derived from them. This class refers to nothing in {@link EscalationPolicy}, so the floor exists
 * before any policy is built or checked, whatever order classes are initialised in.
 */
final class StandardRules {
  static final RuleId PHQ2_POSITIVE = RuleId.of("escalation.phq2.positive");
  static final RuleId PHQ9_MILD = RuleId.of("escalation.phq9.mild");
  static final RuleId PHQ9_MODERATE = RuleId.of("escalation.phq9.moderate");
  static final RuleId PHQ9_MODERATELY_SEVERE = RuleId.of("escalation.phq9.moderately-severe");
  static final RuleId PHQ9_SEVERE = RuleId.of("escalation.phq9.severe");
  static final RuleId PHQ9_ITEM9_POSITIVE = RuleId.of("escalation.phq9.item9-positive");
  static final RuleId CSSRS_LOW = RuleId.of("escalation.cssrs.low-risk");
  static final RuleId CSSRS_MODERATE = RuleId.of("escalation.cssrs.moderate-risk");
  static final RuleId CSSRS_HIGH = RuleId.of("escalation.cssrs.high-risk");
  static final RuleId EPDS_POSSIBLE_DEPRESSION = RuleId.of("escalation.epds.possible-depression");
  static final RuleId EPDS_PROBABLE_DEPRESSION = RuleId.of("escalation.epds.probable-depression");
  static final RuleId EPDS_ITEM10_POSITIVE = RuleId.of("escalation.epds.item10-positive");
  static final RuleId DISTRESS_ELEVATED = RuleId.of("escalation.distress.thermometer-elevated");
  static final RuleId SUICIDE_MENTION = RuleId.of("escalation.peer.suicide-mention");
  static final RuleId DANGER_TO_OTHERS = RuleId.of("escalation.disclosure.danger-to-others");
  static final RuleId CHILD_ABUSE = RuleId.of("escalation.disclosure.child-abuse");
  static final RuleId ELDER_ABUSE = RuleId.of("escalation.disclosure.elder-abuse");
  static final RuleId DEPRESSION_SIGNS = RuleId.of("escalation.peer.depression-signs");
  static final RuleId HOPELESSNESS = RuleId.of("escalation.peer.hopelessness");
  static final RuleId SUPPORTER_DISTRESS = RuleId.of("escalation.supporter.distress");
  static final RuleId EMOTIONAL_ENTANGLEMENT = RuleId.of("escalation.supporter.emotional-entanglement");
  static final RuleId DISRUPTIVE_MEMBER = RuleId.of("escalation.group.disruptive-member");
  static final RuleId COMPLAINT_DOMINATED = RuleId.of("escalation.group.complaint-dominated");
  static final RuleId COMPETITIVE_COMPARISON = RuleId.of("escalation.group.competitive-comparison");
  static final RuleId MEDICAL_ADVICE_GIVEN = RuleId.of("escalation.peer.medical-advice-given");
  static final RuleId MEDICAL_ADVICE_REQUESTED = RuleId.of("escalation.peer.medical-advice-requested");
  static final RuleId BOUNDARY_CONCERN = RuleId.of("escalation.peer.boundary-concern");
  static final RuleId MISSED_CONTACTS = RuleId.of("escalation.peer.missed-contacts");
  static final RuleId OTHER_INFO = RuleId.of("escalation.other.info");
  static final RuleId OTHER_CONCERN = RuleId.of("escalation.other.concern");
  static final RuleId OTHER_URGENT = RuleId.of("escalation.other.urgent");
  static final RuleId OTHER_IMMEDIATE = RuleId.of("escalation.other.immediate");

  /**
   * Moderate depression and its signs: a social worker or nurse, with the coordinator, within 72 hours
   * (Joo et al. 2022: signs of depression are referred to nurses or social workers).
   */
  static final Routing CLINICIAN_WITHIN_72H =
      Routing.of(EnumSet.of(CareRole.SOCIAL_WORKER, CareRole.NURSE, CareRole.COORDINATOR), Duration.ofHours(72));

  /**
   * Disclosed abuse: the mandated-reporting route (the safeguarding lead, who files the jurisdiction's
   * report), a social worker and the coordinator, now.
   */
  static final Routing MANDATED_REPORT_NOW =
      Routing.of(EnumSet.of(CareRole.SAFEGUARDING_LEAD, CareRole.SOCIAL_WORKER, CareRole.COORDINATOR), Duration.ZERO);

  /** The default rules, in order. */
  static final List<EscalationRule> RULES = rules();

  /** The default routing of each level. */
  static final Map<Severity, Routing> ROUTING = routing();

  /**
   * The safety floor: the default IMMEDIATE rules, which no policy may drop or weaken (level, trigger,
   * actions, limit of confidentiality).
   */
  static final List<EscalationRule> SAFETY_FLOOR =
      RULES.stream().filter(r -> r.level() == Severity.IMMEDIATE).toList();

  private StandardRules() {}

  private static List<EscalationRule> rules() {

    Set<EscalationAction> notify = EnumSet.of(EscalationAction.NOTIFY);
    Set<EscalationAction> crisis = EnumSet.of(EscalationAction.NOTIFY, EscalationAction.GIVE_CRISIS_RESOURCES, EscalationAction.CLOSE_CHAT);
    Set<EscalationAction> prompt = EnumSet.of(EscalationAction.NOTIFY, EscalationAction.FACILITATOR_PROMPT);
    return List.of(
        rule(PHQ2_POSITIVE, Trigger.phq2AtLeast(3), Severity.CONCERN, EnumSet.of(EscalationAction.NOTIFY, EscalationAction.ADMINISTER_PHQ9), null),
        rule(PHQ9_MILD, Trigger.phq9Between(5, 9), Severity.INFO, notify, null),
        rule(PHQ9_MODERATE, Trigger.phq9Between(10, 14), Severity.CONCERN, notify, null, CLINICIAN_WITHIN_72H),
        rule(PHQ9_MODERATELY_SEVERE, Trigger.phq9Between(15, 19), Severity.URGENT, notify, null),
        rule(PHQ9_SEVERE, Trigger.phq9Between(20, 27), Severity.URGENT, notify, null),
        rule(PHQ9_ITEM9_POSITIVE, Trigger.phq9Item9Positive(), Severity.IMMEDIATE, crisis, ConfidentialityLimit.DANGER_TO_SELF),
        rule(CSSRS_LOW, Trigger.cssrs(CssrsRisk.LOW), Severity.CONCERN, EnumSet.of(EscalationAction.NOTIFY, EscalationAction.GIVE_CRISIS_RESOURCES), null),
        rule(CSSRS_MODERATE, Trigger.cssrs(CssrsRisk.MODERATE), Severity.URGENT,
            EnumSet.of(EscalationAction.NOTIFY, EscalationAction.GIVE_CRISIS_RESOURCES), ConfidentialityLimit.DANGER_TO_SELF),
        rule(CSSRS_HIGH, Trigger.cssrs(CssrsRisk.HIGH), Severity.IMMEDIATE, crisis, ConfidentialityLimit.DANGER_TO_SELF),
        rule(EPDS_POSSIBLE_DEPRESSION, Trigger.epdsBetween(10, 12), Severity.CONCERN, notify, null, CLINICIAN_WITHIN_72H),
        rule(EPDS_PROBABLE_DEPRESSION, Trigger.epdsBetween(13, 30), Severity.URGENT, notify, null),
        rule(EPDS_ITEM10_POSITIVE, Trigger.epdsItem10Positive(), Severity.IMMEDIATE, crisis, ConfidentialityLimit.DANGER_TO_SELF),
        rule(DISTRESS_ELEVATED, Trigger.distressAtLeast(4), Severity.CONCERN, notify, null, CLINICIAN_WITHIN_72H),
        rule(SUICIDE_MENTION, Trigger.sign(SignKind.SUICIDE_MENTION), Severity.IMMEDIATE, crisis, ConfidentialityLimit.DANGER_TO_SELF),
        rule(DANGER_TO_OTHERS, Trigger.disclosure(DisclosureKind.DANGER_TO_OTHERS), Severity.IMMEDIATE,
            EnumSet.of(EscalationAction.NOTIFY, EscalationAction.PAUSE_MATCH), ConfidentialityLimit.DANGER_TO_OTHERS),
        rule(CHILD_ABUSE, Trigger.disclosure(DisclosureKind.CHILD_ABUSE), Severity.IMMEDIATE, notify, ConfidentialityLimit.CHILD_ABUSE,
            MANDATED_REPORT_NOW),
        rule(ELDER_ABUSE, Trigger.disclosure(DisclosureKind.ELDER_OR_DEPENDENT_ADULT_ABUSE), Severity.IMMEDIATE, notify,
            ConfidentialityLimit.ELDER_OR_DEPENDENT_ADULT_ABUSE, MANDATED_REPORT_NOW),
        rule(DEPRESSION_SIGNS, Trigger.sign(SignKind.DEPRESSION_SIGNS), Severity.CONCERN, notify, null, CLINICIAN_WITHIN_72H),
        rule(HOPELESSNESS, Trigger.sign(SignKind.HOPELESSNESS), Severity.CONCERN, notify, null, CLINICIAN_WITHIN_72H),
        rule(SUPPORTER_DISTRESS, Trigger.sign(SignKind.SUPPORTER_DISTRESS), Severity.CONCERN,
            EnumSet.of(EscalationAction.NOTIFY, EscalationAction.PAUSE_SUPPORTER), null),
        rule(EMOTIONAL_ENTANGLEMENT, Trigger.sign(SignKind.EMOTIONAL_ENTANGLEMENT), Severity.CONCERN,
            EnumSet.of(EscalationAction.NOTIFY, EscalationAction.OPEN_BOUNDARY_REVIEW), null),
        rule(DISRUPTIVE_MEMBER, Trigger.sign(SignKind.DISRUPTIVE_BEHAVIOUR), Severity.INFO, prompt, null),
        rule(COMPLAINT_DOMINATED, Trigger.sign(SignKind.COMPLAINT_DOMINATED_GROUP), Severity.INFO, prompt, null),
        rule(COMPETITIVE_COMPARISON, Trigger.sign(SignKind.COMPETITIVE_COMPARISON), Severity.CONCERN, prompt, null),
        rule(MEDICAL_ADVICE_GIVEN, Trigger.sign(SignKind.MEDICAL_ADVICE_GIVEN), Severity.CONCERN, notify, null),
        rule(MEDICAL_ADVICE_REQUESTED, Trigger.sign(SignKind.MEDICAL_ADVICE_REQUESTED), Severity.INFO, notify, null),
        rule(BOUNDARY_CONCERN, Trigger.sign(SignKind.BOUNDARY_CONCERN), Severity.CONCERN, notify, null),
        rule(MISSED_CONTACTS, Trigger.sign(SignKind.MISSED_CONTACTS), Severity.INFO, notify, null),
        rule(OTHER_INFO, Trigger.declared(Severity.INFO), Severity.INFO, notify, null),
        rule(OTHER_CONCERN, Trigger.declared(Severity.CONCERN), Severity.CONCERN, notify, null),
        rule(OTHER_URGENT, Trigger.declared(Severity.URGENT), Severity.URGENT, notify, null),
        rule(OTHER_IMMEDIATE, Trigger.declared(Severity.IMMEDIATE), Severity.IMMEDIATE, notify, null));
  }

  private static Map<Severity, Routing> routing() {
    Map<Severity, Routing> routing = new EnumMap<>(Severity.class);
    routing.put(Severity.INFO, Routing.of(EnumSet.of(CareRole.COORDINATOR), Duration.ofDays(7)));
    routing.put(Severity.CONCERN, Routing.of(EnumSet.of(CareRole.COORDINATOR), Duration.ofHours(72)));
    routing.put(Severity.URGENT, Routing.of(EnumSet.of(CareRole.SOCIAL_WORKER, CareRole.COORDINATOR), Duration.ofHours(24)));
    routing.put(Severity.IMMEDIATE, Routing.of(EnumSet.of(CareRole.CRISIS_LINE, CareRole.SOCIAL_WORKER, CareRole.COORDINATOR), Duration.ZERO));
    return Collections.unmodifiableMap(routing);
  }

  private static EscalationRule rule(RuleId id, Trigger trigger, Severity level, Set<EscalationAction> actions, ConfidentialityLimit limit) {
    EscalationRule.Builder b = EscalationRule.builder();
    b.id(id).trigger(trigger).level(level).actions(actions).confidentialityLimit(Optional.ofNullable(limit));
    return b.build();
  }

  private static EscalationRule rule(RuleId id, Trigger trigger, Severity level, Set<EscalationAction> actions, ConfidentialityLimit limit,
      Routing routing) {
    return rule(id, trigger, level, actions, limit).routedTo(routing);
  }
}
