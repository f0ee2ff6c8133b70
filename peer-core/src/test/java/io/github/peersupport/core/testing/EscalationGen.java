package io.github.peersupport.core.testing;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.boundary.BoundaryPolicy;
import io.github.peersupport.core.boundary.Channel;
import io.github.peersupport.core.boundary.InteractionFlag;
import io.github.peersupport.core.boundary.InteractionId;
import io.github.peersupport.core.boundary.InteractionRecord;
import io.github.peersupport.core.boundary.OutsideContact;
import io.github.peersupport.core.escalation.CrisisResource;
import io.github.peersupport.core.escalation.CrisisResources;
import io.github.peersupport.core.escalation.CssrsAnswers;
import io.github.peersupport.core.escalation.DisclosureKind;
import io.github.peersupport.core.escalation.Escalation;
import io.github.peersupport.core.escalation.EscalationAction;
import io.github.peersupport.core.escalation.EscalationEvent;
import io.github.peersupport.core.escalation.EscalationLog;
import io.github.peersupport.core.escalation.EscalationOutcome;
import io.github.peersupport.core.escalation.EscalationPolicy;
import io.github.peersupport.core.escalation.EscalationRecord;
import io.github.peersupport.core.escalation.EscalationRule;
import io.github.peersupport.core.escalation.EscalationTransition;
import io.github.peersupport.core.escalation.Reporter;
import io.github.peersupport.core.escalation.Routing;
import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.core.escalation.SignKind;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.escalation.Trigger;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.rule.RuleId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded generators for escalation and boundary values: signals of every kind (valid C-SSRS skip
 * logic, PHQ answers 0–3), IMMEDIATE triggers, host-configured policies (rules added, levels raised,
 * non-floor rules dropped or lowered, routing and windows changed, never below the safety floor),
 * interaction records and boundary policies.
 */
