package io.github.peersupport.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.peersupport.core.SeekerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Fuzzes signal construction from host input and the evaluation of whatever builds: construction
 * either succeeds or fails with an {@link IllegalArgumentException} / {@link IllegalStateException}
 * naming a field; evaluation of valid signals never throws, is deterministic, and any PHQ-9 with item
 * 9 above zero escalates at IMMEDIATE.
 */
@Isolated // Jazzer's agent and hooks: run alone, never beside another test class
class SignalFuzzTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  @FuzzTest(maxDuration = "20s")
  void signalsAndEvaluation(FuzzedDataProvider data) {
    List<Signal> signals = new ArrayList<>();
    int n = data.consumeInt(0, 6);
    for (int i = 0; i < n; i++) {
      try {
        signals.add(signal(data, "sig-" + i));
      } catch (IllegalArgumentException | IllegalStateException e) {
        assertThat(e.getMessage()).matches("^[A-Za-z][A-Za-z0-9\\[\\]. ]*: .+");
      }
    }
    EscalationDecision decision = EscalationPolicy.standard().evaluate(signals, Map.of(), AT, List.of());
    assertThat(EscalationPolicy.standard().evaluate(List.copyOf(signals), Map.of(), AT, List.of())).isEqualTo(decision);
    boolean item9 = signals.stream().anyMatch(s -> s.kind() == SignalKind.PHQ9 && s.answers().get(8) > 0);
    if (item9) {
      assertThat(decision.highest()).contains(Severity.IMMEDIATE);
    }
  }

  private static Signal signal(FuzzedDataProvider data, String id) {
    SeekerId person = SeekerId.of("s-" + data.consumeInt(0, 3));
    Instant at = AT.minusSeconds(data.consumeInt(0, 1_000_000));
    Reporter by = data.pickValue(Reporter.values());
    switch (data.consumeInt(0, 5)) {
      case 0:
        return Signal.phq2(id, person, by, at, data.consumeInt(), data.consumeInt());
      case 1:
        return Signal.phq9(id, person, by, at, data.consumeInts(data.consumeInt(0, 10)));
      case 2: {
        CssrsAnswers.Builder b = CssrsAnswers.builder();
        b.wishToBeDead(data.consumeBoolean()).suicidalThoughts(data.consumeBoolean())
            .behaviourInLifetime(data.consumeBoolean()).behaviourInPastThreeMonths(data.consumeBoolean());
        if (data.consumeBoolean()) {
          b.thoughtsWithMethod(data.consumeBoolean()).intent(data.consumeBoolean()).planWithIntent(data.consumeBoolean());
        }
        return Signal.cssrs(id, person, by, at, b.build());
      }
      case 3:
        return Signal.sign(id, person, by, at, data.pickValue(SignKind.values()));
      case 4:
        return Signal.disclosure(id, person, by, at, data.pickValue(DisclosureKind.values()));
      default:
        return Signal.other(id, person, by, at, data.consumeString(20), data.pickValue(Severity.values()));
    }
  }
}
