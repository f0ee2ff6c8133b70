package io.github.peersupport.core.lifecycle;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A supporter's or facilitator's standing in the programme: lifecycle status, training records,
 * certifications, code of conduct, open boundary review. Change it through {@link PeerLifecycle}, which
 * guards every transition; direct construction is checked too, so no standing can claim a status its
 * records do not support (for example {@link PeerStatus#ACTIVE} without a competency-checked training,
 * a certification and a signed code of conduct).
 */
@Value.Immutable
@PeerStyle
public abstract class PeerStanding {
  PeerStanding() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PeerStanding}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutablePeerStanding.Builder {
    /** Creates an empty builder; prefer {@link PeerStanding#builder()}. */
    public Builder() {}
  }

  /**
   * The standing of a new applicant: no records.
   *
   * @return the standing
   */
  public static PeerStanding applicant() {
    return builder().build();
  }

  /**
   * Returns the lifecycle status.
   *
   * @return the status
   */
  @Value.Default
  public PeerStatus status() {
    return PeerStatus.APPLICANT;
  }

  /**
   * Returns the completed training courses.
   *
   * @return the records, in the order completed
   */
  public abstract List<TrainingRecord> trainings();

  /**
   * Returns the certifications ever granted, renewals included.
   *
   * @return the certifications, in the order granted
   */
  public abstract List<Certification> certifications();

  /**
   * Returns when the code of conduct was signed, if it was.
   *
   * @return the instant
   */
  public abstract Optional<Instant> codeOfConductSignedAt();

  /**
   * Returns whether a boundary review is open. A peer under review cannot serve.
   *
   * @return true if a review is open
   */
  @Value.Default
  public boolean boundaryReviewOpen() {
    return false;
  }

  /**
   * Returns why the peer paused; present exactly when {@link #status()} is {@link PeerStatus#PAUSED}.
   *
   * @return the reason
   */
  public abstract Optional<PauseReason> pauseReason();

  /**
   * Returns why the peer was decertified; present exactly when {@link #status()} is {@link
   * PeerStatus#DECERTIFIED}.
   *
   * @return the reason
   */
  public abstract Optional<DecertificationReason> decertificationReason();

  /**
   * Returns the instant of the last accepted lifecycle event; later events may not be earlier.
   *
   * @return the instant
   */
  public abstract Optional<Instant> lastEventAt();

  @Value.Check
  final void check() {
    PeerStatus status = status();
    if ((status == PeerStatus.PAUSED) != pauseReason().isPresent()) {
      throw Require.invalid("pauseReason", "must be present exactly when status is PAUSED (status " + status + ")");
    }
    if ((status == PeerStatus.DECERTIFIED) != decertificationReason().isPresent()) {
      throw Require.invalid("decertificationReason", "must be present exactly when status is DECERTIFIED (status " + status + ")");
    }
    if (status.impliesTraining() && !hasCompetentTraining()) {
      throw Require.invalid("trainings", "status " + status + " requires a training with competency confirmed");
    }
    if (status.impliesCertification() && certifications().isEmpty()) {
      throw Require.invalid("certifications", "status " + status + " requires a certification");
    }
    if (status == PeerStatus.ACTIVE && codeOfConductSignedAt().isEmpty()) {
      throw Require.invalid("codeOfConductSignedAt", "status ACTIVE requires a signed code of conduct");
    }
    if (status == PeerStatus.ACTIVE && boundaryReviewOpen()) {
      throw Require.invalid("boundaryReviewOpen", "status ACTIVE is not allowed while a boundary review is open");
    }
  }

  /**
   * Tells whether some training was completed with its competency check passed.
   *
   * @return true if so
   */
  public final boolean hasCompetentTraining() {
    return trainings().stream().anyMatch(TrainingRecord::competencyConfirmed);
  }

  /**
   * Tells whether some certification is valid at an instant.
   *
   * @param at the instant
   * @return true if so
   */
  public final boolean hasValidCertificationAt(Instant at) {
    return certifications().stream().anyMatch(c -> c.validAt(at));
  }

  /**
   * Tells whether the peer may serve (be matched, lead a group) at an instant: active, not under
   * boundary review, with a certification valid then. This is the library's safety floor for
   * supporters and facilitators; no policy can relax it.
   *
   * @param at the instant
   * @return true if the peer may serve
   */
  public final boolean canServeAt(Instant at) {
    return status() == PeerStatus.ACTIVE && !boundaryReviewOpen() && hasValidCertificationAt(at)
        && hasCompetentTraining() && codeOfConductSignedAt().isPresent();
  }
}
