package io.github.peersupport.core.person;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.style.PeerStyle;
import org.immutables.value.Value;

/**
 * A trained peer (peer mentor, visitor, guide, navigator, buddy) who has lived through the same kind
 * of illness, as patient or caregiver. Besides lived experience and profile a supporter has a
 * capacity (concurrent seekers; default {@value #DEFAULT_CAPACITY}, observed 1 to 7, Cancer Hope
 * Network) and a {@link PeerStanding} (lifecycle status, training, certifications, code of conduct).
 * {@code toString()} shows id, status and capacity only.
 */
@Value.Immutable
@PeerStyle
public abstract class Supporter {
  /** Default number of seekers a supporter accompanies at once. */
  public static final int DEFAULT_CAPACITY = 3;
  /** Largest accepted capacity. */
  public static final int MAX_CAPACITY = 50;

  Supporter() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Supporter}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableSupporter.Builder {
    /** Creates an empty builder; prefer {@link Supporter#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the opaque id.
   *
   * @return the id
   */
  public abstract SupporterId id();

  /**
   * Returns what the supporter has lived through. Health data.
   *
   * @return the lived experience
   */
  public abstract LivedExperience experience();

  /**
   * Returns the supporter's attributes.
   *
   * @return the profile
   */
  @Value.Default
  public PersonProfile profile() {
    return PersonProfile.empty();
  }

  /**
   * Returns how many seekers the supporter accompanies at once, 1 to {@value #MAX_CAPACITY}.
   *
   * @return the capacity
   */
  @Value.Default
  public int capacity() {
    return DEFAULT_CAPACITY;
  }

  /**
   * Returns the lifecycle standing.
   *
   * @return the standing
   */
  @Value.Default
  public PeerStanding standing() {
    return PeerStanding.applicant();
  }

  /**
   * Returns how many seekers the supporter accompanies now (offered or active matches). A supporter
   * at or above capacity is not matched. A host that records matches in peer-matching's {@code
   * MatchBook} does not keep this count itself: {@code MatchBook.withLoads(supporters)} sets it from
   * the book's live matches, the one record of load ({@code MatchBook.MAX_CAPACITY} is {@link
   * #MAX_CAPACITY}).
   *
   * @return the current load, 0 to {@value #MAX_CAPACITY}
   */
  @Value.Default
  public int activeMatches() {
    return 0;
  }

  @Value.Check
  final void check() {
    Require.inRange("capacity", capacity(), 1, MAX_CAPACITY);
    Require.inRange("activeMatches", activeMatches(), 0, MAX_CAPACITY);
  }

  /**
   * Tells whether the supporter has room for another seeker.
   *
   * @return true if {@link #activeMatches()} is below {@link #capacity()}
   */
  public final boolean hasCapacity() {
    return activeMatches() < capacity();
  }

  /** Returns id, status and capacity only, e.g. {@code Supporter[sup-3, ACTIVE, 1/3]}. */
  @Override
  public final String toString() {
    return "Supporter[" + id() + ", " + standing().status() + ", " + activeMatches() + "/" + capacity() + "]";
  }
}
