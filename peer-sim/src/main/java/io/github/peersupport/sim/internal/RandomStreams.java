package io.github.peersupport.sim.internal;

import io.github.peersupport.core.Identifier;
import java.util.SplittableRandom;

/**
 * The random numbers of one run, as common random numbers (Law 2015, <i>Simulation Modeling and
 * Analysis</i>, 5th ed., ch. 11): every draw comes from a stream of its own, keyed by the run's seed,
 * the draw's {@link Purpose} and the entity (and occasion) it belongs to, e.g. (seed, {@link
 * Purpose#DISTRESS}, supporter, week). A stream is derived from its key, not taken in turn from a shared
 * stream, so a draw does not depend on how many draws other entities made before it: two runs with the
 * same seed give each entity the same numbers for the same purpose and occasion, whatever their
 * policies did to the order of events (the synchronisation of random numbers Law describes). A draw
 * that a run does not need is simply not computed, which is the same as drawing it and throwing it
 * away.
 *
 * <p>A key is hashed from its parts with the SplitMix64 finaliser (Steele, Lea and Flood 2014, "Fast
 * splittable pseudorandom number generators", OOPSLA): the seed, the purpose's fixed tag, then each
 * part, each mixed in through a bijection of the state so far, so that distinct parts after the same
 * prefix always give distinct keys. The key seeds a {@link SplittableRandom}; {@link #uniform} is the
 * first double of that stream, computed without allocating it. Entities are keyed by the text of their
 * id ({@link #idKey}: seekers {@code s-<referral number>}, supporters {@code sup-<roster number>},
 * groups by their id), occasions by an instant's epoch second or a count. O(1) per key; immutable, so
 * a run's parts share one instance.
 */
final class RandomStreams {
  /** The golden-ratio increment of SplitMix64 (odd), as {@link SplittableRandom} uses it. */
  private static final long GAMMA = 0x9e3779b97f4a7c15L;
  private static final double DOUBLE_UNIT = 0x1.0p-53;

  /**
   * What a draw is for; each purpose keys its streams by fixed parts. The tags are fixed constants, so
   * adding or reordering purposes changes no run.
   */
  enum Purpose {
    /** A supporter's drawn person (profile, experience, capacity); keyed by supporter. */
    SUPPORTER(0x51a7c3e9d2b4f601L),
    /** What a programme's rules read in a drawn supporter ({@link ProgrammePeople}); keyed by supporter. */
    SUPPORTER_PROGRAMME(0x2c6e8a0f4b1d3957L),
    /** The number of referrals on a day; keyed by the day's instant. */
    ARRIVALS(0x7f3b19c5e8a2d460L),
    /** A seeker's drawn person (profile, experience, preferences, consent); keyed by seeker. */
    SEEKER(0x1e9d5b7a3c0f8264L),
    /** A seeker's interest in a group, then in a one-to-one match; keyed by seeker. */
    SEEKER_CHOICES(0x6a4c2e0b8d9f1735L),
    /** What a programme's rules read in a drawn seeker ({@link ProgrammePeople}); keyed by seeker. */
    SEEKER_PROGRAMME(0x3d8f6b4a2c1e0597L),
    /** A supporter's answer to an offer and when it comes; keyed by seeker and supporter. */
    OFFER(0x48b2d6f0a9c3e175L),
    /** The course of an accepted match; keyed by seeker and supporter. */
    MATCH_COURSE(0x0b5d9f3e7a1c8642L),
    /** The coordinator's review before a planned end; keyed by seeker, supporter and days extended. */
    TERM_REVIEW(0x65e1a3c7b9d0f428L),
    /** Whether a supporter retires in a week; keyed by supporter and the week's day. */
    RETIREMENT(0x2f7d1b5e9c3a0864L),
    /** Whether a supporter pauses for self-care in a week; keyed by supporter and the week's day. */
    PAUSE(0x5c9a3e7f1b0d2486L),
    /** Whether a supporter shows distress in a week; keyed by supporter and the week's day. */
    DISTRESS(0x7a0e4c8b2f6d1359L),
    /** Whether a seeker is screened at an occasion; keyed by seeker and the occasion's instant. */
    SCREENED(0x14f8b2d6e0a3c795L),
    /** A seeker's screening answers at an occasion; keyed by seeker and the occasion's instant. */
    SCREENING_ANSWERS(0x39c7e1a5d3b0f682L),
    /** A member's attendance and dropout at their n-th session; keyed by seeker and n. */
    ATTENDANCE(0x6e2a8c4f0d7b1593L),
    /** A session's facilitator flags; keyed by group and session number. */
    SESSION_FLAGS(0x0d6b2f8e4a9c3571L),
    /** When an escalation is acknowledged and resolved; keyed by person, rule and instant. */
    ESCALATION(0x58e0c4a2f6b1d937L);

