package io.github.peersupport.core.escalation;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which signals a rule fires on, held as data so policies can be stored and exchanged. The
 * parameters are present exactly for the kinds that use them; use the factories.
 */
@Value.Immutable
@PeerStyle
public abstract class Trigger {
  Trigger() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Trigger}; {@code build()} checks the parameters for its kind. */
  public static class Builder extends ImmutableTrigger.Builder {
    /** Creates an empty builder; prefer {@link Trigger#builder()}. */
    public Builder() {}
  }

  /**
   * PHQ-2 total at least a cut-off.
   *
   * @param min the cut-off, 0–6
   * @return the trigger
   */
  public static Trigger phq2AtLeast(int min) {
    return builder().kind(TriggerKind.PHQ2_TOTAL_AT_LEAST).min(min).build();
  }

  /**
   * PHQ-9 total in a range.
   *
   * @param min the lowest total, 0–27
   * @param max the highest total, {@code min}–27
   * @return the trigger
   */
  public static Trigger phq9Between(int min, int max) {
    return builder().kind(TriggerKind.PHQ9_TOTAL_BETWEEN).min(min).max(max).build();
  }

  /**
   * PHQ-9 item 9 answered anything but "not at all".
   *
   * @return the trigger
   */
  public static Trigger phq9Item9Positive() {
    return builder().kind(TriggerKind.PHQ9_ITEM9_POSITIVE).build();
  }

  /**
   * EPDS total in a range (Cox, Holden &amp; Sagovsky 1987).
   *
   * @param min the lowest total, 0–30
   * @param max the highest total, {@code min}–30
   * @return the trigger
   */
  public static Trigger epdsBetween(int min, int max) {
    return builder().kind(TriggerKind.EPDS_TOTAL_BETWEEN).min(min).max(max).build();
  }

  /**
   * EPDS item 10 (thoughts of self-harm) scored anything but 0.
   *
   * @return the trigger
   */
  public static Trigger epdsItem10Positive() {
    return builder().kind(TriggerKind.EPDS_ITEM10_POSITIVE).build();
  }

  /**
   * Distress thermometer rating at least a cut-off.
   *
   * @param min the cut-off, 0–10
   * @return the trigger
   */
  public static Trigger distressAtLeast(int min) {
    return builder().kind(TriggerKind.DISTRESS_AT_LEAST).min(min).build();
  }

  /**
   * C-SSRS screener at a risk level.
   *
   * @param risk the level (not NONE)
   * @return the trigger
   */
  public static Trigger cssrs(CssrsRisk risk) {
    return builder().kind(TriggerKind.CSSRS_RISK).risk(risk).build();
  }

  /**
   * An observed sign.
   *
   * @param sign the sign
   * @return the trigger
   */
  public static Trigger sign(SignKind sign) {
    return builder().kind(TriggerKind.SIGN).sign(sign).build();
  }

  /**
   * A disclosure.
   *
   * @param disclosure the disclosure
   * @return the trigger
   */
  public static Trigger disclosure(DisclosureKind disclosure) {
    return builder().kind(TriggerKind.DISCLOSURE).disclosure(disclosure).build();
  }

  /**
   * An "other" signal with a declared severity.
   *
   * @param severity the severity
   * @return the trigger
   */
  public static Trigger declared(Severity severity) {
    return builder().kind(TriggerKind.DECLARED).declared(severity).build();
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract TriggerKind kind();

  /**
   * Returns the lowest total, for the questionnaire kinds (the lowest rating, for the distress
   * thermometer).
   *
   * @return the minimum
   */
  public abstract Optional<Integer> min();

  /**
   * Returns the highest total, for {@link TriggerKind#PHQ9_TOTAL_BETWEEN} and {@link
   * TriggerKind#EPDS_TOTAL_BETWEEN}.
   *
   * @return the maximum
   */
  public abstract Optional<Integer> max();

  /**
   * Returns the C-SSRS risk, for {@link TriggerKind#CSSRS_RISK}.
   *
   * @return the risk
   */
  public abstract Optional<CssrsRisk> risk();

  /**
   * Returns the sign, for {@link TriggerKind#SIGN}.
   *
   * @return the sign
   */
  public abstract Optional<SignKind> sign();

  /**
   * Returns the disclosure, for {@link TriggerKind#DISCLOSURE}.
   *
   * @return the disclosure
   */
  public abstract Optional<DisclosureKind> disclosure();

  /**
   * Returns the declared severity, for {@link TriggerKind#DECLARED}.
   *
   * @return the severity
   */
  public abstract Optional<Severity> declared();

  @Value.Check
  final void check() {
    TriggerKind k = kind();
    boolean range = k == TriggerKind.PHQ9_TOTAL_BETWEEN || k == TriggerKind.EPDS_TOTAL_BETWEEN;
    param("min", min(), range || k == TriggerKind.PHQ2_TOTAL_AT_LEAST || k == TriggerKind.DISTRESS_AT_LEAST);
    param("max", max(), range);
    param("risk", risk(), k == TriggerKind.CSSRS_RISK);
    param("sign", sign(), k == TriggerKind.SIGN);
    param("disclosure", disclosure(), k == TriggerKind.DISCLOSURE);
    param("declared", declared(), k == TriggerKind.DECLARED);
    if (k == TriggerKind.PHQ2_TOTAL_AT_LEAST) {
      Require.inRange("min", min().orElseThrow(), 0, 6);
    }
    if (k == TriggerKind.PHQ9_TOTAL_BETWEEN) {
      Require.inRange("min", min().orElseThrow(), 0, 27);
      Require.inRange("max", max().orElseThrow(), min().orElseThrow(), 27);
    }
    if (k == TriggerKind.EPDS_TOTAL_BETWEEN) {
      Require.inRange("min", min().orElseThrow(), 0, 30);
      Require.inRange("max", max().orElseThrow(), min().orElseThrow(), 30);
    }
    if (k == TriggerKind.DISTRESS_AT_LEAST) {
      Require.inRange("min", min().orElseThrow(), 0, 10);
    }
    if (risk().filter(r -> r == CssrsRisk.NONE).isPresent()) {
      throw Require.invalid("risk", "must be LOW, MODERATE or HIGH");
    }
  }

  private void param(String field, Optional<?> value, boolean used) {
    if (value.isPresent() != used) {
      throw Require.invalid(field, "must be present exactly when the kind uses it (kind " + kind() + ")");
    }
  }

  /**
   * Tells whether a signal fires this trigger.
   *
   * @param s the signal
   * @return true if it matches
   */
  public final boolean matches(Signal s) {
    switch (kind()) {
      case PHQ2_TOTAL_AT_LEAST:
        return s.kind() == SignalKind.PHQ2 && s.total() >= min().orElseThrow();
      case PHQ9_TOTAL_BETWEEN:
        return s.kind() == SignalKind.PHQ9 && s.total() >= min().orElseThrow() && s.total() <= max().orElseThrow();
      case PHQ9_ITEM9_POSITIVE:
        return s.kind() == SignalKind.PHQ9 && s.answers().get(8) > 0;
      case EPDS_TOTAL_BETWEEN:
        return s.kind() == SignalKind.EPDS && s.total() >= min().orElseThrow() && s.total() <= max().orElseThrow();
      case EPDS_ITEM10_POSITIVE:
        return s.kind() == SignalKind.EPDS && s.answers().get(9) > 0;
      case DISTRESS_AT_LEAST:
        return s.kind() == SignalKind.DISTRESS_THERMOMETER && s.total() >= min().orElseThrow();
      case CSSRS_RISK:
        return s.cssrs().map(CssrsAnswers::risk).equals(risk());
      case SIGN:
        return s.sign().equals(sign());
      case DISCLOSURE:
        return s.disclosure().equals(disclosure());
      case DECLARED:
        return s.kind() == SignalKind.OTHER && s.declaredSeverity().equals(declared());
      default:
        throw new IllegalStateException("unhandled trigger kind " + kind());
    }
  }
}
