package io.github.peersupport.core.lifecycle;

import io.github.peersupport.core.Tag;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supporter and facilitator lifecycle as a guarded state machine (Joo et al.
 * 2022; Cancer Hope Network).
 *
 * <pre>
 * APPLICANT --SCREENED--> SCREENED --TRAINING_COMPLETED--> TRAINED --CERTIFIED--> CERTIFIED
 * CERTIFIED --ACTIVATED--> ACTIVE --PAUSED / CERTIFICATION_LAPSED / BOUNDARY_REVIEW_OPENED--> PAUSED
 * PAUSED --ACTIVATED--> ACTIVE
 * any of SCREENED..PAUSED --DECERTIFIED--> DECERTIFIED;  any non-terminal --RETIRED--> RETIRED
 * </pre>
 *
 * <p>Guards, each with a stable rule id: a training passes only with its competency check; the move
 * to TRAINED and certification need the {@link #requiredCourses() required courses} (any competent
 * training when none are configured); activation needs competent training, a signed code of conduct, a
 * certification valid at the event's instant and no open boundary review; events may not go back in
 * time; DECERTIFIED and RETIRED are terminal. Certifications may be renewed in CERTIFIED, ACTIVE and
 * PAUSED; a lapsed certification pauses an active peer until a renewal and a new activation.
 *
 * <p>{@link #apply} is pure and O(t + c) for t training records and c certifications; instances are
 * immutable and thread-safe. Rejections are logged at DEBUG with the rule id and event type only.
 */
@Value.Immutable
@PeerStyle
public abstract class PeerLifecycle {
  /** The event is not allowed from the current status. */
  public static final RuleId NOT_ALLOWED = RuleId.of("lifecycle.not-allowed-from-status");
  /** The peer is decertified or retired; no event applies. */
  public static final RuleId TERMINAL = RuleId.of("lifecycle.terminal-status");
  /** The event is earlier than the last accepted event. */
  public static final RuleId OUT_OF_ORDER = RuleId.of("lifecycle.event-out-of-order");
  /** A training counts only when its competency check was passed. */
  public static final RuleId COMPETENCY_REQUIRED = RuleId.of("lifecycle.training.competency-required");
  /** Certification and activation need the required, competency-checked training. */
  public static final RuleId TRAINING_REQUIRED = RuleId.of("lifecycle.training-required");
  /** Activation needs a signed code of conduct. */
  public static final RuleId CODE_OF_CONDUCT_REQUIRED = RuleId.of("lifecycle.activate.code-of-conduct-required");
  /** Activation needs a certification valid at the instant of activation. */
  public static final RuleId VALID_CERTIFICATION_REQUIRED = RuleId.of("lifecycle.activate.valid-certification-required");
  /** Activation is blocked while a boundary review is open. */
  public static final RuleId BOUNDARY_REVIEW_OPEN = RuleId.of("lifecycle.activate.boundary-review-open");
  /** A lapse cannot be recorded while a certification is still valid. */
  public static final RuleId CERTIFICATION_STILL_VALID = RuleId.of("lifecycle.lapse.certification-still-valid");
  /** A boundary review is already open. */
  public static final RuleId REVIEW_ALREADY_OPEN = RuleId.of("lifecycle.review.already-open");
  /** No boundary review is open to close. */
  public static final RuleId NO_REVIEW_OPEN = RuleId.of("lifecycle.review.none-open");

  private static final Logger LOG = LoggerFactory.getLogger(PeerLifecycle.class);
  private static final Set<PeerStatus> CERTIFIABLE = EnumSet.of(PeerStatus.TRAINED, PeerStatus.CERTIFIED, PeerStatus.ACTIVE, PeerStatus.PAUSED);
  private static final Set<PeerStatus> REVIEWABLE = EnumSet.of(PeerStatus.CERTIFIED, PeerStatus.ACTIVE, PeerStatus.PAUSED);

  PeerLifecycle() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PeerLifecycle}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutablePeerLifecycle.Builder {
    /** Creates an empty builder; prefer {@link PeerLifecycle#builder()}. */
    public Builder() {}
  }

  /**
   * The default lifecycle: any competency-checked training qualifies.
   *
   * @return the lifecycle
   */
  public static PeerLifecycle standard() {
    return builder().build();
  }

  /**
   * Returns the courses a peer must complete (competency checked) before certification and
   * activation; empty means any competency-checked course.
   *
   * @return the course tags
   */
  public abstract Set<Tag> requiredCourses();

  /**
   * Applies one event.
   *
   * @param standing the current standing
   * @param event the event
   * @return the transition: the new standing and audit data, or a rejection naming the rule
   * @throws NullPointerException if any argument is null
   */
  public final Transition apply(PeerStanding standing, LifecycleEvent event) {
    Objects.requireNonNull(standing, "standing");
    Objects.requireNonNull(event, "event");
    PeerStatus from = standing.status();
    Optional<RuleId> rejection = guard(standing, event);
    if (rejection.isPresent()) {
      LOG.debug("lifecycle event {} rejected from {} by {}", event.type(), from, rejection.get());
      return Transition.builder().event(event).fromStatus(from).standing(standing).refusedBy(rejection).build();
    }
    PeerStanding next = next(standing, event);
    LOG.debug("lifecycle event {} accepted: {} -> {}", event.type(), from, next.status());
    return Transition.builder().event(event).fromStatus(from).standing(next).build();
  }

  /**
   * Applies events in order, each to the standing the previous one produced.
   *
   * @param standing the starting standing
   * @param events the events
   * @return one transition per event
   * @throws NullPointerException if any argument is null
   */
  public final List<Transition> replay(PeerStanding standing, List<LifecycleEvent> events) {
    Objects.requireNonNull(standing, "standing");
    Objects.requireNonNull(events, "events");
    List<Transition> transitions = new ArrayList<>(events.size());
    PeerStanding current = standing;
    for (LifecycleEvent e : events) {
      Transition t = apply(current, e);
      transitions.add(t);
      current = t.standing();
    }
    return List.copyOf(transitions);
  }

  /**
   * Tells whether a standing's training satisfies this lifecycle.
   *
   * @param trainings the training records
   * @return true if competency-checked training covers the required courses (or any, if none are required)
   * @throws NullPointerException if any argument is null
   */
  public final boolean trainingSatisfied(List<TrainingRecord> trainings) {
    Objects.requireNonNull(trainings, "trainings");
    if (requiredCourses().isEmpty()) {
      return trainings.stream().anyMatch(TrainingRecord::competencyConfirmed);
    }
    return requiredCourses().stream().allMatch(course ->
        trainings.stream().anyMatch(t -> t.competencyConfirmed() && t.course().equals(course)));
  }

  private Optional<RuleId> guard(PeerStanding s, LifecycleEvent e) {
    PeerStatus from = s.status();
    if (from.isTerminal()) {
      return Optional.of(TERMINAL);
    }
    if (s.lastEventAt().filter(last -> e.at().isBefore(last)).isPresent()) {
      return Optional.of(OUT_OF_ORDER);
    }
    switch (e.type()) {
      case SCREENED:
        return allowedFrom(from, EnumSet.of(PeerStatus.APPLICANT));
      case TRAINING_COMPLETED:
        if (from == PeerStatus.APPLICANT) {
          return Optional.of(NOT_ALLOWED);
        }
        return e.training().orElseThrow().competencyConfirmed() ? Optional.empty() : Optional.of(COMPETENCY_REQUIRED);
      case CODE_OF_CONDUCT_SIGNED:
        return Optional.empty();
      case CERTIFIED:
        return allowedFrom(from, CERTIFIABLE).or(() -> trainingSatisfied(s.trainings()) ? Optional.empty() : Optional.of(TRAINING_REQUIRED));
      case ACTIVATED:
        return allowedFrom(from, EnumSet.of(PeerStatus.CERTIFIED, PeerStatus.PAUSED)).or(() -> activationGuard(s, e.at()));
      case PAUSED:
        return allowedFrom(from, EnumSet.of(PeerStatus.ACTIVE));
      case CERTIFICATION_LAPSED:
        return allowedFrom(from, EnumSet.of(PeerStatus.ACTIVE))
            .or(() -> s.hasValidCertificationAt(e.at()) ? Optional.of(CERTIFICATION_STILL_VALID) : Optional.empty());
      case BOUNDARY_REVIEW_OPENED:
        return allowedFrom(from, REVIEWABLE).or(() -> s.boundaryReviewOpen() ? Optional.of(REVIEW_ALREADY_OPEN) : Optional.empty());
      case BOUNDARY_REVIEW_CLOSED:
        return s.boundaryReviewOpen() ? Optional.empty() : Optional.of(NO_REVIEW_OPEN);
      case DECERTIFIED:
        return from == PeerStatus.APPLICANT ? Optional.of(NOT_ALLOWED) : Optional.empty();
      case RETIRED:
        return Optional.empty();
      default:
        throw new IllegalStateException("unhandled event type " + e.type());
    }
  }

  private Optional<RuleId> activationGuard(PeerStanding s, Instant at) {
    if (!trainingSatisfied(s.trainings())) {
      return Optional.of(TRAINING_REQUIRED);
    }
    if (s.codeOfConductSignedAt().isEmpty()) {
      return Optional.of(CODE_OF_CONDUCT_REQUIRED);
    }
    if (!s.hasValidCertificationAt(at)) {
      return Optional.of(VALID_CERTIFICATION_REQUIRED);
    }
    if (s.boundaryReviewOpen()) {
      return Optional.of(BOUNDARY_REVIEW_OPEN);
    }
    return Optional.empty();
  }

  private static Optional<RuleId> allowedFrom(PeerStatus from, Set<PeerStatus> allowed) {
    return allowed.contains(from) ? Optional.empty() : Optional.of(NOT_ALLOWED);
  }

  private PeerStanding next(PeerStanding s, LifecycleEvent e) {
    PeerStanding.Builder b = PeerStanding.builder().from(s).lastEventAt(e.at());
    switch (e.type()) {
      case SCREENED:
        return b.status(PeerStatus.SCREENED).build();
      case TRAINING_COMPLETED: {
        TrainingRecord training = e.training().orElseThrow();
        List<TrainingRecord> all = new ArrayList<>(s.trainings());
        all.add(training);
        b.addTrainings(training);
        if (s.status() == PeerStatus.SCREENED && trainingSatisfied(all)) {
          b.status(PeerStatus.TRAINED);
        }
        return b.build();
      }
      case CODE_OF_CONDUCT_SIGNED:
        return b.codeOfConductSignedAt(e.at()).build();
      case CERTIFIED:
        b.addCertifications(e.certification().orElseThrow());
        return (s.status() == PeerStatus.TRAINED ? b.status(PeerStatus.CERTIFIED) : b).build();
      case ACTIVATED:
        return b.status(PeerStatus.ACTIVE).pauseReason(Optional.empty()).build();
      case PAUSED:
        return b.status(PeerStatus.PAUSED).pauseReason(e.pauseReason()).build();
      case CERTIFICATION_LAPSED:
        return b.status(PeerStatus.PAUSED).pauseReason(PauseReason.CERTIFICATION_LAPSED).build();
      case BOUNDARY_REVIEW_OPENED:
        b.boundaryReviewOpen(true);
        return (s.status() == PeerStatus.ACTIVE ? b.status(PeerStatus.PAUSED).pauseReason(PauseReason.BOUNDARY_REVIEW) : b).build();
      case BOUNDARY_REVIEW_CLOSED:
        return b.boundaryReviewOpen(false).build();
      case DECERTIFIED:
        return b.status(PeerStatus.DECERTIFIED).pauseReason(Optional.empty()).decertificationReason(e.decertificationReason()).build();
      case RETIRED:
        return b.status(PeerStatus.RETIRED).pauseReason(Optional.empty()).build();
      default:
        throw new IllegalStateException("unhandled event type " + e.type());
    }
  }
}
