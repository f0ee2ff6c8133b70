package io.github.peersupport.sim.internal;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.matching.MatchResult;
import io.github.peersupport.matching.lifecycle.Actor;
import io.github.peersupport.matching.lifecycle.CloseReason;
import io.github.peersupport.matching.lifecycle.FollowUpKind;
import io.github.peersupport.matching.lifecycle.FollowUpTask;
import io.github.peersupport.matching.lifecycle.FollowUpTimers;
import io.github.peersupport.matching.lifecycle.Match;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import io.github.peersupport.matching.lifecycle.MatchStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;

/**
 * The day's events of every open match, in the order the matches were requested: answers, expiries
 * and next offers, the coordinator's manual retries and "no match found", first contact after the
 * {@link FollowUpTimers} checks and reminders, activation, contacts, "not working" reports and
 * rematches, completion; and the withdrawal of retired supporters' matches. Seekers who need a new
 * match are requested again through {@link Referrals}. Mutable, owned by one run.
 */
final class MatchProgress {
  static final Duration DAY = Duration.ofDays(1);
  private final FollowUpTimers followUps;
  private final int manualMatchDays;
  private final int manualRetries;
  private final MatchLedger ledger;
  private final Referrals referrals;
  private final MatchCourse course;
  private final TermReview review;
  private int checks;
  private int reminders;

  MatchProgress(FollowUpTimers followUps, int manualMatchDays, int manualRetries, MatchLedger ledger,
      Referrals referrals, MatchCourse course, TermReview review) {
    this.followUps = followUps;
    this.manualMatchDays = manualMatchDays;
    this.manualRetries = manualRetries;
    this.ledger = ledger;
    this.referrals = referrals;
    this.course = course;
    this.review = review;
  }

  /**
   * Applies every event due before the day ends to each open match (at most 64 per match), then drops
   * the closed matches.
   *
   * @param now the start of the day
   */
  void advanceDay(Instant now) {
    Instant dayEnd = now.plus(DAY);
    int open = ledger.live().size();
    for (int i = 0; i < open; i++) {
      MatchState ms = ledger.live().get(i);
      if (ms.closed || ms.wakeAt.isAfter(dayEnd)) {
        continue;
      }
      for (int guard = 0; guard < 64 && !ms.closed; guard++) {
        if (!advance(ms, now, dayEnd)) {
          break;
        }
      }
    }
    ledger.endDay();
  }

  /**
   * Cancels the engaged matches of supporters who retired and requests a new match for their seekers;
   * an offer waiting for a retired supporter's answer is left to expire.
   *
   * @param leaving the supporters who retired
   * @param now the instant
   */
  void withdraw(Set<SupporterId> leaving, Instant now) {
    if (leaving.isEmpty()) {
      return;
    }
    for (MatchState ms : new ArrayList<>(ledger.live())) {
      if (ms.closed || !ms.match.liveSupporter().filter(leaving::contains).isPresent()) {
        continue;
      }
      if (ms.match.status() == MatchStatus.OFFERED) {
        ms.answer = MatchState.Answer.NONE;
      } else {
        Instant at = later(now, ms.match.lastEventAt());
        if (ledger.step(ms, MatchEvent.cancelled(ms.match.id(), at, coordinator(), CloseReason.SUPPORTER_WITHDREW))) {
          referrals.request(ms.seeker, at);
        }
      }
    }
  }

  /** Applies the next event of a match due before {@code dayEnd}; returns whether anything happened. */
  private boolean advance(MatchState ms, Instant now, Instant dayEnd) {
    Match m = ms.match;
    switch (m.status()) {
      case OFFERED:
        return answer(ms, dayEnd);
      case NEEDS_MANUAL_MATCH:
        return retry(ms, dayEnd);
      case ACCEPTED:
        return review.review(ms, dayEnd) || beforeContact(ms, now, dayEnd);
      case FIRST_CONTACT_CONFIRMED:
        return ledger.step(ms, MatchEvent.activated(m.id(), m.lastEventAt(), Actor.person(m.supporter().orElseThrow())));
      case ACTIVE:
        return active(ms, now, dayEnd);
      default:
        return false;
    }
  }

