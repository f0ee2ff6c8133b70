package io.github.peersupport.matching.lifecycle;

import static io.github.peersupport.matching.lifecycle.MatchBookPropertyTest.MATCH_IDS;
import static io.github.peersupport.matching.lifecycle.MatchBookPropertyTest.PROGRAMMES;
import static io.github.peersupport.matching.lifecycle.MatchBookPropertyTest.SEEKERS;
import static io.github.peersupport.matching.lifecycle.MatchBookPropertyTest.SUPPORTERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.lifecycle.MatchBookPropertyTest.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The match log's storage properties, on the random event sequences of {@link MatchBookPropertyTest}
 * (books that archive closed matches and books that keep them): a snapshot plus the tail of the log
 * equals the full replay; a stale writer is rejected; the indexed book agrees with {@link LinearBook},
 * the same rules over a plain list, on every event and every query.
 */
class MatchBookStorePropertyTest {
  private static final int SEQUENCES_PER_SEED = 80;

  private static MatchBook start(SplittableRandom r) {
    return MatchBook.builder().from(MatchBookPropertyTest.emptyBook(r)).archiveClosed(r.nextBoolean()).build();
  }

  /** The book as a host reads it back from storage: its attributes, the matches as a plain map. */
  private static MatchBook stored(MatchBook book) {
    return MatchBook.builder().from(book).capacities(new LinkedHashMap<>(book.capacities())).matches(new LinkedHashMap<>(book.matches())).build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void applyAll_snapshotThenTail_equalsFullReplay(long seed) {
    int[] archived = {0};
    Seeds.forEachCase(seed, SEQUENCES_PER_SEED, r -> {
      MatchBook start = start(r);
      Sequence sequence = MatchBookPropertyTest.sequence(r, start);
      List<MatchEvent> events = sequence.events();
      MatchBook full = sequence.online().get(events.size() - 1).book();
      long accepted = sequence.online().stream().filter(BookTransition::succeeded).count();

      assertThat(start.applyInPlace(events)).as("replay on mutable indexes").isEqualTo(full);
      assertThat(start.applyEachOf(events)).as("replay one event at a time").isEqualTo(full);
      assertThat(start.applyAll(events)).isEqualTo(full);
      assertThat(full.version()).as("version counts accepted events").isEqualTo(accepted);
      if (start.archiveClosed()) {
        assertThat(full.matches().values()).as("archiving book holds no closed match").noneMatch(m -> m.status().isClosed());
        archived[0] += (int) sequence.online().stream().filter(t -> t.transition().closeOutSurveyRequested()).count();
      }

      int k = r.nextInt(0, events.size() + 1);
      MatchBook snapshot = start.applyAll(events.subList(0, k));
      MatchBook read = stored(snapshot);
      assertThat(read).as("snapshot read back").isEqualTo(snapshot);
      List<MatchEvent> tail = events.subList(k, events.size());
      MatchBook replayed = read.applyAll(tail);
      assertThat(replayed).as("snapshot at %d of %d events plus the tail", k, events.size()).isEqualTo(full);
      assertThat(read.applyEachOf(tail)).isEqualTo(full);
      assertThat(new ArrayList<>(replayed.matches().keySet())).as("request order").isEqualTo(new ArrayList<>(full.matches().keySet()));
    });
    assertThat(archived[0]).as("matches archived on closing, seed %d", seed).isPositive();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void apply_staleVersion_rejectedAndCurrentVersionApplies(long seed) {
    Seeds.forEachCase(seed, SEQUENCES_PER_SEED, r -> {
      MatchBook book = start(r);
      for (MatchEvent event : MatchBookPropertyTest.sequence(r, book).events()) {
        long v = book.version();
        long other = r.nextBoolean() ? v + 1 + r.nextInt(3) : v - 1 - r.nextInt(3);
        BookTransition stale = book.apply(other, event);
        assertThat(stale.refusedBy()).as("writer at %d, book at %d", other, v).contains(MatchBook.STALE_VERSION);
        assertThat(stale.book()).isSameAs(book);
        assertThat(stale.transition().match()).isEqualTo(book.match(event.matchId()));

        BookTransition current = book.apply(v, event);
        assertThat(current).isEqualTo(book.apply(event));
        assertThat(current.book().version()).isEqualTo(current.succeeded() ? v + 1 : v);
        book = current.book();
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void apply_randomEvents_indexedBookAgreesWithLinearReference(long seed) {
    Seeds.forEachCase(seed, SEQUENCES_PER_SEED, r -> {
      MatchBook book = start(r);
      LinearBook reference = new LinearBook(book);
      for (MatchEvent event : MatchBookPropertyTest.sequence(r, book).events()) {
        BookTransition t = book.apply(event);
        assertThat(t.transition()).as("transition").isEqualTo(reference.apply(event));
        book = t.book();
        assertThat(new ArrayList<>(book.matches().values())).as("matches after %s", t).isEqualTo(reference.matches());
        assertThat(book.matches().size()).isEqualTo(reference.matches().size());
        assertThat(book.version()).isEqualTo(reference.version());
        for (SupporterId s : SUPPORTERS) {
          assertThat(book.loadOf(s)).as("load after %s", t).isEqualTo(reference.loadOf(s));
        }
        for (SeekerId s : SEEKERS) {
          for (ProgrammeId p : PROGRAMMES) {
            assertThat(book.liveMatchOf(s, p)).as("live match after %s", t).isEqualTo(reference.liveMatchOf(s, p));
          }
        }
        for (int i = 0; i < MATCH_IDS; i++) {
          MatchId id = MatchId.of("m-" + i);
          assertThat(book.match(id)).isEqualTo(reference.match(id));
          assertThat(book.matches().containsKey(id)).isEqualTo(reference.match(id).isPresent());
        }
      }
    });
  }
}
