package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.referral.AnchorEvent;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.core.referral.Referral;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A seeker's request for a one-to-one match in a programme: who, where, when, the supporters to offer
 * in rank order (from candidate ranking, best first), and the seeker's consent record.
 *
 * <p>Matching rule 6 (Parent to Parent USA): never match without the seeker's explicit permission to
 * be matched and contacted. {@link MatchLifecycle} consults {@link #consent()} at the request and at
 * every offer and acceptance, so a withdrawal recorded in it takes effect for every later decision.
 *
 * <p>A request may say who referred the seeker ({@link #referral()}) and carry the care events its
 * programme counts from ({@link #anchors()}): a delivery that happened, a discharge that is expected.
 * A match can so be requested before the anchor happens (Joo et al. 2022, Table 2: new mothers are
 * connected with mentors before their discharge from hospital); {@link
 * MatchEvent#anchorRecorded} records it on the match when it does ({@link Match#anchor}), and a
 * {@link MatchTerm} counted from it starts then.
 */
@Value.Immutable
@PeerStyle
public abstract class MatchRequest {
  private static final ConsentScope[] REQUIRED = {ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED};

  MatchRequest() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MatchRequest}; {@code build()} rejects repeated candidates, repeated anchor kinds,
   * an anchor that happened after the request and a referral made after it.
   */
  public static class Builder extends ImmutableMatchRequest.Builder {
    /** Creates an empty builder; prefer {@link MatchRequest#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the seeker to be matched.
   *
   * @return the seeker's id
   */
  public abstract SeekerId seeker();

  /**
   * Returns the programme the match belongs to.
   *
   * @return the programme's id
   */
  public abstract ProgrammeId programme();

  /**
   * Returns when the request was made; the request's {@link MatchEventType#REQUESTED} event happens
   * at this instant.
   *
   * @return the instant
   */
  public abstract Instant requestedAt();

  /**
   * Returns the supporters to offer, best first, each at most once; may be empty (the request then
   * needs a manual match at once).
   *
   * @return the ranked candidates
   */
  public abstract List<SupporterId> candidates();

  /**
   * Returns the seeker's consent record.
   *
   * @return the record
   */
  public abstract ConsentRecord consent();

  /**
   * Tells whether the seeker permits being matched and contacted at an instant.
   *
   * @param at the instant of the decision
   * @return true if both {@link ConsentScope#BE_MATCHED} and {@link ConsentScope#BE_CONTACTED} are
   *     permitted then
   */
  public final boolean consentsAt(Instant at) {
    return consent().permitsAll(at, REQUIRED);
  }

  /**
   * Returns who referred the seeker, if the host recorded it.
   *
   * @return the referral; its instant, if given, is not after {@link #requestedAt()}
   */
  public abstract Optional<Referral> referral();

  /**
   * Returns the care events the programme may count from, each kind at most once: events that
   * happened (not after {@link #requestedAt()}) and expected ones (at any instant).
   *
   * @return the anchor events
   */
  public abstract List<AnchorEvent> anchors();

  /**
   * Returns the anchor event of a kind.
   *
   * @param kind the kind
   * @return the event, expected or happened, if the request carries one
   * @throws NullPointerException if any argument is null
   */
  public final Optional<AnchorEvent> anchor(AnchorKind kind) {
    Objects.requireNonNull(kind, "kind");
    for (AnchorEvent a : anchors()) {
      if (a.kind() == kind) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  final void check() {
    referral().flatMap(Referral::referredAt).ifPresent(at -> {
      if (at.isAfter(requestedAt())) {
        throw Require.invalid("referral", "referredAt must not be after requestedAt");
      }
    });
    Map<AnchorKind, Integer> indexOf = new EnumMap<>(AnchorKind.class);
    for (int i = 0; i < anchors().size(); i++) {
      AnchorEvent a = anchors().get(i);
      Integer earlier = indexOf.putIfAbsent(a.kind(), i);
      if (earlier != null) {
        throw Require.invalid("anchors", "the anchor at index " + i + " repeats the kind " + a.kind() + " of the one at index " + earlier);
      }
      if (a.occurred() && a.at().isAfter(requestedAt())) {
        throw Require.invalid("anchors", "the " + a.kind() + " anchor at index " + i + " happened after requestedAt; record it as expected");
      }
    }
    Map<SupporterId, Integer> rankOf = new HashMap<>();
    for (int i = 0; i < candidates().size(); i++) {
      Integer earlier = rankOf.putIfAbsent(candidates().get(i), i);
      if (earlier != null) {
        throw Require.invalid("candidates", "the candidate at index " + i + " repeats the one at index " + earlier);
      }
    }
  }
}
