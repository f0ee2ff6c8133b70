package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference for {@link MatchBook}'s indexes: the same rules over a plain list of matches, every
 * query a linear scan (the book as it was before it was indexed). Mutable; test use only.
 */
final class LinearBook {
  private final MatchBook settings;
  private final List<Match> matches = new ArrayList<>();
  private long version;

  /** A reference holding the matches of {@code start}, with its lifecycle, capacities and archiving. */
  LinearBook(MatchBook start) {
    this.settings = start;
    this.matches.addAll(start.matches().values());
    this.version = start.version();
  }

  List<Match> matches() {
    return List.copyOf(matches);
  }

  long version() {
    return version;
  }

  Optional<Match> match(MatchId id) {
    return matches.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  int loadOf(SupporterId supporter) {
    int load = 0;
    for (Match m : matches) {
      if (m.liveSupporter().filter(supporter::equals).isPresent()) {
        load++;
      }
    }
    return load;
  }

  Optional<Match> liveMatchOf(SeekerId seeker, ProgrammeId programme) {
    return matches.stream().filter(m -> m.status().isLive() && m.seeker().equals(seeker) && m.programme().equals(programme)).findFirst();
  }

  /** Applies an event as the book does, and returns the transition. */
  MatchTransition apply(MatchEvent event) {
    Optional<Match> current = match(event.matchId());
    MatchTransition transition;
    if (event.type() == MatchEventType.REQUESTED) {
      transition = current.isPresent() ? MatchTransition.refused(event, current, MatchBook.ID_IN_USE) : settings.lifecycle().opened(event);
    } else if (current.isEmpty()) {
      transition = MatchTransition.refused(event, current, MatchBook.UNKNOWN_MATCH);
    } else {
      transition = settings.lifecycle().applied(current.get(), event, s -> loadOf(s) < settings.capacityOf(s));
      Match after = transition.match().orElseThrow();
      if (transition.succeeded() && !current.get().status().isLive() && after.status().isLive()
          && liveMatchOf(after.seeker(), after.programme()).isPresent()) {
        transition = MatchTransition.refused(event, current, MatchBook.SEEKER_ALREADY_ACTIVE);
      }
    }
    if (transition.succeeded()) {
      Match after = transition.match().orElseThrow();
      int at = current.map(matches::indexOf).orElse(-1);
      if (settings.archiveClosed() && after.status().isClosed()) {
        if (at >= 0) {
          matches.remove(at);
        }
      } else if (at >= 0) {
        matches.set(at, after);
      } else {
        matches.add(after);
      }
      version++;
    }
    return transition;
  }
}
