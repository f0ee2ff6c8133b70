package io.github.peersupport.core.escalation;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.consent.ConfidentialityPolicy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a peer hands off, to whom and how fast: escalation rules held as data, with published
 * defaults (sources below), and a pure evaluation.
 *
 * <p><b>Default rules</b> ({@link #standard()}; rule ids are constants of this class): PHQ-2 ≥ 3 →
 * CONCERN, administer the PHQ-9 (Kroenke et al. 2003); PHQ-9 5–9 → INFO, 10–14 → CONCERN, 15–19 and
 * 20–27 → URGENT (Kroenke, Spitzer &amp; Williams 2001); PHQ-9 item 9 anything but "not at all" →
 * IMMEDIATE; C-SSRS screener low → CONCERN, moderate → URGENT, high → IMMEDIATE (Columbia Lighthouse
 * Project); EPDS 10–12 (possible depression) → CONCERN, 13–30 (probable depression) → URGENT, item 10
 * (thoughts of self-harm) scored above 0 → IMMEDIATE, like PHQ-9 item 9, because it "should always
 * prompt further assessment" whatever the total (Cox, Holden &amp; Sagovsky 1987, Br J Psychiatry
 * 150:782–786); NCCN Distress Thermometer ≥ 4 → CONCERN, further evaluation (NCCN Guidelines: Distress
 * Management; Donovan et al. 2022, JNCCN 20(1):96); any mention of suicide in a peer conversation →
 * IMMEDIATE, crisis resources and hand-off (7 Cups); disclosures of danger to others, child abuse,
 * elder or dependent-adult abuse → IMMEDIATE; supporter distress → CONCERN, pause the supporter,
 * notify the coordinator; group signs (disruptive member, complaint-dominated group, competitive
 * comparison) → facilitator prompt; medical advice given → CONCERN; an "other" signal → its declared
 * level. The screens' rules fire only on signals of their own kind, so a programme that does not
 * administer the EPDS (perinatal) or the thermometer (cancer) is unaffected by them.
 *
 * <p><b>Routing</b> per level (default): INFO → coordinator within 7 days; CONCERN → coordinator within
 * 72 h; URGENT → social worker and coordinator within 24 h; IMMEDIATE → crisis line, social worker and
 * coordinator, now. <b>Per rule</b> ({@link EscalationRule#routedTo(Routing)}): PHQ-9 10–14, EPDS
 * 10–12, the thermometer, observed depression signs and hopelessness → social worker, nurse and
 * coordinator within 72 h (Joo et al. 2022: signs of depression are referred to nurses or social
 * workers); child and elder abuse → the mandated-reporting route, {@link CareRole#SAFEGUARDING_LEAD}
 * with a social worker and the coordinator, now, instead of the crisis line. {@link #routingOf} gives
 * a rule's effective routing.
 *
 * <p><b>Crisis resources</b> come from a directory ({@link CrisisResources#standard()} by default) by
 * the programme's {@link #country()} (US by default): {@link #crisisResources()}.
 *
 * <p><b>Safety floor</b>: a policy must keep every default IMMEDIATE rule at IMMEDIATE with its
 * trigger, actions and limit of confidentiality, and every IMMEDIATE rule must reach a crisis line or a
 * clinician (through the level's routing or its own) within 24 hours. Where a default IMMEDIATE rule
 * has its own routing (abuse), a policy may add roles or shorten its deadline, never drop a role or
 * lengthen it. Building a policy that breaks the floor throws an {@link IllegalArgumentException}
 * naming the rule. Hosts may add rules, raise levels, and change other deadlines and routing.
 *
 * <p><b>Evaluation</b> is pure and O(s·r + s log s) for s signals and r rules: signals are taken in
 * time order (ties by signal id), so the input order does not matter. For each person and rule, the
 * first firing signal opens an escalation, and firings within {@link #dedupeWindow()} (24 h by
 * default) join it as evidence instead of creating another; an escalation already notified within the
 * window at the same or a higher level is reported with {@code notifies() == false}. Sharing with the
 * care team follows the person's consent at the evaluation instant, or the rule's limit of
 * confidentiality when the programme's {@link ConfidentialityPolicy} holds it. Only counts are logged
 * (DEBUG), never people, signals or rules.
 *
 * <p><b>Worked example</b>: a seeker who did not consent to sharing answers item 9 of the PHQ-9 with
 * "several days" (1):
 *
 * <pre>{@code
 * SeekerId seeker = SeekerId.of("s-17");
 * Instant at = Instant.parse("2026-03-02T09:00:00Z");
 * Signal phq9 = Signal.phq9("sig-1", seeker, Reporter.SELF_REPORT, at, 1, 1, 0, 1, 0, 0, 0, 0, 1);
 * ConsentRecord consent = ConsentRecord.grantedAt(at, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);
 *
 * EscalationDecision decision = EscalationPolicy.standard().evaluate(List.of(phq9), consent, at);
 * Escalation first = decision.escalations().get(0);
 * // first.level()           == Severity.IMMEDIATE
 * // first.rule()            == EscalationPolicy.PHQ9_ITEM9_POSITIVE   (escalation.phq9.item9-positive)
 * // first.actions()         contains GIVE_CRISIS_RESOURCES, NOTIFY, CLOSE_CHAT
 * // first.targetRoles()     == [CRISIS_LINE, SOCIAL_WORKER, COORDINATOR], first.deadline() == at
 * // first.sharing()         == SharingBasis.CONFIDENTIALITY_LIMIT, overriding DANGER_TO_SELF
 * // decision.crisisResources() == [CrisisResources.US_988]  (display(): "988 Suicide & Crisis Lifeline (US): call or text 988")
 * }</pre>
 */
@Value.Immutable
@PeerStyle
public abstract class EscalationPolicy {
  /** PHQ-2 total ≥ 3: administer the PHQ-9. */
  public static final RuleId PHQ2_POSITIVE = StandardRules.PHQ2_POSITIVE;
  /** PHQ-9 5–9. */
  public static final RuleId PHQ9_MILD = StandardRules.PHQ9_MILD;
  /** PHQ-9 10–14. */
  public static final RuleId PHQ9_MODERATE = StandardRules.PHQ9_MODERATE;
  /** PHQ-9 15–19. */
  public static final RuleId PHQ9_MODERATELY_SEVERE = StandardRules.PHQ9_MODERATELY_SEVERE;
  /** PHQ-9 20–27. */
  public static final RuleId PHQ9_SEVERE = StandardRules.PHQ9_SEVERE;
  /** PHQ-9 item 9 anything but "not at all". */
  public static final RuleId PHQ9_ITEM9_POSITIVE = StandardRules.PHQ9_ITEM9_POSITIVE;
  /** C-SSRS screener low risk. */
  public static final RuleId CSSRS_LOW = StandardRules.CSSRS_LOW;
  /** C-SSRS screener moderate risk. */
  public static final RuleId CSSRS_MODERATE = StandardRules.CSSRS_MODERATE;
  /** C-SSRS screener high risk. */
  public static final RuleId CSSRS_HIGH = StandardRules.CSSRS_HIGH;
  /** EPDS 10–12: possible depression. */
  public static final RuleId EPDS_POSSIBLE_DEPRESSION = StandardRules.EPDS_POSSIBLE_DEPRESSION;
  /** EPDS 13–30: probable depression. */
  public static final RuleId EPDS_PROBABLE_DEPRESSION = StandardRules.EPDS_PROBABLE_DEPRESSION;
  /** EPDS item 10 (thoughts of self-harm) scored above 0. */
  public static final RuleId EPDS_ITEM10_POSITIVE = StandardRules.EPDS_ITEM10_POSITIVE;
  /** NCCN Distress Thermometer 4 or more. */
  public static final RuleId DISTRESS_ELEVATED = StandardRules.DISTRESS_ELEVATED;
  /** Any mention of suicide in a peer conversation. */
  public static final RuleId SUICIDE_MENTION = StandardRules.SUICIDE_MENTION;
  /** Disclosed danger to others. */
  public static final RuleId DANGER_TO_OTHERS = StandardRules.DANGER_TO_OTHERS;
  /** Disclosed child abuse. */
  public static final RuleId CHILD_ABUSE = StandardRules.CHILD_ABUSE;
  /** Disclosed elder or dependent-adult abuse. */
  public static final RuleId ELDER_ABUSE = StandardRules.ELDER_ABUSE;
  /** Peer-observed signs of depression. */
  public static final RuleId DEPRESSION_SIGNS = StandardRules.DEPRESSION_SIGNS;
  /** Peer-observed hopelessness. */
  public static final RuleId HOPELESSNESS = StandardRules.HOPELESSNESS;
  /** The supporter's own distress. */
  public static final RuleId SUPPORTER_DISTRESS = StandardRules.SUPPORTER_DISTRESS;
  /** Emotional entanglement between peer and seeker. */
  public static final RuleId EMOTIONAL_ENTANGLEMENT = StandardRules.EMOTIONAL_ENTANGLEMENT;
  /** A disruptive group member. */
  public static final RuleId DISRUPTIVE_MEMBER = StandardRules.DISRUPTIVE_MEMBER;
  /** A complaint-dominated group. */
  public static final RuleId COMPLAINT_DOMINATED = StandardRules.COMPLAINT_DOMINATED;
  /** Competitive comparison in a group. */
  public static final RuleId COMPETITIVE_COMPARISON = StandardRules.COMPETITIVE_COMPARISON;
  /** Medical or medication advice given by a peer or member. */
  public static final RuleId MEDICAL_ADVICE_GIVEN = StandardRules.MEDICAL_ADVICE_GIVEN;
  /** Medical advice asked of a peer: refer to the care team. */
  public static final RuleId MEDICAL_ADVICE_REQUESTED = StandardRules.MEDICAL_ADVICE_REQUESTED;
  /** Another boundary concern. */
  public static final RuleId BOUNDARY_CONCERN = StandardRules.BOUNDARY_CONCERN;
  /** Missed contacts. */
  public static final RuleId MISSED_CONTACTS = StandardRules.MISSED_CONTACTS;
  /** An "other" signal declared INFO. */
  public static final RuleId OTHER_INFO = StandardRules.OTHER_INFO;
  /** An "other" signal declared CONCERN. */
  public static final RuleId OTHER_CONCERN = StandardRules.OTHER_CONCERN;
  /** An "other" signal declared URGENT. */
  public static final RuleId OTHER_URGENT = StandardRules.OTHER_URGENT;
  /** An "other" signal declared IMMEDIATE. */
  public static final RuleId OTHER_IMMEDIATE = StandardRules.OTHER_IMMEDIATE;

  /** The longest deadline an IMMEDIATE escalation may have: the same day. */
  public static final Duration IMMEDIATE_MAX_DEADLINE = Duration.ofHours(24);
  private static final EscalationPolicy STANDARD = builder().rules(StandardRules.RULES).routing(StandardRules.ROUTING).build();

  EscalationPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationPolicy}; {@code build()} enforces the safety floor. */
  public static class Builder extends ImmutableEscalationPolicy.Builder {
    /** Creates an empty builder; prefer {@link EscalationPolicy#builder()} or {@code from(standard())}. */
    public Builder() {}
  }

  /**
   * The default policy described above.
   *
   * @return the policy
   */
  public static EscalationPolicy standard() {
    return STANDARD;
  }

  /**
   * Returns the rules, in order; ids are unique.
   *
   * @return the rules
   */
  public abstract List<EscalationRule> rules();

  /**
   * Returns the routing of each level; all four levels are present.
   *
   * @return the routing per level
   */
  public abstract Map<Severity, Routing> routing();

  /**
   * Returns the window within which repeated firings of a rule for a person make one escalation.
   *
   * @return the window, 0 to 30 days (default 24 h)
   */
  @Value.Default
  public Duration dedupeWindow() {
    return Duration.ofHours(24);
  }

  /**
   * Returns the limits of confidentiality in force.
   *
   * @return the confidentiality policy
   */
  @Value.Default
  public ConfidentialityPolicy confidentiality() {
    return ConfidentialityPolicy.standard();
  }

  /**
   * Returns the programme's country, whose crisis resources are given.
   *
   * @return an ISO 3166-1 alpha-2 code (default {@code US})
   */
  @Value.Default
  public String country() {
    return "US";
  }

  /**
   * Returns the directory of crisis resources the policy picks from by {@link #country()}.
   *
   * @return the directory (default {@link CrisisResources#standard()})
   */
  @Value.Default
  public List<CrisisResource> crisisDirectory() {
    return CrisisResources.standard();
  }

  /**
   * Returns the crisis resources given when an escalation asks for them: those of the directory that
   * serve the programme's country, in directory order.
   *
   * @return the resources, at least one
   */
  public final List<CrisisResource> crisisResources() {
    return crisisDirectory().stream().filter(c -> c.serves(country())).toList();
  }

  /**
   * Returns where a rule routes under this policy: its own roles and deadline where it sets them, its
   * level's otherwise.
   *
   * @param rule the rule
   * @return the effective routing
   * @throws NullPointerException if any argument is null
   */
  public final Routing routingOf(EscalationRule rule) {
    Objects.requireNonNull(rule, "rule");
    return rule.effectiveRouting(routing().get(rule.level()));
  }

  @Value.Check
  final void check() {
    SafetyFloor.check(this);
  }

  /**
   * Finds a rule by id.
   *
   * @param id the rule id
   * @return the rule, or empty
   * @throws NullPointerException if any argument is null
   */
  public final Optional<EscalationRule> rule(RuleId id) {
    Objects.requireNonNull(id, "id");
    return rules().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Returns a copy with a rule added, or replacing the rule with the same id in place.
   *
   * @param rule the rule
   * @return the new policy
   * @throws IllegalArgumentException if the change would lower the safety floor
   * @throws NullPointerException if any argument is null
   */
  public final EscalationPolicy withRule(EscalationRule rule) {
    Objects.requireNonNull(rule, "rule");
    List<EscalationRule> rules = new ArrayList<>(rules());
    int index = indexOf(rule.id());
    if (index < 0) {
      rules.add(rule);
    } else {
      rules.set(index, rule);
    }
    return builder().from(this).rules(rules).build();
  }

  /**
   * Returns a copy without a rule.
   *
   * @param id the rule id
   * @return the new policy
   * @throws IllegalArgumentException if the rule is part of the safety floor
   * @throws NullPointerException if any argument is null
   */
  public final EscalationPolicy withoutRule(RuleId id) {
    Objects.requireNonNull(id, "id");
    List<EscalationRule> rules = new ArrayList<>(rules());
    rules.removeIf(r -> r.id().equals(id));
    return builder().from(this).rules(rules).build();
  }

  /**
   * Returns a copy with one level routed differently.
   *
   * @param level the level
   * @param routing the new routing
   * @return the new policy
   * @throws IllegalArgumentException if IMMEDIATE would no longer reach a clinician or crisis line in time
   * @throws NullPointerException if any argument is null
   */
  public final EscalationPolicy withLevelRouting(Severity level, Routing routing) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(routing, "routing");
    Map<Severity, Routing> map = new EnumMap<>(routing());
    map.put(level, routing);
    return builder().from(this).routing(map).build();
  }

  private int indexOf(RuleId id) {
    for (int i = 0; i < rules().size(); i++) {
      if (rules().get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Evaluates one person's signals against their consent. Equivalent to {@link #evaluate(List, Map,
   * Instant, List)} with this consent and no earlier notifications.
   *
   * @param signals the signals about one person, in any order, none after {@code at}
   * @param consent the person's consent record
   * @param at the evaluation instant
   * @return the decision
   * @throws IllegalArgumentException for duplicate signal ids, a signal after {@code at}, or signals
   *     about more than one person
   * @throws NullPointerException if any argument is null
   */
  public final EscalationDecision evaluate(List<Signal> signals, ConsentRecord consent, Instant at) {
    Objects.requireNonNull(signals, "signals");
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(at, "at");
    for (int i = 1; i < signals.size(); i++) {
      if (!signals.get(i).person().equals(signals.get(0).person())) {
        throw Require.invalid("signals", "this overload takes one person's signals (with their consent); signal "
            + signals.get(i).id() + " is about another person: use evaluate(signals, consents, at, alreadyNotified)");
      }
    }
    return Evaluation.evaluate(this, signals, person -> consent, at, List.of());
  }

  /**
   * Evaluates signals about several people.
   *
   * @param signals the signals, in any order, none after {@code at}
   * @param consents each person's consent record (a person without one has consented to nothing)
   * @param at the evaluation instant
   * @param alreadyNotified escalations notified by earlier evaluations, for de-duplication
   * @return the decision
   * @throws IllegalArgumentException for duplicate signal ids or a signal after {@code at}
   * @throws NullPointerException if any argument is null
   */
  public final EscalationDecision evaluate(List<Signal> signals, Map<PersonId, ConsentRecord> consents, Instant at,
      List<Escalation> alreadyNotified) {
    Objects.requireNonNull(signals, "signals");
    Objects.requireNonNull(consents, "consents");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(alreadyNotified, "alreadyNotified");
    return Evaluation.evaluate(this, signals, person -> consents.getOrDefault(person, ConsentRecord.none()), at, alreadyNotified);
  }
}
