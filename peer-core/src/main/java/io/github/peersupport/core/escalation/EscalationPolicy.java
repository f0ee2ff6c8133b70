package io.github.peersupport.core.escalation;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.consent.ConfidentialityLimit;
import io.github.peersupport.core.consent.ConfidentialityPolicy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a peer hands off, to whom and how fast: escalation rules held as data, with published
 * defaults (sources below), and a pure evaluation.
 *
 * <p><b>Default rules</b> ({@link #standard()}; rule ids are constants of this class): PHQ-2 ≥ 3 →
 * CONCERN, administer the PHQ-9 (Kroenke et al. 2003); PHQ-9 5–9 → INFO, 10–14 → CONCERN, 15–19 and
 * 20–27 → URGENT (Kroenke, Spitzer &amp; Williams 2001); PHQ-9 item 9 anything but "not at all" →
 * IMMEDIATE; C-SSRS screener low → CONCERN, moderate → URGENT, high → IMMEDIATE (Columbia Lighthouse
 * Project); any mention of suicide in a peer conversation → IMMEDIATE, crisis resources and hand-off (7
 * Cups); disclosures of danger to others, child abuse, elder or dependent-adult abuse → IMMEDIATE;
 * supporter distress → CONCERN, pause the supporter, notify the coordinator; group signs (disruptive
 * member, complaint-dominated group, competitive comparison) → facilitator prompt; medical advice given
 * → CONCERN; an "other" signal → its declared level.
 *
 * <p><b>Routing</b> per level (default): INFO → coordinator within 7 days; CONCERN → coordinator within
 * 72 h; URGENT → social worker and coordinator within 24 h; IMMEDIATE → crisis line, social worker and
 * coordinator, now.
 *
 * <p><b>Safety floor</b>: a policy must keep every default IMMEDIATE rule at IMMEDIATE with its
 * trigger, actions and limit of confidentiality, and every IMMEDIATE rule must reach a crisis line or a
 * clinician (through the level's routing or its own roles) within 24 hours. Building a policy
 * that drops or lowers one throws an {@link IllegalArgumentException} naming the rule. Hosts may add
 * rules, raise levels, and change other deadlines and routing.
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
 * // decision.crisisResources() == ["988 Suicide & Crisis Lifeline (US): call or text 988"]
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
  /** The default crisis resource. */
  public static final String US_988 = "988 Suicide & Crisis Lifeline (US): call or text 988";

  private static final Logger LOG = LoggerFactory.getLogger(EscalationPolicy.class);
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
   * Returns the crisis resources given when an escalation asks for them.
   *
   * @return the resources, at least one
   */
  @Value.Default
  public List<String> crisisResources() {
    return List.of(US_988);
  }

  @Value.Check
  final void check() {
    Set<RuleId> ids = new HashSet<>();
    for (int i = 0; i < rules().size(); i++) {
      if (!ids.add(rules().get(i).id())) {
        throw Require.invalid("rules[" + i + "].id", "duplicate rule id " + rules().get(i).id());
      }
    }
    for (Severity level : Severity.values()) {
      if (!routing().containsKey(level)) {
        throw Require.invalid("routing", "must route level " + level);
      }
    }
    Routing immediate = routing().get(Severity.IMMEDIATE);
    if (immediate.roles().stream().noneMatch(r -> r == CareRole.CRISIS_LINE || r.isClinical())) {
      throw Require.invalid("routing", "IMMEDIATE must reach the crisis line or a clinician (safety floor)");
    }
    if (dedupeWindow().isNegative() || dedupeWindow().compareTo(Duration.ofDays(30)) > 0) {
      throw Require.invalid("dedupeWindow", "must be between 0 and 30 days", dedupeWindow());
    }
    if (crisisResources().isEmpty()) {
      throw Require.invalid("crisisResources", "must name at least one crisis resource");
    }
    crisisResources().forEach(c -> Require.text("crisisResources", c, 200));
    for (EscalationRule rule : rules()) {
      if (rule.level() != Severity.IMMEDIATE) {
        continue;
      }
      if (deadlineOf(rule).compareTo(IMMEDIATE_MAX_DEADLINE) > 0) {
        throw Require.invalid("rules", "IMMEDIATE rule " + rule.id() + " must have a deadline of at most " + IMMEDIATE_MAX_DEADLINE + " (safety floor)");
      }
      if (rolesOf(rule).stream().noneMatch(r -> r == CareRole.CRISIS_LINE || r.isClinical())) {
        throw Require.invalid("rules", "IMMEDIATE rule " + rule.id() + " must reach the crisis line or a clinician (safety floor)");
      }
    }
    for (EscalationRule floor : StandardRules.SAFETY_FLOOR) {
      checkFloor(floor);
    }
  }

  private void checkFloor(EscalationRule floor) {
    Optional<EscalationRule> configured = rule(floor.id());
    if (configured.isEmpty()) {
      throw Require.invalid("rules", "rule " + floor.id() + " cannot be dropped: it is IMMEDIATE by default (safety floor)");
    }
    EscalationRule rule = configured.get();
    if (rule.level() != Severity.IMMEDIATE) {
      throw Require.invalid("rules", "rule " + floor.id() + " cannot be lowered to " + rule.level() + ": it is IMMEDIATE by default (safety floor)");
    }
    if (!rule.trigger().equals(floor.trigger())) {
      throw Require.invalid("rules", "rule " + floor.id() + " cannot change its trigger (safety floor)");
    }
    if (!rule.actions().containsAll(floor.actions())) {
      throw Require.invalid("rules", "rule " + floor.id() + " must keep the actions " + floor.actions() + " (safety floor)");
    }
    if (!rule.confidentialityLimit().equals(floor.confidentialityLimit())) {
      throw Require.invalid("rules", "rule " + floor.id() + " must keep its limit of confidentiality " + floor.confidentialityLimit().map(Enum::name).orElse("none") + " (safety floor)");
    }
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

  private Set<CareRole> rolesOf(EscalationRule rule) {
    return rule.targetRoles().isEmpty() ? routing().get(rule.level()).roles() : rule.targetRoles();
  }

  private Duration deadlineOf(EscalationRule rule) {
    return rule.deadline().orElseGet(() -> routing().get(rule.level()).deadline());
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
    return evaluate(signals, person -> consent, at, List.of());
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
    return evaluate(signals, person -> consents.getOrDefault(person, ConsentRecord.none()), at, alreadyNotified);
  }

  private EscalationDecision evaluate(List<Signal> signals, Function<PersonId, ConsentRecord> consents,
      Instant at, List<Escalation> alreadyNotified) {
    Set<SignalId> seen = new HashSet<>();
    for (Signal s : signals) {
      if (!seen.add(s.id())) {
        throw Require.invalid("signals", "duplicate signal id " + s.id());
      }
      if (s.at().isAfter(at)) {
        throw Require.invalid("signals", "signal " + s.id() + " is after the evaluation instant " + at);
      }
    }
    List<Signal> ordered = new ArrayList<>(signals);
    ordered.sort(Comparator.comparing(Signal::at).thenComparing(s -> s.id().value()));

    // (person, rule) -> its escalations so far, each a window of firings
    Map<Key, List<Open>> open = new LinkedHashMap<>();
    for (Signal s : ordered) {
      for (EscalationRule rule : rules()) {
        if (!rule.trigger().matches(s)) {
          continue;
        }
        List<Open> windows = open.computeIfAbsent(new Key(s.person(), rule.id()), k -> new ArrayList<>());
        Open last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
        if (last != null && s.at().isBefore(last.first.plus(dedupeWindow()))) {
          last.evidence.add(s.id());
        } else {
          Open o = new Open(rule, s.person(), s.at());
          o.evidence.add(s.id());
          windows.add(o);
        }
      }
    }

    List<Escalation> escalations = new ArrayList<>();
    boolean crisis = false;
    for (List<Open> windows : open.values()) {
      for (Open o : windows) {
        Escalation e = toEscalation(o, consents.apply(o.person), at, alreadyNotified);
        crisis |= e.actions().contains(EscalationAction.GIVE_CRISIS_RESOURCES);
        escalations.add(e);
      }
    }
    escalations.sort(Comparator.comparing(Escalation::level).reversed()
        .thenComparing(Escalation::deadline)
        .thenComparing(e -> e.person().value())
        .thenComparing(e -> e.person().getClass().getSimpleName())
        .thenComparing(Escalation::rule)
        .thenComparing(Escalation::firstSignalAt));
    EscalationDecision decision = EscalationDecision.builder().evaluatedAt(at).escalations(escalations)
        .crisisResources(crisis ? crisisResources() : List.of()).build();
    if (LOG.isDebugEnabled()) {
      LOG.debug("evaluated {} signals: {} escalations, highest {}", signals.size(), escalations.size(), decision.highest().map(Enum::name).orElse("none"));
    }
    return decision;
  }

  private Escalation toEscalation(Open o, ConsentRecord consent, Instant at, List<Escalation> alreadyNotified) {
    EscalationRule rule = o.rule;
    Set<CareRole> roles = rolesOf(rule);
    Escalation.Builder b = Escalation.builder().person(o.person).rule(rule.id()).level(rule.level())
        .actions(rule.actions()).targetRoles(roles).firstSignalAt(o.first).deadline(o.first.plus(deadlineOf(rule)))
        .evidence(o.evidence);
    Optional<ConfidentialityLimit> limit = rule.confidentialityLimit().filter(confidentiality()::overridesConsent);
    if (consent.permits(ConsentScope.SHARE_WITH_CARE_TEAM, at)) {
      b.sharing(SharingBasis.CONSENT);
    } else if (limit.isPresent()) {
      b.sharing(SharingBasis.CONFIDENTIALITY_LIMIT).overridingLimit(limit);
    } else {
      b.sharing(SharingBasis.ASK_PERMISSION);
    }
    boolean repeat = alreadyNotified.stream().anyMatch(p -> p.notifies() && p.person().equals(o.person) && p.rule().equals(rule.id())
        && p.level().atLeast(rule.level()) && Duration.between(p.firstSignalAt(), o.first).abs().compareTo(dedupeWindow()) < 0);
    return b.notifies(!repeat).build();
  }

  /** A person and a rule: the unit of de-duplication. */
  private record Key(PersonId person, RuleId rule) {}

  /** An escalation being assembled during evaluation. */
  private static final class Open {
    final EscalationRule rule;
    final PersonId person;
    final Instant first;
    final List<SignalId> evidence = new ArrayList<>();

    Open(EscalationRule rule, PersonId person, Instant first) {
      this.rule = rule;
      this.person = person;
      this.first = first;
    }
  }
}
