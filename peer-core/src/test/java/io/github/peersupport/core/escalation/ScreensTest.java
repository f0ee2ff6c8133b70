package io.github.peersupport.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.EscalationGen;
import io.github.peersupport.core.testing.Seeds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The EPDS (Cox, Holden &amp; Sagovsky 1987) and NCCN Distress Thermometer rules of the standard
 * policy at their cut-offs: every EPDS total and item 10, every thermometer rating.
 */
class ScreensTest {
  private static final Instant AT = CoreGen.EPOCH;
  private static final SeekerId MOTHER = SeekerId.of("s-1");
  private static final EscalationPolicy STANDARD = EscalationPolicy.standard();

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void epds_anyAnswers_firesExactlyTheBandAndItem10Rules(long seed) {
    Seeds.forEachCase(seed, 1_000, r -> {
      Signal epds = EscalationGen.epds(r, "e", MOTHER, AT);
      int total = epds.answers().stream().mapToInt(Integer::intValue).sum();
      List<RuleId> expected = new ArrayList<>();
      if (epds.answers().get(9) > 0) {
        expected.add(EscalationPolicy.EPDS_ITEM10_POSITIVE);
      }
      if (total >= 13) {
        expected.add(EscalationPolicy.EPDS_PROBABLE_DEPRESSION);
      } else if (total >= 10) {
        expected.add(EscalationPolicy.EPDS_POSSIBLE_DEPRESSION);
      }
      EscalationDecision d = STANDARD.evaluate(List.of(epds), ConsentRecord.none(), AT);
      assertThat(d.escalations()).extracting(Escalation::rule).containsExactlyElementsOf(expected);
    });
  }

  @ParameterizedTest(name = "total {0}")
  @ValueSource(ints = {0, 9, 10, 12, 13, 27})
  void epds_totalsAtTheCutOffs_withoutItem10(int total) {
    int[] items = spread(total, 9);
    Signal epds = Signal.epds("e", MOTHER, Reporter.SELF_REPORT, AT, items);
    List<Escalation> escalations = STANDARD.evaluate(List.of(epds), ConsentRecord.none(), AT).escalations();
    if (total < 10) {
      assertThat(escalations).isEmpty();
    } else if (total < 13) {
      assertThat(escalations).singleElement().satisfies(e -> {
        assertThat(e.rule()).isEqualTo(EscalationPolicy.EPDS_POSSIBLE_DEPRESSION);
        assertThat(e.level()).isEqualTo(Severity.CONCERN);
        assertThat(e.targetRoles()).contains(CareRole.SOCIAL_WORKER, CareRole.NURSE);
        assertThat(e.deadline()).isEqualTo(AT.plus(Duration.ofHours(72)));
      });
    } else {
      assertThat(escalations).singleElement().satisfies(e -> {
        assertThat(e.rule()).isEqualTo(EscalationPolicy.EPDS_PROBABLE_DEPRESSION);
        assertThat(e.level()).isEqualTo(Severity.URGENT);
        assertThat(e.targetRoles()).anyMatch(CareRole::isClinical);
      });
    }
  }

  @Test
  void epds_item10Positive_isImmediateWhateverTheTotal() {
    int[] items = new int[10];
    items[9] = 1;
    EscalationDecision d = STANDARD.evaluate(List.of(Signal.epds("e", MOTHER, Reporter.SELF_REPORT, AT, items)), ConsentRecord.none(), AT);
    assertThat(d.escalations()).singleElement().satisfies(e -> {
      assertThat(e.rule()).isEqualTo(EscalationPolicy.EPDS_ITEM10_POSITIVE);
      assertThat(e.level()).isEqualTo(Severity.IMMEDIATE);
      assertThat(e.actions()).contains(EscalationAction.GIVE_CRISIS_RESOURCES, EscalationAction.CLOSE_CHAT);
      assertThat(e.deadline()).isEqualTo(AT);
    });
    assertThat(d.crisisResources()).containsExactly(CrisisResources.US_988);
    assertThatThrownBy(() -> STANDARD.withoutRule(EscalationPolicy.EPDS_ITEM10_POSITIVE)).hasMessageContaining("safety floor");
  }

  @ParameterizedTest(name = "rating {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void distressThermometer_fourOrMore_isAConcernForASocialWorkerOrNurse(int rating) {
    Signal dt = Signal.distressThermometer("d", MOTHER, Reporter.SELF_REPORT, AT, rating);
    List<Escalation> escalations = STANDARD.evaluate(List.of(dt), ConsentRecord.none(), AT).escalations();
    if (rating < 4) {
      assertThat(escalations).isEmpty();
    } else {
      assertThat(escalations).singleElement().satisfies(e -> {
        assertThat(e.rule()).isEqualTo(EscalationPolicy.DISTRESS_ELEVATED);
        assertThat(e.rule().value()).startsWith("escalation.distress.");
        assertThat(e.level()).isEqualTo(Severity.CONCERN);
        assertThat(e.targetRoles()).contains(CareRole.SOCIAL_WORKER, CareRole.NURSE);
      });
    }
  }

  @Test
  void signals_outOfRangeAnswers_areRejectedNamingTheItem() {
    assertThatThrownBy(() -> Signal.distressThermometer("d", MOTHER, Reporter.SELF_REPORT, AT, 11)).hasMessageStartingWith("answers[0]");
    assertThatThrownBy(() -> Signal.epds("e", MOTHER, Reporter.SELF_REPORT, AT, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0)).hasMessageStartingWith("answers[3]");
    assertThatThrownBy(() -> Signal.epds("e", MOTHER, Reporter.SELF_REPORT, AT, 0, 0, 0)).hasMessageContaining("EPDS takes 10 answers");
    assertThatThrownBy(() -> Trigger.epdsBetween(12, 31)).hasMessageStartingWith("max");
    assertThatThrownBy(() -> Trigger.distressAtLeast(11)).hasMessageStartingWith("min");
  }

  /** Items summing to a total, item 10 held at 0 when {@code lastItem} is 9. */
  private static int[] spread(int total, int lastItem) {
    int[] items = new int[10];
    int left = total;
    for (int i = 0; i < lastItem && left > 0; i++) {
      items[i] = Math.min(3, left);
      left -= items[i];
    }
    return items;
  }
}
