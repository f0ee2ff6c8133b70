package io.github.peersupport.groups;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.style.PeerTuple;
import java.time.Instant;
import java.util.Comparator;
import org.immutables.value.Value;

/** A seeker waiting for a seat, and when they asked. Ordered fairly: earlier request first, ties by seeker id text. */
@Value.Immutable
@PeerTuple
public abstract class WaitlistEntry implements Comparable<WaitlistEntry> {
  private static final Comparator<WaitlistEntry> FAIR =
      Comparator.comparing(WaitlistEntry::requestedAt).thenComparing(e -> e.seeker().value());

  WaitlistEntry() {}

  /**
   * Creates an entry.
   *
   * @param seeker the waiting seeker
   * @param requestedAt when they asked for a seat
   * @return the entry
   */
  public static WaitlistEntry of(SeekerId seeker, Instant requestedAt) {
    return ImmutableWaitlistEntry.of(seeker, requestedAt);
  }

  /**
   * Returns the waiting seeker.
   *
   * @return the id
   */
  public abstract SeekerId seeker();

  /**
   * Returns when the seeker asked for a seat.
   *
   * @return the instant
   */
  public abstract Instant requestedAt();

  /** Orders by request time, then by seeker id text (the waitlist's fair order). */
  @Override
  public final int compareTo(WaitlistEntry other) {
    return FAIR.compare(this, other);
  }

  /** Returns e.g. {@code s-17@2026-01-05T09:00:00Z}. */
  @Override
  public final String toString() {
    return seeker() + "@" + requestedAt();
  }
}
