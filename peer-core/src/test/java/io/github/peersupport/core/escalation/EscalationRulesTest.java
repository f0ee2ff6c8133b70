package io.github.peersupport.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.rule.RuleId;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every default escalation rule fires on its example and not on a near miss. */
class EscalationRulesTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  private static final SeekerId SEEKER = SeekerId.of("s-1");
  private static final SupporterId PEER = SupporterId.of("p-1");

  private static Signal phq9(int... items) {
    return Signal.phq9("x", SEEKER, Reporter.SELF_REPORT, AT, items);
  }

  private static Signal cssrs(CssrsAnswers answers) {
    return Signal.cssrs("x", SEEKER, Reporter.SCREENER, AT, answers);
  }

  private static CssrsAnswers q2(boolean method, boolean intent, boolean plan) {
    return CssrsAnswers.builder().wishToBeDead(true).suicidalThoughts(true).thoughtsWithMethod(method).intent(intent)
        .planWithIntent(plan).behaviourInLifetime(false).behaviourInPastThreeMonths(false).build();
  }

  private static Signal sign(SignKind kind) {
    return Signal.sign("x", kind == SignKind.SUPPORTER_DISTRESS ? PEER : SEEKER, Reporter.PEER, AT, kind);
  }

  private static Signal disclosure(DisclosureKind kind) {
    return Signal.disclosure("x", SEEKER, Reporter.PEER, AT, kind);
  }

  private static Signal epds(int... items) {
    return Signal.epds("x", SEEKER, Reporter.SELF_REPORT, AT, items);
  }

  private static Signal other(Severity severity) {
    return Signal.other("x", SEEKER, Reporter.PEER, AT, "transport", severity);
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(EscalationPolicy.PHQ2_POSITIVE, Signal.phq2("x", SEEKER, Reporter.SCREENER, AT, 2, 1), Signal.phq2("x", SEEKER, Reporter.SCREENER, AT, 1, 1)),
        Arguments.of(EscalationPolicy.PHQ9_MILD, phq9(1, 1, 1, 1, 1, 0, 0, 0, 0), phq9(1, 1, 1, 1, 0, 0, 0, 0, 0)),
        Arguments.of(EscalationPolicy.PHQ9_MODERATE, phq9(2, 2, 2, 2, 2, 0, 0, 0, 0), phq9(2, 2, 2, 2, 1, 0, 0, 0, 0)),
        Arguments.of(EscalationPolicy.PHQ9_MODERATELY_SEVERE, phq9(3, 3, 3, 3, 3, 0, 0, 0, 0), phq9(3, 3, 3, 3, 2, 0, 0, 0, 0)),
        Arguments.of(EscalationPolicy.PHQ9_SEVERE, phq9(3, 3, 3, 3, 3, 3, 2, 0, 0), phq9(3, 3, 3, 3, 3, 3, 1, 0, 0)),
        Arguments.of(EscalationPolicy.PHQ9_ITEM9_POSITIVE, phq9(0, 0, 0, 0, 0, 0, 0, 0, 1), phq9(0, 0, 0, 0, 0, 0, 0, 1, 0)),
        Arguments.of(EscalationPolicy.CSSRS_LOW,
            cssrs(CssrsAnswers.builder().from(CssrsAnswers.allNo()).wishToBeDead(true).build()), cssrs(CssrsAnswers.allNo())),
        Arguments.of(EscalationPolicy.CSSRS_MODERATE, cssrs(q2(true, false, false)), cssrs(q2(false, false, false))),
        Arguments.of(EscalationPolicy.CSSRS_HIGH, cssrs(q2(true, true, false)), cssrs(q2(true, false, false))),
        Arguments.of(EscalationPolicy.EPDS_POSSIBLE_DEPRESSION, epds(3, 3, 3, 1, 0, 0, 0, 0, 0, 0), epds(3, 3, 3, 0, 0, 0, 0, 0, 0, 0)),
        Arguments.of(EscalationPolicy.EPDS_PROBABLE_DEPRESSION, epds(3, 3, 3, 3, 1, 0, 0, 0, 0, 0), epds(3, 3, 3, 3, 0, 0, 0, 0, 0, 0)),
        Arguments.of(EscalationPolicy.EPDS_ITEM10_POSITIVE, epds(0, 0, 0, 0, 0, 0, 0, 0, 0, 1), epds(0, 0, 0, 0, 0, 0, 0, 0, 1, 0)),
        Arguments.of(EscalationPolicy.DISTRESS_ELEVATED, Signal.distressThermometer("x", SEEKER, Reporter.SELF_REPORT, AT, 4),
            Signal.distressThermometer("x", SEEKER, Reporter.SELF_REPORT, AT, 3)),
        Arguments.of(EscalationPolicy.SUICIDE_MENTION, sign(SignKind.SUICIDE_MENTION), sign(SignKind.HOPELESSNESS)),
        Arguments.of(EscalationPolicy.DANGER_TO_OTHERS, disclosure(DisclosureKind.DANGER_TO_OTHERS), disclosure(DisclosureKind.CHILD_ABUSE)),
        Arguments.of(EscalationPolicy.CHILD_ABUSE, disclosure(DisclosureKind.CHILD_ABUSE), disclosure(DisclosureKind.ELDER_OR_DEPENDENT_ADULT_ABUSE)),
        Arguments.of(EscalationPolicy.ELDER_ABUSE, disclosure(DisclosureKind.ELDER_OR_DEPENDENT_ADULT_ABUSE), disclosure(DisclosureKind.DANGER_TO_OTHERS)),
        Arguments.of(EscalationPolicy.DEPRESSION_SIGNS, sign(SignKind.DEPRESSION_SIGNS), sign(SignKind.MISSED_CONTACTS)),
        Arguments.of(EscalationPolicy.HOPELESSNESS, sign(SignKind.HOPELESSNESS), sign(SignKind.DEPRESSION_SIGNS)),
        Arguments.of(EscalationPolicy.SUPPORTER_DISTRESS, sign(SignKind.SUPPORTER_DISTRESS), sign(SignKind.EMOTIONAL_ENTANGLEMENT)),
        Arguments.of(EscalationPolicy.EMOTIONAL_ENTANGLEMENT, sign(SignKind.EMOTIONAL_ENTANGLEMENT), sign(SignKind.SUPPORTER_DISTRESS)),
        Arguments.of(EscalationPolicy.DISRUPTIVE_MEMBER, sign(SignKind.DISRUPTIVE_BEHAVIOUR), sign(SignKind.COMPLAINT_DOMINATED_GROUP)),
        Arguments.of(EscalationPolicy.COMPLAINT_DOMINATED, sign(SignKind.COMPLAINT_DOMINATED_GROUP), sign(SignKind.COMPETITIVE_COMPARISON)),
        Arguments.of(EscalationPolicy.COMPETITIVE_COMPARISON, sign(SignKind.COMPETITIVE_COMPARISON), sign(SignKind.DISRUPTIVE_BEHAVIOUR)),
        Arguments.of(EscalationPolicy.MEDICAL_ADVICE_GIVEN, sign(SignKind.MEDICAL_ADVICE_GIVEN), sign(SignKind.MEDICAL_ADVICE_REQUESTED)),
        Arguments.of(EscalationPolicy.MEDICAL_ADVICE_REQUESTED, sign(SignKind.MEDICAL_ADVICE_REQUESTED), sign(SignKind.MEDICAL_ADVICE_GIVEN)),
        Arguments.of(EscalationPolicy.BOUNDARY_CONCERN, sign(SignKind.BOUNDARY_CONCERN), sign(SignKind.EMOTIONAL_ENTANGLEMENT)),
        Arguments.of(EscalationPolicy.MISSED_CONTACTS, sign(SignKind.MISSED_CONTACTS), sign(SignKind.DEPRESSION_SIGNS)),
        Arguments.of(EscalationPolicy.OTHER_INFO, other(Severity.INFO), other(Severity.CONCERN)),
        Arguments.of(EscalationPolicy.OTHER_CONCERN, other(Severity.CONCERN), other(Severity.INFO)),
        Arguments.of(EscalationPolicy.OTHER_URGENT, other(Severity.URGENT), other(Severity.CONCERN)),
        Arguments.of(EscalationPolicy.OTHER_IMMEDIATE, other(Severity.IMMEDIATE), other(Severity.URGENT)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void evaluate_defaultRule_firesOnExampleAndNotOnNearMiss(RuleId rule, Signal example, Signal nearMiss) {
    EscalationPolicy policy = EscalationPolicy.standard();
    Severity level = policy.rule(rule).orElseThrow().level();

    List<Escalation> fired = policy.evaluate(List.of(example), ConsentRecord.none(), AT).escalations();
    List<Escalation> missed = policy.evaluate(List.of(nearMiss), ConsentRecord.none(), AT).escalations();

    assertThat(fired).filteredOn(e -> e.rule().equals(rule)).singleElement()
        .satisfies(e -> assertThat(e.level()).isEqualTo(level))
        .satisfies(e -> assertThat(e.evidence()).containsExactly(SignalId.of("x")));
    assertThat(missed).extracting(Escalation::rule).doesNotContain(rule);
  }

  @Test
  void examples_coverEveryDefaultRule() {
    List<RuleId> covered = examples().map(a -> (RuleId) a.get()[0]).toList();
    assertThat(covered).containsExactlyInAnyOrderElementsOf(EscalationPolicy.standard().rules().stream().map(EscalationRule::id).toList());
  }

  @Test
  void cssrs_behaviour_triagedByTimeFrame() {
    CssrsAnswers lifetimeOnly = CssrsAnswers.builder().from(CssrsAnswers.allNo()).behaviourInLifetime(true).build();
    CssrsAnswers recent = CssrsAnswers.builder().from(lifetimeOnly).behaviourInPastThreeMonths(true).build();
    assertThat(lifetimeOnly.risk()).isEqualTo(CssrsRisk.MODERATE);
    assertThat(recent.risk()).isEqualTo(CssrsRisk.HIGH);
    assertThat(q2(false, false, true).risk()).isEqualTo(CssrsRisk.HIGH);
    assertThat(CssrsAnswers.builder().from(CssrsAnswers.allNo()).wishToBeDead(true).build().risk()).isEqualTo(CssrsRisk.LOW);
    assertThat(CssrsAnswers.allNo().risk()).isEqualTo(CssrsRisk.NONE);
  }

  @Test
  void phq9Band_boundaries_followKroenke2001() {
    assertThat(Phq9Band.of(4)).isEqualTo(Phq9Band.MINIMAL);
    assertThat(Phq9Band.of(5)).isEqualTo(Phq9Band.MILD);
    assertThat(Phq9Band.of(10)).isEqualTo(Phq9Band.MODERATE);
    assertThat(Phq9Band.of(15)).isEqualTo(Phq9Band.MODERATELY_SEVERE);
    assertThat(Phq9Band.of(20)).isEqualTo(Phq9Band.SEVERE);
    assertThat(Phq9Band.of(27)).isEqualTo(Phq9Band.SEVERE);
  }
}
