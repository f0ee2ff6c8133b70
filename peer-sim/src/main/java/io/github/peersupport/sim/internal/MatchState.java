package io.github.peersupport.sim.internal;

import io.github.peersupport.matching.Fallback;
import io.github.peersupport.matching.lifecycle.FollowUpKind;
import io.github.peersupport.matching.lifecycle.Match;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One open match of a run with what the run has drawn for its future (the supporter's answer, the
 * first contact, the match's length); the match itself is the book's. Mutable, owned by one run.
 */
final class MatchState {
  /** A supporter's drawn answer to the current offer. */
  enum Answer {
    ACCEPT,
    DECLINE,
    NONE
  }

  /** The match as the book last returned it. */
  Match match;
  final SeekerState seeker;
  /** The fallback rung of the ranking behind the current offer. */
  Fallback fallback;
  Answer answer = Answer.NONE;
  Instant answerAt = Instant.EPOCH;
  Optional<Instant> contactAt = Optional.empty();
  boolean needsReminder;
  int lengthWeeks;
  int notWorkingAfterDays = -1;
  /** Drawn at acceptance: below {@code Behaviour.reminderEffect()} when a first-contact check prompts contact. */
  double contactOnCheck = 1;
  /** Drawn at acceptance: below {@code Behaviour.reminderEffect()} when a reminder prompts contact. */
  double contactOnReminder = 1;
  /** Drawn at acceptance: below {@code Behaviour.rematchTakenShare()} when a rematch is taken. */
  double rematchDraw = 1;
  /** Drawn with the review time: below {@code TermReview.EXTEND_SHARE} when the review extends the match. */
  double extendDraw = 1;
  int retries;
  Optional<Instant> retryAt = Optional.empty();
  /** The planned end the drawn review ({@link #reviewAt}) is for ({@link TermReview}). */
  Optional<Instant> reviewFor = Optional.empty();
  /** When the coordinator reviews the match before its planned end ({@link TermReview}). */
  Instant reviewAt = Instant.MAX;
  /** Nothing happens to the match before this instant (a day before its next due event). */
  Instant wakeAt = Instant.MIN;
  boolean closed;
  final Set<FollowUpKind> seenTasks = EnumSet.noneOf(FollowUpKind.class);

  MatchState(Match match, SeekerState seeker, Fallback fallback) {
    this.match = match;
    this.seeker = seeker;
    this.fallback = fallback;
  }
}