    final long tag;

    Purpose(long tag) {
      this.tag = tag;
    }
  }

  /** The key prefix of each purpose: the seed and the purpose's tag, mixed. */
  private final long[] prefixes;

  /**
   * Derives the streams of a seed.
   *
   * @param seed the run's seed
   */
  RandomStreams(long seed) {
    Purpose[] purposes = Purpose.values();
    this.prefixes = new long[purposes.length];
    long root = mix64(seed + GAMMA);
    for (Purpose p : purposes) {
      prefixes[p.ordinal()] = then(root, p.tag);
    }
  }

  /**
   * Returns the stream of one entity for one purpose.
   *
   * @param purpose the purpose
   * @param entity the entity's key
   * @return a new stream, the same for the same seed and key
   */
  SplittableRandom stream(Purpose purpose, long entity) {
    return new SplittableRandom(key(purpose, entity));
  }

  /**
   * Returns the stream of one entity for one purpose at one occasion.
   *
   * @param purpose the purpose
   * @param entity the entity's key
   * @param occasion the occasion (a second entity, an epoch second, a count)
   * @return a new stream, the same for the same seed and key
   */
  SplittableRandom stream(Purpose purpose, long entity, long occasion) {
    return new SplittableRandom(key(purpose, entity, occasion));
  }

  /**
   * Returns the stream of a pair of entities for one purpose at one occasion.
   *
   * @param purpose the purpose
   * @param entity the first entity's key
   * @param other the second entity's key
   * @param occasion the occasion
   * @return a new stream, the same for the same seed and key
   */
  SplittableRandom stream(Purpose purpose, long entity, long other, long occasion) {
    return new SplittableRandom(then(key(purpose, entity, other), occasion));
  }

  /**
   * Returns the first double of {@link #stream(Purpose, long, long)}, in [0, 1), without creating
   * the stream.
   *
   * @param purpose the purpose
   * @param entity the entity's key
   * @param occasion the occasion
   * @return the draw
   */
  double uniform(Purpose purpose, long entity, long occasion) {
    return (mix64(key(purpose, entity, occasion) + GAMMA) >>> 11) * DOUBLE_UNIT;
  }

  /**
   * Tells whether an event of probability {@code p} happens: {@link #uniform} below {@code p}.
   *
   * @param purpose the purpose
   * @param entity the entity's key
   * @param occasion the occasion
   * @param p the probability
   * @return true with probability p
   */
  boolean chance(Purpose purpose, long entity, long occasion, double p) {
    return uniform(purpose, entity, occasion) < p;
  }

  private long key(Purpose purpose, long entity) {
    return then(prefixes[purpose.ordinal()], entity);
  }

  private long key(Purpose purpose, long entity, long occasion) {
    return then(key(purpose, entity), occasion);
  }

  /**
   * Returns the stable key of an id: a 64-bit FNV-1a hash of its text (Fowler, Noll and Vo), mixed.
   * The same on every JVM.
   *
   * @param id the id
   * @return the key
   */
  static long idKey(Identifier id) {
    return idKey(id.value());
  }

  /**
   * Returns the stable key of an id's text.
   *
   * @param id the text
   * @return the key
   */
  static long idKey(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix64(h);
  }

  /** Mixes a part into a key: for a fixed state, distinct parts give distinct results. */
  private static long then(long state, long part) {
    return mix64(state ^ mix64(part + GAMMA));
  }

  /** The SplitMix64 finaliser (Stafford's variant 13), a bijection on 64-bit values. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
