package io.github.peersupport.sim.internal;

import io.github.peersupport.matching.lifecycle.CloseReason;
import io.github.peersupport.matching.lifecycle.Match;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import io.github.peersupport.matching.lifecycle.MatchStatus;
import io.github.peersupport.matching.lifecycle.MatchTerm;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The coordinator's review of a match with a planned end ({@link Match#plannedEnd()}, a programme's
 * {@link MatchTerm}): it falls due {@link MatchTerm#reviewBefore()} before the end (the {@code
 * END_REVIEW} follow-up) and is done at a time drawn uniformly between then and the end. The
 * coordinator extends a match never extended before by {@link #EXTENSION} with chance {@link
 * #EXTEND_SHARE}, and otherwise closes it: as completed ({@link CloseReason#PLANNED_END}) when it is
 * ACTIVE, else cancelled with the same reason (COMPLETED is allowed only from ACTIVE). So no match
 * runs past its planned end unreviewed. A match without a planned end is not reviewed (the run's
 * drawn match length ends it). The review's draws (whether it extends, then its time) come from the
 * stream of the match's seeker and supporter and the days it was extended by ({@link
 * RandomStreams.Purpose#TERM_REVIEW}). Mutable, owned by one run.
 */
final class TermReview {
  /** Assumption: the share of reviewed matches extended (once); no source gives it. */
  static final double EXTEND_SHARE = 0.2;
  /** Assumption: an extension adds four weeks. */
  static final Duration EXTENSION = Duration.ofDays(28);

  private final RandomStreams streams;
  private final MatchLedger ledger;

  /**
   * Creates the reviews.
   *
   * @param streams the run's streams
   * @param ledger the matches
   */
  TermReview(RandomStreams streams, MatchLedger ledger) {
    this.streams = streams;
    this.ledger = ledger;
  }

  /**
   * Returns when a match's review is done, drawn once for each planned end.
   *
   * @param ms the match
   * @return the instant, or empty when the match has no planned end
   */
  Optional<Instant> at(MatchState ms) {
    Match m = ms.match;
    Optional<Instant> end = m.plannedEnd();
    if (end.isEmpty()) {
      return Optional.empty();
    }
    if (!end.equals(ms.reviewFor)) {
      long lead = m.term().orElseThrow().reviewBefore().getSeconds();
      SplittableRandom random = streams.stream(RandomStreams.Purpose.TERM_REVIEW, ms.seeker.key,
          RandomStreams.idKey(m.supporter().orElseThrow()), m.extendedBy().toDays());
      ms.extendDraw = random.nextDouble();
      ms.reviewFor = end;
      ms.reviewAt = end.get().minusSeconds(lead).plusSeconds(random.nextLong(lead + 1));
    }
    return Optional.of(ms.reviewAt);
  }

  /**
   * Reviews a match whose review falls before {@code dayEnd}: extends or closes it.
   *
   * @param ms the match
   * @param dayEnd the end of the day
   * @return whether the review happened (an event applied)
   */
  boolean review(MatchState ms, Instant dayEnd) {
    Optional<Instant> at = at(ms);
    if (at.isEmpty() || !at.get().isBefore(dayEnd)) {
      return false;
    }
    Match m = ms.match;
    Instant when = MatchProgress.later(at.get(), m.lastEventAt());
    if (m.extendedBy().isZero() && ms.extendDraw < EXTEND_SHARE
        && ledger.step(ms, MatchEvent.termExtended(m.id(), EXTENSION, when, MatchProgress.coordinator()))) {
      return true;
    }
    MatchEvent close = m.status() == MatchStatus.ACTIVE
        ? MatchEvent.completed(m.id(), when, MatchProgress.coordinator(), CloseReason.PLANNED_END)
        : MatchEvent.cancelled(m.id(), when, MatchProgress.coordinator(), CloseReason.PLANNED_END);
    return ledger.step(ms, close);
  }
}
