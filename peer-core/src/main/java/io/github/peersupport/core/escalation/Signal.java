package io.github.peersupport.core.escalation;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An observation about a person, by someone, at an instant: screening answers item by item, an
 * observed sign, a disclosure, or another signal with a declared severity. The payload fields are
 * present exactly for the kinds that carry them; use the factories. Health data: {@code toString()}
 * shows id, kind and instant only.
 */
@Value.Immutable
@PeerStyle
public abstract class Signal {
  Signal() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Signal}; {@code build()} checks the payload for its kind. */
  public static class Builder extends ImmutableSignal.Builder {
    /** Creates an empty builder; prefer {@link Signal#builder()}. */
    public Builder() {}
  }

  /**
   * PHQ-2 answers.
   *
   * @param id the signal id
   * @param person whom it is about
   * @param by who reported it
   * @param at when
   * @param item1 little interest or pleasure, 0–3
   * @param item2 feeling down or hopeless, 0–3
   * @return the signal
   */
  public static Signal phq2(String id, PersonId person, Reporter by, Instant at, int item1, int item2) {
    return base(id, person, by, at, SignalKind.PHQ2).addAnswers(item1, item2).build();
  }

  /**
   * PHQ-9 answers.
   *
   * @param id the signal id
   * @param person whom it is about
   * @param by who reported it
   * @param at when
   * @param items the nine answers in questionnaire order, 0–3 each
   * @return the signal
   */
  public static Signal phq9(String id, PersonId person, Reporter by, Instant at, int... items) {
    Builder b = base(id, person, by, at, SignalKind.PHQ9);
    for (int item : items) {
      b.addAnswers(item);
    }
    return b.build();
  }

  /**
   * Edinburgh Postnatal Depression Scale (EPDS) answers (Cox, Holden &amp; Sagovsky 1987, Detection of
   * postnatal depression: development of the 10-item Edinburgh Postnatal Depression Scale, Br J
   * Psychiatry 150:782–786). Each item is given <em>as scored</em>, 0–3 by increasing severity: on the
   * paper form items 3 and 5–10 are reverse-keyed (their top answer scores 3), and the host scores
   * them before building the signal. The total is 0–30.
   *
   * @param id the signal id
   * @param person whom it is about
   * @param by who reported it
   * @param at when
   * @param items the ten scored answers in questionnaire order, 0–3 each; item 10 is "the thought of
   *     harming myself has occurred to me"
   * @return the signal
   */
  public static Signal epds(String id, PersonId person, Reporter by, Instant at, int... items) {
    Builder b = base(id, person, by, at, SignalKind.EPDS);
    for (int item : items) {
      b.addAnswers(item);
    }
    return b.build();
  }

  /**
   * An NCCN Distress Thermometer rating: "how much distress have you been experiencing in the past
   * week", 0 (none) to 10 (extreme) (NCCN Clinical Practice Guidelines in Oncology: Distress
   * Management; Roth et al. 1998).
   *
   * @param id the signal id
   * @param person whom it is about
   * @param by who reported it
   * @param at when
   * @param rating the rating, 0–10
   * @return the signal
   */
  public static Signal distressThermometer(String id, PersonId person, Reporter by, Instant at, int rating) {
    return base(id, person, by, at, SignalKind.DISTRESS_THERMOMETER).addAnswers(rating).build();
  }

  /**
   * C-SSRS screener answers.
   *
   * @param id the signal id
   * @param person whom it is about
   * @param by who reported it
   * @param at when
   * @param answers the answers
   * @return the signal
   */
  public static Signal cssrs(String id, PersonId person, Reporter by, Instant at, CssrsAnswers answers) {
    return base(id, person, by, at, SignalKind.CSSRS).cssrs(answers).build();
  }

  /**
   * An observed sign.
   *
   * @param id the signal id
   * @param person whom it is about (the supporter, for supporter distress)
   * @param by who reported it
   * @param at when
   * @param sign what was observed
   * @return the signal
   */
  public static Signal sign(String id, PersonId person, Reporter by, Instant at, SignKind sign) {
    return base(id, person, by, at, SignalKind.SIGN).sign(sign).build();
  }

  /**
   * A disclosure.
   *
   * @param id the signal id
   * @param person who disclosed
   * @param by who heard it
   * @param at when
   * @param disclosure what was disclosed
   * @return the signal
   */
  public static Signal disclosure(String id, PersonId person, Reporter by, Instant at, DisclosureKind disclosure) {
    return base(id, person, by, at, SignalKind.DISCLOSURE).disclosure(disclosure).build();
  }

  /**
   * Another signal with a severity the host declares.
   *
   * @param id the signal id
   * @param person whom it is about
   * @param by who reported it
   * @param at when
   * @param label what it is, as a tag of the host's vocabulary
   * @param severity the declared severity
   * @return the signal
   */
  public static Signal other(String id, PersonId person, Reporter by, Instant at, String label, Severity severity) {
    return base(id, person, by, at, SignalKind.OTHER).label(Tag.of(label)).declaredSeverity(severity).build();
  }

  private static Builder base(String id, PersonId person, Reporter by, Instant at, SignalKind kind) {
    Builder b = builder();
    b.id(SignalId.of(id)).person(person).reportedBy(by).at(at).kind(kind);
    return b;
  }

  /**
   * Returns the id.
   *
   * @return the signal id
   */
  public abstract SignalId id();

  /**
   * Returns whom the signal is about.
   *
   * @return the person's id
   */
  public abstract PersonId person();

  /**
   * Returns who observed or reported it.
   *
   * @return who reported the signal
   */
  public abstract Reporter reportedBy();

  /**
   * Returns when it was observed.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract SignalKind kind();

  /**
   * Returns the questionnaire answers, item by item: 2 for PHQ-2, 9 for PHQ-9, 10 for the EPDS (as
   * scored), 1 for the distress thermometer, empty otherwise.
   *
   * @return the answers, 0–3 each (the distress thermometer's 0–10)
   */
  @Value.Redacted
  public abstract List<Integer> answers();

  /**
   * Returns the C-SSRS answers; present exactly for {@link SignalKind#CSSRS}.
   *
   * @return the answers
   */
  @Value.Redacted
  public abstract Optional<CssrsAnswers> cssrs();

  /**
   * Returns the observed sign; present exactly for {@link SignalKind#SIGN}.
   *
   * @return the sign
   */
  @Value.Redacted
  public abstract Optional<SignKind> sign();

  /**
   * Returns the disclosure; present exactly for {@link SignalKind#DISCLOSURE}.
   *
   * @return the disclosure
   */
  @Value.Redacted
  public abstract Optional<DisclosureKind> disclosure();

  /**
   * Returns the host's label; present exactly for {@link SignalKind#OTHER}.
   *
   * @return the label
   */
  @Value.Redacted
  public abstract Optional<Tag> label();

  /**
   * Returns the declared severity; present exactly for {@link SignalKind#OTHER}.
   *
   * @return the severity
   */
  public abstract Optional<Severity> declaredSeverity();

  @Value.Check
  final void check() {
    SignalKind kind = kind();
    int expectedAnswers = expectedAnswers(kind);
    if (answers().size() != expectedAnswers) {
      throw Require.invalid("answers", kind + " takes " + expectedAnswers + " answers but got " + answers().size());
    }
    int max = kind == SignalKind.DISTRESS_THERMOMETER ? 10 : 3;
    for (int i = 0; i < answers().size(); i++) {
      Require.inRange("answers[" + i + "]", answers().get(i), 0, max);
    }
    payload("cssrs", cssrs(), SignalKind.CSSRS);
    payload("sign", sign(), SignalKind.SIGN);
    payload("disclosure", disclosure(), SignalKind.DISCLOSURE);
    payload("label", label(), SignalKind.OTHER);
    payload("declaredSeverity", declaredSeverity(), SignalKind.OTHER);
  }

  private static int expectedAnswers(SignalKind kind) {
    switch (kind) {
      case PHQ2:
        return 2;
      case PHQ9:
        return 9;
      case EPDS:
        return 10;
      case DISTRESS_THERMOMETER:
        return 1;
      default:
        return 0;
    }
  }

  private void payload(String field, Optional<?> value, SignalKind owner) {
    if (value.isPresent() != (kind() == owner)) {
      throw Require.invalid(field, "must be present exactly for " + owner + " signals (kind " + kind() + ")");
    }
  }

  /**
   * Returns the questionnaire total (sum of the answers).
   *
   * @return the total, 0 when there are no answers
   */
  public final int total() {
    int total = 0;
    for (int a : answers()) {
      total += a;
    }
    return total;
  }

  /** Returns id, kind and instant only, e.g. {@code Signal[sig-1, PHQ9, 2026-03-02T09:00:00Z]}. */
  @Override
  public final String toString() {
    return "Signal[" + id() + ", " + kind() + ", " + at() + "]";
  }
}
