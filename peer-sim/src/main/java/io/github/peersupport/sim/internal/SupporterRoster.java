package io.github.peersupport.sim.internal;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.lifecycle.LifecycleEvent;
import io.github.peersupport.core.lifecycle.PauseReason;
import io.github.peersupport.core.lifecycle.PeerLifecycle;
import io.github.peersupport.core.lifecycle.Transition;
import io.github.peersupport.core.person.Supporter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The supporters of a run and their states: standing ({@link PeerLifecycle}), pauses, retirements and
 * how many matches each has accepted. Loads are not kept here: the match book counts them. A
 * supporter is <em>available</em> while neither paused nor retired; the book sees an unavailable
 * supporter's capacity as 0 ({@link #bookCapacities()}), so they get no new offers and keep their
 * current matches. Mutable, owned by one run.
 */
final class SupporterRoster {
  private final PeerLifecycle peers = PeerLifecycle.standard();
  private final RandomStreams streams;
  private final double attritionPerWeek;
  private final double pausePerWeek;
  private final int pauseWeeks;
  /** The supporters with their current standing, in the order drawn. */
  private final Supporter[] supporters;
  private final Map<SupporterId, Integer> index = new HashMap<>();
  /** Each supporter's key in the run's streams ({@link RandomStreams#idKey}), in roster order. */
  private final long[] keys;
  private final int[] pausedUntilDay;
  private final boolean[] retired;
  private final int[] served;
  private int pauses;
  private int retirements;

  /**
   * Creates a roster.
   *
   * @param supporters the supporters as drawn, each with their standing at the start
   * @param attritionPerWeek each available supporter's chance to retire in a week
   * @param pausePerWeek each available supporter's chance to pause in a week
   * @param pauseWeeks how long a pause lasts, in weeks
   * @param streams the run's streams (retirements and pauses, each supporter's own every week)
   */
  SupporterRoster(List<Supporter> supporters, double attritionPerWeek, double pausePerWeek, int pauseWeeks,
      RandomStreams streams) {
    this.supporters = supporters.toArray(new Supporter[0]);
    this.attritionPerWeek = attritionPerWeek;
    this.pausePerWeek = pausePerWeek;
    this.pauseWeeks = pauseWeeks;
    this.streams = streams;
    int m = this.supporters.length;
    this.keys = new long[m];
    this.pausedUntilDay = new int[m];
    this.retired = new boolean[m];
    this.served = new int[m];
    for (int j = 0; j < m; j++) {
      index.put(this.supporters[j].id(), j);
      keys[j] = RandomStreams.idKey(this.supporters[j].id());
      pausedUntilDay[j] = -1;
    }
  }

  /**
   * Starts a week: paused supporters whose pause ended resume; each supporter still in the programme
   * retires with the attrition chance, else, if not paused, pauses with the pause chance. Both are the
   * supporter's own draws for the week ({@link RandomStreams.Purpose#RETIREMENT}, {@link
   * RandomStreams.Purpose#PAUSE}, keyed by supporter and the week's first instant), so a supporter
   * retires in the same week whatever happened to the others or to their own matches.
   *
   * @param day the day of the run (a Monday)
   * @param now the instant
   * @return the supporters who retired now, in roster order
   */
  Set<SupporterId> startWeek(int day, Instant now) {
    Set<SupporterId> leaving = new LinkedHashSet<>();
    for (int j = 0; j < supporters.length; j++) {
      if (retired[j]) {
        continue;
      }
      if (pausedUntilDay[j] >= 0 && day >= pausedUntilDay[j]) {
        apply(j, LifecycleEvent.activated(now));
        pausedUntilDay[j] = -1;
      }
      if (streams.chance(RandomStreams.Purpose.RETIREMENT, keys[j], now.getEpochSecond(), attritionPerWeek)) {
        apply(j, LifecycleEvent.retired(now));
        retired[j] = true;
        retirements++;
        leaving.add(supporters[j].id());
      } else if (pausedUntilDay[j] < 0 && streams.chance(RandomStreams.Purpose.PAUSE, keys[j], now.getEpochSecond(), pausePerWeek)) {
        pause(j, day, now);
      }
    }
    return leaving;
  }

  /**
   * Pauses a supporter for self-care, if their standing allows it, until the pause ends.
   *
   * @param j the supporter's position
   * @param day the day of the run
   * @param now the instant
   */
  void pause(int j, int day, Instant now) {
    if (apply(j, LifecycleEvent.paused(now, PauseReason.SELF_CARE))) {
      pausedUntilDay[j] = day + 7 * pauseWeeks;
      pauses++;
    }
  }

  private boolean apply(int j, LifecycleEvent event) {
    Transition t = peers.apply(supporters[j].standing(), event);
    if (t.succeeded()) {
      supporters[j] = Supporter.builder().from(supporters[j]).standing(t.standing()).build();
    }
    return t.succeeded();
  }

  /** Returns the number of supporters. */
  int size() {
    return supporters.length;
  }

  /** Returns the supporter at a position, with their current standing. */
  Supporter get(int j) {
    return supporters[j];
  }

  /** Returns the key of the supporter at a position in the run's streams ({@link RandomStreams#idKey}). */
  long key(int j) {
    return keys[j];
  }

  /** Returns a supporter's position, or -1 when the roster does not hold them. */
  int indexOf(SupporterId supporter) {
    Integer j = index.get(supporter);
    return j == null ? -1 : j;
  }

  /** Tells whether the supporter at a position is neither paused nor retired. */
  boolean available(int j) {
    return !retired[j] && pausedUntilDay[j] < 0;
  }

  /** Tells whether a supporter is on the roster and neither paused nor retired. */
  boolean available(SupporterId supporter) {
    int j = indexOf(supporter);
    return j >= 0 && available(j);
  }

  /** Returns how many supporters are available. */
  int availableCount() {
    int n = 0;
    for (int j = 0; j < supporters.length; j++) {
      if (available(j)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the supporters with their current standing, in roster order (loads are the book's: see
   * {@code MatchBook.withLoads}).
   *
   * @return the supporters
   */
  List<Supporter> supporters() {
    return List.of(supporters);
  }

  /**
   * Returns the capacities the match book applies: each supporter's own capacity while available,
   * else 0 (no new offers; current matches stay).
   *
   * @return the capacity of every supporter, in roster order
   */
  Map<SupporterId, Integer> bookCapacities() {
    Map<SupporterId, Integer> out = new LinkedHashMap<>();
    for (int j = 0; j < supporters.length; j++) {
      out.put(supporters[j].id(), available(j) ? supporters[j].capacity() : 0);
    }
    return out;
  }

  /**
   * Records that a supporter accepted a match.
   *
   * @param supporter the supporter, on the roster
   */
  void served(SupporterId supporter) {
    served[index.get(supporter)]++;
  }

  /** Returns how many matches each supporter accepted, in roster order. */
  List<Integer> servedCounts() {
    List<Integer> out = new ArrayList<>(served.length);
    for (int s : served) {
      out.add(s);
    }
    return out;
  }

  /** Returns how many pauses began. */
  int pauses() {
    return pauses;
  }

  /** Returns how many supporters retired. */
  int retirements() {
    return retirements;
  }
}
