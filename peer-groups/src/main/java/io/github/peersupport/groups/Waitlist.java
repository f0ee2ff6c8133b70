package io.github.peersupport.groups;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The seekers waiting for a seat in one group, in a documented fair order: first come, first served
 * by request time, ties broken by seeker id text (when a group is full, new members wait on a
 * waitlist that is promoted when a seat frees). There is no priority: a programme that wants one
 * orders requests before they reach the list. {@link GroupAdmission#promote} walks the list in this
 * order and never skips an eligible waiting seeker. Entries are held sorted, without repeats.
 */
@Value.Immutable
@PeerStyle
public abstract class Waitlist {
  Waitlist() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Waitlist}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableWaitlist.Builder {
    /** Creates an empty builder; prefer {@link Waitlist#builder()}. */
    public Builder() {}
  }

  /**
   * Returns an empty waitlist for a group.
   *
   * @param group the group's id
   * @return the waitlist
   */
  public static Waitlist empty(GroupId group) {
    return builder().group(group).build();
  }

  /**
   * Returns the group the list belongs to.
   *
   * @return the group id
   */
  public abstract GroupId group();

  /**
   * Returns the entries in fair order.
   *
   * @return the entries, sorted, no seeker twice
   */
  public abstract List<WaitlistEntry> entries();

  @Value.Check
  final void check() {
    Set<SeekerId> seen = new HashSet<>();
    for (int i = 0; i < entries().size(); i++) {
      if (!seen.add(entries().get(i).seeker())) {
        throw Require.invalid("entries[" + i + "]", "repeats a seeker");
      }
      if (i > 0 && entries().get(i - 1).compareTo(entries().get(i)) > 0) {
        throw Require.invalid("entries[" + i + "]", "out of fair order (request time, then seeker id)");
      }
    }
  }

  /**
   * Returns the number waiting.
   *
   * @return the size
   */
  public final int size() {
    return entries().size();
  }

  /**
   * Returns a seeker's 1-based position.
   *
   * @param seeker the seeker
   * @return the position, or empty if not waiting
   */
  public final OptionalInt position(SeekerId seeker) {
    Objects.requireNonNull(seeker, "seeker");
    for (int i = 0; i < entries().size(); i++) {
      if (entries().get(i).seeker().equals(seeker)) {
        return OptionalInt.of(i + 1);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Returns the list with a seeker added at their fair place; unchanged if already waiting.
   *
   * @param seeker the seeker
   * @param requestedAt when they asked
   * @return the new list
   */
  public final Waitlist add(SeekerId seeker, Instant requestedAt) {
    if (position(seeker).isPresent()) {
      return this;
    }
    WaitlistEntry entry = WaitlistEntry.of(seeker, requestedAt);
    List<WaitlistEntry> out = new ArrayList<>(entries().size() + 1);
    boolean placed = false;
    for (WaitlistEntry e : entries()) {
      if (!placed && entry.compareTo(e) < 0) {
        out.add(entry);
        placed = true;
      }
      out.add(e);
    }
    if (!placed) {
      out.add(entry);
    }
    return builder().group(group()).entries(out).build();
  }

  /**
   * Returns the list without some seekers.
   *
   * @param seekers the seekers to remove
   * @return the new list
   */
  public final Waitlist remove(Set<SeekerId> seekers) {
    List<WaitlistEntry> out = new ArrayList<>(entries().size());
    for (WaitlistEntry e : entries()) {
      if (!seekers.contains(e.seeker())) {
        out.add(e);
      }
    }
    return out.size() == entries().size() ? this : builder().group(group()).entries(out).build();
  }

  /** Returns e.g. {@code Waitlist[g-7, 3 waiting]}. */
  @Override
  public final String toString() {
    return "Waitlist[" + group() + ", " + size() + " waiting]";
  }
}
