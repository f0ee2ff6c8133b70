package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The planned duration of a programme's one-to-one matches and what happens at its end, as data: the
 * length, what it is counted from (acceptance, first contact, or an anchor event of the request such
 * as a delivery or a discharge), whether a coordinator reviews the match at the end or it closes, how
 * long before the end the review is due, and how far extensions may take it.
 *
 * <p>Example (Joo et al. 2022, "The benefits and challenges of established peer support programmes
 * for patients, informal caregivers, and healthcare providers", Fam Pract 39(5), Table 2, programme
 * C: "telephone one-to-one support for new mothers for 12 weeks after delivery"): {@code
 * MatchTerm.fromAnchor(AnchorKind.DELIVERY, Duration.ofDays(84))}. Matches in the programmes Joo et
 * al. 2022 describe last weeks to months (4 to 24 weeks; 6 months in kidney programmes); that range
 * is documentation, not a default.
 *
 * <p>Where it lives: in {@link MatchLifecycle#term()}, which records it on each match as the match
 * opens ({@link Match#term()}). The lifecycle guards the events the term governs (a request without
 * the anchor it counts from, an extension past {@link #longest()}), and the term a match opened under
 * stays its term when the programme changes its own later (Assumption: a match keeps the term agreed
 * when it was requested). {@link FollowUpTimers} reads the planned end from the match alone, so its
 * tasks stay a pure function of the book and a clock. No term (the default) means no planned end.
 */
@Value.Immutable
@PeerStyle
public abstract class MatchTerm {
  MatchTerm() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MatchTerm}; {@code build()} checks every duration and names the field that fails. */
  public static class Builder extends ImmutableMatchTerm.Builder {
    /** Creates an empty builder; prefer {@link MatchTerm#builder()} or the factories. */
    public Builder() {}
  }

  /**
   * A term counted from the supporter's first contact, reviewed at its end.
   *
   * @param length the planned length
   * @return the term
   */
  public static MatchTerm fromFirstContact(Duration length) {
    return builder().length(length).countedFrom(TermStart.FIRST_CONTACT).build();
  }

  /**
   * A term counted from an anchor event of the request, reviewed at its end.
   *
   * @param anchor the kind of anchor event, e.g. {@link AnchorKind#DELIVERY}
   * @param length the planned length
   * @return the term
   */
  public static MatchTerm fromAnchor(AnchorKind anchor, Duration length) {
    return builder().length(length).countedFrom(TermStart.ANCHOR).anchor(anchor).build();
  }

  /**
   * Returns the planned length.
   *
   * @return the length, positive
   */
  public abstract Duration length();

  /**
   * Returns what the length is counted from.
   *
   * @return the start, {@link TermStart#FIRST_CONTACT} by default
   */
  @Value.Default
  public TermStart countedFrom() {
    return TermStart.FIRST_CONTACT;
  }

  /**
   * Returns the kind of anchor event the length is counted from.
   *
   * @return the kind; present exactly when {@link #countedFrom()} is {@link TermStart#ANCHOR}
   */
  public abstract Optional<AnchorKind> anchor();

  /**
   * Returns what happens at the planned end.
   *
   * @return {@link TermEnd#REVIEW} by default
   */
  @Value.Default
  public TermEnd atEnd() {
    return TermEnd.REVIEW;
  }

  /**
   * Returns how long before the planned end the end review falls due.
   *
   * @return the lead, 0 to {@link #length()}; 14 days by default (Assumption: two weeks leave time to
   *     talk with the pair and arrange an extension or a close-out)
   */
  @Value.Default
  public Duration reviewBefore() {
    return Duration.ofDays(14);
  }

  /**
   * Returns the longest a match may run under this term, extensions included.
   *
   * @return the limit, not shorter than {@link #length()}; absent (the default) for no limit
   */
  public abstract Optional<Duration> longest();

  @Value.Check
  final void check() {
    Require.duration("length", length(), false);
    if (anchor().isPresent() != (countedFrom() == TermStart.ANCHOR)) {
      throw Require.invalid("anchor", "must be present exactly when the term is counted from an anchor (countedFrom " + countedFrom() + ")");
    }
    Require.duration("reviewBefore", reviewBefore(), true);
    if (reviewBefore().compareTo(length()) > 0) {
      throw Require.invalid("reviewBefore", "must not be longer than the length " + length(), reviewBefore());
    }
    if (longest().isPresent()) {
      Require.duration("longest", longest().get(), false);
      if (longest().get().compareTo(length()) < 0) {
        throw Require.invalid("longest", "must not be shorter than the length " + length(), longest().get());
      }
    }
  }
}
