package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.referral.AnchorEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that happened to a match, at an instant, recorded by an {@link Actor} (who) with an
 * optional reason (why). The payload fields are present exactly for the event types that carry them:
 * the request for {@link MatchEventType#REQUESTED}, a close reason for the closing types, the
 * consent record for {@link MatchEventType#CONSENT_UPDATED}, the anchor event for {@link
 * MatchEventType#ANCHOR_RECORDED}, the extension for {@link MatchEventType#TERM_EXTENDED}, and
 * optionally a named supporter for {@link MatchEventType#OFFERED}. Use the factories, and {@link
 * #because(Tag)} to add the host's reason code.
 */
@Value.Immutable
@PeerStyle
public abstract class MatchEvent {
  MatchEvent() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MatchEvent}; {@code build()} checks the payload for the event type. */
  public static class Builder extends ImmutableMatchEvent.Builder {
    /** Creates an empty builder; prefer {@link MatchEvent#builder()} or the factories. */
    public Builder() {}
  }

  /**
   * A seeker asked for a match; the event happens at the request's instant.
   *
   * @param match the new match's id
   * @param request the request
   * @param by who made or recorded the request
   * @return the event
   */
  public static MatchEvent requested(MatchId match, MatchRequest request, Actor by) {
    return builder().type(MatchEventType.REQUESTED).matchId(match).at(request.requestedAt()).actor(by).request(request).build();
  }

  /**
   * Offer the match to the highest-ranked candidate not yet offered who has room.
   *
   * @param match the match
   * @param at when
   * @param by who made the offer
   * @return the event
   */
  public static MatchEvent offerNext(MatchId match, Instant at, Actor by) {
    return of(MatchEventType.OFFERED, match, at, by);
  }

  /**
   * Offer the match to a chosen supporter: a ranked candidate, or after the candidates ran out a
   * supporter a coordinator picked.
   *
   * @param match the match
   * @param supporter the supporter
   * @param at when
   * @param by who made the offer
   * @return the event
   */
  public static MatchEvent offer(MatchId match, SupporterId supporter, Instant at, Actor by) {
    return builder().type(MatchEventType.OFFERED).matchId(match).at(at).actor(by).supporter(supporter).build();
  }

  /**
   * The offered supporter accepted.
   *
   * @param match the match
   * @param at when
   * @param by the supporter, or a care role recording it for them
   * @return the event
   */
  public static MatchEvent accepted(MatchId match, Instant at, Actor by) {
    return of(MatchEventType.ACCEPTED, match, at, by);
  }

  /**
   * The offered supporter declined.
   *
   * @param match the match
   * @param at when
   * @param by the supporter, or a care role recording it for them
   * @return the event
   */
  public static MatchEvent declined(MatchId match, Instant at, Actor by) {
    return of(MatchEventType.DECLINED, match, at, by);
  }

  /**
   * The offer window passed without an answer.
   *
   * @param match the match
   * @param at when the expiry was recorded, at or after the end of the window
   * @param by who recorded it (often {@link Actor#system()})
   * @return the event
   */
  public static MatchEvent offerExpired(MatchId match, Instant at, Actor by) {
    return of(MatchEventType.OFFER_EXPIRED, match, at, by);
  }

  /**
   * The supporter's first contact with the seeker was confirmed.
   *
   * @param match the match
   * @param at when the contact took place
   * @param by who confirmed it
   * @return the event
   */
  public static MatchEvent firstContactConfirmed(MatchId match, Instant at, Actor by) {
    return of(MatchEventType.FIRST_CONTACT_CONFIRMED, match, at, by);
  }

  /**
   * The pair agreed to continue after first contact.
   *
   * @param match the match
   * @param at when
   * @param by who recorded it
   * @return the event
   */
  public static MatchEvent activated(MatchId match, Instant at, Actor by) {
    return of(MatchEventType.ACTIVATED, match, at, by);
  }

  /**
   * A later contact between the pair took place.
   *
   * @param match the match
   * @param at when the contact took place
   * @param by who logged it
   * @return the event
   */
  public static MatchEvent contactLogged(MatchId match, Instant at, Actor by) {
    return of(MatchEventType.CONTACT_LOGGED, match, at, by);
  }

  /**
   * Someone reported that the match is not working.
   *
   * @param match the match
   * @param at when
   * @param by who reported it
   * @return the event
   */
  public static MatchEvent reportedNotWorking(MatchId match, Instant at, Actor by) {
    return of(MatchEventType.REPORTED_NOT_WORKING, match, at, by);
  }

  /**
   * The seeker was offered a rematch and chose to continue.
   *
   * @param match the match
   * @param at when
   * @param by who recorded it
   * @return the event
   */
  public static MatchEvent rematchDeclined(MatchId match, Instant at, Actor by) {
    return of(MatchEventType.REMATCH_DECLINED, match, at, by);
  }

  /**
   * The match ran its course.
   *
   * @param match the match
   * @param at when
   * @param by who ended it
   * @param reason why
   * @return the event
   */
  public static MatchEvent completed(MatchId match, Instant at, Actor by, CloseReason reason) {
    return closing(MatchEventType.COMPLETED, match, at, by, reason);
  }

  /**
   * The match or request ended early.
   *
   * @param match the match
   * @param at when
   * @param by who ended it
   * @param reason why
   * @return the event
   */
  public static MatchEvent cancelled(MatchId match, Instant at, Actor by, CloseReason reason) {
    return closing(MatchEventType.CANCELLED, match, at, by, reason);
  }

  /**
   * The match ended so that the seeker can be matched again.
   *
   * @param match the match
   * @param at when
   * @param by who ended it
   * @param reason why
   * @return the event
   */
  public static MatchEvent rematched(MatchId match, Instant at, Actor by, CloseReason reason) {
    return closing(MatchEventType.REMATCHED, match, at, by, reason);
  }

  /**
   * A coordinator found no supporter for the request.
   *
   * @param match the match
   * @param at when
   * @param by who ended the request
   * @param reason why
   * @return the event
   */
  public static MatchEvent noMatchFound(MatchId match, Instant at, Actor by, CloseReason reason) {
    return closing(MatchEventType.NO_MATCH_FOUND, match, at, by, reason);
  }

  private static MatchEvent of(MatchEventType type, MatchId match, Instant at, Actor by) {
    return builder().type(type).matchId(match).at(at).actor(by).build();
  }

  private static MatchEvent closing(MatchEventType type, MatchId match, Instant at, Actor by, CloseReason reason) {
    return builder().type(type).matchId(match).at(at).actor(by).closeReason(reason).build();
  }

  /**
   * Returns the kind of event.
   *
   * @return the type
   */
  public abstract MatchEventType type();

  /**
   * Returns the match the event belongs to.
   *
   * @return the match's id
   */
  public abstract MatchId matchId();

  /**
   * Returns when it happened.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns who recorded it.
   *
   * @return the actor
   */
  public abstract Actor actor();

  /**
   * Returns the host's reason code, if one was given: why a supporter declined, why a match is not
   * working, more detail on a close reason.
   *
   * @return the reason tag
   */
  public abstract Optional<Tag> reason();

  /**
   * Returns the request; present exactly for {@link MatchEventType#REQUESTED}, whose instant it
   * fixes.
   *
   * @return the request
   */
  public abstract Optional<MatchRequest> request();

  /**
   * Returns the chosen supporter of an {@link MatchEventType#OFFERED} event; absent there means the
   * next-ranked candidate, and it is absent for every other type.
   *
   * @return the supporter's id
   */
  public abstract Optional<SupporterId> supporter();

  /**
   * Returns why the match was closed; present exactly for the closing types.
   *
   * @return the close reason
   */
  public abstract Optional<CloseReason> closeReason();

  /**
   * Returns the seeker's current consent record; present exactly for {@link
   * MatchEventType#CONSENT_UPDATED}.
   *
   * @return the consent record
   */
  public abstract Optional<ConsentRecord> consent();

  /**
   * The seeker's consent record changed.
   *
   * @param match the match
   * @param consent the seeker's current consent record
   * @param at when the change was recorded
   * @param by who recorded it
   * @return the event
   */
  public static MatchEvent consentUpdated(MatchId match, ConsentRecord consent, Instant at, Actor by) {
    Builder b = builder();
    b.type(MatchEventType.CONSENT_UPDATED).matchId(match).at(at).actor(by).consent(consent);
    return b.build();
  }

  /**
   * Returns the anchor event recorded; present exactly for {@link MatchEventType#ANCHOR_RECORDED}.
   * One that happened is not after the event's instant.
   *
   * @return the anchor event
   */
  public abstract Optional<AnchorEvent> anchor();

  /**
   * Returns how much longer the term runs; present exactly for {@link MatchEventType#TERM_EXTENDED}.
   *
   * @return the extension, positive
   */
  public abstract Optional<Duration> extension();

  /**
   * An anchor event happened (a delivery, a discharge), or its expected instant changed.
   *
   * @param match the match
   * @param anchor the anchor event; one that happened is not after {@code at}
   * @param at when it was recorded
   * @param by who recorded it
   * @return the event
   */
  public static MatchEvent anchorRecorded(MatchId match, AnchorEvent anchor, Instant at, Actor by) {
    Builder b = builder();
    b.type(MatchEventType.ANCHOR_RECORDED).matchId(match).at(at).actor(by).anchor(anchor);
    return b.build();
  }

  /**
   * A coordinator reviewed the match and extended its term.
   *
   * @param match the match
   * @param extension how much longer the term runs, positive
   * @param at when
   * @param by who extended it
   * @return the event
   */
  public static MatchEvent termExtended(MatchId match, Duration extension, Instant at, Actor by) {
    Builder b = builder();
    b.type(MatchEventType.TERM_EXTENDED).matchId(match).at(at).actor(by).extension(extension);
    return b.build();
  }

  /**
   * Returns a copy with the host's reason code.
   *
   * @param reasonCode why, from the host's vocabulary (for example {@code unavailable})
   * @return the event with the reason
   */
  public final MatchEvent because(Tag reasonCode) {
    return builder().from(this).reason(reasonCode).build();
  }

  @Value.Check
  final void check() {
    MatchEventType type = type();
    if (request().isPresent() != (type == MatchEventType.REQUESTED)) {
      throw Require.invalid("request", "must be present exactly for REQUESTED events (type " + type + ")");
    }
    if (request().isPresent() && !request().get().requestedAt().equals(at())) {
      throw Require.invalid("at", "a REQUESTED event happens at the request's instant");
    }
    if (supporter().isPresent() && type != MatchEventType.OFFERED) {
      throw Require.invalid("supporter", "may be present only for OFFERED events (type " + type + ")");
    }
    if (consent().isPresent() != (type == MatchEventType.CONSENT_UPDATED)) {
      throw Require.invalid("consent", "must be present exactly for CONSENT_UPDATED events (type " + type + ")");
    }
    if (anchor().isPresent() != (type == MatchEventType.ANCHOR_RECORDED)) {
      throw Require.invalid("anchor", "must be present exactly for ANCHOR_RECORDED events (type " + type + ")");
    }
    if (anchor().filter(a -> a.occurred() && a.at().isAfter(at())).isPresent()) {
      throw Require.invalid("anchor", "an anchor event that happened must not be after the event that records it; record it as expected");
    }
    if (extension().isPresent() != (type == MatchEventType.TERM_EXTENDED)) {
      throw Require.invalid("extension", "must be present exactly for TERM_EXTENDED events (type " + type + ")");
    }
    extension().ifPresent(d -> Require.duration("extension", d, false));
    if (closeReason().isPresent() != type.isClosing()) {
      throw Require.invalid("closeReason", "must be present exactly for COMPLETED, CANCELLED, REMATCHED and NO_MATCH_FOUND events (type " + type + ")");
    }
  }
}
