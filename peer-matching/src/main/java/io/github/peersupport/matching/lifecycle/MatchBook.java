package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The matches of a programme or a whole host, with the rules that hold across matches. Apply events
 * to it; each {@link #apply} returns the new book and the transition, or the unchanged book and the
 * rejection.
 *
 * <p>Across matches the book guarantees, whatever the events:
 * <ul>
 *   <li>a seeker has at most one <em>live</em> match per programme, live meaning OFFERED, ACCEPTED,
 *       FIRST_CONTACT_CONFIRMED or ACTIVE ({@link MatchStatus#isLive()}); an event that would make a
 *       second one live is rejected by {@link #SEEKER_ALREADY_ACTIVE}. A new request may be opened
 *       while the seeker has a live match (to prepare a rematch), but it cannot be offered until that
 *       match closes;</li>
 *   <li>a supporter's load, the number of live matches offered to or accepted by them, never exceeds
 *       their capacity: offers to a supporter without room are rejected by {@link
 *       MatchLifecycle#SUPPORTER_AT_CAPACITY}, and the next-ranked offer after a decline or expiry
 *       skips them. Capacities are data ({@link #capacities()}, else {@link #defaultCapacity()}: 3,
 *       Cancer Hope Network; observed range 1 to 7). A capacity lowered below a supporter's load
 *       blocks new offers and leaves current matches alone;</li>
 *   <li>a supporter is offered a request at most once ({@link MatchLifecycle#DUPLICATE_OFFER}).</li>
 * </ul>
 * The book holds facts only, so replaying the same events gives an equal book (and equal {@link
 * FollowUpTimers#dueTasks(MatchBook, java.time.Instant) follow-up tasks}).
 *
 * <p><b>Storing the book.</b> A host appends each accepted event to an append-only log and rebuilds the
 * book by replaying it ({@link #applyAll}). {@link #version()} counts the events the book has accepted
 * since it was empty; rejected events do not count. The book itself is the snapshot document: a book
 * stored at version v, with the events accepted after v applied to it, equals the book replayed from
 * the whole log. Writers that may race use {@link #apply(long, MatchEvent)}: an event applied to a
 * version other than the one the writer read is rejected by {@link #STALE_VERSION}, and the writer
 * reloads and decides again. With {@link #archiveClosed()} set, a match leaves the book when it closes
 * (its closing transition carries the closed match for the host's archive), so the book holds open
 * matches only and stays small; replay gives the same book either way.
 *
 * <p>One record of supporter load: the book counts each supporter's load from its live matches
 * ({@link #loadOf}); ranking ({@code PeerMatcher}) reads {@link Supporter#activeMatches()}, which
 * {@link #withLoads(List)} sets from the book. {@link #MAX_CAPACITY} is {@link Supporter#MAX_CAPACITY}.
 *
 * <p>Costs for n matches in the book: {@link #apply}, {@link #match}, {@link #loadOf}, {@link
 * #hasRoom} and {@link #liveMatchOf} are O(log n) ({@link MatchTable} indexes the matches and the next
 * book shares all it does not change); {@link #applyAll} of k events is O(k log n), or O(n log n + k)
 * when k is large against n. Instances are immutable and thread-safe. Decisions are logged at DEBUG
 * with event type, statuses and rule id only.
 */
@Value.Immutable
@PeerStyle
public abstract class MatchBook {
  /** The default number of concurrent live matches per supporter (Cancer Hope Network). */
  public static final int DEFAULT_CAPACITY = 3;
  /** The largest capacity accepted: a supporter's own largest capacity, {@link Supporter#MAX_CAPACITY}. */
  public static final int MAX_CAPACITY = Supporter.MAX_CAPACITY;
  /** An event other than a request names a match the book does not hold. */
  public static final RuleId UNKNOWN_MATCH = RuleId.of("match.unknown-match");
  /** A request names a match id the book already holds. */
  public static final RuleId ID_IN_USE = RuleId.of("match.id-in-use");
  /** The event would give the seeker a second live match in the programme. */
  public static final RuleId SEEKER_ALREADY_ACTIVE = RuleId.of("match.seeker-already-active");
  /** The writer decided on an older (or newer) version of the book than the current one. */
  public static final RuleId STALE_VERSION = RuleId.of("match.stale-version");

  MatchBook() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MatchBook}; {@code build()} checks capacities, version, ids and the one-live-match
   * rule. Matches can be given as any map ({@link #matches(Map)}, {@link #putMatches}) or as a {@link
   * MatchTable} ({@code matches(MatchTable)}, or {@code from(book)}). The two combine at {@code build()}:
   * the matches given through the map setters are laid over the table, whatever the order of the
   * calls, so {@code from(book).putMatches(id, m)} and {@code putMatches(id, m).from(book)} both give
   * the book's matches with {@code m} added or replaced. Only {@link #matches(Map)} clears both.
   */
  public static class Builder extends ImmutableMatchBook.Builder {
    private @Nullable LinkedHashMap<MatchId, Match> added;

    /** Creates an empty builder; prefer {@link MatchBook#builder()} or {@link MatchBook#empty()}. */
    public Builder() {}

    /**
     * Sets the matches, replacing any set before, as a map or as a table.
     *
     * @param matches the matches by id, in the order they were requested
     * @return this builder
     */
    public final Builder matches(Map<MatchId, ? extends Match> matches) {
      matches(MatchTable.empty());
      added = new LinkedHashMap<>(matches);
      return this;
    }

    /**
     * Adds or replaces one match.
     *
     * @param id the match's id
     * @param match the match
     * @return this builder
     */
    public final Builder putMatches(MatchId id, Match match) {
      if (added == null) {
        added = new LinkedHashMap<>();
      }
      added.put(id, match);
      return this;
    }

    /**
     * Adds or replaces matches.
     *
     * @param matches the matches by id
     * @return this builder
     */
    public final Builder putAllMatches(Map<MatchId, ? extends Match> matches) {
      matches.forEach(this::putMatches);
      return this;
    }

    /**
     * Builds the book.
     *
     * @return the book
     * @throws IllegalArgumentException if a capacity is out of range, a match is keyed by another id,
     *     a seeker has two live matches in a programme or the version is negative
     */
    @Override
    public MatchBook build() {
      if (added != null) {
        MatchTable base = super.build().matches();
        Map<MatchId, Match> all = added;
        if (!base.isEmpty()) {
          all = new LinkedHashMap<>(base);
          all.putAll(added);
        }
        added = null;
        matches(MatchTable.copyOf(all));
      }
      return super.build();
    }
  }

  /**
   * An empty book whose capacities are the supporters' own ({@link Supporter#capacity()}), so that the
   * book and ranking ({@code PeerMatcher}) apply the same limit. Prefer this to {@link #empty()} when the
   * supporters are at hand.
   *
   * @param supporters the programme's supporters
   * @return the book
   * @throws NullPointerException if any argument is null
   */
  public static MatchBook of(List<Supporter> supporters) {
    Objects.requireNonNull(supporters, "supporters");
    Builder b = builder();
    for (Supporter s : supporters) {
      b.putCapacities(s.id(), s.capacity());
    }
    return b.build();
  }

  /**
   * An empty book with the standard lifecycle and every supporter at the default capacity.
   *
   * @return the book
   */
  public static MatchBook empty() {
    return builder().build();
  }

  /**
   * Returns the lifecycle every match follows.
   *
   * @return the lifecycle, {@link MatchLifecycle#standard()} by default
   */
  @Value.Default
  public MatchLifecycle lifecycle() {
    return MatchLifecycle.standard();
  }

  /**
   * Returns the capacities of supporters that differ from the default.
   *
   * @return the capacity of each listed supporter, 0 to {@value #MAX_CAPACITY}
   */
  public abstract Map<SupporterId, Integer> capacities();

  /**
   * Returns the capacity of supporters not listed in {@link #capacities()}.
   *
   * @return the capacity, {@value #DEFAULT_CAPACITY} by default
   */
  @Value.Default
  public int defaultCapacity() {
    return DEFAULT_CAPACITY;
  }

  /**
   * Returns whether matches leave the book when they close. When set, the accepted event that closes
   * a match removes it from the book (the transition still carries the closed match, for the host's
   * archive); later events naming it are rejected by {@link #UNKNOWN_MATCH}, and a request reusing its
   * id is not detected: match ids must be unique across the log (the store's key enforces it).
   *
   * @return true to archive closed matches; false by default
   */
  @Value.Default
  public boolean archiveClosed() {
    return false;
  }

  /**
   * Returns the version: how many events the book has accepted since it was empty (rejected events
   * do not count). A snapshot stored at version v is brought up to date by the events after v.
   *
   * @return the version, 0 for an empty book
   */
  @Value.Default
  public long version() {
    return 0;
  }

  /**
   * Returns the matches by id, in the order they were requested; closed matches are left out when
   * {@link #archiveClosed()} is set.
   *
   * @return the matches
   */
  @Value.Default
  public MatchTable matches() {
    return MatchTable.empty();
  }

  /**
   * Returns a match. O(log n).
   *
   * @param id the match's id
   * @return the match, if the book holds it
   * @throws NullPointerException if any argument is null
   */
  public final Optional<Match> match(MatchId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(matches().get(id));
  }

  /**
   * Returns a supporter's capacity.
   *
   * @param supporter the supporter
   * @return the listed capacity, else the default
   * @throws NullPointerException if any argument is null
   */
  public final int capacityOf(SupporterId supporter) {
    Objects.requireNonNull(supporter, "supporter");
    return capacities().getOrDefault(supporter, defaultCapacity());
  }

  /**
   * Returns a supporter's load: the live matches offered to or accepted by them. O(log n).
   *
   * @param supporter the supporter
   * @return the load, 0 to {@value #MAX_CAPACITY}
   * @throws NullPointerException if any argument is null
   */
  public final int loadOf(SupporterId supporter) {
    Objects.requireNonNull(supporter, "supporter");
    return matches().loadOf(supporter);
  }

  /**
   * Tells whether a supporter can take one more live match. O(log n).
   *
   * @param supporter the supporter
   * @return true if their load is below their capacity
   * @throws NullPointerException if any argument is null
   */
  public final boolean hasRoom(SupporterId supporter) {
    Objects.requireNonNull(supporter, "supporter");
    return loadOf(supporter) < capacityOf(supporter);
  }

  /**
   * Returns a seeker's live match in a programme. O(log n).
   *
   * @param seeker the seeker
   * @param programme the programme
   * @return the live match, if there is one (there is never more than one)
   * @throws NullPointerException if any argument is null
   */
  public final Optional<Match> liveMatchOf(SeekerId seeker, ProgrammeId programme) {
    Objects.requireNonNull(seeker, "seeker");
    Objects.requireNonNull(programme, "programme");
    return Optional.ofNullable(matches().liveMatchOf(seeker, programme));
  }

  /**
   * The one call that gives ranking the book's loads: each supporter with {@link
   * Supporter#activeMatches()} set to {@link #loadOf} their id. Pass the result to {@code PeerMatcher}
   * so that ranking and the book count the same live matches. O(s log n) for s supporters.
   *
   * @param supporters the supporters
   * @return the supporters with their loads, in the same order
   * @throws NullPointerException if any argument is null
   */
  public final List<Supporter> withLoads(List<Supporter> supporters) {
    Objects.requireNonNull(supporters, "supporters");
    List<Supporter> out = new ArrayList<>(supporters.size());
    for (Supporter s : supporters) {
      int load = loadOf(s.id());
      out.add(s.activeMatches() == load ? s : Supporter.builder().from(s).activeMatches(load).build());
    }
    return List.copyOf(out);
  }

  /**
   * Applies one event: a request opens a match, any other event goes to its match's lifecycle, and
   * the result is checked against the rules across matches. O(log n).
   *
   * @param event the event
   * @return the new book (its version one more) and the transition, or this book and the rejection
   * @throws NullPointerException if any argument is null
   */
  public final BookTransition apply(MatchEvent event) {
    Objects.requireNonNull(event, "event");
    MatchTable table = matches();
    // one lookup of the match: the decision and the update both read it
    MatchTable.Entry current = table.entry(event.matchId());
    MatchTable.MatchIndex index = table.index();
    MatchTransition transition = MatchLifecycle.logged(decide(index, event, current == null ? null : current.match()));
    if (!transition.succeeded()) {
      return BookTransition.of(this, transition);
    }
    Match after = transition.match().orElseThrow();
    MatchTable next = table.updated(current, after, archiveClosed(), capacities());
    return BookTransition.of(next(next, version() + 1), transition);
  }

  /**
   * Applies one event if the writer decided on the current version (optimistic concurrency).
   *
   * @param expectedVersion the version the writer read
   * @param event the event
   * @return as {@link #apply(MatchEvent)}; rejected by {@link #STALE_VERSION}, with this book, when
   *     {@code expectedVersion} is not {@link #version()}
   * @throws NullPointerException if any argument is null
   */
  public final BookTransition apply(long expectedVersion, MatchEvent event) {
    Objects.requireNonNull(event, "event");
    if (expectedVersion != version()) {
      MatchTransition stale = MatchTransition.refused(event, match(event.matchId()), STALE_VERSION);
      return BookTransition.of(this, MatchLifecycle.logged(stale));
    }
    return apply(event);
  }

  /**
   * Applies events in order, each to the book the previous one produced; rejected events change
   * nothing. The result equals applying them one by one with {@link #apply(MatchEvent)}; many events
   * are applied to a mutable copy of the indexes, frozen once at the end.
   *
   * @param events the events
   * @return the book after the last event
   * @throws NullPointerException if any argument is null
   */
  public final MatchBook applyAll(List<MatchEvent> events) {
    Objects.requireNonNull(events, "events");
    return (long) events.size() * 8 < matches().size() ? applyEachOf(events) : applyInPlace(events);
  }

  /** {@link #applyAll} one persistent {@link #apply} at a time. */
  final MatchBook applyEachOf(List<MatchEvent> events) {
    MatchBook book = this;
    for (MatchEvent event : events) {
      book = book.apply(event).book();
    }
    return book;
  }

  /** {@link #applyAll} on a mutable copy of the indexes. */
  final MatchBook applyInPlace(List<MatchEvent> events) {
    MatchTable.Editor editor = matches().edit();
    long accepted = 0;
    for (MatchEvent event : events) {
      MatchTransition transition = MatchLifecycle.logged(decide(editor, event, editor.get(event.matchId())));
      if (transition.succeeded()) {
        editor.update(editor.get(event.matchId()), transition.match().orElseThrow(), archiveClosed());
        accepted++;
      }
    }
    if (accepted == 0) {
      return this;
    }
    return next(editor.freeze(capacities()), version() + accepted);
  }

  /** This book with other matches and version, sharing everything else; O(1) checks. */
  private MatchBook next(MatchTable matches, long version) {
    return ((ImmutableMatchBook) this).withMatches(matches).withVersion(version);
  }

  /**
   * The transition an event makes on the matches an index holds, not yet logged; {@code current} is
   * the index's match of the event's id, or {@code null}.
   */
  private MatchTransition decide(MatchTable.MatchIndex index, MatchEvent event, @Nullable Match current) {
    if (event.type() == MatchEventType.REQUESTED) {
      return current != null ? MatchTransition.refused(event, Optional.of(current), ID_IN_USE) : lifecycle().opened(event);
    }
    if (current == null) {
      return MatchTransition.refused(event, Optional.empty(), UNKNOWN_MATCH);
    }
    MatchTransition transition = lifecycle().applied(current, event, s -> index.loadOf(s) < capacityOf(s));
    if (transition.succeeded() && !current.status().isLive()) {
      Match after = transition.match().orElseThrow();
      if (after.status().isLive() && index.liveMatchOf(after.seeker(), after.programme()) != null) {
        return MatchTransition.refused(event, Optional.of(current), SEEKER_ALREADY_ACTIVE);
      }
    }
    return transition;
  }

  @Value.Check
  final void check() {
    Require.inRange("defaultCapacity", defaultCapacity(), 0, MAX_CAPACITY);
    if (version() < 0) {
      throw Require.invalid("version", "must not be negative but was " + version());
    }
    if (matches().checkedCapacities() != capacities()) {
      for (int capacity : capacities().values()) {
        Require.inRange("capacities", capacity, 0, MAX_CAPACITY);
      }
    }
    if (archiveClosed() && matches().closedCount() > 0) {
      throw Require.invalid("matches", "a book that archives closed matches holds none");
    }
  }
}
