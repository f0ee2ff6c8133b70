package io.github.peersupport.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.testing.EscalationGen;
import io.github.peersupport.core.testing.Seeds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the escalation record lifecycle over random walks of events (10 seeds × 1,000 walks):
 * no state is skipped, refusals change nothing and name a record rule, overdue exactly when past the
 * deadline and unacknowledged as of the instant, a log lists exactly the overdue IMMEDIATE records,
 * and the same events give the same record on any thread.
 */
class EscalationRecordPropertyTest {
  private static final int CASES_PER_SEED = 1_000;
  private static final Set<RuleId> RECORD_RULES = Set.of(EscalationRecord.OUT_OF_ORDER, EscalationRecord.ALREADY_ACKNOWLEDGED,
      EscalationRecord.NOT_ACKNOWLEDGED, EscalationRecord.ALREADY_RESOLVED, EscalationRecord.NOT_ASSIGNED,
      EscalationRecord.REASSIGNED_WITHOUT_HELP, EscalationRecord.REASSIGNED_OFF_MANDATED_ROUTE);
  private static ExecutorService threads;

  @BeforeAll
  static void startThreads() {
    threads = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stopThreads() {
    threads.shutdownNow();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void apply_anyWalk_noStateSkippedAndRefusalsChangeNothing(long seed) {
    Seeds.forEachCase(seed, CASES_PER_SEED, r -> {
      EscalationRecord record = EscalationRecord.raised(EscalationGen.escalation(r));
      boolean acknowledgedSinceAssigned = false;
      for (EscalationTransition t : EscalationGen.walk(r, record, 12)) {
        EscalationRecord before = record;
        assertThat(t.fromState()).isEqualTo(before.state());
        if (!t.succeeded()) {
          assertThat(t.record()).isEqualTo(before);
          assertThat(RECORD_RULES).contains(t.refusedBy().orElseThrow());
          assertThat(t.refusedBy()).contains(expectedRefusal(before, t.event()));
          continue;
        }
        assertThat(expectedRefusal(before, t.event())).isNull();
        switch (t.event().type()) {
          case ACKNOWLEDGED -> {
            assertThat(t.fromState()).isEqualTo(EscalationState.RAISED);
            assertThat(t.toState()).isEqualTo(EscalationState.ACKNOWLEDGED);
            acknowledgedSinceAssigned = true;
          }
          case RESOLVED -> {
            assertThat(t.fromState()).isEqualTo(EscalationState.ACKNOWLEDGED);
            assertThat(acknowledgedSinceAssigned).isTrue();
            assertThat(t.toState()).isEqualTo(EscalationState.RESOLVED);
            assertThat(t.record().outcome()).isEqualTo(t.event().outcome());
          }
          default -> {
            assertThat(t.toState()).isEqualTo(EscalationState.RAISED);
            assertThat(t.record().assignedRoles()).isEqualTo(t.event().reassignedTo());
            acknowledgedSinceAssigned = false;
          }
        }
        assertThat(t.record().events()).hasSize(before.events().size() + 1).endsWith(t.event());
        // a record rebuilt from its events is the same record
        assertThat(EscalationRecord.builder().escalation(t.record().escalation()).events(t.record().events()).build()).isEqualTo(t.record());
        record = t.record();
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void isOverdue_exactlyWhenPastDeadlineAndNotAcknowledgedAsOfTheInstant(long seed) {
    Seeds.forEachCase(seed, CASES_PER_SEED, r -> {
      EscalationRecord record = EscalationGen.escalationRecord(r);
      for (Instant at : probes(r, record)) {
        // independent formulation: the last event at or before the instant is none or a reassignment
        EscalationEvent lastSoFar = null;
        for (EscalationEvent e : record.events()) {
          if (!e.at().isAfter(at)) {
            lastSoFar = e;
          }
        }
        boolean open = lastSoFar == null || lastSoFar.type() == EscalationEventType.REASSIGNED;
        assertThat(record.isOverdue(at)).as("at %s, %s", at, record).isEqualTo(at.isAfter(record.escalation().deadline()) && open);
      }
      assertThat(record.isOverdue(record.escalation().deadline())).isFalse();
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void overdueAt_listsEveryImmediateRecordNotAcknowledgedInTime(long seed) {
    Seeds.forEachCase(seed, CASES_PER_SEED / 4, r -> {
      EscalationLog log = EscalationGen.escalationLog(r);
      for (EscalationRecord record : log.records()) {
        for (Instant at : probes(r, record)) {
          List<EscalationRecord> overdue = log.overdueAt(at, Severity.IMMEDIATE);
          boolean expected = record.escalation().level() == Severity.IMMEDIATE && record.isOverdue(at);
          assertThat(overdue.contains(record)).isEqualTo(expected);
          assertThat(overdue).allSatisfy(o -> assertThat(o.escalation().level()).isEqualTo(Severity.IMMEDIATE));
          assertThat(log.overdueAt(at)).containsAll(overdue);
        }
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void apply_sameEventsOnAnyThread_sameRecord(long seed) throws InterruptedException, ExecutionException {
    SplittableRandom r = new SplittableRandom(seed);
    List<EscalationRecord> starts = new ArrayList<>();
    List<List<EscalationEvent>> events = new ArrayList<>();
    for (int i = 0; i < CASES_PER_SEED / 10; i++) {
      EscalationRecord start = EscalationRecord.raised(EscalationGen.escalation(r));
      starts.add(start);
      events.add(EscalationGen.walk(r, start, 10).stream().map(EscalationTransition::event).toList());
    }
    List<Future<List<EscalationRecord>>> runs = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      runs.add(threads.submit(() -> replayAll(starts, events)));
    }
    List<EscalationRecord> here = replayAll(starts, events);
    for (Future<List<EscalationRecord>> run : runs) {
      assertThat(run.get()).as("seed %d", seed).isEqualTo(here);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void build_withARefusedEvent_namesTheEventAndRule(long seed) {
    Seeds.forEachCase(seed, CASES_PER_SEED / 10, r -> {
      EscalationRecord record = EscalationGen.escalationRecord(r);
      EscalationEvent event = EscalationGen.escalationEvent(r, record);
      EscalationTransition t = record.apply(event);
      if (!t.succeeded()) {
        assertThatThrownBy(() -> EscalationRecord.builder().from(record).addEvents(event).build())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("events[" + record.events().size() + "]").hasMessageContaining(t.refusedBy().orElseThrow().value());
      }
    });
  }

  private static List<EscalationRecord> replayAll(List<EscalationRecord> starts, List<List<EscalationEvent>> events) {
    List<EscalationRecord> out = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      EscalationRecord record = starts.get(i);
      for (EscalationEvent e : events.get(i)) {
        record = record.apply(e).record();
      }
      out.add(record);
    }
    return out;
  }

  /** The deadline, a second either side, every event's instant and a second either side, and a random instant. */
  private static List<Instant> probes(SplittableRandom r, EscalationRecord record) {
    List<Instant> probes = new ArrayList<>();
    Instant deadline = record.escalation().deadline();
    probes.add(deadline);
    probes.add(deadline.minusSeconds(1));
    probes.add(deadline.plusSeconds(1));
    for (EscalationEvent e : record.events()) {
      probes.add(e.at());
      probes.add(e.at().minusSeconds(1));
      probes.add(e.at().plusSeconds(1));
    }
    probes.add(record.escalation().firstSignalAt().plusSeconds(r.nextLong(0, 30L * 86_400)));
    return probes;
  }

  /** The rules of {@link EscalationRecord}, written out again as a reference; null when none refuses. */
  private static RuleId expectedRefusal(EscalationRecord record, EscalationEvent e) {
    if (record.state() == EscalationState.RESOLVED) {
      return EscalationRecord.ALREADY_RESOLVED;
    }
    Instant last = record.events().isEmpty() ? record.escalation().firstSignalAt() : record.events().get(record.events().size() - 1).at();
    if (e.at().isBefore(last)) {
      return EscalationRecord.OUT_OF_ORDER;
    }
    boolean assigned = record.assignedRoles().contains(e.role());
    switch (e.type()) {
      case ACKNOWLEDGED:
        return record.state() != EscalationState.RAISED ? EscalationRecord.ALREADY_ACKNOWLEDGED : assigned ? null : EscalationRecord.NOT_ASSIGNED;
      case RESOLVED:
        return record.state() != EscalationState.ACKNOWLEDGED ? EscalationRecord.NOT_ACKNOWLEDGED : assigned ? null : EscalationRecord.NOT_ASSIGNED;
      default:
        boolean help = e.reassignedTo().stream().anyMatch(x -> x == io.github.peersupport.core.person.CareRole.CRISIS_LINE || x.isClinical());
        if (record.escalation().level() == Severity.IMMEDIATE && !help) {
          return EscalationRecord.REASSIGNED_WITHOUT_HELP;
        }
        boolean mandated = record.escalation().targetRoles().contains(io.github.peersupport.core.person.CareRole.SAFEGUARDING_LEAD);
        return mandated && !e.reassignedTo().contains(io.github.peersupport.core.person.CareRole.SAFEGUARDING_LEAD)
            ? EscalationRecord.REASSIGNED_OFF_MANDATED_ROUTE : null;
    }
  }
}
