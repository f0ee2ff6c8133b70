package io.github.peersupport.core.escalation;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Answers to the Columbia Suicide Severity Rating Scale (C-SSRS) screener. Q1 and Q2 ask about the
 * past month; Q3 to Q5 are asked only when Q2 is yes (so they are present exactly then); Q6 asks about
 * suicidal behaviour in the lifetime and in the past 3 months.
 *
 * <p>Triage ({@link #risk()}, Columbia Lighthouse Project): Q1 or Q2 only → LOW; Q3 → MODERATE; Q4 or
 * Q5 → HIGH; behaviour in the past 3 months → HIGH; behaviour in the lifetime only → MODERATE.
 */
@Value.Immutable
@PeerStyle
public abstract class CssrsAnswers {
  CssrsAnswers() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CssrsAnswers}; {@code build()} checks the screener's skip logic. */
  public static class Builder extends ImmutableCssrsAnswers.Builder {
    /** Creates an empty builder; prefer {@link CssrsAnswers#builder()}. */
    public Builder() {}
  }

  /**
   * Answers with every question "no".
   *
   * @return the answers
   */
  public static CssrsAnswers allNo() {
    return builder().wishToBeDead(false).suicidalThoughts(false).behaviourInLifetime(false).behaviourInPastThreeMonths(false).build();
  }

  /**
   * Returns Q1: wished to be dead or not wake up, past month.
   *
   * @return the answer
   */
  public abstract boolean wishToBeDead();

  /**
   * Returns Q2: non-specific thoughts of killing oneself, past month.
   *
   * @return the answer
   */
  public abstract boolean suicidalThoughts();

  /**
   * Returns Q3: thought about how (a method); present exactly when Q2 is yes.
   *
   * @return the answer
   */
  public abstract Optional<Boolean> thoughtsWithMethod();

  /**
   * Returns Q4: some intention of acting on the thoughts; present exactly when Q2 is yes.
   *
   * @return the answer
   */
  public abstract Optional<Boolean> intent();

  /**
   * Returns Q5: worked out details (a plan) with intent; present exactly when Q2 is yes.
   *
   * @return the answer
   */
  public abstract Optional<Boolean> planWithIntent();

  /**
   * Returns Q6: ever done, started or prepared anything to end one's life.
   *
   * @return the answer
   */
  public abstract boolean behaviourInLifetime();

  /**
   * Returns Q6 follow-up: was that within the past 3 months.
   *
   * @return the answer
   */
  public abstract boolean behaviourInPastThreeMonths();

  @Value.Check
  final void check() {
    boolean asked = suicidalThoughts();
    followUp("thoughtsWithMethod", thoughtsWithMethod(), asked);
    followUp("intent", intent(), asked);
    followUp("planWithIntent", planWithIntent(), asked);
    if (behaviourInPastThreeMonths() && !behaviourInLifetime()) {
      throw Require.invalid("behaviourInPastThreeMonths", "yes requires behaviourInLifetime yes");
    }
  }

  private static void followUp(String field, Optional<Boolean> answer, boolean asked) {
    if (answer.isPresent() != asked) {
      throw Require.invalid(field, asked ? "required when suicidalThoughts is yes" : "asked only when suicidalThoughts is yes");
    }
  }

  /**
   * Returns the triage risk.
   *
   * @return NONE, LOW, MODERATE or HIGH
   */
  public final CssrsRisk risk() {
    if (intent().orElse(false) || planWithIntent().orElse(false) || behaviourInPastThreeMonths()) {
      return CssrsRisk.HIGH;
    }
    if (thoughtsWithMethod().orElse(false) || behaviourInLifetime()) {
      return CssrsRisk.MODERATE;
    }
    if (wishToBeDead() || suicidalThoughts()) {
      return CssrsRisk.LOW;
    }
    return CssrsRisk.NONE;
  }
}
