package io.github.peersupport.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.boundary.BoundaryPolicy;
import io.github.peersupport.core.boundary.InteractionRecord;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.lifecycle.LifecycleEvent;
import io.github.peersupport.core.lifecycle.PeerLifecycle;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.testing.CapturingLogs;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.EscalationGen;
import io.github.peersupport.core.testing.Seeds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * No signal content, person, signal or rule id, or health detail appears in log output (captured at
 * every level by a test-scope SLF4J provider) or in exception messages.
 */
@Isolated // reads the log lines every test class writes: runs alone
class EscalationLoggingTest {
  private static final Instant AT = CoreGen.EPOCH.plusSeconds(4 * 86_400);

  @Test
  void provider_isTheCapturingOne() {
    assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).startsWith(CapturingLogs.class.getName());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void evaluate_logs_containNoPersonSignalOrHealthDetail(long seed) {
    Seeds.forEachCase(seed, 100, random -> {
      CapturingLogs.clear();
      List<Signal> signals = EscalationGen.signals(random, 10);
      EscalationDecision decision = EscalationGen.policy(random).evaluate(signals, java.util.Map.of(), AT, List.of());
      List<InteractionRecord> records = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        records.add(EscalationGen.interaction(random, "i-" + i, CoreGen.EPOCH.plusSeconds(random.nextInt(0, 86_400 * 20))));
      }
      BoundaryPolicy.standard().evaluate(records);
      PeerLifecycle.standard().apply(PeerStanding.applicant(), LifecycleEvent.activated(AT));

      List<String> lines = CapturingLogs.messages();
      assertThat(lines).as("the library logs its decisions at DEBUG").isNotEmpty();
      List<String> forbidden = new ArrayList<>();
      for (Signal s : signals) {
        forbidden.add(s.person().value());
        forbidden.add(s.id().value());
        s.sign().ifPresent(k -> forbidden.add(k.name()));
        s.disclosure().ifPresent(k -> forbidden.add(k.name()));
        s.label().ifPresent(t -> forbidden.add(t.value()));
      }
      decision.escalations().forEach(e -> forbidden.add(e.rule().value()));
      records.forEach(r -> {
        forbidden.add(r.peer().value());
        forbidden.add(r.other().value());
      });
      forbidden.add("escalation.");
      forbidden.add("boundary.");
      for (String line : lines) {
        for (String f : forbidden) {
          assertThat(line).as("log line must not reveal '%s'", f).doesNotContain(f);
        }
      }
    });
  }

  @Test
  void exceptions_forBadSignals_nameFieldsNotPeopleOrAnswers() {
    SeekerId person = SeekerId.of("s-secret-person");
    Throwable badAnswer = catchThrowable(() -> Signal.phq9("a", person, Reporter.SELF_REPORT, AT, 3, 3, 3, 3, 3, 3, 3, 3, 7));
    Throwable future = catchThrowable(() -> EscalationPolicy.standard().evaluate(
        List.of(Signal.sign("a", person, Reporter.PEER, AT.plusSeconds(5), SignKind.SUICIDE_MENTION)), ConsentRecord.none(), AT));

    assertThat(badAnswer).hasMessageStartingWith("answers[8]:").hasMessageNotContaining("s-secret-person").hasMessageNotContaining("3, 3");
    assertThat(future).hasMessageStartingWith("signals:").hasMessageNotContaining("s-secret-person").hasMessageNotContaining("SUICIDE");
  }
}
