package io.github.peersupport.matching.lifecycle;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.internal.Require;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The matches of a {@link MatchBook}: an immutable map from match id to match, iterated in the order
 * the matches were requested, indexed for the book's rules. Lookups by id, a supporter's load ({@link
 * #loadOf}) and a seeker's live match in a programme ({@link #liveMatchOf}) are O(log n) for n
 * matches (the book's {@link MatchBook#loadOf} and {@link MatchBook#liveMatchOf} read them); {@link
 * MatchBook#apply} makes the next table in O(log n) by sharing every
 * untouched part with this one. Equality is that of {@link Map}: the same ids mapped to equal
 * matches, whatever the order.
 *
 * <p>Build one with {@link #copyOf(Map)}, which checks that each match is keyed by its own id, that
 * a seeker has at most one live match per programme and that no supporter's load exceeds {@link
 * MatchBook#MAX_CAPACITY}. The mutators of {@link Map} throw {@link UnsupportedOperationException}.
 */
public final class MatchTable extends AbstractMap<MatchId, Match> {
  // The indexes are only looked up (and copied into hash maps), never listed in key order, so any
  // order consistent with equals serves: ids go by the hash of their text (cached in the string), and
  // by the text only when the hashes are equal, so that a lookup rarely reads the text itself.
  private static final Comparator<MatchId> BY_MATCH = (a, b) -> byText(a.value(), b.value());
  private static final Comparator<SupporterId> BY_SUPPORTER = (a, b) -> byText(a.value(), b.value());
  private static final Comparator<Long> BY_SEQUENCE = Long::compare;
  private static final MatchTable EMPTY = new MatchTable(PersistentMap.empty(BY_MATCH), PersistentMap.empty(BY_SEQUENCE),
      PersistentMap.empty(BY_SUPPORTER), PersistentMap.empty(SeekerInProgramme.ORDER), 0, 0, null);

  /** Match id to its request sequence number. */
  private final PersistentMap<MatchId, Long> sequenceOf;
  /** Request sequence number to match: the iteration order. */
  private final PersistentMap<Long, Match> bySequence;
  /** Supporter to load, for supporters with a load above zero. */
  private final PersistentMap<SupporterId, Integer> loads;
  /** Seeker in programme to the id of their live match. */
  private final PersistentMap<SeekerInProgramme, MatchId> live;
  private final long nextSequence;
  private final int closed;
  /** The capacities of the book that made this table by applying an event; they are known valid. */
  private final @Nullable Map<?, ?> checkedCapacities;

  private MatchTable(PersistentMap<MatchId, Long> sequenceOf, PersistentMap<Long, Match> bySequence,
      PersistentMap<SupporterId, Integer> loads, PersistentMap<SeekerInProgramme, MatchId> live, long nextSequence, int closed,
      @Nullable Map<?, ?> checkedCapacities) {
    this.sequenceOf = sequenceOf;
    this.bySequence = bySequence;
    this.loads = loads;
    this.live = live;
    this.nextSequence = nextSequence;
    this.closed = closed;
    this.checkedCapacities = checkedCapacities;
  }

  /**
   * Returns the empty table.
   *
   * @return the table
   */
  public static MatchTable empty() {
    return EMPTY;
  }

  /**
   * Returns a table of the given matches, in the map's iteration order. O(n log n).
   *
   * @param matches the matches by id
   * @return the table; {@code matches} itself when it is a table
   * @throws IllegalArgumentException if a match is keyed by another id, a seeker has two live matches
   *     in a programme, or a supporter's load exceeds {@link MatchBook#MAX_CAPACITY}
   */
  public static MatchTable copyOf(Map<MatchId, ? extends Match> matches) {
    if (matches instanceof MatchTable) {
      return (MatchTable) matches;
    }
    Editor editor = new Editor(EMPTY);
    for (Map.Entry<MatchId, ? extends Match> e : matches.entrySet()) {
      if (!e.getKey().equals(e.getValue().id())) {
        throw Require.invalid("matches", "each match must be keyed by its own id");
      }
      if (editor.get(e.getKey()) != null) {
        throw Require.invalid("matches", "a match id appears twice");
      }
      Match m = e.getValue();
      if (m.status().isLive() && editor.liveMatchOf(m.seeker(), m.programme()) != null) {
        throw Require.invalid("matches", "a seeker has more than one live match in a programme");
      }
      editor.update(null, m, false);
      if (m.liveSupporter().isPresent() && editor.loadOf(m.liveSupporter().get()) > MatchBook.MAX_CAPACITY) {
        throw Require.invalid("matches", "a supporter's load exceeds " + MatchBook.MAX_CAPACITY);
      }
    }
    return editor.freeze(null);
  }

  @Override
  public int size() {
    return sequenceOf.size();
  }

  @Override
  public boolean isEmpty() {
    return size() == 0;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return key instanceof MatchId && sequenceOf.get((MatchId) key) != null;
  }

  @Override
  public @Nullable Match get(@Nullable Object key) {
    if (!(key instanceof MatchId)) {
      return null;
    }
    Long sequence = sequenceOf.get((MatchId) key);
    return sequence == null ? null : bySequence.get(sequence);
  }

  /** A match the table holds with its request sequence number, or {@code null}. O(log n). */
  @Nullable Entry entry(MatchId id) {
    Long sequence = sequenceOf.get(id);
    if (sequence == null) {
      return null;
    }
    Match match = bySequence.get(sequence);
    return match == null ? null : new Entry(sequence, match);
  }

  /** A match of the table and its request sequence number ({@link #entry}). */
  record Entry(Long sequence, Match match) {}

  @Override
  public Set<Map.Entry<MatchId, Match>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<MatchId, Match>> iterator() {
        Iterator<Match> it = bySequence.values();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Map.Entry<MatchId, Match> next() {
            Match m = it.next();
            return new AbstractMap.SimpleImmutableEntry<>(m.id(), m);
          }
        };
      }

      @Override
      public int size() {
        return MatchTable.this.size();
      }
    };
  }

  /**
   * Returns a supporter's load: the live matches offered to or accepted by them. O(log n).
   *
   * @param supporter the supporter
   * @return the load
   */
  int loadOf(SupporterId supporter) {
    Integer load = loads.get(supporter);
    return load == null ? 0 : load;
  }

  /**
   * Returns a seeker's live match in a programme, or {@code null}. O(log n).
   *
   * @param seeker the seeker
   * @param programme the programme
   * @return the live match, or {@code null} when there is none
   */
  @Nullable Match liveMatchOf(SeekerId seeker, ProgrammeId programme) {
    MatchId id = live.get(new SeekerInProgramme(seeker, programme));
    return id == null ? null : get(id);
  }

  /**
   * Returns the number of closed matches in the table.
   *
   * @return the count
   */
  int closedCount() {
    return closed;
  }

  /** The capacities known to be valid for this table (a book's apply sets them), or {@code null}. */
  @Nullable Map<?, ?> checkedCapacities() {
    return checkedCapacities;
  }

  /**
   * The table after a match changed, O(log n): {@code after} replaces {@code before} (or is added,
   * when {@code before} is null), or is left out when {@code archive} is set and it is closed.
   */
  MatchTable updated(@Nullable Entry current, Match after, boolean archive, Map<?, ?> capacities) {
    PersistentMap<MatchId, Long> ids = sequenceOf;
    PersistentMap<Long, Match> matches = bySequence;
    long next = nextSequence;
    Match before = current == null ? null : current.match();
    Long sequence = current == null ? null : current.sequence();
    boolean drop = archive && after.status().isClosed();
    if (drop) {
      if (sequence != null) {
        ids = ids.remove(after.id());
        matches = matches.remove(sequence);
      }
    } else {
      if (sequence == null) {
        sequence = next++;
        ids = ids.put(after.id(), sequence);
      }
      matches = matches.put(sequence, after);
    }
    PersistentMap<SupporterId, Integer> nextLoads = loads;
    SupporterId was = before == null ? null : before.liveSupporter().orElse(null);
    SupporterId now = after.liveSupporter().orElse(null);
    if (was != null && !was.equals(now)) {
      int load = loadOf(was) - 1;
      nextLoads = load == 0 ? nextLoads.remove(was) : nextLoads.put(was, load);
    }
    if (now != null && !now.equals(was)) {
      Integer load = nextLoads.get(now);
      nextLoads = nextLoads.put(now, load == null ? 1 : load + 1);
    }
    PersistentMap<SeekerInProgramme, MatchId> nextLive = live;
    boolean wasLive = before != null && before.status().isLive();
    if (wasLive != after.status().isLive()) {
      SeekerInProgramme key = new SeekerInProgramme(after.seeker(), after.programme());
      nextLive = wasLive ? nextLive.remove(key) : nextLive.put(key, after.id());
    }
    int nextClosed = closed + closedDelta(before, after, drop);
    return new MatchTable(ids, matches, nextLoads, nextLive, next, nextClosed, capacities);
  }

  /** The change in the number of closed matches held when {@code after} replaces {@code before}. */
  private static int closedDelta(@Nullable Match before, Match after, boolean dropped) {
    int was = before != null && before.status().isClosed() ? 1 : 0;
    int is = !dropped && after.status().isClosed() ? 1 : 0;
    return is - was;
  }

  /** This table as the index the book's rules read. */
  MatchIndex index() {
    return new MatchIndex() {
      @Override
      public @Nullable Match get(MatchId id) {
        return MatchTable.this.get(id);
      }

      @Override
      public int loadOf(SupporterId supporter) {
        return MatchTable.this.loadOf(supporter);
      }

      @Override
      public @Nullable Match liveMatchOf(SeekerId seeker, ProgrammeId programme) {
        return MatchTable.this.liveMatchOf(seeker, programme);
      }
    };
  }

  /** A mutable copy for applying many events; {@link Editor#freeze} makes a table again. O(n). */
  Editor edit() {
    return new Editor(this);
  }

  /** A mutable table with hash indexes: O(1) updates, O(n log n) to freeze. */
  static final class Editor implements MatchIndex {
    private final LinkedHashMap<MatchId, Match> matches = new LinkedHashMap<>();
    private final HashMap<SupporterId, Integer> loads = new HashMap<>();
    private final HashMap<SeekerInProgramme, MatchId> live = new HashMap<>();
    private int closed;

    Editor(MatchTable from) {
      for (Match m : from.values()) {
        matches.put(m.id(), m);
      }
      from.loads.forEach(loads::put);
      from.live.forEach(live::put);
      closed = from.closed;
    }

    @Override
    public @Nullable Match get(MatchId id) {
      return matches.get(id);
    }

    @Override
    public int loadOf(SupporterId supporter) {
      return loads.getOrDefault(supporter, 0);
    }

    @Override
    public @Nullable Match liveMatchOf(SeekerId seeker, ProgrammeId programme) {
      MatchId id = live.get(new SeekerInProgramme(seeker, programme));
      return id == null ? null : matches.get(id);
    }

    /** As {@link MatchTable#updated}, in place. */
    void update(@Nullable Match before, Match after, boolean archive) {
      boolean drop = archive && after.status().isClosed();
      if (drop) {
        matches.remove(after.id());
      } else {
        matches.put(after.id(), after);
      }
      closed += closedDelta(before, after, drop);
      SupporterId was = before == null ? null : before.liveSupporter().orElse(null);
      SupporterId now = after.liveSupporter().orElse(null);
      if (was != null && !was.equals(now)) {
        loads.computeIfPresent(was, (s, load) -> load == 1 ? null : load - 1);
      }
      if (now != null && !now.equals(was)) {
        loads.merge(now, 1, Integer::sum);
      }
      boolean wasLive = before != null && before.status().isLive();
      if (wasLive != after.status().isLive()) {
        SeekerInProgramme key = new SeekerInProgramme(after.seeker(), after.programme());
        if (wasLive) {
          live.remove(key);
        } else {
          live.put(key, after.id());
        }
      }
    }

    /** The table of the current state; {@code capacities} as in {@link MatchTable#updated}. */
    MatchTable freeze(@Nullable Map<?, ?> capacities) {
      int n = matches.size();
      List<Long> sequences = new ArrayList<>(n);
      List<Match> values = new ArrayList<>(n);
      List<Map.Entry<MatchId, Long>> ids = new ArrayList<>(n);
      long sequence = 0;
      for (Match m : matches.values()) {
        sequences.add(sequence);
        values.add(m);
        ids.add(Map.entry(m.id(), sequence));
        sequence++;
      }
      ids.sort(Map.Entry.comparingByKey(BY_MATCH));
      return new MatchTable(sorted(BY_MATCH, ids), PersistentMap.ofSorted(BY_SEQUENCE, sequences, values),
          sorted(BY_SUPPORTER, new ArrayList<>(loads.entrySet())), sorted(SeekerInProgramme.ORDER, new ArrayList<>(live.entrySet())),
          sequence, closed, capacities);
    }

    private static <K, V> PersistentMap<K, V> sorted(Comparator<? super K> order, List<Map.Entry<K, V>> entries) {
      entries.sort(Map.Entry.comparingByKey(order));
      List<K> keys = new ArrayList<>(entries.size());
      List<V> values = new ArrayList<>(entries.size());
      for (Map.Entry<K, V> e : entries) {
        keys.add(e.getKey());
        values.add(e.getValue());
      }
      return PersistentMap.ofSorted(order, keys, values);
    }
  }

  /** A total order on strings consistent with equals: by hash code, then by text. */
  private static int byText(String a, String b) {
    int byHash = Integer.compare(a.hashCode(), b.hashCode());
    return byHash != 0 ? byHash : a.compareTo(b);
  }

  /** What the book's rules read: a match by id, a supporter's load and a seeker's live match. */
  interface MatchIndex {
    /** The match with this id, or {@code null}. */
    @Nullable Match get(MatchId id);

    /** The supporter's load. */
    int loadOf(SupporterId supporter);

    /** The seeker's live match in the programme, or {@code null}. */
    @Nullable Match liveMatchOf(SeekerId seeker, ProgrammeId programme);
  }

  /** A seeker in a programme: the key of the one-live-match rule. */
  private record SeekerInProgramme(SeekerId seeker, ProgrammeId programme) {
    /** By seeker id, then programme id, each as {@link #byText}. */
    static final Comparator<SeekerInProgramme> ORDER = (a, b) -> {
      int bySeeker = byText(a.seeker().value(), b.seeker().value());
      return bySeeker != 0 ? bySeeker : byText(a.programme().value(), b.programme().value());
    };
  }
}
