package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

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
 * <p>{@link #apply} is pure and O(n) for n matches in the book; instances are immutable and
 * thread-safe. Decisions are logged at DEBUG with event type, statuses and rule id only.
 */
@Value.Immutable
@PeerStyle
public abstract class MatchBook {
  /** The default number of concurrent live matches per supporter (Cancer Hope Network). */
  public static final int DEFAULT_CAPACITY = 3;
  /** The largest capacity accepted. */
  public static final int MAX_CAPACITY = 100;
  /** An event other than a request names a match the book does not hold. */
  public static final RuleId UNKNOWN_MATCH = RuleId.of("match.unknown-match");
  /** A request names a match id the book already holds. */
  public static final RuleId ID_IN_USE = RuleId.of("match.id-in-use");
  /** The event would give the seeker a second live match in the programme. */
  public static final RuleId SEEKER_ALREADY_ACTIVE = RuleId.of("match.seeker-already-active");

  MatchBook() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MatchBook}; {@code build()} checks capacities, ids and the one-live-match rule. */
  public static class Builder extends ImmutableMatchBook.Builder {
    /** Creates an empty builder; prefer {@link MatchBook#builder()} or {@link MatchBook#empty()}. */
    public Builder() {}
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
   * Returns the matches by id, in the order they were requested.
   *
   * @return the matches
   */
  public abstract Map<MatchId, Match> matches();

  /**
   * Returns a match.
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
   * Returns a supporter's load: the live matches offered to or accepted by them. O(n).
   *
   * @param supporter the supporter
   * @return the load
   * @throws NullPointerException if any argument is null
   */
  public final int loadOf(SupporterId supporter) {
    Objects.requireNonNull(supporter, "supporter");
    int load = 0;
    for (Match m : matches().values()) {
      if (m.liveSupporter().filter(supporter::equals).isPresent()) {
        load++;
      }
    }
    return load;
  }

  /**
   * Tells whether a supporter can take one more live match. O(n).
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
   * Returns a seeker's live match in a programme. O(n).
   *
   * @param seeker the seeker
   * @param programme the programme
   * @return the live match, if there is one (there is never more than one)
   * @throws NullPointerException if any argument is null
   */
  public final Optional<Match> liveMatchOf(SeekerId seeker, ProgrammeId programme) {
    Objects.requireNonNull(seeker, "seeker");
    Objects.requireNonNull(programme, "programme");
    return matches().values().stream()
        .filter(m -> m.status().isLive() && m.seeker().equals(seeker) && m.programme().equals(programme))
        .findFirst();
  }

  /**
   * Applies one event: a request opens a match, any other event goes to its match's lifecycle, and
   * the result is checked against the rules across matches.
   *
   * @param event the event
   * @return the new book and the transition, or this book and the rejection
   * @throws NullPointerException if any argument is null
   */
  public final BookTransition apply(MatchEvent event) {
    Objects.requireNonNull(event, "event");
    Optional<Match> current = match(event.matchId());
    MatchTransition transition;
    if (event.type() == MatchEventType.REQUESTED) {
      transition = current.isPresent() ? MatchTransition.rejected(event, current, ID_IN_USE) : lifecycle().opened(event);
    } else if (current.isEmpty()) {
      transition = MatchTransition.rejected(event, current, UNKNOWN_MATCH);
    } else {
      transition = lifecycle().applied(current.get(), event, this::hasRoom);
      if (transition.accepted() && secondLiveMatch(current.get(), transition.match().orElseThrow())) {
        transition = MatchTransition.rejected(event, current, SEEKER_ALREADY_ACTIVE);
      }
    }
    MatchLifecycle.logged(transition);
    if (!transition.accepted()) {
      return BookTransition.of(this, transition);
    }
    Match after = transition.match().orElseThrow();
    Map<MatchId, Match> matches = new LinkedHashMap<>(matches());
    matches.put(after.id(), after);
    return BookTransition.of(builder().from(this).matches(matches).build(), transition);
  }

  /**
   * Applies events in order, each to the book the previous one produced; rejected events change
   * nothing.
   *
   * @param events the events
   * @return the book after the last event
   * @throws NullPointerException if any argument is null
   */
  public final MatchBook applyAll(List<MatchEvent> events) {
    Objects.requireNonNull(events, "events");
    MatchBook book = this;
    for (MatchEvent event : events) {
      book = book.apply(event).book();
    }
    return book;
  }

  private boolean secondLiveMatch(Match before, Match after) {
    return !before.status().isLive() && after.status().isLive() && liveMatchOf(after.seeker(), after.programme()).isPresent();
  }

  @Value.Check
  final void check() {
    Require.inRange("defaultCapacity", defaultCapacity(), 0, MAX_CAPACITY);
    for (int capacity : capacities().values()) {
      Require.inRange("capacities", capacity, 0, MAX_CAPACITY);
    }
    Set<SeekerInProgramme> live = new HashSet<>();
    for (Map.Entry<MatchId, Match> entry : matches().entrySet()) {
      Match m = entry.getValue();
      if (!entry.getKey().equals(m.id())) {
        throw Require.invalid("matches", "each match must be keyed by its own id");
      }
      if (m.status().isLive() && !live.add(new SeekerInProgramme(m.seeker(), m.programme()))) {
        throw Require.invalid("matches", "a seeker has more than one live match in a programme");
      }
    }
  }

  /** A seeker in a programme: the key of the one-live-match rule. */
  private record SeekerInProgramme(SeekerId seeker, ProgrammeId programme) {}
}
