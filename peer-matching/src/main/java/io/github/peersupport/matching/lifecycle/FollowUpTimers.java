package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.referral.AnchorEvent;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The follow-up timers of one-to-one matches, as data (Parent to Parent USA; Joo et al. 2022),
 * and the pure function that lists the tasks due at an instant.
 *
 * <table>
 *   <caption>Tasks, when they fall due, and what clears them</caption>
 *   <tr><th>task</th><th>while</th><th>due</th><th>overdue</th><th>source</th></tr>
 *   <tr><td>{@link FollowUpKind#PROPOSE_MATCH}</td><td>REQUESTED</td><td>at the request</td>
 *       <td>request + {@link #proposalTarget()} (48 h)</td><td>Parent to Parent USA</td></tr>
 *   <tr><td>{@link FollowUpKind#EXPIRE_OFFER}</td><td>OFFERED</td><td>end of the offer window
 *       ({@link MatchLifecycle#offerWindow()}, 3 days)</td><td>–</td><td>Together</td></tr>
 *   <tr><td>{@link FollowUpKind#MANUAL_MATCH}</td><td>NEEDS_MANUAL_MATCH</td><td>on entering it</td>
 *       <td>–</td><td>Together</td></tr>
 *   <tr><td>{@link FollowUpKind#FIRST_CONTACT_CHECK}</td><td>ACCEPTED</td><td>acceptance + {@link
 *       #firstContactCheck()} (7 days)</td><td>acceptance + {@link #firstContactOverdue()} (14 days)</td>
 *       <td>Joo et al. 2022</td></tr>
 *   <tr><td>{@link FollowUpKind#SUPPORTER_REMINDER}</td><td>ACCEPTED</td><td>acceptance + {@link
 *       #supporterReminder()} (21 days)</td><td>–</td><td>Joo et al. 2022</td></tr>
 *   <tr><td>{@link FollowUpKind#CONTACT_CADENCE_CHECK}</td><td>ACCEPTED to ACTIVE, fewer than {@link
 *       #expectedContacts()} (4) contacts logged</td><td>acceptance + {@link #contactCadenceWindow()}
 *       (8 weeks)</td><td>–</td><td>Parent to Parent USA</td></tr>
 *   <tr><td>{@link FollowUpKind#OFFER_REMATCH}</td><td>ACCEPTED to ACTIVE with an open "not
 *       working" report</td><td>at the report</td><td>–</td><td>Joo et al. 2022</td></tr>
 *   <tr><td>{@link FollowUpKind#END_REVIEW}</td><td>ACCEPTED to ACTIVE with a {@link
 *       Match#plannedEnd() planned end}</td><td>end − {@link MatchTerm#reviewBefore()}</td>
 *       <td>the end, for {@link TermEnd#REVIEW}</td><td>{@link MatchTerm}</td></tr>
 *   <tr><td>{@link FollowUpKind#PLANNED_END_PASSED}</td><td>ACCEPTED to ACTIVE with a planned
 *       end</td><td>the end</td><td>–</td><td>{@link MatchTerm}</td></tr>
 *   <tr><td>{@link FollowUpKind#ANCHOR_CHECK}</td><td>any open status, the term counted from an
 *       anchor that is only expected</td><td>the expected instant</td><td>–</td><td>{@link
 *       MatchTerm}</td></tr>
 * </table>
 *
 * <p>The planned end is a fact of each match ({@link Match#plannedEnd()}: the term it opened under,
 * counted from its start, plus the extensions granted), not a timer of this class: {@link
 * MatchLifecycle#term()} holds the programme's term. A review clears the end tasks by extending the
 * term (a new end, whose review falls due before it) or by closing the match; an anchor check clears
 * when the anchor is recorded as happened (or moved to a later expected instant).
 *
 * <p>A task lasts while its condition holds: the event that moves the match on clears it (an offer,
 * an expiry or answer, first contact, the expected contacts, a declined rematch, closing). Closed
 * matches have no tasks.
 *
 * <p>{@link #dueTasks(Collection, Instant)} is a pure function of the matches' recorded facts and the
 * instant: no wall clock, no threads; O(n log n) for n matches, in {@link FollowUpTask#ORDER}.
 */
@Value.Immutable
@PeerStyle
public abstract class FollowUpTimers {
  FollowUpTimers() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FollowUpTimers}; {@code build()} checks that every duration is positive and the first-contact timers are in order. */
  public static class Builder extends ImmutableFollowUpTimers.Builder {
    /** Creates an empty builder; prefer {@link FollowUpTimers#builder()}. */
    public Builder() {}
  }

  /**
   * The default timers (sources in the class comment).
   *
   * @return the timers
   */
  public static FollowUpTimers standard() {
    return builder().build();
  }

  /**
   * Returns how soon after a request a match should be proposed (Parent to Parent USA: 48 hours).
   *
   * @return the target
   */
  @Value.Default
  public Duration proposalTarget() {
    return Duration.ofHours(48);
  }

  /**
   * Returns how long after acceptance the first-contact check falls due (7 days).
   *
   * @return the delay
   */
  @Value.Default
  public Duration firstContactCheck() {
    return Duration.ofDays(7);
  }

  /**
   * Returns how long after acceptance a missing first contact is overdue (14 days).
   *
   * @return the delay, not shorter than {@link #firstContactCheck()}
   */
  @Value.Default
  public Duration firstContactOverdue() {
    return Duration.ofDays(14);
  }

  /**
   * Returns how long after acceptance the supporter is reminded when first contact is still missing
   * (21 days).
   *
   * @return the delay
   */
  @Value.Default
  public Duration supporterReminder() {
    return Duration.ofDays(21);
  }

  /**
   * Returns the opening period of a match over which contacts are counted (8 weeks).
   *
   * @return the period
   */
  @Value.Default
  public Duration contactCadenceWindow() {
    return Duration.ofDays(56);
  }

  /**
   * Returns how many contacts a match should have logged by the end of {@link
   * #contactCadenceWindow()} (Parent to Parent USA: about 4 in the first 8 weeks).
   *
   * @return the number, 1 to 100
   */
  @Value.Default
  public int expectedContacts() {
    return 4;
  }

  @Value.Check
  final void check() {
    positive("proposalTarget", proposalTarget());
    positive("firstContactCheck", firstContactCheck());
    positive("firstContactOverdue", firstContactOverdue());
    positive("supporterReminder", supporterReminder());
    positive("contactCadenceWindow", contactCadenceWindow());
    Require.inRange("expectedContacts", expectedContacts(), 1, 100);
    if (firstContactOverdue().compareTo(firstContactCheck()) < 0) {
      throw Require.invalid("firstContactOverdue", "must not be shorter than firstContactCheck");
    }
  }

  private static void positive(String field, Duration d) {
    Require.duration(field, d, false);
  }

  /**
   * Returns the tasks due at an instant, in {@link FollowUpTask#ORDER}.
   *
   * @param matches the matches, in any order
   * @param at the instant
   * @return the tasks whose due instant is not after {@code at}
   * @throws NullPointerException if any argument is null
   */
  public final List<FollowUpTask> dueTasks(Collection<Match> matches, Instant at) {
    Objects.requireNonNull(matches, "matches");
    Objects.requireNonNull(at, "at");
    List<FollowUpTask> due = new ArrayList<>();
    for (Match m : matches) {
      for (FollowUpTask t : pending(m)) {
        if (t.isDueAt(at)) {
          due.add(t);
        }
      }
    }
    due.sort(FollowUpTask.ORDER);
    return List.copyOf(due);
  }

  /**
   * Returns the tasks of a book due at an instant, in {@link FollowUpTask#ORDER}.
   *
   * @param book the book
   * @param at the instant
   * @return the tasks whose due instant is not after {@code at}
   * @throws NullPointerException if any argument is null
   */
  public final List<FollowUpTask> dueTasks(MatchBook book, Instant at) {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(at, "at");
    return dueTasks(book.matches().values(), at);
  }

  /**
   * Returns the tasks of a book due at a clock's current instant (its zone plays no part).
   *
   * @param book the book
   * @param clock the clock, injected by the host
   * @return the tasks whose due instant is not after the clock's instant
   * @throws NullPointerException if any argument is null
   */
  public final List<FollowUpTask> dueTasks(MatchBook book, Clock clock) {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(clock, "clock");
    return dueTasks(book, clock.instant());
  }

  /**
   * Returns every task a match has now, due or not yet due, in {@link FollowUpTask#ORDER}.
   *
   * @param match the match
   * @return the tasks; empty for a closed match
   * @throws NullPointerException if any argument is null
   */
  public final List<FollowUpTask> pending(Match match) {
    Objects.requireNonNull(match, "match");
    List<FollowUpTask> tasks = new ArrayList<>();
    switch (match.status()) {
      case REQUESTED: {
        Instant requested = match.request().requestedAt();
        tasks.add(task(FollowUpKind.PROPOSE_MATCH, match, requested, Optional.of(requested.plus(proposalTarget()))));
        break;
      }
      case OFFERED:
        tasks.add(task(FollowUpKind.EXPIRE_OFFER, match, match.currentOffer().orElseThrow().expiresAt(), Optional.empty()));
        break;
      case NEEDS_MANUAL_MATCH:
        tasks.add(task(FollowUpKind.MANUAL_MATCH, match, match.statusSince(), Optional.empty()));
        break;
      default:
        break;
    }
    if (match.status().isEngaged()) {
      Instant accepted = match.acceptedAt().orElseThrow();
      if (match.status() == MatchStatus.ACCEPTED) {
        tasks.add(task(FollowUpKind.FIRST_CONTACT_CHECK, match, accepted.plus(firstContactCheck()),
            Optional.of(accepted.plus(firstContactOverdue()))));
        tasks.add(task(FollowUpKind.SUPPORTER_REMINDER, match, accepted.plus(supporterReminder()), Optional.empty()));
      }
      if (match.contacts().size() < expectedContacts()) {
        tasks.add(task(FollowUpKind.CONTACT_CADENCE_CHECK, match, accepted.plus(contactCadenceWindow()), Optional.empty()));
      }
      match.notWorkingReportedAt().ifPresent(reported -> tasks.add(task(FollowUpKind.OFFER_REMATCH, match, reported, Optional.empty())));
      addEndTasks(match, tasks);
    }
    if (!match.status().isClosed()) {
      addAnchorCheck(match, tasks);
    }
    tasks.sort(FollowUpTask.ORDER);
    return List.copyOf(tasks);
  }

  /** END_REVIEW and PLANNED_END_PASSED of an engaged match with a planned end. */
  private static void addEndTasks(Match match, List<FollowUpTask> tasks) {
    Optional<Instant> end = match.plannedEnd();
    if (end.isEmpty()) {
      return;
    }
    MatchTerm term = match.term().orElseThrow();
    Optional<Instant> reviewOverdue = term.atEnd() == TermEnd.REVIEW ? end : Optional.empty();
    tasks.add(task(FollowUpKind.END_REVIEW, match, end.get().minus(term.reviewBefore()), reviewOverdue));
    tasks.add(task(FollowUpKind.PLANNED_END_PASSED, match, end.get(), Optional.empty()));
  }

  /** ANCHOR_CHECK of an open match whose term counts from an anchor that is only expected. */
  private static void addAnchorCheck(Match match, List<FollowUpTask> tasks) {
    match.term().flatMap(MatchTerm::anchor).flatMap(match::anchor).filter(AnchorEvent::expected)
        .ifPresent(a -> tasks.add(task(FollowUpKind.ANCHOR_CHECK, match, a.at(), Optional.empty())));
  }

  private static FollowUpTask task(FollowUpKind kind, Match match, Instant dueAt, Optional<Instant> overdueAt) {
    return FollowUpTask.builder().kind(kind).matchId(match.id()).dueAt(dueAt).overdueAt(overdueAt).build();
  }
}
