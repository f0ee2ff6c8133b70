package io.github.peersupport.bench;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.matching.lifecycle.Actor;
import io.github.peersupport.matching.lifecycle.CloseReason;
import io.github.peersupport.matching.lifecycle.Match;
import io.github.peersupport.matching.lifecycle.MatchBook;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import io.github.peersupport.matching.lifecycle.MatchRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rebuilding a {@link MatchBook} from its event log at hospital scale. The log: {@code matches}
 * requests (100,000 by default), each followed by nine events (offer to the best-ranked candidate,
 * acceptance, first contact, activation, four logged contacts, completion), so ten events per match
 * (1,000,000 by default). Matches run in waves of 2,000 at a time, interleaved event by event, over
 * {@code matches / 5} supporters of capacity 3, unique seekers in four programmes. Every event is
 * accepted; the setup checks it.
 *
 * <ul>
 *   <li>{@link #applyAll()}: the whole log replayed onto an empty book;</li>
 *   <li>{@link #applyEach()}: the same, one persistent {@link MatchBook#apply(MatchEvent)} per event;</li>
 *   <li>{@link #replayFromSnapshot()}: a host restarting from a snapshot: the book's document (its
 *       100,000 matches as a plain map, as read from storage) is indexed and the log's tail since
 *       the snapshot, its last 10,000 events, is applied.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MatchBookBenchmark {
  private static final int EVENTS_PER_MATCH = 10;
  private static final int WAVE = 2_000;
  private static final int TAIL = 10_000;
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final Actor COORDINATOR = Actor.role(CareRole.COORDINATOR);

  /** The number of matches in the log; ten events each. */
  @Param({"100000"})
  public int matches;

  private List<MatchEvent> log;
  private List<MatchEvent> tail;
  private MatchBook settings;
  private Map<MatchId, Match> snapshotMatches;
  private long snapshotVersion;

  /**
   * Writes the log, replays it once to check that every event is accepted, and takes the snapshot.
   */
  @Setup(Level.Trial)
  public void setUp() {
    log = log(matches);
    settings = MatchBook.empty();
    MatchBook full = settings.applyAll(log);
    if (full.version() != log.size() || full.matches().size() != matches) {
      throw new IllegalStateException("the log should be accepted in full: version " + full.version() + " of " + log.size());
    }
    int cut = log.size() - TAIL;
    MatchBook snapshot = settings.applyAll(log.subList(0, cut));
    snapshotMatches = new LinkedHashMap<>(snapshot.matches());
    snapshotVersion = snapshot.version();
    tail = List.copyOf(log.subList(cut, log.size()));
    if (!MatchBook.builder().version(snapshotVersion).matches(snapshotMatches).build().applyAll(tail).equals(full)) {
      throw new IllegalStateException("snapshot plus tail should equal the full replay");
    }
  }

  /** The log: waves of {@link #WAVE} matches, each wave's events interleaved step by step. */
  static List<MatchEvent> log(int matches) {
    int supporters = Math.max(1, matches / 5);
    List<MatchEvent> events = new ArrayList<>(matches * EVENTS_PER_MATCH);
    Instant t = T0;
    for (int first = 0; first < matches; first += WAVE) {
      int last = Math.min(matches, first + WAVE);
      for (int step = 0; step < EVENTS_PER_MATCH; step++) {
        for (int i = first; i < last; i++) {
          t = t.plusSeconds(1);
          events.add(event(i, step, t, supporters));
        }
      }
    }
    return List.copyOf(events);
  }

  private static MatchEvent event(int i, int step, Instant t, int supporters) {
    MatchId id = MatchId.of("m-" + i);
    switch (step) {
      case 0: {
        List<SupporterId> candidates = List.of(SupporterId.of("sp-" + i % supporters), SupporterId.of("sp-" + (i + 7) % supporters),
            SupporterId.of("sp-" + (i + 13) % supporters));
        MatchRequest request = MatchRequest.builder().seeker(SeekerId.of("sk-" + i)).programme(ProgrammeId.of("pg-" + i % 4))
            .requestedAt(t).candidates(candidates.stream().distinct().toList())
            .consent(ConsentRecord.grantedAt(T0.minus(Duration.ofDays(1)), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).build();
        return MatchEvent.requested(id, request, COORDINATOR);
      }
      case 1:
        return MatchEvent.offerNext(id, t, COORDINATOR);
      case 2:
        return MatchEvent.accepted(id, t, COORDINATOR);
      case 3:
        return MatchEvent.firstContactConfirmed(id, t, COORDINATOR);
      case 4:
        return MatchEvent.activated(id, t, COORDINATOR);
      case EVENTS_PER_MATCH - 1:
        return MatchEvent.completed(id, t, COORDINATOR, CloseReason.GOALS_MET);
      default:
        return MatchEvent.contactLogged(id, t, COORDINATOR);
    }
  }

  /**
   * Replays the whole log onto an empty book.
   *
   * @return the book (consumed by JMH)
   */
  @Benchmark
  public MatchBook applyAll() {
    return settings.applyAll(log);
  }

  /**
   * Replays the whole log one {@code apply} at a time.
   *
   * @return the book (consumed by JMH)
   */
  @Benchmark
  public MatchBook applyEach() {
    MatchBook book = settings;
    for (MatchEvent e : log) {
      book = book.apply(e).book();
    }
    return book;
  }

  /**
   * Indexes the snapshot's matches and applies the log's tail.
   *
   * @return the book (consumed by JMH)
   */
  @Benchmark
  public MatchBook replayFromSnapshot() {
    return MatchBook.builder().from(settings).version(snapshotVersion).matches(snapshotMatches).build().applyAll(tail);
  }
}
