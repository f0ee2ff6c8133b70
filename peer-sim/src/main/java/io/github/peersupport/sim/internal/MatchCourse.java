package io.github.peersupport.sim.internal;

import io.github.peersupport.matching.lifecycle.FollowUpKind;
import io.github.peersupport.matching.lifecycle.MatchLifecycle;
import io.github.peersupport.matching.lifecycle.MatchOffer;
import io.github.peersupport.matching.lifecycle.MatchStatus;
import io.github.peersupport.sim.Behaviour;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Draws what people will do in a match, from the {@link Behaviour} shares: the supporter's answer to
 * an offer and when it comes, and, once accepted, when first contact happens, how long the match runs,
 * whether it is reported as not working, whether a first-contact check or reminder prompts contact and
 * whether the coordinator's rematch is taken. An offer's draws come from the stream of its seeker and
 * supporter ({@link RandomStreams.Purpose#OFFER}), an accepted match's from the stream of the pair
 * ({@link RandomStreams.Purpose#MATCH_COURSE}), always in the same order and all drawn at acceptance,
 * so a supporter gives a seeker the same answer after the same delay, and their match runs the same
 * course, whenever the offer comes and whatever other offers were made before. A seeker is never
 * offered the same supporter twice (the seeker's past supporters are excluded), so the pair identifies
 * the offer.
 */
final class MatchCourse {
  private final Behaviour behaviour;
  private final RandomStreams streams;

  /**
   * Creates the draws.
   *
   * @param behaviour the shares and delays
   * @param streams the run's streams
   */
  MatchCourse(Behaviour behaviour, RandomStreams streams) {
    this.behaviour = behaviour;
    this.streams = streams;
  }

  /**
   * Draws the answer to the match's current offer (accept, decline, or none before it expires) and
   * its time (exponential, mean {@link Behaviour#answerHours()}). A match that did not reach OFFERED
   * draws nothing; when it needs a manual match, the seeker's reason says why.
   *
   * @param ms the match
   */
  void drawAnswer(MatchState ms) {
    if (ms.match.status() != MatchStatus.OFFERED) {
      if (ms.match.status() == MatchStatus.NEEDS_MANUAL_MATCH) {
        boolean allOffered = ms.match.offers().size() >= ms.match.request().candidates().size();
        ms.seeker.reason = allOffered ? SeekerState.EXHAUSTED : MatchLifecycle.SUPPORTER_AT_CAPACITY.value();
      }
      return;
    }
    MatchOffer offer = ms.match.currentOffer().orElseThrow();
    SplittableRandom random = streams.stream(RandomStreams.Purpose.OFFER, ms.seeker.key, RandomStreams.idKey(offer.supporter()));
    double x = random.nextDouble();
    ms.answer = x < behaviour.acceptShare() ? MatchState.Answer.ACCEPT
        : x < behaviour.acceptShare() + behaviour.declineShare() ? MatchState.Answer.DECLINE : MatchState.Answer.NONE;
    long minutes = Math.max(1, Math.round(Distributions.exponential(random, behaviour.answerHours()) * 60));
    ms.answerAt = offer.offeredAt().plus(Duration.ofMinutes(minutes));
  }

  /**
   * Draws the course of a match just accepted: whether the supporter needs a reminder before first
   * contact, else when they make it; the match's length in weeks; the day it is reported as not
   * working, if it is; and the draws read later ({@link #contactAfter}, {@link #rematchTaken}).
   *
   * @param ms the match
   * @param at when it was accepted
   */
  void planAccepted(MatchState ms, Instant at) {
    SplittableRandom random = streams.stream(RandomStreams.Purpose.MATCH_COURSE, ms.seeker.key,
        RandomStreams.idKey(ms.match.supporter().orElseThrow()));
    ms.needsReminder = Distributions.chance(random, behaviour.needsReminderShare());
    double days = Distributions.exponential(random, behaviour.firstContactDays());
    ms.contactAt = ms.needsReminder ? Optional.empty()
        : Optional.of(at.plus(Duration.ofMinutes(Math.max(1, Math.round(days * 1440)))));
    boolean notWorking = Distributions.chance(random, behaviour.notWorkingShare());
    int notWorkingDay = 7 + random.nextInt(49);
    ms.notWorkingAfterDays = notWorking ? notWorkingDay : -1;
    ms.contactOnCheck = random.nextDouble();
    ms.contactOnReminder = random.nextDouble();
    ms.rematchDraw = random.nextDouble();
    // last: its bound is the behaviour's, so a change to it shifts no other draw
    ms.lengthWeeks = behaviour.minMatchWeeks() + random.nextInt(behaviour.maxMatchWeeks() - behaviour.minMatchWeeks() + 1);
  }

  /**
   * Tells whether a first-contact check or a supporter reminder that fell due prompts the supporter's
   * first contact ({@link Behaviour#reminderEffect()}), as drawn when the match was accepted.
   *
   * @param ms the accepted match
   * @param kind {@link FollowUpKind#FIRST_CONTACT_CHECK} or {@link FollowUpKind#SUPPORTER_REMINDER}
   * @return whether contact follows
   */
  boolean contactAfter(MatchState ms, FollowUpKind kind) {
    double draw = kind == FollowUpKind.FIRST_CONTACT_CHECK ? ms.contactOnCheck : ms.contactOnReminder;
    return draw < behaviour.reminderEffect();
  }

  /**
   * Tells whether the coordinator's rematch after a "not working" report is taken ({@link
   * Behaviour#rematchTakenShare()}), as drawn when the match was accepted.
   *
   * @param ms the accepted match
   * @return whether the rematch is taken
   */
  boolean rematchTaken(MatchState ms) {
    return ms.rematchDraw < behaviour.rematchTakenShare();
  }
}
