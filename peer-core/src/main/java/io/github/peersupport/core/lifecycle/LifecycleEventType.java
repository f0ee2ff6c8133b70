package io.github.peersupport.core.lifecycle;

/** The kinds of lifecycle event; see {@link PeerLifecycle} for the transitions each allows. */
public enum LifecycleEventType {
  /** Passed screening: interview and references. */
  SCREENED,
  /** Completed a training course (payload: {@link TrainingRecord}). */
  TRAINING_COMPLETED,
  /** Signed the code of conduct. */
  CODE_OF_CONDUCT_SIGNED,
  /** Granted or renewed a certification (payload: {@link Certification}). */
  CERTIFIED,
  /** Started or resumed serving. */
  ACTIVATED,
  /** Paused serving (payload: {@link PauseReason} self-care, illness or leave). */
  PAUSED,
  /** Observed that no certification is valid any more; pauses an active peer. */
  CERTIFICATION_LAPSED,
  /** A boundary review was opened; pauses an active peer. */
  BOUNDARY_REVIEW_OPENED,
  /** The open boundary review was closed. */
  BOUNDARY_REVIEW_CLOSED,
  /** Certification withdrawn (payload: {@link DecertificationReason}). */
  DECERTIFIED,
  /** Left the programme. */
  RETIRED
}
