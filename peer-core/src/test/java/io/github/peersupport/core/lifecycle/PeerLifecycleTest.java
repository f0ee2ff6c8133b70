package io.github.peersupport.core.lifecycle;

import static io.github.peersupport.core.lifecycle.LifecycleEvent.activated;
import static io.github.peersupport.core.lifecycle.LifecycleEvent.boundaryReviewClosed;
import static io.github.peersupport.core.lifecycle.LifecycleEvent.boundaryReviewOpened;
import static io.github.peersupport.core.lifecycle.LifecycleEvent.certificationLapsed;
import static io.github.peersupport.core.lifecycle.LifecycleEvent.certified;
import static io.github.peersupport.core.lifecycle.LifecycleEvent.codeOfConductSigned;
import static io.github.peersupport.core.lifecycle.LifecycleEvent.decertified;
import static io.github.peersupport.core.lifecycle.LifecycleEvent.paused;
import static io.github.peersupport.core.lifecycle.LifecycleEvent.retired;
import static io.github.peersupport.core.lifecycle.LifecycleEvent.screened;
import static io.github.peersupport.core.lifecycle.LifecycleEvent.trainingCompleted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.Tag;
import io.github.peersupport.core.rule.RuleId;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerLifecycleTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final PeerLifecycle STANDARD = PeerLifecycle.standard();
  /** Also requires {@code suicide-awareness}, which the fixtures below do not pass. */
  private static final PeerLifecycle STRICT = PeerLifecycle.builder().addRequiredCourses(Tag.of("suicide-awareness")).build();

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  private static TrainingRecord failed(String course, Instant at) {
    return TrainingRecord.builder().course(Tag.of(course)).completedAt(at).competencyConfirmed(false).build();
  }

  private static PeerStanding accepted(PeerLifecycle lifecycle, PeerStanding start, LifecycleEvent... events) {
    PeerStanding standing = start;
    for (LifecycleEvent event : events) {
      Transition t = lifecycle.apply(standing, event);
      assertThat(t.refusedBy()).as("rejection of %s", t).isEmpty();
      standing = t.standing();
    }
    return standing;
  }

  private static PeerStanding accepted(LifecycleEvent... events) {
    return accepted(STANDARD, PeerStanding.applicant(), events);
  }

  private static Transition assertAccepted(PeerLifecycle lifecycle, PeerStanding standing, LifecycleEvent event) {
    Transition t = lifecycle.apply(standing, event);
    assertThat(t.refusedBy()).as("rejection of %s", t).isEmpty();
    assertThat(t.succeeded()).isTrue();
    assertThat(t.event()).isEqualTo(event);
    assertThat(t.fromStatus()).isEqualTo(standing.status());
    assertThat(t.standing().lastEventAt()).contains(event.at());
    return t;
  }

  private static Transition assertRejected(PeerLifecycle lifecycle, PeerStanding standing, LifecycleEvent event, RuleId rule) {
    Transition t = lifecycle.apply(standing, event);
    assertThat(t.refusedBy()).as("rejection of %s", t).contains(rule);
    assertThat(t.succeeded()).isFalse();
    assertThat(t.event()).isEqualTo(event);
    assertThat(t.fromStatus()).isEqualTo(standing.status());
    assertThat(t.standing()).isSameAs(standing).isEqualTo(standing);
    assertThat(t.toStatus()).isEqualTo(standing.status());
    return t;
  }

  // ---- fixtures (standard lifecycle) ---------------------------------------------------------

  /** Screened at day 0. */
  private static PeerStanding screenedPeer() {
    return accepted(screened(day(0)));
  }

  /** Screened at day 0, peer-mentor-core passed at day 1. */
  private static PeerStanding trainedPeer() {
    return accepted(screenedPeer(), trainingCompleted(TrainingRecord.passed("peer-mentor-core", day(1))));
  }

  private static PeerStanding accepted(PeerStanding start, LifecycleEvent... events) {
    return accepted(STANDARD, start, events);
  }

  /** Trained, code of conduct signed at day 2, certified at day 3 until the given day. */
  private static PeerStanding certifiedPeer(int expiryDay) {
    return accepted(trainedPeer(), codeOfConductSigned(day(2)), certified(Certification.of("peer-mentor", day(3), day(expiryDay))));
  }

  /** Certified until the given day and activated at day 4. */
  private static PeerStanding activePeer(int expiryDay) {
    return accepted(certifiedPeer(expiryDay), activated(day(4)));
  }

  private static PeerStanding retiredPeer() {
    return accepted(activePeer(365), retired(day(5)));
  }

  private static PeerStanding decertifiedPeer() {
    return accepted(activePeer(365), decertified(day(5), DecertificationReason.CODE_OF_CONDUCT_BREACH));
  }

  /** One event of every type, all at the same instant. */
  private static List<LifecycleEvent> oneOfEachType(Instant at) {
    List<LifecycleEvent> events = List.of(
        screened(at),
        trainingCompleted(TrainingRecord.passed("peer-mentor-core", at)),
        codeOfConductSigned(at),
        certified(Certification.of("peer-mentor", at, at.plus(Duration.ofDays(365)))),
        activated(at),
        paused(at, PauseReason.SELF_CARE),
        certificationLapsed(at),
        boundaryReviewOpened(at),
        boundaryReviewClosed(at),
        decertified(at, DecertificationReason.STANDARDS_NOT_MET),
        retired(at));
    assertThat(events).extracting(LifecycleEvent::type).containsExactlyInAnyOrder(LifecycleEventType.values());
    return events;
  }

  // ---- every rule id is covered --------------------------------------------------------------

  @Test
  void ruleIds_publicConstants_areExactlyTheOnesTestedHere() throws IllegalAccessException {
    List<RuleId> declared = new ArrayList<>();
    for (Field f : PeerLifecycle.class.getDeclaredFields()) {
      if (f.getType() == RuleId.class && Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())) {
        declared.add((RuleId) f.get(null));
      }
    }
    assertThat(declared).doesNotHaveDuplicates().containsExactlyInAnyOrder(
        PeerLifecycle.NOT_ALLOWED, PeerLifecycle.TERMINAL, PeerLifecycle.OUT_OF_ORDER, PeerLifecycle.COMPETENCY_REQUIRED,
        PeerLifecycle.TRAINING_REQUIRED, PeerLifecycle.CODE_OF_CONDUCT_REQUIRED, PeerLifecycle.VALID_CERTIFICATION_REQUIRED,
        PeerLifecycle.BOUNDARY_REVIEW_OPEN, PeerLifecycle.CERTIFICATION_STILL_VALID, PeerLifecycle.REVIEW_ALREADY_OPEN,
        PeerLifecycle.NO_REVIEW_OPEN);
  }

  // ---- NOT_ALLOWED ---------------------------------------------------------------------------

  @Test
  void apply_trainingCompletedByApplicant_rejectedNotAllowed() {
    LifecycleEvent training = trainingCompleted(TrainingRecord.passed("peer-mentor-core", day(1)));

    assertRejected(STANDARD, PeerStanding.applicant(), training, PeerLifecycle.NOT_ALLOWED);
  }

  @Test
  void apply_trainingCompletedOnceScreened_acceptedAsTrained() {
    LifecycleEvent training = trainingCompleted(TrainingRecord.passed("peer-mentor-core", day(1)));

    Transition t = assertAccepted(STANDARD, screenedPeer(), training);

    assertThat(t.toStatus()).isEqualTo(PeerStatus.TRAINED);
    assertThat(t.standing().trainings()).containsExactly(training.training().orElseThrow());
  }

  @Test
  void apply_pausedWhileOnlyCertified_rejectedNotAllowed() {
    assertRejected(STANDARD, certifiedPeer(365), paused(day(5), PauseReason.LEAVE), PeerLifecycle.NOT_ALLOWED);
  }

  @Test
  void apply_pausedWhileActive_accepted() {
    Transition t = assertAccepted(STANDARD, activePeer(365), paused(day(5), PauseReason.LEAVE));

    assertThat(t.toStatus()).isEqualTo(PeerStatus.PAUSED);
  }

  @Test
  void apply_decertifiedApplicant_rejectedNotAllowed() {
    assertRejected(STANDARD, PeerStanding.applicant(), decertified(day(1), DecertificationReason.STANDARDS_NOT_MET), PeerLifecycle.NOT_ALLOWED);
  }

  @Test
  void apply_decertifiedOnceScreened_accepted() {
    Transition t = assertAccepted(STANDARD, screenedPeer(), decertified(day(1), DecertificationReason.STANDARDS_NOT_MET));

    assertThat(t.toStatus()).isEqualTo(PeerStatus.DECERTIFIED);
  }

  @Test
  void apply_eventFromWrongStatus_rejectedNotAllowed() {
    assertRejected(STANDARD, screenedPeer(), screened(day(1)), PeerLifecycle.NOT_ALLOWED);
    assertRejected(STANDARD, PeerStanding.applicant(), activated(day(1)), PeerLifecycle.NOT_ALLOWED);
    assertRejected(STANDARD, trainedPeer(), activated(day(2)), PeerLifecycle.NOT_ALLOWED);
    assertRejected(STANDARD, activePeer(365), activated(day(5)), PeerLifecycle.NOT_ALLOWED);
    assertRejected(STANDARD, screenedPeer(), certified(Certification.of("peer-mentor", day(1), day(30))), PeerLifecycle.NOT_ALLOWED);
    assertRejected(STANDARD, trainedPeer(), boundaryReviewOpened(day(2)), PeerLifecycle.NOT_ALLOWED);
    assertRejected(STANDARD, certifiedPeer(365), certificationLapsed(day(400)), PeerLifecycle.NOT_ALLOWED);
    PeerStanding pausedPeer = accepted(activePeer(365), paused(day(5), PauseReason.ILLNESS));
    assertRejected(STANDARD, pausedPeer, paused(day(6), PauseReason.SELF_CARE), PeerLifecycle.NOT_ALLOWED);
  }

  // ---- TERMINAL ------------------------------------------------------------------------------

  @Test
  void apply_eventAfterRetirement_rejectedTerminal() {
    assertRejected(STANDARD, retiredPeer(), codeOfConductSigned(day(10)), PeerLifecycle.TERMINAL);
  }

  @Test
  void apply_sameEventBeforeRetirement_accepted() {
    PeerStanding active = activePeer(365);

    Transition t = assertAccepted(STANDARD, active, codeOfConductSigned(day(10)));

    assertThat(t.standing().codeOfConductSignedAt()).contains(day(10));
  }

  @Test
  void apply_anyEventAfterDecertificationOrRetirement_rejectedTerminal() {
    for (PeerStanding terminal : List.of(retiredPeer(), decertifiedPeer())) {
      for (LifecycleEvent event : oneOfEachType(day(10))) {
        assertRejected(STANDARD, terminal, event, PeerLifecycle.TERMINAL);
      }
      // terminal status is checked before event order
      assertRejected(STANDARD, terminal, retired(day(1)), PeerLifecycle.TERMINAL);
    }
  }

  // ---- OUT_OF_ORDER --------------------------------------------------------------------------

  @Test
  void apply_eventBeforeLastAccepted_rejectedOutOfOrder() {
    PeerStanding screenedAtDay5 = accepted(screened(day(5)));
    LifecycleEvent training = trainingCompleted(TrainingRecord.passed("peer-mentor-core", day(4)));

    assertRejected(STANDARD, screenedAtDay5, training, PeerLifecycle.OUT_OF_ORDER);
  }

  @Test
  void apply_sameEventAfterOrAtLastAccepted_accepted() {
    LifecycleEvent training = trainingCompleted(TrainingRecord.passed("peer-mentor-core", day(4)));

    assertAccepted(STANDARD, accepted(screened(day(3))), training);
    assertAccepted(STANDARD, accepted(screened(day(4))), training);
  }

  @Test
  void apply_eventOneNanosecondBeforeLastAccepted_rejectedOutOfOrder() {
    PeerStanding screenedAtDay5 = accepted(screened(day(5)));

    assertRejected(STANDARD, screenedAtDay5, codeOfConductSigned(day(5).minusNanos(1)), PeerLifecycle.OUT_OF_ORDER);
  }

  @Test
  void apply_rejectedEvent_doesNotAdvanceLastEventAt() {
    PeerStanding screenedAtDay5 = accepted(screened(day(5)));
    PeerStanding afterRejection = assertRejected(STANDARD, screenedAtDay5, activated(day(9)), PeerLifecycle.NOT_ALLOWED).standing();

    assertThat(afterRejection.lastEventAt()).contains(day(5));
    assertAccepted(STANDARD, afterRejection, codeOfConductSigned(day(6)));
  }

  // ---- COMPETENCY_REQUIRED -------------------------------------------------------------------

  @Test
  void apply_trainingWithoutCompetency_rejectedCompetencyRequired() {
    Transition t = assertRejected(STANDARD, screenedPeer(), trainingCompleted(failed("peer-mentor-core", day(1))),
        PeerLifecycle.COMPETENCY_REQUIRED);

    assertThat(t.standing().trainings()).isEmpty();
  }

  @Test
  void apply_sameTrainingWithCompetency_acceptedAsTrained() {
    Transition t = assertAccepted(STANDARD, screenedPeer(), trainingCompleted(TrainingRecord.passed("peer-mentor-core", day(1))));

    assertThat(t.toStatus()).isEqualTo(PeerStatus.TRAINED);
  }

  @Test
  void apply_refresherWithoutCompetencyWhileActive_rejectedCompetencyRequired() {
    assertRejected(STANDARD, activePeer(365), trainingCompleted(failed("group-facilitation", day(5))), PeerLifecycle.COMPETENCY_REQUIRED);
  }

  // ---- TRAINING_REQUIRED ---------------------------------------------------------------------

  @Test
  void apply_certifiedWithoutRequiredCourse_rejectedTrainingRequired() {
    PeerStanding trainedInCoreOnly = trainedPeer();

    assertRejected(STRICT, trainedInCoreOnly, certified(Certification.of("peer-mentor", day(3), day(365))), PeerLifecycle.TRAINING_REQUIRED);
  }

  @Test
  void apply_sameCertifiedOnceRequiredCoursePassed_accepted() {
    PeerStanding trainedInBoth = accepted(STRICT, trainedPeer(), trainingCompleted(TrainingRecord.passed("suicide-awareness", day(2))));

    Transition t = assertAccepted(STRICT, trainedInBoth, certified(Certification.of("peer-mentor", day(3), day(365))));

    assertThat(t.toStatus()).isEqualTo(PeerStatus.CERTIFIED);
  }

  @Test
  void apply_activatedWithoutRequiredCourse_rejectedTrainingRequired() {
    assertRejected(STRICT, certifiedPeer(365), activated(day(5)), PeerLifecycle.TRAINING_REQUIRED);
  }

  @Test
  void apply_sameActivatedOnceRequiredCoursePassed_accepted() {
    PeerStanding certified = accepted(STRICT, certifiedPeer(365), trainingCompleted(TrainingRecord.passed("suicide-awareness", day(4))));

    Transition t = assertAccepted(STRICT, certified, activated(day(5)));

    assertThat(t.toStatus()).isEqualTo(PeerStatus.ACTIVE);
  }

  // ---- CODE_OF_CONDUCT_REQUIRED --------------------------------------------------------------

  private static PeerStanding certifiedWithoutCodeOfConduct() {
    return accepted(trainedPeer(), certified(Certification.of("peer-mentor", day(2), day(365))));
  }

  @Test
  void apply_activatedWithoutCodeOfConduct_rejectedCodeOfConductRequired() {
    assertRejected(STANDARD, certifiedWithoutCodeOfConduct(), activated(day(3)), PeerLifecycle.CODE_OF_CONDUCT_REQUIRED);
  }

  @Test
  void apply_sameActivatedOnceCodeOfConductSigned_accepted() {
    PeerStanding signed = accepted(certifiedWithoutCodeOfConduct(), codeOfConductSigned(day(3)));

    Transition t = assertAccepted(STANDARD, signed, activated(day(3)));

    assertThat(t.toStatus()).isEqualTo(PeerStatus.ACTIVE);
    assertThat(t.standing().codeOfConductSignedAt()).contains(day(3));
  }

  // ---- VALID_CERTIFICATION_REQUIRED ----------------------------------------------------------

  @Test
  void apply_activatedAfterCertificationExpired_rejectedValidCertificationRequired() {
    PeerStanding certifiedUntilDay10 = certifiedPeer(10);

    assertRejected(STANDARD, certifiedUntilDay10, activated(day(20)), PeerLifecycle.VALID_CERTIFICATION_REQUIRED);
  }

  @Test
  void apply_activatedExactlyAtExpiry_rejectedValidCertificationRequired() {
    assertRejected(STANDARD, certifiedPeer(10), activated(day(10)), PeerLifecycle.VALID_CERTIFICATION_REQUIRED);
  }

  @Test
  void apply_activatedJustBeforeExpiry_accepted() {
    assertAccepted(STANDARD, certifiedPeer(10), activated(day(10).minusNanos(1)));
  }

  @Test
  void apply_sameActivatedOnceCertificationRenewed_accepted() {
    PeerStanding renewed = accepted(certifiedPeer(10), certified(Certification.of("peer-mentor", day(15), day(400))));

    Transition t = assertAccepted(STANDARD, renewed, activated(day(20)));

    assertThat(t.toStatus()).isEqualTo(PeerStatus.ACTIVE);
    assertThat(t.standing().certifications()).hasSize(2);
  }

  // ---- BOUNDARY_REVIEW_OPEN ------------------------------------------------------------------

  @Test
  void apply_activatedWhileReviewOpen_rejectedBoundaryReviewOpen() {
    PeerStanding underReview = accepted(certifiedPeer(365), boundaryReviewOpened(day(4)));

    assertRejected(STANDARD, underReview, activated(day(5)), PeerLifecycle.BOUNDARY_REVIEW_OPEN);
  }

  @Test
  void apply_sameActivatedOnceReviewClosed_accepted() {
    PeerStanding reviewed = accepted(certifiedPeer(365), boundaryReviewOpened(day(4)), boundaryReviewClosed(day(5)));

    Transition t = assertAccepted(STANDARD, reviewed, activated(day(5)));

    assertThat(t.toStatus()).isEqualTo(PeerStatus.ACTIVE);
  }

  // ---- CERTIFICATION_STILL_VALID -------------------------------------------------------------

  @Test
  void apply_lapseWhileCertificationValid_rejectedCertificationStillValid() {
    assertRejected(STANDARD, activePeer(200), certificationLapsed(day(100)), PeerLifecycle.CERTIFICATION_STILL_VALID);
  }

  @Test
  void apply_sameLapseOnceCertificationExpired_acceptedAsPaused() {
    Transition t = assertAccepted(STANDARD, activePeer(100), certificationLapsed(day(100)));

    assertThat(t.toStatus()).isEqualTo(PeerStatus.PAUSED);
    assertThat(t.standing().pauseReason()).contains(PauseReason.CERTIFICATION_LAPSED);
  }

  @Test
  void apply_lapseWithCertificationWithoutExpiry_rejectedCertificationStillValid() {
    Certification forever = Certification.builder().kind(Tag.of("peer-mentor")).issuedAt(day(3)).build();
    PeerStanding active = accepted(trainedPeer(), codeOfConductSigned(day(2)), certified(forever), activated(day(4)));

    assertRejected(STANDARD, active, certificationLapsed(day(10_000)), PeerLifecycle.CERTIFICATION_STILL_VALID);
  }

  // ---- REVIEW_ALREADY_OPEN -------------------------------------------------------------------

  @Test
  void apply_reviewOpenedTwice_rejectedReviewAlreadyOpen() {
    PeerStanding underReview = accepted(activePeer(365), boundaryReviewOpened(day(10)));

    assertRejected(STANDARD, underReview, boundaryReviewOpened(day(12)), PeerLifecycle.REVIEW_ALREADY_OPEN);
  }

  @Test
  void apply_sameReviewOpenedAfterClose_accepted() {
    PeerStanding reviewed = accepted(activePeer(365), boundaryReviewOpened(day(10)), boundaryReviewClosed(day(11)));

    Transition t = assertAccepted(STANDARD, reviewed, boundaryReviewOpened(day(12)));

    assertThat(t.standing().boundaryReviewOpen()).isTrue();
    assertThat(t.toStatus()).isEqualTo(PeerStatus.PAUSED);
    assertThat(t.standing().pauseReason()).contains(PauseReason.BOUNDARY_REVIEW);
  }

  // ---- NO_REVIEW_OPEN ------------------------------------------------------------------------

  @Test
  void apply_reviewClosedWhenNoneOpen_rejectedNoReviewOpen() {
    assertRejected(STANDARD, certifiedPeer(365), boundaryReviewClosed(day(5)), PeerLifecycle.NO_REVIEW_OPEN);
  }

  @Test
  void apply_sameReviewClosedOnceOpened_accepted() {
    PeerStanding underReview = accepted(certifiedPeer(365), boundaryReviewOpened(day(4)));

    Transition t = assertAccepted(STANDARD, underReview, boundaryReviewClosed(day(5)));

    assertThat(t.standing().boundaryReviewOpen()).isFalse();
    assertThat(t.toStatus()).isEqualTo(PeerStatus.CERTIFIED);
  }

  // ---- whole journeys ------------------------------------------------------------------------

  @Test
  void replay_happyPath_applicantToActive() {
    List<LifecycleEvent> events = List.of(
        screened(day(0)),
        trainingCompleted(TrainingRecord.passed("peer-mentor-core", day(1))),
        codeOfConductSigned(day(2)),
        certified(Certification.of("peer-mentor", day(3), day(365))),
        activated(day(4)));

    List<Transition> ts = STANDARD.replay(PeerStanding.applicant(), events);

    assertThat(ts).allMatch(Transition::succeeded);
    assertThat(ts).extracting(Transition::fromStatus).containsExactly(
        PeerStatus.APPLICANT, PeerStatus.SCREENED, PeerStatus.TRAINED, PeerStatus.TRAINED, PeerStatus.CERTIFIED);
    assertThat(ts).extracting(Transition::toStatus).containsExactly(
        PeerStatus.SCREENED, PeerStatus.TRAINED, PeerStatus.TRAINED, PeerStatus.CERTIFIED, PeerStatus.ACTIVE);
    PeerStanding active = ts.get(4).standing();
    assertThat(active.canServeAt(day(4))).isTrue();
    assertThat(active.canServeAt(day(365))).isFalse();
    assertThat(active.pauseReason()).isEmpty();
    assertThat(active.lastEventAt()).contains(day(4));
  }

  @Test
  void apply_pauseAndResume_recordsReasonThenClearsIt() {
    PeerStanding pausedPeer = assertAccepted(STANDARD, activePeer(365), paused(day(5), PauseReason.SELF_CARE)).standing();

    assertThat(pausedPeer.status()).isEqualTo(PeerStatus.PAUSED);
    assertThat(pausedPeer.pauseReason()).contains(PauseReason.SELF_CARE);
    assertThat(pausedPeer.canServeAt(day(6))).isFalse();

    PeerStanding resumed = assertAccepted(STANDARD, pausedPeer, activated(day(20))).standing();

    assertThat(resumed.status()).isEqualTo(PeerStatus.ACTIVE);
    assertThat(resumed.pauseReason()).isEmpty();
    assertThat(resumed.canServeAt(day(20))).isTrue();
  }

  @Test
  void apply_certificationLapse_pausesUntilRenewalAndActivation() {
    PeerStanding lapsed = assertAccepted(STANDARD, activePeer(100), certificationLapsed(day(101))).standing();
    assertThat(lapsed.status()).isEqualTo(PeerStatus.PAUSED);
    assertThat(lapsed.pauseReason()).contains(PauseReason.CERTIFICATION_LAPSED);

    assertRejected(STANDARD, lapsed, activated(day(102)), PeerLifecycle.VALID_CERTIFICATION_REQUIRED);

    PeerStanding renewed = assertAccepted(STANDARD, lapsed, certified(Certification.of("peer-mentor", day(103), day(500)))).standing();
    assertThat(renewed.status()).isEqualTo(PeerStatus.PAUSED);
    assertThat(renewed.pauseReason()).contains(PauseReason.CERTIFICATION_LAPSED);
    assertThat(renewed.canServeAt(day(103))).isFalse();

    PeerStanding resumed = assertAccepted(STANDARD, renewed, activated(day(104))).standing();
    assertThat(resumed.status()).isEqualTo(PeerStatus.ACTIVE);
    assertThat(resumed.pauseReason()).isEmpty();
    assertThat(resumed.canServeAt(day(104))).isTrue();
  }

  @Test
  void apply_boundaryReviewWhileActive_pausesAndBlocksActivationUntilClosed() {
    PeerStanding underReview = assertAccepted(STANDARD, activePeer(365), boundaryReviewOpened(day(10))).standing();
    assertThat(underReview.status()).isEqualTo(PeerStatus.PAUSED);
    assertThat(underReview.pauseReason()).contains(PauseReason.BOUNDARY_REVIEW);
    assertThat(underReview.boundaryReviewOpen()).isTrue();
    assertThat(underReview.canServeAt(day(10))).isFalse();

    assertRejected(STANDARD, underReview, activated(day(11)), PeerLifecycle.BOUNDARY_REVIEW_OPEN);

    PeerStanding closed = assertAccepted(STANDARD, underReview, boundaryReviewClosed(day(12))).standing();
    assertThat(closed.status()).isEqualTo(PeerStatus.PAUSED);
    assertThat(closed.boundaryReviewOpen()).isFalse();

    PeerStanding resumed = assertAccepted(STANDARD, closed, activated(day(13))).standing();
    assertThat(resumed.status()).isEqualTo(PeerStatus.ACTIVE);
    assertThat(resumed.canServeAt(day(13))).isTrue();
  }

  @Test
  void apply_boundaryReviewWhileVoluntarilyPaused_keepsPauseReason() {
    PeerStanding pausedPeer = accepted(activePeer(365), paused(day(5), PauseReason.ILLNESS));

    PeerStanding underReview = assertAccepted(STANDARD, pausedPeer, boundaryReviewOpened(day(6))).standing();

    assertThat(underReview.status()).isEqualTo(PeerStatus.PAUSED);
    assertThat(underReview.pauseReason()).contains(PauseReason.ILLNESS);
    assertThat(underReview.boundaryReviewOpen()).isTrue();
  }

  @Test
  void apply_decertified_recordsReasonAndIsTerminal() {
    PeerStanding underReview = accepted(activePeer(365), boundaryReviewOpened(day(10)));

    Transition t = assertAccepted(STANDARD, underReview, decertified(day(20), DecertificationReason.BOUNDARY_PROBLEM));

    assertThat(t.fromStatus()).isEqualTo(PeerStatus.PAUSED);
    assertThat(t.toStatus()).isEqualTo(PeerStatus.DECERTIFIED);
    assertThat(t.standing().decertificationReason()).contains(DecertificationReason.BOUNDARY_PROBLEM);
    assertThat(t.standing().pauseReason()).isEmpty();
    assertThat(t.standing().status().isTerminal()).isTrue();
    assertThat(t.standing().canServeAt(day(20))).isFalse();
    assertRejected(STANDARD, t.standing(), activated(day(30)), PeerLifecycle.TERMINAL);
    assertRejected(STANDARD, t.standing(), boundaryReviewClosed(day(30)), PeerLifecycle.TERMINAL);
  }

  @Test
  void apply_retiredFromPaused_clearsPauseReasonAndIsTerminal() {
    PeerStanding pausedPeer = accepted(activePeer(365), paused(day(5), PauseReason.LEAVE));

    Transition t = assertAccepted(STANDARD, pausedPeer, retired(day(6)));

    assertThat(t.toStatus()).isEqualTo(PeerStatus.RETIRED);
    assertThat(t.standing().pauseReason()).isEmpty();
    assertThat(t.standing().decertificationReason()).isEmpty();
    assertRejected(STANDARD, t.standing(), screened(day(7)), PeerLifecycle.TERMINAL);
  }

  @Test
  void apply_applicantRetires_accepted() {
    assertThat(assertAccepted(STANDARD, PeerStanding.applicant(), retired(day(0))).toStatus()).isEqualTo(PeerStatus.RETIRED);
  }

  @Test
  void apply_rejected_returnsSameStandingObject() {
    PeerStanding active = activePeer(365);

    Transition t = STANDARD.apply(active, screened(day(5)));

    assertThat(t.refusedBy()).contains(PeerLifecycle.NOT_ALLOWED);
    assertThat(t.standing()).isSameAs(active).isEqualTo(activePeer(365));
    assertThat(t.toString()).isEqualTo("Transition[SCREENED at " + day(5) + ": ACTIVE -> ACTIVE, refused by " + PeerLifecycle.NOT_ALLOWED + "]");
  }

  // ---- required courses ----------------------------------------------------------------------

  @Test
  void apply_requiredCourseMissing_staysScreenedAndCannotCertify() {
    PeerStanding coreOnly = assertAccepted(STRICT, screenedPeer(), trainingCompleted(TrainingRecord.passed("peer-mentor-core", day(1)))).standing();

    assertThat(coreOnly.status()).isEqualTo(PeerStatus.SCREENED);
    assertThat(coreOnly.trainings()).hasSize(1);
    assertRejected(STRICT, coreOnly, certified(Certification.of("peer-mentor", day(2), day(365))), PeerLifecycle.NOT_ALLOWED);
  }

  @Test
  void apply_requiredCoursePassed_trainedAndCertifiable() {
    PeerStanding required = assertAccepted(STRICT, screenedPeer(), trainingCompleted(TrainingRecord.passed("suicide-awareness", day(1)))).standing();

    assertThat(required.status()).isEqualTo(PeerStatus.TRAINED);
    assertThat(assertAccepted(STRICT, required, certified(Certification.of("peer-mentor", day(2), day(365)))).toStatus())
        .isEqualTo(PeerStatus.CERTIFIED);
  }

  @Test
  void apply_requiredCourseFailed_rejectedAndStillScreened() {
    assertRejected(STRICT, screenedPeer(), trainingCompleted(failed("suicide-awareness", day(1))), PeerLifecycle.COMPETENCY_REQUIRED);
  }

  @Test
  void trainingSatisfied_requiredCourses_needsEachWithCompetency() {
    PeerLifecycle twoCourses = PeerLifecycle.builder().addRequiredCourses(Tag.of("peer-mentor-core"), Tag.of("suicide-awareness")).build();
    TrainingRecord core = TrainingRecord.passed("peer-mentor-core", day(1));
    TrainingRecord awareness = TrainingRecord.passed("suicide-awareness", day(2));
    TrainingRecord awarenessFailed = failed("suicide-awareness", day(2));

    assertThat(twoCourses.requiredCourses()).containsExactlyInAnyOrder(Tag.of("peer-mentor-core"), Tag.of("suicide-awareness"));
    assertThat(twoCourses.trainingSatisfied(List.of())).isFalse();
    assertThat(twoCourses.trainingSatisfied(List.of(core))).isFalse();
    assertThat(twoCourses.trainingSatisfied(List.of(core, awarenessFailed))).isFalse();
    assertThat(twoCourses.trainingSatisfied(List.of(core, awarenessFailed, awareness))).isTrue();
    assertThat(STANDARD.requiredCourses()).isEmpty();
    assertThat(STANDARD.trainingSatisfied(List.of(awarenessFailed))).isFalse();
    assertThat(STANDARD.trainingSatisfied(List.of(awarenessFailed, core))).isTrue();
  }

  // ---- replay --------------------------------------------------------------------------------

  @Test
  void replay_mixedEvents_equalsApplyingEachToThePreviousStanding() {
    List<LifecycleEvent> events = List.of(
        screened(day(0)),
        activated(day(1)),                                                     // rejected: NOT_ALLOWED
        trainingCompleted(failed("peer-mentor-core", day(1))),                // rejected: COMPETENCY_REQUIRED
        trainingCompleted(TrainingRecord.passed("peer-mentor-core", day(2))),
        certified(Certification.of("peer-mentor", day(3), day(30))),
        activated(day(4)),                                                     // rejected: CODE_OF_CONDUCT_REQUIRED
        codeOfConductSigned(day(1)),                                           // rejected: OUT_OF_ORDER
        codeOfConductSigned(day(5)),
        activated(day(6)));

    List<Transition> ts = STANDARD.replay(PeerStanding.applicant(), events);

    assertThat(ts).hasSize(events.size());
    assertThat(ts).extracting(t -> t.refusedBy().orElse(null)).containsExactly(
        null, PeerLifecycle.NOT_ALLOWED, PeerLifecycle.COMPETENCY_REQUIRED, null, null,
        PeerLifecycle.CODE_OF_CONDUCT_REQUIRED, PeerLifecycle.OUT_OF_ORDER, null, null);
    PeerStanding expected = PeerStanding.applicant();
    for (int i = 0; i < events.size(); i++) {
      Transition applied = STANDARD.apply(expected, events.get(i));
      assertThat(ts.get(i)).isEqualTo(applied);
      assertThat(ts.get(i).event()).isSameAs(events.get(i));
      expected = applied.standing();
    }
    assertThat(ts.get(ts.size() - 1).toStatus()).isEqualTo(PeerStatus.ACTIVE);
  }

  @Test
  void replay_noEvents_noTransitions() {
    assertThat(STANDARD.replay(activePeer(365), List.of())).isEmpty();
  }

  // ---- PeerStanding construction checks ------------------------------------------------------

  private static PeerStanding.Builder fullRecords() {
    return PeerStanding.builder()
        .addTrainings(TrainingRecord.passed("peer-mentor-core", day(1)))
        .codeOfConductSignedAt(day(2))
        .addCertifications(Certification.of("peer-mentor", day(3), day(365)))
        .lastEventAt(day(4));
  }

  @Test
  void peerStanding_applicant_hasNoRecords() {
    PeerStanding applicant = PeerStanding.applicant();

    assertThat(applicant.status()).isEqualTo(PeerStatus.APPLICANT);
    assertThat(applicant.trainings()).isEmpty();
    assertThat(applicant.certifications()).isEmpty();
    assertThat(applicant.codeOfConductSignedAt()).isEmpty();
    assertThat(applicant.boundaryReviewOpen()).isFalse();
    assertThat(applicant.lastEventAt()).isEmpty();
    assertThat(applicant.canServeAt(day(0))).isFalse();
  }

  @Test
  void peerStanding_activeWithAllRecords_builds() {
    PeerStanding active = fullRecords().status(PeerStatus.ACTIVE).build();

    assertThat(active.canServeAt(day(10))).isTrue();
    assertThat(active).isEqualTo(activePeer(365));
  }

  @Test
  void peerStanding_activeWithoutCodeOfConduct_throwsNamingField() {
    PeerStanding.Builder b = PeerStanding.builder().status(PeerStatus.ACTIVE)
        .addTrainings(TrainingRecord.passed("peer-mentor-core", day(1)))
        .addCertifications(Certification.of("peer-mentor", day(3), day(365)));

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("codeOfConductSignedAt");
  }

  @Test
  void peerStanding_activeUnderReview_throwsNamingField() {
    PeerStanding.Builder b = fullRecords().status(PeerStatus.ACTIVE).boundaryReviewOpen(true);

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boundaryReviewOpen");
  }

  @Test
  void peerStanding_pausedUnderReview_builds() {
    PeerStanding pausedPeer = fullRecords().status(PeerStatus.PAUSED).pauseReason(PauseReason.BOUNDARY_REVIEW).boundaryReviewOpen(true).build();

    assertThat(pausedPeer.canServeAt(day(10))).isFalse();
  }

  @Test
  void peerStanding_pausedWithoutReason_throwsNamingField() {
    PeerStanding.Builder b = fullRecords().status(PeerStatus.PAUSED);

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pauseReason");
  }

  @Test
  void peerStanding_pauseReasonWhileActive_throwsNamingField() {
    PeerStanding.Builder b = fullRecords().status(PeerStatus.ACTIVE).pauseReason(PauseReason.LEAVE);

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pauseReason");
  }

  @Test
  void peerStanding_decertifiedWithoutReason_throwsNamingField() {
    PeerStanding.Builder b = fullRecords().status(PeerStatus.DECERTIFIED);

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decertificationReason");
    assertThat(b.decertificationReason(DecertificationReason.VOLUNTARY).build().status()).isEqualTo(PeerStatus.DECERTIFIED);
  }

  @Test
  void peerStanding_decertificationReasonWhileRetired_throwsNamingField() {
    PeerStanding.Builder b = PeerStanding.builder().status(PeerStatus.RETIRED).decertificationReason(DecertificationReason.VOLUNTARY);

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decertificationReason");
  }

  @Test
  void peerStanding_trainedWithoutCompetentTraining_throwsNamingField() {
    PeerStanding.Builder b = PeerStanding.builder().status(PeerStatus.TRAINED).addTrainings(failed("peer-mentor-core", day(1)));

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trainings");
    assertThat(b.addTrainings(TrainingRecord.passed("peer-mentor-core", day(2))).build().hasCompetentTraining()).isTrue();
  }

  @Test
  void peerStanding_certifiedWithoutCertification_throwsNamingField() {
    PeerStanding.Builder b = PeerStanding.builder().status(PeerStatus.CERTIFIED).addTrainings(TrainingRecord.passed("peer-mentor-core", day(1)));

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("certifications");
  }

  // ---- events and certifications -------------------------------------------------------------

  @Test
  void lifecycleEvent_pausedForInvoluntaryReason_throwsNamingField() {
    assertThatThrownBy(() -> paused(day(1), PauseReason.BOUNDARY_REVIEW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pauseReason");
    assertThatThrownBy(() -> paused(day(1), PauseReason.CERTIFICATION_LAPSED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pauseReason");
  }

  @Test
  void lifecycleEvent_payloadForWrongType_throwsNamingField() {
    LifecycleEvent.Builder missing = LifecycleEvent.builder().type(LifecycleEventType.CERTIFIED).at(day(1));
    LifecycleEvent.Builder extra = LifecycleEvent.builder().type(LifecycleEventType.ACTIVATED).at(day(1))
        .training(TrainingRecord.passed("peer-mentor-core", day(1)));

    assertThatThrownBy(missing::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("certification");
    assertThatThrownBy(extra::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("training");
  }

  @Test
  void certification_expiryNotAfterIssue_throwsNamingField() {
    assertThatThrownBy(() -> Certification.of("peer-mentor", day(3), day(3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expiresAt");
    assertThatThrownBy(() -> Certification.of("peer-mentor", day(3), day(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expiresAt");
  }

  @Test
  void certification_validAt_fromIssueInclusiveToExpiryExclusive() {
    Certification c = Certification.of("peer-mentor", day(3), day(10));

    assertThat(c.validAt(day(3).minusNanos(1))).isFalse();
    assertThat(c.validAt(day(3))).isTrue();
    assertThat(c.validAt(day(10).minusNanos(1))).isTrue();
    assertThat(c.validAt(day(10))).isFalse();
    Certification forever = Certification.builder().kind(Tag.of("peer-mentor")).issuedAt(day(3)).build();
    assertThat(forever.validAt(day(3).minusNanos(1))).isFalse();
    assertThat(forever.validAt(day(100_000))).isTrue();
  }
}
