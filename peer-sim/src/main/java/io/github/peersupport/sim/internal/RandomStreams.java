package io.github.peersupport.sim.internal;

import java.util.SplittableRandom;

/**
 * The seeded random streams of one run, split from the seed in a fixed order, one per concern, so that
 * changing one behaviour does not reshuffle the draws of another for the same seed (common random
 * numbers across a sweep's grid points). Each stream belongs to one part of the run; a run is used by
 * one thread.
 */
final class RandomStreams {
  /** The supporters drawn for the run. */
  final SplittableRandom population;
  /** The seekers drawn on arrival and their interest in a group. */
  final SplittableRandom seekers;
  /** The number of referrals each day. */
  final SplittableRandom arrivals;
  /** Supporters' answers to offers and the course of accepted matches. */
  final SplittableRandom answers;
  /** Screening answers (PHQ-2 and PHQ-9 items). */
  final SplittableRandom screening;
  /** Group attendance, dropouts and facilitator flags. */
  final SplittableRandom groups;
  /** Supporters' pauses, retirements and distress. */
  final SplittableRandom supporters;
  /** What a programme's rules read in the drawn people ({@link ProgrammePeople}); split after the others. */
  final SplittableRandom people;
  /** When escalations are acknowledged and resolved; split after the others. */
  final SplittableRandom escalations;
  /** When and how coordinators review matches before their planned end; split after the others. */
  final SplittableRandom reviews;

  /**
   * Splits the streams from a seed.
   *
   * @param seed the run's seed
   */
  RandomStreams(long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    this.population = root.split();
    this.seekers = root.split();
    this.arrivals = root.split();
    this.answers = root.split();
    this.screening = root.split();
    this.groups = root.split();
    this.supporters = root.split();
    this.people = root.split();
    this.escalations = root.split();
    this.reviews = root.split();
  }
}
