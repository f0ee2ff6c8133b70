package io.github.peersupport.sim.internal;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.escalation.Escalation;
import io.github.peersupport.core.escalation.EscalationAction;
import io.github.peersupport.core.escalation.EscalationDecision;
import io.github.peersupport.core.escalation.EscalationPolicy;
import io.github.peersupport.core.escalation.Reporter;
import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.core.escalation.SignKind;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.sim.Behaviour;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Screening and escalation: each week engaged seekers may be screened (PHQ-2, then the PHQ-9 when the
 * PHQ-2 total is 3 or more: Kroenke, Spitzer and Williams 2003), supporters with a load may show
 * distress (and are paused when the policy says so), and session records' signals are evaluated.
 * Every signal goes through the scenario's {@link EscalationPolicy}; the escalations are counted by
 * level. Mutable, owned by one run.
 */
final class Screening {
  private final EscalationPolicy policy;
  private final Behaviour behaviour;
  private final RandomStreams streams;
  private final SupporterRoster roster;
  private final MatchLedger ledger;
  private final RunObserver observer;
  private final Map<Severity, Integer> escalations = new EnumMap<>(Severity.class);
  private final EscalationDesk desk;
  private int total;
  private int signalCounter;

  Screening(EscalationPolicy policy, Behaviour behaviour, RandomStreams streams, SupporterRoster roster, MatchLedger ledger,
      RunObserver observer) {
    this.policy = policy;
    this.behaviour = behaviour;
    this.streams = streams;
    this.roster = roster;
    this.ledger = ledger;
    this.observer = observer;
    this.desk = new EscalationDesk(behaviour.lateAcknowledgementShare(), streams);
  }

  /**
   * Signals distress of available supporters with a load (each with the weekly distress chance),
   * evaluates it and pauses the supporter when an escalation asks for it. The chance is the
   * supporter's own draw for the week ({@link RandomStreams.Purpose#DISTRESS}), the same whatever
   * their load; only whether it is read depends on it.
   *
   * @param day the day of the run
   * @param now the instant
   */
  void distress(int day, Instant now) {
    for (int j = 0; j < roster.size(); j++) {
      SupporterId s = roster.get(j).id();
      if (!roster.available(j) || ledger.book().loadOf(s) == 0
          || !streams.chance(RandomStreams.Purpose.DISTRESS, roster.key(j), now.getEpochSecond(), behaviour.supporterDistressPerWeek())) {
        continue;
      }
      Signal sign = Signal.sign(nextSignal(), s, Reporter.PEER, now, SignKind.SUPPORTER_DISTRESS);
      EscalationDecision d = policy.evaluate(List.of(sign), ConsentRecord.none(), now);
      count(d, now);
      observer.escalated(now, d);
      if (d.escalations().stream().anyMatch(e -> e.actions().contains(EscalationAction.PAUSE_SUPPORTER))) {
        roster.pause(j, day, now);
      }
    }
  }

  /**
   * Screens engaged seekers, each with the weekly screening chance, and evaluates their answers. Whether
   * a seeker is screened at an occasion, and what they answer, are their own draws for the occasion
   * ({@link RandomStreams.Purpose#SCREENED}, {@link RandomStreams.Purpose#SCREENING_ANSWERS}): a seeker
   * engaged at the same occasion in two runs of a seed is screened in both or in neither, with the
   * same answers.
   *
   * @param now the instant
   */
  void screen(Instant now) {
    for (MatchState ms : ledger.live()) {
      if (ms.closed || !ms.match.status().isEngaged() || !screened(ms.seeker, now)) {
        continue;
      }
      screen(ms.seeker, now);
    }
  }

  /**
   * Screens group members referred to a group only ({@link Behaviour#oneToOneShare()}), each with the
   * weekly screening chance: their group is their contact with the programme, so they are screened
   * as seekers in a one-to-one match are. Assumption: a programme screens its group members as it
   * screens its matched seekers (PHQ-2, then the PHQ-9). A scenario without such members draws
   * nothing here.
   *
   * @param members the members, in group order
   * @param now the instant
   */
  void screenMembers(List<SeekerState> members, Instant now) {
    for (SeekerState st : members) {
      if (screened(st, now)) {
        screen(st, now);
      }
    }
  }

  private boolean screened(SeekerState st, Instant now) {
    return streams.chance(RandomStreams.Purpose.SCREENED, st.key, now.getEpochSecond(), behaviour.screeningPerWeek());
  }

  private void screen(SeekerState st, Instant now) {
    List<Signal> signals = answers(st.seeker.id(), now);
    EscalationDecision decision = policy.evaluate(signals, st.seeker.consent(), now);
    count(decision, now);
    observer.screened(now, signals, decision);
    observer.escalated(now, decision);
  }

  /**
   * Draws a seeker's screening answers: the PHQ-2, and the PHQ-9 (repeating the two PHQ-2 items) when
   * the PHQ-2 total is at least 3; each item is 0, or 1 to 3 with the symptom share (item 9 with the
   * item-9 share). The answers are the seeker's own draws for the occasion ({@link
   * RandomStreams.Purpose#SCREENING_ANSWERS}, keyed by seeker and instant), two for each item whatever
   * its value.
   */
  List<Signal> answers(SeekerId seeker, Instant now) {
    SplittableRandom random = streams.stream(RandomStreams.Purpose.SCREENING_ANSWERS, RandomStreams.idKey(seeker), now.getEpochSecond());
    int a = item(random, behaviour.symptomShare());
    int b = item(random, behaviour.symptomShare());
    List<Signal> signals = new ArrayList<>(2);
    signals.add(Signal.phq2(nextSignal(), seeker, Reporter.SELF_REPORT, now, a, b));
    if (a + b >= 3) {
      int[] items = new int[9];
      items[0] = a;
      items[1] = b;
      for (int k = 2; k < 8; k++) {
        items[k] = item(random, behaviour.symptomShare());
      }
      items[8] = item(random, behaviour.item9Share());
      signals.add(Signal.phq9(nextSignal(), seeker, Reporter.SELF_REPORT, now, items));
    }
    return signals;
  }

  /**
   * Evaluates the signals a session record gave, with the consents of the group's members.
   *
   * @param signals the signals
   * @param consents each member's consent
   * @param at the session's instant
   */
  void sessionSignals(List<Signal> signals, Map<PersonId, ConsentRecord> consents, Instant at) {
    EscalationDecision decision = policy.evaluate(signals, consents, at, List.of());
    count(decision, at);
    observer.escalated(at, decision);
  }

  private static int item(SplittableRandom random, double p) {
    boolean symptom = Distributions.chance(random, p);
    int score = 1 + random.nextInt(3);
    return symptom ? score : 0;
  }

  private void count(EscalationDecision decision, Instant at) {
    desk.raise(decision, at);
    for (Escalation e : decision.escalations()) {
      escalations.merge(e.level(), 1, Integer::sum);
      total++;
    }
  }

  private String nextSignal() {
    return "sig-" + (++signalCounter);
  }

  /** Returns the run's escalation records. */
  EscalationDesk desk() {
    return desk;
  }

  /** Returns the escalations so far by level. */
  Map<Severity, Integer> escalations() {
    return new EnumMap<>(escalations);
  }

  /** Returns how many escalations so far, of every level. */
  int total() {
    return total;
  }
}