  /** The drawn answer to the current offer, if it comes before the offer expires; else the expiry. */
  private boolean answer(MatchState ms, Instant dayEnd) {
    Match m = ms.match;
    MatchId id = m.id();
    Instant expiresAt = m.currentOffer().orElseThrow().expiresAt();
    SupporterId s = m.currentOffer().orElseThrow().supporter();
    if (ms.answer != MatchState.Answer.NONE && ms.answerAt.isBefore(expiresAt)) {
      if (!ms.answerAt.isBefore(dayEnd)) {
        return false;
      }
      Actor by = Actor.person(s);
      if (ms.answer == MatchState.Answer.ACCEPT) {
        return ledger.step(ms, MatchEvent.accepted(id, ms.answerAt, by));
      }
      boolean moved = ledger.step(ms, MatchEvent.declined(id, ms.answerAt, by));
      course.drawAnswer(ms);
      return moved;
    }
    if (expiresAt.isBefore(dayEnd)) {
      boolean moved = ledger.step(ms, MatchEvent.offerExpired(id, expiresAt, Actor.system()));
      course.drawAnswer(ms);
      return moved;
    }
    return false;
  }

  /** The coordinator's retry of a request needing a manual match, every few days, then "no match found". */
  private boolean retry(MatchState ms, Instant dayEnd) {
    Match m = ms.match;
    MatchId id = m.id();
    if (ms.retryAt.isEmpty()) {
      ms.retryAt = Optional.of(m.statusSince().plus(DAY.multipliedBy(manualMatchDays)));
    }
    if (!ms.retryAt.get().isBefore(dayEnd)) {
      return false;
    }
    Instant at = later(ms.retryAt.get(), m.lastEventAt());
    if (ms.retries >= manualRetries) {
      ms.seeker.reason = ms.seeker.reason.isEmpty() ? SeekerState.EXHAUSTED : ms.seeker.reason;
      return ledger.step(ms, MatchEvent.noMatchFound(id, at, coordinator(), CloseReason.NO_SUITABLE_SUPPORTER));
    }
    ms.retries++;
    MatchResult ranking = referrals.rank(ms.seeker);
    Optional<SupporterId> next = referrals.candidates(ms.seeker, ranking).stream()
        .filter(s -> !m.wasOffered(s) && ledger.hasRoom(s)).findFirst();
    if (next.isEmpty()) {
      if (ranking.candidates().isEmpty()) {
        ms.seeker.reason = ranking.refusedBy().map(r -> r.value()).orElse(SeekerState.EXHAUSTED);
      }
      ms.retryAt = Optional.of(at.plus(DAY.multipliedBy(manualMatchDays)));
      return true;
    }
    ms.retryAt = Optional.empty();
    ms.fallback = ranking.fallback();
    referrals.offer(ms, MatchEvent.offer(id, next.get(), at, coordinator()));
    return true;
  }

