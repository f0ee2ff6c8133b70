package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.style.PeerStyle;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How simulated people behave: how supporters answer offers, how fast first contact happens, how
 * often a match is reported not working, how often people are screened and what the screens show, and
 * how group members attend. Probabilities are per offer, per week or per session as named.
 *
 * <p>{@link #standard()} follows published numbers: attendance 75% and dropout about 26%
 * over a series (CancerChatCanada), first contact checked at 7–14 days with a reminder at 21 (Parent to
 * Parent USA, Joo et al. 2022), matches of 4–24 weeks. The answer rates and screening scores are
 * modelling assumptions, not published figures: change them to test their effect.
 */
@Value.Immutable
@PeerStyle
public abstract class Behaviour {
  Behaviour() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Behaviour}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableBehaviour.Builder {
    /** Creates an empty builder; prefer {@link Behaviour#builder()}. */
    public Builder() {}
  }

  /**
   * The defaults described above.
   *
   * @return the behaviour
   */
  public static Behaviour standard() {
    return builder().build();
  }

  /**
   * Returns the probability that an offered supporter accepts.
   *
   * @return 0 to 1 (default 0.7)
   */
  @Value.Default
  public double acceptShare() {
    return 0.7;
  }

  /**
   * Returns the probability that an offered supporter declines; the rest never answer and the offer
   * expires.
   *
   * @return 0 to 1 − {@link #acceptShare()}, the sum checked to within 10⁻⁹ so that decimal shares such as 0.8
   *     and 0.2 pass (default 0.2)
   */
  @Value.Default
  public double declineShare() {
    return 0.2;
  }

  /**
   * Returns the mean time a supporter takes to answer an offer, in hours (exponential).
   *
   * @return 1 to 10,000 (default 30)
   */
  @Value.Default
  public double answerHours() {
    return 30;
  }

  /**
   * Returns the mean number of days from acceptance to first contact for a supporter who makes it
   * unprompted (exponential).
   *
   * @return 0.1 to 365 (default 4)
   */
  @Value.Default
  public double firstContactDays() {
    return 4;
  }

  /**
   * Returns the share of accepted matches whose supporter does not make first contact until reminded
   * at the first-contact check or the 21-day reminder.
   *
   * @return 0 to 1 (default 0.12)
   */
  @Value.Default
  public double needsReminderShare() {
    return 0.12;
  }

  /**
   * Returns the probability that a follow-up (check or reminder) leads to first contact within a day.
   *
   * @return 0 to 1 (default 0.6)
   */
  @Value.Default
  public double reminderEffect() {
    return 0.6;
  }

  /**
   * Returns the shortest match, in weeks, from activation to completion.
   *
   * @return 1 to 520 (default 8)
   */
  @Value.Default
  public int minMatchWeeks() {
    return 8;
  }

  /**
   * Returns the longest match, in weeks.
   *
   * @return {@link #minMatchWeeks()} to 520 (default 24)
   */
  @Value.Default
  public int maxMatchWeeks() {
    return 24;
  }

  /**
   * Returns the share of active matches reported not working in their first eight weeks; the seeker is
   * then offered a rematch (Joo et al. 2022).
   *
   * @return 0 to 1 (default 0.08)
   */
  @Value.Default
  public double notWorkingShare() {
    return 0.08;
  }

  /**
   * Returns the share of seekers in a match reported not working who take the rematch offer.
   *
   * @return 0 to 1 (default 0.75)
   */
  @Value.Default
  public double rematchTakenShare() {
    return 0.75;
  }

  /**
   * Returns the weekly probability that an engaged seeker completes a PHQ-2 screen.
   *
   * @return 0 to 1 (default 0.25)
   */
  @Value.Default
  public double screeningPerWeek() {
    return 0.25;
  }

  /**
   * Returns the probability that a PHQ-9 item is answered above "not at all" (items 1–8; item 9 uses
   * {@link #item9Share()}); PHQ-2 items use the same probability.
   *
   * @return 0 to 1 (default 0.35)
   */
  @Value.Default
  public double symptomShare() {
    return 0.35;
  }

  /**
   * Returns the probability that PHQ-9 item 9 (thoughts of self-harm) is answered above "not at all".
   *
   * @return 0 to 1 (default 0.04)
   */
  @Value.Default
  public double item9Share() {
    return 0.04;
  }

  /**
   * Returns the weekly probability that a supporter with a live match shows signs of distress (a
   * peer-observed signal that pauses the supporter under the standard escalation policy).
   *
   * @return 0 to 1 (default 0.004)
   */
  @Value.Default
  public double supporterDistressPerWeek() {
    return 0.004;
  }

  /**
   * Returns the share of seekers who also want a support group; they join the group waitlist on
   * referral, and weekly placement decides whether a group admits them.
   *
   * @return 0 to 1 (default 0.3)
   */
  @Value.Default
  public double groupInterestShare() {
    return 0.3;
  }

  /**
   * Returns the share of referred seekers who ask for a one-to-one match. A seeker who does not is
   * referred to a group only: they join the group waitlist (whatever {@link #groupInterestShare()}
   * says), are not counted among the one-to-one referrals ({@link Metrics#seekers()}), and while
   * seated in a group they are screened as engaged seekers are. Below 1 for a programme whose
   * seekers come for its groups (0: a group-only programme); the default 1 draws nothing, so a
   * scenario that keeps it runs as before.
   *
   * @return 0 to 1 (default 1: every referred seeker asks for a one-to-one match)
   */
  @Value.Default
  public double oneToOneShare() {
    return 1;
  }

  /**
   * Returns each drawn supporter's chance to be not yet ready under the programme's readiness rules
   * ({@code MatchingPolicy.readiness()}): the date the first rule that applies to them reads (their
   * delivery, the start of their recovery, their or their child's diagnosis, the end of their
   * treatment) falls short of the rule's minimum on the run's first day, so the ranking excludes them
   * until the date passes. Every other supporter's dates meet the rules. The default 0 redraws
   * nothing: the cohort's own dates stand (the standard cohort's supporters are all ready). Assumption:
   * {@code Scenario.of(Programme)} sets 0.15; no source gives the share of trained volunteers not
   * yet past a programme's waiting period.
   *
   * @return 0 to 1 (default 0)
   */
  @Value.Default
  public double notReadyShare() {
    return 0;
  }

  /**
   * Returns the share of referred seekers who are adolescents (12 to 17 years old), drawn only where
   * the programme serves minors ({@code MinorPolicy.servesMinors()}); their consent is given by a
   * guardian with their own assent (most), by a guardian alone, or by themselves alone (see {@code
   * Scenario.of(Programme)}). The default 0 draws nothing. Assumption: {@code Scenario.of(Programme)}
   * sets 0.15 for a programme serving patients and minors of a stated age (a minimum age or an age of
   * assent); the sources give no age distribution.
   *
   * @return 0 to 1 (default 0)
   */
  @Value.Default
  public double adolescentShare() {
    return 0;
  }

  /**
   * Returns the relative weights of caregivers' relationships to the person they care for; when not
   * empty every caregiver's relationship, and the age band of the person cared for, is redrawn from it
   * (a parent cares for a child or adolescent, a partner for an adult or older adult by the
   * caregiver's own age, an adult child for an older adult, a sibling or other family member for an
   * adult: assumptions). The default, empty, keeps the cohort's draw (every relationship equally
   * likely, nobody's cared-for age given).
   *
   * @return non-negative weights, not all zero when any is given (default empty)
   */
  @Value.Default
  public Map<CaregiverRelationship, Double> relationshipMix() {
    return Map.of();
  }

  /**
   * Returns the probability that an escalation is acknowledged after its deadline (or not before the
   * run ends) rather than within it. Every escalation the policy raises is kept in the run's escalation
   * log; on-time acknowledgements come at a uniform time before the deadline, late ones at a uniform
   * time in the two weeks after it (so some are still unacknowledged, and reported overdue, at a week's
   * end), and each is resolved one to seven days after it is acknowledged.
   * Assumption: the library's choice (a few late), no source gives these times.
   *
   * @return 0 to 1 (default 0.05)
   */
  @Value.Default
  public double lateAcknowledgementShare() {
    return 0.05;
  }

  /**
   * Returns the probability that a group member attends a session (CancerChatCanada: 75%).
   *
   * @return 0 to 1 (default 0.75)
   */
  @Value.Default
  public double attendShare() {
    return 0.75;
  }

  /**
   * Returns the probability that an absent member sent apologies (excused).
   *
   * @return 0 to 1 (default 0.4)
   */
  @Value.Default
  public double excusedShare() {
    return 0.4;
  }

  /**
   * Returns the probability that a member drops out after a session (CancerChatCanada reports 26%
   * dropout over a series; 0.025 a session over 12 sessions gives about that).
   *
   * @return 0 to 1 (default 0.025)
   */
  @Value.Default
  public double dropoutPerSession() {
    return 0.025;
  }

  /**
   * Returns the probability that a facilitator flags a present member in a session (disruption,
   * competitive comparison, medical advice).
   *
   * @return 0 to 1 (default 0.06)
   */
  @Value.Default
  public double flagPerSession() {
    return 0.06;
  }

  /**
   * Returns the probability that a session has a mention of suicide.
   *
   * @return 0 to 1 (default 0.003)
   */
  @Value.Default
  public double suicideMentionPerSession() {
    return 0.003;
  }

  /**
   * How far shares that must add up to at most 1 may exceed it, for the rounding of decimal fractions in
   * binary floating point (0.8 + 0.2 is 1.0000000000000002 when 0.2 is computed as 1 − 0.8).
   */
  static final double SHARE_TOLERANCE = 1e-9;

  private static String shown(double value) {
    return new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros().toPlainString();
  }

  @Value.Check
  final void check() {
    Require.inRange("acceptShare", acceptShare(), 0, 1);
    Require.inRange("declineShare", declineShare(), 0, 1);
    double answered = acceptShare() + declineShare();
    if (answered > 1 + SHARE_TOLERANCE) {
      throw Require.invalid("acceptShare + declineShare", "must not exceed 1 but acceptShare " + shown(acceptShare())
          + " + declineShare " + shown(declineShare()) + " = " + shown(answered));
    }
    Require.inRange("answerHours", answerHours(), 1, 10_000);
    Require.inRange("firstContactDays", firstContactDays(), 0.1, 365);
    Require.inRange("needsReminderShare", needsReminderShare(), 0, 1);
    Require.inRange("reminderEffect", reminderEffect(), 0, 1);
    Require.inRange("minMatchWeeks", minMatchWeeks(), 1, 520);
    Require.inRange("maxMatchWeeks", maxMatchWeeks(), minMatchWeeks(), 520);
    Require.inRange("notWorkingShare", notWorkingShare(), 0, 1);
    Require.inRange("rematchTakenShare", rematchTakenShare(), 0, 1);
    Require.inRange("screeningPerWeek", screeningPerWeek(), 0, 1);
    Require.inRange("symptomShare", symptomShare(), 0, 1);
    Require.inRange("item9Share", item9Share(), 0, 1);
    Require.inRange("supporterDistressPerWeek", supporterDistressPerWeek(), 0, 1);
    Require.inRange("groupInterestShare", groupInterestShare(), 0, 1);
    Require.inRange("oneToOneShare", oneToOneShare(), 0, 1);
    Require.inRange("notReadyShare", notReadyShare(), 0, 1);
    Require.inRange("adolescentShare", adolescentShare(), 0, 1);
    relationshipMix().forEach((k, v) -> Require.inRange("relationshipMix." + k, v, 0, 1_000_000));
    if (!relationshipMix().isEmpty() && relationshipMix().values().stream().allMatch(v -> v == 0)) {
      throw Require.invalid("relationshipMix", "weights must not all be zero", relationshipMix());
    }
    Require.inRange("lateAcknowledgementShare", lateAcknowledgementShare(), 0, 1);
    Require.inRange("attendShare", attendShare(), 0, 1);
    Require.inRange("excusedShare", excusedShare(), 0, 1);
    Require.inRange("dropoutPerSession", dropoutPerSession(), 0, 1);
    Require.inRange("flagPerSession", flagPerSession(), 0, 1);
    Require.inRange("suicideMentionPerSession", suicideMentionPerSession(), 0, 1);
  }

  /**
   * Returns a copy with another acceptance probability.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public Behaviour withAcceptShare(double value) {
    return builder().from(this).acceptShare(value).build();
  }

  /**
   * Returns a copy with another decline probability.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public Behaviour withDeclineShare(double value) {
    return builder().from(this).declineShare(value).build();
  }

  /**
   * Returns a copy with another mean answer time.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public Behaviour withAnswerHours(double value) {
    return builder().from(this).answerHours(value).build();
  }

  /**
   * Returns a copy with another not-working share.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public Behaviour withNotWorkingShare(double value) {
    return builder().from(this).notWorkingShare(value).build();
  }

  /**
   * Returns a copy with another screening probability.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public Behaviour withScreeningPerWeek(double value) {
    return builder().from(this).screeningPerWeek(value).build();
  }

  /**
   * Returns a copy with another group-interest share.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public Behaviour withGroupInterestShare(double value) {
    return builder().from(this).groupInterestShare(value).build();
  }

  /**
   * Returns a copy with another share of seekers asking for a one-to-one match.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public Behaviour withOneToOneShare(double value) {
    return builder().from(this).oneToOneShare(value).build();
  }

  /**
   * Returns a copy with another attendance probability.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public Behaviour withAttendShare(double value) {
    return builder().from(this).attendShare(value).build();
  }

  /**
   * Returns a copy with another dropout probability.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public Behaviour withDropoutPerSession(double value) {
    return builder().from(this).dropoutPerSession(value).build();
  }

  /** Returns e.g. {@code Behaviour[accept 70%, decline 20%, attend 75%]}. */
  @Override
  public final String toString() {
    return "Behaviour[accept " + Math.round(acceptShare() * 100) + "%, decline " + Math.round(declineShare() * 100)
        + "%, attend " + Math.round(attendShare() * 100) + "%"
        + (oneToOneShare() < 1 ? ", one-to-one " + Math.round(oneToOneShare() * 100) + "%" : "") + "]";
  }
}
