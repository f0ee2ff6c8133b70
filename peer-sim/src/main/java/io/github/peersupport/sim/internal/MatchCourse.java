package io.github.peersupport.sim.internal;

import io.github.peersupport.matching.lifecycle.MatchLifecycle;
import io.github.peersupport.matching.lifecycle.MatchStatus;
import io.github.peersupport.sim.Behaviour;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Draws what people will do in a match, from the {@link Behaviour} shares: the supporter's answer to
 * an offer and when it comes, and, once accepted, when first contact happens, how long the match runs
 * and whether it is reported as not working. All draws come from one stream, in the order the run
 * asks for them.
 */
final class MatchCourse {
  private final Behaviour behaviour;
  private final SplittableRandom random;

  /**
   * Creates the draws.
   *
   * @param behaviour the shares and delays
   * @param random the answers stream
   */
  MatchCourse(Behaviour behaviour, SplittableRandom random) {
    this.behaviour = behaviour;
    this.random = random;
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
    double x = random.nextDouble();
    ms.answer = x < behaviour.acceptShare() ? MatchState.Answer.ACCEPT
        : x < behaviour.acceptShare() + behaviour.declineShare() ? MatchState.Answer.DECLINE : MatchState.Answer.NONE;
    long minutes = Math.max(1, Math.round(Distributions.exponential(random, behaviour.answerHours()) * 60));
    ms.answerAt = ms.match.currentOffer().orElseThrow().offeredAt().plus(Duration.ofMinutes(minutes));
  }

  /**
   * Draws the course of a match just accepted: whether the supporter needs a reminder before first
   * contact, else when they make it; the match's length in weeks; the day it is reported as not
   * working, if it is.
   *
   * @param ms the match
   * @param at when it was accepted
   */
  void planAccepted(MatchState ms, Instant at) {
    ms.needsReminder = Distributions.chance(random, behaviour.needsReminderShare());
    double days = Distributions.exponential(random, behaviour.firstContactDays());
    ms.contactAt = ms.needsReminder ? Optional.empty()
        : Optional.of(at.plus(Duration.ofMinutes(Math.max(1, Math.round(days * 1440)))));
    ms.lengthWeeks = behaviour.minMatchWeeks() + random.nextInt(behaviour.maxMatchWeeks() - behaviour.minMatchWeeks() + 1);
    ms.notWorkingAfterDays = Distributions.chance(random, behaviour.notWorkingShare()) ? 7 + random.nextInt(49) : -1;
  }

  /**
   * Tells whether an event of probability {@code p} happens, drawn from the answers stream.
   *
   * @param p the probability
   * @return true with probability p
   */
  boolean chance(double p) {
    return Distributions.chance(random, p);
  }
}
