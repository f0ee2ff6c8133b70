package io.github.peersupport.sim.internal;

import io.github.peersupport.core.escalation.Escalation;
import io.github.peersupport.core.escalation.EscalationDecision;
import io.github.peersupport.core.escalation.EscalationEvent;
import io.github.peersupport.core.escalation.EscalationLog;
import io.github.peersupport.core.escalation.EscalationOutcome;
import io.github.peersupport.core.escalation.EscalationRecord;
import io.github.peersupport.core.escalation.EscalationTransition;
import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.sim.Behaviour;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * The run's escalation records, as a host's care team keeps them: every escalation the policy
 * notifies is raised into an {@link EscalationLog} when it is decided, acknowledged by the first role
 * it is assigned to after a drawn delay (within the deadline, or late with chance {@link
 * Behaviour#lateAcknowledgementShare()}) and resolved one to seven days later (the delays are
 * assumptions, see {@link Behaviour#lateAcknowledgementShare()}). Events are applied on the day they
 * fall due ({@link #advance}), so the records at any instant hold only what happened by then. Resolved
 * records leave the open log ({@link #open()}, an {@link EscalationLog} built on demand) and are kept
 * in order; records are kept by escalation identity, so each event is O(log n). A record's draws
 * come from the stream of its person, rule and the instant it was decided ({@link
 * RandomStreams.Purpose#ESCALATION}), so they do not depend on the other escalations of the run.
 * Mutable, owned by one run.
 */
final class EscalationDesk {
  private static final String ACTOR = "care-team";
  /** Assumption: a late acknowledgement comes up to two weeks after the deadline. */
  private static final long LATE_SECONDS = Duration.ofDays(14).getSeconds();
  /** A drawn event, applied when it falls due; {@code seq} keeps draws in order at the same instant. */
  private record Due(Object key, EscalationEvent event, long seq) {}

  private final double lateShare;
  private final RandomStreams streams;
  private final PriorityQueue<Due> due = new PriorityQueue<>(
      Comparator.comparing((Due d) -> d.event().at()).thenComparingLong(Due::seq));
  private final List<EscalationRecord> resolved = new ArrayList<>();
  /** The open records by {@link #key}, in the order they were raised. */
  private final Map<Object, EscalationRecord> open = new LinkedHashMap<>();
  private long seq;

  /**
   * Creates the desk.
   *
   * @param lateShare the chance an escalation is acknowledged late
   * @param streams the run's streams
   */
  EscalationDesk(double lateShare, RandomStreams streams) {
    this.lateShare = lateShare;
    this.streams = streams;
  }

  /**
   * Raises a decision's notifications not yet recorded (as {@link EscalationLog#raise} does) and draws
   * when each new record is acknowledged and resolved. O(k) for k notifications.
   *
   * @param decision the decision
   * @param at when it was decided
   */
  void raise(EscalationDecision decision, Instant at) {
    for (Escalation e : decision.notifications()) {
      Object key = key(e);
      if (open.containsKey(key)) {
        continue;
      }
      open.put(key, EscalationRecord.raised(e));
      if (e.targetRoles().isEmpty()) {
        continue;
      }
      CareRole role = e.targetRoles().stream().sorted().findFirst().orElseThrow();
      SplittableRandom random = streams.stream(RandomStreams.Purpose.ESCALATION, RandomStreams.idKey(e.person()),
          RandomStreams.idKey(e.rule().value()), at.getEpochSecond());
      // the draws whose bounds are fixed first, so that a policy's deadline shifts none of them
      boolean late = Distributions.chance(random, lateShare);
      int resolveDays = 1 + random.nextInt(7);
      Instant ack = late
          ? e.deadline().plusSeconds(1 + random.nextLong(LATE_SECONDS))
          : at.plusSeconds(random.nextLong(Math.max(1, Duration.between(at, e.deadline()).getSeconds())));
      Instant done = ack.plus(Duration.ofDays(resolveDays));
      EscalationOutcome outcome = e.level() == Severity.IMMEDIATE ? EscalationOutcome.REFERRED_FOR_CARE
          : EscalationOutcome.ASSESSED_NO_FURTHER_ACTION;
      due.add(new Due(key, EscalationEvent.acknowledged(ack, role, ACTOR), seq++));
      due.add(new Due(key, EscalationEvent.resolved(done, role, ACTOR, outcome), seq++));
    }
  }

  /**
   * Applies every drawn event before an instant, in time order. O(log n) an event.
   *
   * @param until the end of the day
   */
  void advance(Instant until) {
    while (!due.isEmpty() && due.peek().event().at().isBefore(until)) {
      Due d = due.poll();
      EscalationTransition t = open.get(d.key()).apply(d.event());
      if (!t.succeeded()) {
        throw new IllegalStateException("escalation event refused: " + t.refusedBy().orElseThrow());
      }
      EscalationRecord r = t.record();
      if (r.outcome().isPresent()) {
        resolved.add(r);
        open.remove(d.key());
      } else {
        open.put(d.key(), r);
      }
    }
  }

  /** Returns the log of the open records (raised or acknowledged, not yet resolved). O(n²) for n open. */
  EscalationLog open() {
    return EscalationLog.builder().records(open.values()).build();
  }

  /** Returns every record: the resolved ones in the order they were resolved, then the open ones. */
  List<EscalationRecord> all() {
    List<EscalationRecord> all = new ArrayList<>(resolved);
    all.addAll(open.values());
    return List.copyOf(all);
  }

  /** Returns how many records were acknowledged so far (resolved ones included). */
  int acknowledged() {
    return resolved.size() + (int) open.values().stream().filter(r -> r.acknowledgedAt().isPresent()).count();
  }

  /**
   * The identity of an escalation as {@link EscalationRecord#records} reads it: person, rule and first
   * evidence (an escalation without evidence is never the same as another).
   */
  private static Object key(Escalation e) {
    return e.evidence().isEmpty() ? new Object() : List.of(e.person(), e.rule(), e.evidence().get(0));
  }
}
