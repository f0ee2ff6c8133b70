package io.github.peersupport.core.lifecycle;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Something that happened to a supporter or facilitator, at an instant. The payload fields are
 * present exactly for the event types that carry them; use the factories ({@link
 * #screened(Instant)}, {@link #trainingCompleted(TrainingRecord)}, ...).
 */
@Value.Immutable
@PeerStyle
public abstract class LifecycleEvent {
  private static final Set<PauseReason> VOLUNTARY_PAUSES = EnumSet.of(PauseReason.SELF_CARE, PauseReason.ILLNESS, PauseReason.LEAVE);

  LifecycleEvent() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LifecycleEvent}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableLifecycleEvent.Builder {
    /** Creates an empty builder; prefer {@link LifecycleEvent#builder()}. */
    public Builder() {}
  }

  /**
   * Screening passed.
   *
   * @param at when
   * @return the event
   */
  public static LifecycleEvent screened(Instant at) {
    return of(LifecycleEventType.SCREENED, at);
  }

  /**
   * A course completed.
   *
   * @param training the record; its completion instant is the event's instant
   * @return the event
   */
  public static LifecycleEvent trainingCompleted(TrainingRecord training) {
    return builder().type(LifecycleEventType.TRAINING_COMPLETED).at(training.completedAt()).training(training).build();
  }

  /**
   * Code of conduct signed.
   *
   * @param at when
   * @return the event
   */
  public static LifecycleEvent codeOfConductSigned(Instant at) {
    return of(LifecycleEventType.CODE_OF_CONDUCT_SIGNED, at);
  }

  /**
   * A certification granted or renewed.
   *
   * @param certification the certification; its issue instant is the event's instant
   * @return the event
   */
  public static LifecycleEvent certified(Certification certification) {
    return builder().type(LifecycleEventType.CERTIFIED).at(certification.issuedAt()).certification(certification).build();
  }

  /**
   * Started or resumed serving.
   *
   * @param at when
   * @return the event
   */
  public static LifecycleEvent activated(Instant at) {
    return of(LifecycleEventType.ACTIVATED, at);
  }

  /**
   * Paused serving.
   *
   * @param at when
   * @param reason self-care, illness or leave
   * @return the event
   */
  public static LifecycleEvent paused(Instant at, PauseReason reason) {
    return builder().type(LifecycleEventType.PAUSED).at(at).pauseReason(reason).build();
  }

  /**
   * Certification found lapsed.
   *
   * @param at when
   * @return the event
   */
  public static LifecycleEvent certificationLapsed(Instant at) {
    return of(LifecycleEventType.CERTIFICATION_LAPSED, at);
  }

  /**
   * Boundary review opened.
   *
   * @param at when
   * @return the event
   */
  public static LifecycleEvent boundaryReviewOpened(Instant at) {
    return of(LifecycleEventType.BOUNDARY_REVIEW_OPENED, at);
  }

  /**
   * Boundary review closed.
   *
   * @param at when
   * @return the event
   */
  public static LifecycleEvent boundaryReviewClosed(Instant at) {
    return of(LifecycleEventType.BOUNDARY_REVIEW_CLOSED, at);
  }

  /**
   * Certification withdrawn.
   *
   * @param at when
   * @param reason why
   * @return the event
   */
  public static LifecycleEvent decertified(Instant at, DecertificationReason reason) {
    return builder().type(LifecycleEventType.DECERTIFIED).at(at).decertificationReason(reason).build();
  }

  /**
   * Left the programme.
   *
   * @param at when
   * @return the event
   */
  public static LifecycleEvent retired(Instant at) {
    return of(LifecycleEventType.RETIRED, at);
  }

  private static LifecycleEvent of(LifecycleEventType type, Instant at) {
    return builder().type(type).at(at).build();
  }

  /**
   * Returns the kind of event.
   *
   * @return the type
   */
  public abstract LifecycleEventType type();

  /**
   * Returns when it happened.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns the completed training; present exactly for {@link LifecycleEventType#TRAINING_COMPLETED}.
   *
   * @return the training record
   */
  public abstract Optional<TrainingRecord> training();

  /**
   * Returns the granted certification; present exactly for {@link LifecycleEventType#CERTIFIED}.
   *
   * @return the certification
   */
  public abstract Optional<Certification> certification();

  /**
   * Returns the reason for pausing; present exactly for {@link LifecycleEventType#PAUSED}.
   *
   * @return the reason (self-care, illness or leave)
   */
  public abstract Optional<PauseReason> pauseReason();

  /**
   * Returns the reason for decertification; present exactly for {@link
   * LifecycleEventType#DECERTIFIED}.
   *
   * @return the reason
   */
  public abstract Optional<DecertificationReason> decertificationReason();

  @Value.Check
  final void check() {
    payload("training", training(), LifecycleEventType.TRAINING_COMPLETED);
    payload("certification", certification(), LifecycleEventType.CERTIFIED);
    payload("pauseReason", pauseReason(), LifecycleEventType.PAUSED);
    payload("decertificationReason", decertificationReason(), LifecycleEventType.DECERTIFIED);
    pauseReason().ifPresent(r -> {
      if (!VOLUNTARY_PAUSES.contains(r)) {
        throw Require.invalid("pauseReason", "a PAUSED event takes SELF_CARE, ILLNESS or LEAVE", r);
      }
    });
  }

  private void payload(String field, Optional<?> value, LifecycleEventType owner) {
    if (value.isPresent() != (type() == owner)) {
      throw Require.invalid(field, "must be present exactly for " + owner + " events (type " + type() + ")");
    }
  }
}