  private boolean beforeContact(MatchState ms, Instant now, Instant dayEnd) {
    Match m = ms.match;
    for (FollowUpTask task : followUps.pending(m)) {
      if (!task.dueAt().isBefore(dayEnd) || !ms.seenTasks.add(task.kind())) {
        continue;
      }
      if (task.kind() == FollowUpKind.FIRST_CONTACT_CHECK) {
        checks++;
      } else if (task.kind() == FollowUpKind.SUPPORTER_REMINDER) {
        reminders++;
      } else {
        continue;
      }
      if (ms.contactAt.isEmpty() && course.contactAfter(ms, task.kind())) {
        ms.contactAt = Optional.of(later(task.dueAt(), m.lastEventAt()).plus(Duration.ofHours(6)));
      }
    }
    if (ms.contactAt.isPresent() && ms.contactAt.get().isBefore(dayEnd)) {
      Instant at = later(ms.contactAt.get(), m.lastEventAt());
      return ledger.step(ms, MatchEvent.firstContactConfirmed(m.id(), at, Actor.person(m.supporter().orElseThrow())));
    }
    Instant giveUp = m.acceptedAt().orElseThrow().plus(Duration.ofDays(28));
    if (ms.contactAt.isEmpty() && giveUp.isBefore(dayEnd)) {
      Instant at = later(giveUp, m.lastEventAt());
      if (ledger.step(ms, MatchEvent.cancelled(m.id(), at, coordinator(), CloseReason.NO_CONTACT))) {
        referrals.request(ms.seeker, at);
        return true;
      }
    }
    return false;
  }

  private boolean active(MatchState ms, Instant now, Instant dayEnd) {
    Match m = ms.match;
    Instant activated = m.activatedAt().orElseThrow();
    Actor supporter = Actor.person(m.supporter().orElseThrow());
    if (m.notWorkingReportedAt().isPresent()) {
      Instant at = later(m.notWorkingReportedAt().get().plus(DAY), m.lastEventAt());
      if (!at.isBefore(dayEnd)) {
        return false;
      }
      if (course.rematchTaken(ms)) {
        if (ledger.step(ms, MatchEvent.rematched(m.id(), at, coordinator(), CloseReason.NOT_WORKING))) {
          referrals.request(ms.seeker, at);
          return true;
        }
        return false;
      }
      ms.notWorkingAfterDays = -1;
      return ledger.step(ms, MatchEvent.rematchDeclined(m.id(), at, coordinator()));
    }
    if (ms.notWorkingAfterDays >= 0) {
      Instant at = activated.plus(DAY.multipliedBy(ms.notWorkingAfterDays));
      if (at.isBefore(dayEnd)) {
        ms.notWorkingAfterDays = -1;
        return ledger.step(ms, MatchEvent.reportedNotWorking(m.id(), later(at, m.lastEventAt()), Actor.person(m.seeker())));
      }
    }
    // a match with a planned end is reviewed before it (TermReview); any other ends after its drawn length
    Optional<Instant> reviewAt = review.at(ms);
    Instant end = reviewAt.orElseGet(() -> activated.plus(Duration.ofDays(7L * ms.lengthWeeks)));
    if (end.isBefore(dayEnd)) {
      return reviewAt.isPresent() ? review.review(ms, dayEnd)
          : ledger.step(ms, MatchEvent.completed(m.id(), later(end, m.lastEventAt()), supporter, CloseReason.PLANNED_END));
    }
    Instant lastContact = m.contacts().isEmpty() ? activated : m.contacts().get(m.contacts().size() - 1);
    Instant contactDue = lastContact.plus(Duration.ofDays(14));
    if (!contactDue.isAfter(now)) {
      return ledger.step(ms, MatchEvent.contactLogged(m.id(), later(now, m.lastEventAt()), supporter));
    }
    // nothing happens to this match before the next of: its end, its "not working" report, its contact
    Instant wake = end.isBefore(contactDue) ? end : contactDue;
    if (ms.notWorkingAfterDays >= 0) {
      Instant report = activated.plus(DAY.multipliedBy(ms.notWorkingAfterDays));
      wake = report.isBefore(wake) ? report : wake;
    }
    ms.wakeAt = wake.minus(DAY);
    return false;
  }

  /** Returns how many first-contact checks fell due. */
  int checks() {
    return checks;
  }

  /** Returns how many supporter reminders fell due. */
  int reminders() {
    return reminders;
  }

  static Instant later(Instant a, Instant b) {
    return a.isBefore(b) ? b : a;
  }

  static Actor coordinator() {
    return Actor.role(CareRole.COORDINATOR);
  }
}
