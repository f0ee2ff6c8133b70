package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.referral.AnchorEvent;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One match request and the match it became: the request, the status, every offer made, the
 * milestones (acceptance, first contact, activation), the contacts logged, an open "not working"
 * report and, once closed, the closure; and its planned duration: the {@link MatchTerm} it opened
 * under, the anchor events recorded since the request and the extensions granted, from which {@link
 * #plannedEnd()} follows. Change it through {@link MatchLifecycle} (or a {@link
 * MatchBook}), which guards every transition; direct construction is checked too, so no match can
 * claim a status its records do not support.
 */
@Value.Immutable
@PeerStyle
public abstract class Match {
  Match() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Match}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableMatch.Builder {
    /** Creates an empty builder; prefer {@link Match#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the match's id.
   *
   * @return the id
   */
  public abstract MatchId id();

  /**
   * Returns the request that opened the match.
   *
   * @return the request
   */
  public abstract MatchRequest request();

  /**
   * Returns the status.
   *
   * @return the status
   */
  public abstract MatchStatus status();

  /**
   * Returns when the match entered its status; for {@link MatchStatus#OFFERED}, when the current
   * offer was made.
   *
   * @return the instant
   */
  public abstract Instant statusSince();

  /**
   * Returns the instant of the last accepted event; later events may not be earlier.
   *
   * @return the instant
   */
  public abstract Instant lastEventAt();

  /**
   * Returns every offer made under this request, in order; no supporter appears twice.
   *
   * @return the offers
   */
  public abstract List<MatchOffer> offers();

  /**
   * Returns when the supporter accepted, if one did.
   *
   * @return the instant
   */
  public abstract Optional<Instant> acceptedAt();

  /**
   * Returns when the supporter's first contact with the seeker took place, if it was confirmed.
   *
   * @return the instant
   */
  public abstract Optional<Instant> firstContactAt();

  /**
   * Returns when the pair agreed to continue after first contact, if they did.
   *
   * @return the instant
   */
  public abstract Optional<Instant> activatedAt();

  /**
   * Returns the instants of the contacts logged, first contact included, in the order recorded.
   *
   * @return the instants
   */
  public abstract List<Instant> contacts();

  /**
   * Returns when the match was reported not working, while that report is open (until the seeker
   * declines a rematch or the match closes).
   *
   * @return the instant of the first report since the last one was cleared
   */
  public abstract Optional<Instant> notWorkingReportedAt();

  /**
   * Returns how the match ended; present exactly when the status is closed.
   *
   * @return the closure
   */
  public abstract Optional<MatchClosure> closure();

  /**
   * Returns the planned duration the match opened under: the {@link MatchLifecycle#term()} of the
   * lifecycle that opened it.
   *
   * @return the term; absent for a match with no planned end
   */
  public abstract Optional<MatchTerm> term();

  /**
   * Returns the anchor events recorded after the request ({@link MatchEvent#anchorRecorded}), each
   * kind at most once; each takes the place of the request's anchor of its kind.
   *
   * @return the recorded anchor events, in the order their kinds were first recorded
   */
  public abstract List<AnchorEvent> anchors();

  /**
   * Returns the extensions of the term granted at reviews ({@link MatchEvent#termExtended}), in
   * order.
   *
   * @return the extensions, each positive
   */
  public abstract List<Duration> extensions();

  /**
   * Returns the current anchor event of a kind: the one recorded last on the match, else the
   * request's.
   *
   * @param kind the kind
   * @return the event, expected or happened
   * @throws NullPointerException if any argument is null
   */
  public final Optional<AnchorEvent> anchor(AnchorKind kind) {
    Objects.requireNonNull(kind, "kind");
    for (AnchorEvent a : anchors()) {
      if (a.kind() == kind) {
        return Optional.of(a);
      }
    }
    return request().anchor(kind);
  }

  /**
   * Returns the sum of the extensions granted.
   *
   * @return the total, zero when there is none
   */
  public final Duration extendedBy() {
    Duration total = Duration.ZERO;
    for (Duration d : extensions()) {
      total = total.plus(d);
    }
    return total;
  }

  /**
   * Returns when the term started: the acceptance, the first contact, or the anchor event it is
   * counted from once that has happened.
   *
   * @return the instant; absent without a term or while its start has not happened (an anchor that is
   *     only expected stays absent until it is recorded as happened, however late)
   */
  public final Optional<Instant> termStartedAt() {
    if (term().isEmpty()) {
      return Optional.empty();
    }
    MatchTerm term = term().get();
    switch (term.countedFrom()) {
      case ACCEPTANCE:
        return acceptedAt();
      case FIRST_CONTACT:
        return firstContactAt();
      default:
        return anchor(term.anchor().orElseThrow()).filter(AnchorEvent::occurred).map(AnchorEvent::at);
    }
  }

  /**
   * Returns the planned end: the start of the term plus its length plus every extension.
   *
   * @return the instant; absent without a term or before the term has started
   */
  public final Optional<Instant> plannedEnd() {
    return termStartedAt().map(start -> start.plus(term().orElseThrow().length()).plus(extendedBy()));
  }

  /**
   * Returns the seeker.
   *
   * @return the seeker's id
   */
  public final SeekerId seeker() {
    return request().seeker();
  }

  /**
   * Returns the programme.
   *
   * @return the programme's id
   */
  public final ProgrammeId programme() {
    return request().programme();
  }

  /**
   * Returns the open offer; present exactly when the status is {@link MatchStatus#OFFERED}.
   *
   * @return the latest offer
   */
  public final Optional<MatchOffer> currentOffer() {
    return status() == MatchStatus.OFFERED ? Optional.of(lastOffer()) : Optional.empty();
  }

  /**
   * Returns the supporter who accepted the match; present from acceptance on, also after closing.
   *
   * @return the supporter's id
   */
  public final Optional<SupporterId> supporter() {
    return acceptedAt().isPresent() ? Optional.of(lastOffer().supporter()) : Optional.empty();
  }

  /**
   * Returns the supporter whose capacity this match takes up: the offered supporter while {@link
   * MatchStatus#OFFERED}, the accepting supporter while engaged, nobody otherwise.
   *
   * @return the supporter's id, present exactly when the match is live
   */
  public final Optional<SupporterId> liveSupporter() {
    return status().isLive() ? Optional.of(lastOffer().supporter()) : Optional.empty();
  }

  /**
   * Tells whether a supporter has been offered this match before.
   *
   * @param supporter the supporter
   * @return true if some offer named them
   */
  public final boolean wasOffered(SupporterId supporter) {
    for (MatchOffer o : offers()) {
      if (o.supporter().equals(supporter)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether closing requested the close-out survey; true exactly for closed matches.
   *
   * @return true if closed
   */
  public final boolean closeOutSurveyRequested() {
    return closure().isPresent();
  }

  private MatchOffer lastOffer() {
    return offers().get(offers().size() - 1);
  }

  @Value.Check
  final void check() {
    MatchStatus status = status();
    if (closure().isPresent() != status.isClosed()) {
      throw Require.invalid("closure", "must be present exactly when the status is closed (status " + status + ")");
    }
    if (status.isLive() && offers().isEmpty()) {
      throw Require.invalid("offers", "status " + status + " requires an offer");
    }
    if (status.isEngaged() && acceptedAt().isEmpty()) {
      throw Require.invalid("acceptedAt", "status " + status + " requires an acceptance");
    }
    if (acceptedAt().isPresent() && offers().isEmpty()) {
      throw Require.invalid("acceptedAt", "an acceptance requires an offer");
    }
    if ((status == MatchStatus.FIRST_CONTACT_CONFIRMED || status == MatchStatus.ACTIVE) && firstContactAt().isEmpty()) {
      throw Require.invalid("firstContactAt", "status " + status + " requires a confirmed first contact");
    }
    if (firstContactAt().isPresent() && (acceptedAt().isEmpty() || contacts().isEmpty())) {
      throw Require.invalid("firstContactAt", "a first contact requires an acceptance and a logged contact");
    }
    if (status == MatchStatus.ACTIVE && activatedAt().isEmpty()) {
      throw Require.invalid("activatedAt", "status ACTIVE requires an activation");
    }
    if (notWorkingReportedAt().isPresent() && acceptedAt().isEmpty()) {
      throw Require.invalid("notWorkingReportedAt", "a report requires an accepted match");
    }
    Set<SupporterId> offered = new HashSet<>();
    for (int i = 0; i < offers().size(); i++) {
      if (!offered.add(offers().get(i).supporter())) {
        throw Require.invalid("offers", "the supporter of offer " + i + " was offered this match before");
      }
    }
    if (!extensions().isEmpty() && term().isEmpty()) {
      throw Require.invalid("extensions", "a match without a term has no end to extend");
    }
    for (Duration d : extensions()) {
      Require.duration("extensions", d, false);
    }
    Set<AnchorKind> recorded = EnumSet.noneOf(AnchorKind.class);
    for (int i = 0; i < anchors().size(); i++) {
      AnchorEvent a = anchors().get(i);
      if (!recorded.add(a.kind())) {
        throw Require.invalid("anchors", "the anchor at index " + i + " repeats the kind " + a.kind());
      }
      if (a.occurred() && a.at().isAfter(lastEventAt())) {
        throw Require.invalid("anchors", "the " + a.kind() + " anchor at index " + i + " happened after the last event");
      }
    }
    if (statusSince().isBefore(request().requestedAt()) || lastEventAt().isBefore(statusSince())) {
      throw Require.invalid("statusSince", "must lie between the request and the last event");
    }
  }
}