public final class EscalationGen {
  /** Zones for boundary policies: UTC, zones with daylight saving on either hemisphere, a half-hour offset. */
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("America/Chicago"),
      ZoneId.of("Europe/London"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Auckland"));

  private EscalationGen() {}

  /** @param r the random stream @return a person: a seeker or a supporter, from a small pool so people repeat */
  public static PersonId person(SplittableRandom r) {
    return r.nextBoolean() ? SeekerId.of("s-" + r.nextInt(4)) : SupporterId.of("p-" + r.nextInt(3));
  }

  /** @param r the random stream @return C-SSRS screener answers respecting the skip logic */
  public static CssrsAnswers cssrs(SplittableRandom r) {
    boolean q2 = r.nextBoolean();
    boolean lifetime = r.nextInt(4) == 0;
    CssrsAnswers.Builder b = CssrsAnswers.builder();
    b.wishToBeDead(r.nextBoolean()).suicidalThoughts(q2).behaviourInLifetime(lifetime)
        .behaviourInPastThreeMonths(lifetime && r.nextBoolean());
    if (q2) {
      b.thoughtsWithMethod(r.nextBoolean()).intent(r.nextInt(3) == 0).planWithIntent(r.nextInt(3) == 0);
    }
    return b.build();
  }

  /**
   * A signal of any kind.
   *
   * @param r the random stream
   * @param id the signal id
   * @param person whom it is about
   * @param at when
   * @return the signal
   */
  public static Signal signal(SplittableRandom r, String id, PersonId person, Instant at) {
    Reporter by = CoreGen.oneOf(r, Reporter.values());
    switch (r.nextInt(8)) {
      case 6:
        return epds(r, id, person, at);
      case 7:
        return Signal.distressThermometer(id, person, by, at, r.nextInt(0, 11));
      case 0:
        return Signal.phq2(id, person, by, at, r.nextInt(4), r.nextInt(4));
      case 1: {
        int[] items = new int[9];
        for (int i = 0; i < 9; i++) {
          items[i] = r.nextInt(4);
        }
        if (r.nextBoolean()) {
          items[8] = 0;
        }
        return Signal.phq9(id, person, by, at, items);
      }
      case 2:
        return Signal.cssrs(id, person, by, at, cssrs(r));
      case 3:
        return Signal.sign(id, person, by, at, CoreGen.oneOf(r, SignKind.values()));
      case 4:
        return Signal.disclosure(id, person, by, at, CoreGen.oneOf(r, DisclosureKind.values()));
      default:
        return Signal.other(id, person, by, at, CoreGen.oneOf(r, "transport", "housing", "safety-plan"), CoreGen.oneOf(r, Severity.values()));
    }
  }

  /**
   * A signal that the standard policy escalates at IMMEDIATE, of any IMMEDIATE kind.
   *
   * @param r the random stream
   * @param id the signal id
   * @param person whom it is about
   * @param at when
   * @return the signal
   */
  public static Signal immediateSignal(SplittableRandom r, String id, PersonId person, Instant at) {
    Reporter by = CoreGen.oneOf(r, Reporter.values());
    switch (r.nextInt(6)) {
      case 5: {
        int[] items = new int[10];
        for (int i = 0; i < 9; i++) {
          items[i] = r.nextInt(4);
        }
        items[9] = r.nextInt(1, 4);
        return Signal.epds(id, person, by, at, items);
      }
      case 0: {
        int[] items = new int[9];
        for (int i = 0; i < 8; i++) {
          items[i] = r.nextInt(4);
        }
        items[8] = r.nextInt(1, 4);
        return Signal.phq9(id, person, by, at, items);
      }
      case 1: {
        CssrsAnswers.Builder b = CssrsAnswers.builder();
        boolean recentBehaviour = r.nextBoolean();
        b.wishToBeDead(r.nextBoolean()).suicidalThoughts(true).thoughtsWithMethod(r.nextBoolean())
            .intent(!recentBehaviour || r.nextBoolean()).planWithIntent(r.nextBoolean())
            .behaviourInLifetime(recentBehaviour).behaviourInPastThreeMonths(recentBehaviour);
        return Signal.cssrs(id, person, by, at, b.build());
      }
      case 2:
        return Signal.sign(id, person, by, at, SignKind.SUICIDE_MENTION);
      case 3:
        return Signal.disclosure(id, person, by, at, CoreGen.oneOf(r, DisclosureKind.values()));
      default:
        return Signal.other(id, person, by, at, "host-defined-crisis", Severity.IMMEDIATE);
    }
  }

  /**
   * A host-configured policy: the standard one with random changes that the safety floor allows.
   *
   * @param r the random stream
   * @return the policy
   */
  public static EscalationPolicy policy(SplittableRandom r) {
    EscalationPolicy policy = EscalationPolicy.standard();
    int changes = r.nextInt(0, 6);
    for (int i = 0; i < changes; i++) {
      List<EscalationRule> rules = policy.rules();
      EscalationRule target = rules.get(r.nextInt(rules.size()));
      switch (r.nextInt(9)) {
        case 0: // raise a level
          if (target.level() != Severity.IMMEDIATE) {
            Severity raised = Severity.values()[r.nextInt(target.level().ordinal() + 1, Severity.values().length)];
            EscalationRule.Builder b = EscalationRule.builder().from(target).level(raised);
            if (raised == Severity.IMMEDIATE) { // its own routing, if any, gives way to IMMEDIATE's
              b.targetRoles(Set.of()).deadline(java.util.Optional.of(Duration.ZERO));
            }
            policy = policy.withRule(b.build());
          }
          break;
        case 1: // drop or lower a rule that is not part of the floor
          if (target.level() != Severity.IMMEDIATE) {
            policy = r.nextBoolean() ? policy.withoutRule(target.id())
                : policy.withRule(EscalationRule.builder().from(target).level(Severity.INFO).build());
          }
          break;
        case 2: // add a host rule
          int min = r.nextInt(0, 28);
          policy = policy.withRule(EscalationRule.builder().id(RuleId.of("host.phq9-" + min + "-" + i))
              .trigger(Trigger.phq9Between(min, r.nextInt(min, 28))).level(CoreGen.oneOf(r, Severity.values()))
              .actions(EnumSet.of(EscalationAction.NOTIFY)).build());
          break;
        case 3: // re-route a level other than IMMEDIATE
          Severity level = CoreGen.oneOf(r, Severity.INFO, Severity.CONCERN, Severity.URGENT);
          policy = policy.withLevelRouting(level, Routing.of(EnumSet.of(CoreGen.oneOf(r, CareRole.values())), Duration.ofHours(r.nextInt(0, 200))));
          break;
        case 4: // re-route IMMEDIATE within the floor
          policy = policy.withLevelRouting(Severity.IMMEDIATE, Routing.of(
              EnumSet.of(CareRole.CRISIS_LINE, CoreGen.oneOf(r, CareRole.values())), Duration.ofHours(r.nextInt(0, 25))));
          break;
        case 5: { // own roles on any rule, floor rules included, always reaching a clinician or the crisis line,
          // and keeping the roles a floor rule's own default routing names (abuse: the safeguarding lead)
          Set<CareRole> roles = EnumSet.of(CoreGen.oneOf(r, CareRole.CRISIS_LINE, CareRole.NURSE, CareRole.PHYSICIAN), CoreGen.oneOf(r, CareRole.values()));
          EscalationPolicy.standard().rule(target.id()).filter(d -> d.level() == Severity.IMMEDIATE)
              .ifPresent(d -> roles.addAll(d.targetRoles()));
          policy = policy.withRule(EscalationRule.builder().from(target).targetRoles(roles).build());
          break;
        }
        case 6: // another country, sometimes with a host's own resource in the directory
          policy = r.nextBoolean()
              ? EscalationPolicy.builder().from(policy).country(CoreGen.oneOf(r, "US", "CA", "GB", "IE", "AU", "NZ")).build()
              : EscalationPolicy.builder().from(policy).country("DE").addCrisisDirectory(crisisResource(r, "DE")).build();
          break;
        case 7: // a rule of a level below IMMEDIATE routed on its own
          if (target.level() != Severity.IMMEDIATE) {
            policy = policy.withRule(target.routedTo(Routing.of(EnumSet.of(CoreGen.oneOf(r, CareRole.values())), Duration.ofHours(r.nextInt(0, 200)))));
          }
          break;
        default: // another de-duplication window, extra actions on any rule
          policy = EscalationPolicy.builder().from(policy.withRule(EscalationRule.builder().from(target)
              .addActions(CoreGen.oneOf(r, EscalationAction.values())).build()))
              .dedupeWindow(Duration.ofHours(r.nextInt(0, 72))).build();
          break;
      }
    }
    return policy;
  }

  /**
   * EPDS answers as scored, each 0–3; about one in three has item 10 scored 0, so the totals spread.
   *
   * @param r the random stream
   * @param id the signal id
   * @param person whom it is about
   * @param at when
   * @return the signal
   */
  public static Signal epds(SplittableRandom r, String id, PersonId person, Instant at) {
    int[] items = new int[10];
    int high = r.nextInt(1, 5);
    for (int i = 0; i < 10; i++) {
      items[i] = r.nextInt(0, high);
    }
    if (r.nextInt(3) == 0) {
      items[9] = 0;
    }
    return Signal.epds(id, person, CoreGen.oneOf(r, Reporter.values()), at, items);
  }

  /**
   * A crisis resource for a country, with a call number, a text number or both.
   *
   * @param r the random stream
   * @param country an ISO 3166-1 alpha-2 code
   * @return the resource
   */
  public static CrisisResource crisisResource(SplittableRandom r, String country) {
    CrisisResource.Builder b = CrisisResource.builder();
    b.addCountries(country).name(CoreGen.oneOf(r, "Telefonseelsorge", "Crisis line", "Helpline & chat"))
        .source("https://example.org/" + country.toLowerCase(java.util.Locale.ROOT) + "/" + r.nextInt(100));
    int kind = r.nextInt(3);
    if (kind != 1) {
      b.addCall(CoreGen.oneOf(r, "0800 111 0 111", "116 123", "112"));
    }
    if (kind != 0) {
      b.addText(CoreGen.oneOf(r, "988", "0477 13 11 14", "741741"));
    }
    return b.build();
  }

  /**
   * A crisis resource from the standard directory or a host's own.
   *
   * @param r the random stream
   * @return the resource
   */
  public static CrisisResource crisisResource(SplittableRandom r) {
    return r.nextBoolean() ? CoreGen.oneOf(r, CrisisResources.standard()) : crisisResource(r, CoreGen.oneOf(r, "DE", "FR", "JP", "ZA"));
  }

  /**
   * An escalation of the standard policy: a signal that escalates, evaluated.
   *
   * @param r the random stream
   * @return the escalation
   */
  public static Escalation escalation(SplittableRandom r) {
    PersonId person = person(r);
    Instant at = CoreGen.EPOCH.plusSeconds(r.nextInt(0, 3 * 86_400));
    while (true) {
      Signal s = r.nextInt(3) == 0 ? immediateSignal(r, "sig-" + r.nextInt(1000), person, at) : signal(r, "sig-" + r.nextInt(1000), person, at);
      List<Escalation> escalations = EscalationPolicy.standard().evaluate(List.of(s), java.util.Map.of(), at, List.of()).escalations();
      if (!escalations.isEmpty()) {
        return CoreGen.oneOf(r, escalations);
      }
    }
  }

  /**
   * An event for a record: any type, by one of its assigned roles most of the time, mostly after its
   * last event (sometimes before, sometimes at the same instant), so some events are refused.
   *
   * @param r the random stream
   * @param record the record
   * @return the event
   */
  public static EscalationEvent escalationEvent(SplittableRandom r, EscalationRecord record) {
    Instant last = record.events().isEmpty() ? record.escalation().firstSignalAt() : record.events().get(record.events().size() - 1).at();
    Instant at = switch (r.nextInt(10)) {
      case 0 -> last.minusSeconds(r.nextInt(1, 3_600));
      case 1 -> last;
      default -> last.plusSeconds(r.nextInt(1, 3 * 86_400));
    };
    CareRole role = r.nextInt(5) == 0 ? CoreGen.oneOf(r, CareRole.values()) : CoreGen.oneOf(r, List.copyOf(record.assignedRoles()));
    String actor = "staff-" + r.nextInt(20);
    switch (r.nextInt(5)) {
      case 0:
      case 1:
        return EscalationEvent.acknowledged(at, role, actor);
      case 2:
        return EscalationEvent.reassigned(at, role, actor, EnumSet.of(CoreGen.oneOf(r, CareRole.values()),
            CoreGen.oneOf(r, CareRole.NURSE, CareRole.CRISIS_LINE, CareRole.COORDINATOR, CareRole.SAFEGUARDING_LEAD)));
      default:
        return EscalationEvent.resolved(at, role, actor, CoreGen.oneOf(r, EscalationOutcome.values()));
    }
  }

  /**
   * A random walk over a record: up to {@code steps} events, each applied (refused ones leave the
   * record unchanged).
   *
   * @param r the random stream
   * @param start the record to start from
   * @param steps the largest number of events tried
   * @return every transition, in order
   */
  public static List<EscalationTransition> walk(SplittableRandom r, EscalationRecord start, int steps) {
    List<EscalationTransition> walk = new ArrayList<>();
    EscalationRecord record = start;
    int n = r.nextInt(0, steps + 1);
    for (int i = 0; i < n; i++) {
      EscalationTransition t = record.apply(escalationEvent(r, record));
      walk.add(t);
      record = t.record();
    }
    return walk;
  }

  /**
   * A record of a standard escalation after a random walk of events.
   *
   * @param r the random stream
   * @return the record
   */
  public static EscalationRecord escalationRecord(SplittableRandom r) {
    EscalationRecord start = EscalationRecord.raised(escalation(r));
    List<EscalationTransition> walk = walk(r, start, 6);
    return walk.isEmpty() ? start : walk.get(walk.size() - 1).record();
  }

  /**
   * A log of a few escalations of one evaluation, each walked through some events.
   *
   * @param r the random stream
   * @return the log
   */
  public static EscalationLog escalationLog(SplittableRandom r) {
    List<Signal> signals = signals(r, 6);
    Instant at = CoreGen.EPOCH.plusSeconds(3 * 86_400);
    EscalationLog log = EscalationLog.empty().raise(policy(r).evaluate(signals, java.util.Map.of(), at, List.of()));
    for (EscalationRecord record : log.records()) {
      List<EscalationTransition> walk = walk(r, record, 4);
      if (!walk.isEmpty()) {
        log = log.with(walk.get(walk.size() - 1).record());
      }
    }
    return log;
  }

  /**
   * A list of signals about a few people over a few days, with unique ids.
   *
   * @param r the random stream
   * @param max the largest count
   * @return the signals
   */
  public static List<Signal> signals(SplittableRandom r, int max) {
    List<Signal> signals = new ArrayList<>();
    int n = r.nextInt(0, max + 1);
    for (int i = 0; i < n; i++) {
      signals.add(signal(r, "sig-" + i, person(r), CoreGen.EPOCH.plusSeconds(r.nextInt(0, 3 * 86_400))));
    }
    return signals;
  }

  /**
   * An interaction record between one of a few peers and one of a few seekers.
   *
   * @param r the random stream
   * @param id the record id
   * @param at when
   * @return the record
   */
  public static InteractionRecord interaction(SplittableRandom r, String id, Instant at) {
    return interaction(r, id, at, 12);
  }

  /**
   * An interaction record between one of a few peers and one of a few seekers, each flag set with
   * odds of 1 in {@code flagOdds} and a gift with its value with odds of 1 in {@code flagOdds / 2}.
   *
   * @param r the random stream
   * @param id the record id
   * @param at when
   * @param flagOdds 2 or more; larger means fewer flags
   * @return the record
   */
  public static InteractionRecord interaction(SplittableRandom r, String id, Instant at, int flagOdds) {
    InteractionRecord.Builder b = InteractionRecord.builder();
    b.id(InteractionId.of(id)).peer(SupporterId.of("p-" + r.nextInt(3))).other(SeekerId.of("s-" + r.nextInt(4)))
        .at(at).channel(CoreGen.oneOf(r, Channel.values()));
    for (InteractionFlag flag : InteractionFlag.values()) {
      if (r.nextInt(flagOdds) == 0) {
        b.addFlags(flag);
      }
    }
    if (r.nextInt(flagOdds / 2) == 0) {
      b.addFlags(InteractionFlag.GIFT).giftValue(BigDecimal.valueOf(r.nextInt(0, 100)));
    }
    return b.build();
  }

  /**
   * Interaction records with unique ids ({@code i-0}, {@code i-1}, ...) at instants spread over
   * {@code spread} from {@link CoreGen#EPOCH}; about one in eight shares the instant of an earlier
   * record, so ties occur. Each list has its own flag density, from many flags to almost none.
   *
   * @param r the random stream
   * @param max the largest count
   * @param spread how far after the epoch the instants may lie
   * @return the records, in generation order
   */
  public static List<InteractionRecord> interactions(SplittableRandom r, int max, Duration spread) {
    List<InteractionRecord> records = new ArrayList<>();
    int n = r.nextInt(0, max + 1);
    int flagOdds = CoreGen.oneOf(r, 6, 12, 40, 200);
    for (int i = 0; i < n; i++) {
      Instant at = !records.isEmpty() && r.nextInt(8) == 0
          ? records.get(r.nextInt(records.size())).at()
          : CoreGen.EPOCH.plusSeconds(r.nextLong(0, spread.toSeconds() + 1));
      records.add(interaction(r, "i-" + i, at, flagOdds));
    }
    return records;
  }

  /**
   * A boundary policy with random outside-contact rule, gift limit (0 to 100, in cents), contact hours
   * (all day, a usual day, or any span of at least a minute), zone, weekly contact limit (1 to 8,
   * sometimes 100), review thresholds and review window (1 to 120 days).
   *
   * @param r the random stream
   * @return the policy
   */
  public static BoundaryPolicy boundaryPolicy(SplittableRandom r) {
    int fromMinute;
    int untilMinute;
    switch (r.nextInt(3)) {
      case 0: // all day
        fromMinute = 0;
        untilMinute = 24 * 60 - 1;
        break;
      case 1: // a usual day
        fromMinute = r.nextInt(6, 11) * 60;
        untilMinute = r.nextInt(17, 24) * 60 - r.nextInt(0, 2);
        break;
      default:
        fromMinute = r.nextInt(0, 23 * 60);
        untilMinute = r.nextInt(fromMinute + 1, 24 * 60);
        break;
    }
    return BoundaryPolicy.builder()
        .outsideContact(CoreGen.oneOf(r, OutsideContact.values()))
        .giftLimit(BigDecimal.valueOf(r.nextInt(0, 10_001), 2))
        .contactFrom(LocalTime.of(fromMinute / 60, fromMinute % 60))
        .contactUntil(LocalTime.of(untilMinute / 60, untilMinute % 60))
        .zone(CoreGen.oneOf(r, ZONES))
        .maxContactsPerWeek(r.nextInt(10) == 0 ? 100 : r.nextInt(1, 9))
        .seriousBreachesForReview(r.nextInt(1, 5))
        .breachesForReview(r.nextInt(1, 16))
        .reviewWindow(Duration.ofDays(r.nextInt(1, 121)).plusSeconds(r.nextInt(0, 86_400)))
        .build();
  }

  /**
   * A shuffled copy of a list (Fisher–Yates on the given stream).
   *
   * @param r the random stream
   * @param values the list
   * @param <T> the element type
   * @return a new list with the same elements in random order
   */
  public static <T> List<T> shuffled(SplittableRandom r, List<T> values) {
    List<T> copy = new ArrayList<>(values);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      T t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return copy;
  }
}
