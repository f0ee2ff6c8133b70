package io.github.peersupport.sim.internal;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.matching.Fallback;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** What the run knows of one referred seeker; mutable, owned by one run. */
final class SeekerState {
  /** The outcome of a seeker who was matched (accepted by a supporter) at least once. */
  static final String MATCHED = "sim.matched";
  /** The outcome of a seeker with an open request or waiting for the day's batch. */
  static final String STILL_WAITING = "sim.still-waiting";
  /** The outcome of a seeker whose candidates were all offered without a match. */
  static final String EXHAUSTED = "match.candidates-exhausted";

  final Seeker seeker;
  /** The seeker's key in the run's streams ({@link RandomStreams#idKey} of their id). */
  final long key;
  final Instant referredAt;
  final boolean groupInterest;
  /** Asked for a one-to-one match (else referred to a group only). */
  final boolean oneToOne;
  /** The supporters offered this seeker, in any of their requests. */
  final Set<SupporterId> pastSupporters = new HashSet<>();
  /** The seeker's open match, if any. */
  Optional<MatchState> current = Optional.empty();
  /** Waiting for the day's batch assignment. */
  boolean queued;
  /** Hours from referral to the first acceptance, or -1 while never matched. */
  double hoursToMatch = -1;
  /** The fallback rung of the ranking that led to the first acceptance. */
  Fallback fallback = Fallback.NONE;
  /** The last reason recorded for not matching, or empty. */
  String reason = "";
  /** Seated in a group (once; a seeker does not ask again after their series). */
  boolean groupSeated;
  /** Left the group waitlist: placement refused them for a reason fixed for the run. */
  boolean groupRefused;
  /** The name of the last {@code UnplacedReason} placement gave, or empty. */
  String groupReason = "";

  SeekerState(Seeker seeker, Instant referredAt, boolean groupInterest) {
    this(seeker, referredAt, groupInterest, true);
  }

  SeekerState(Seeker seeker, Instant referredAt, boolean groupInterest, boolean oneToOne) {
    this.seeker = seeker;
    this.key = RandomStreams.idKey(seeker.id());
    this.referredAt = referredAt;
    this.groupInterest = groupInterest;
    this.oneToOne = oneToOne;
  }

  /**
   * Returns the seeker's one outcome so far: {@link #MATCHED}, {@link #STILL_WAITING}, or the reason
   * they are unmatched.
   *
   * @return the outcome
   */
  String outcome() {
    if (hoursToMatch >= 0) {
      return MATCHED;
    }
    if (current.isPresent() || queued) {
      return STILL_WAITING;
    }
    return reason.isEmpty() ? EXHAUSTED : reason;
  }
}
