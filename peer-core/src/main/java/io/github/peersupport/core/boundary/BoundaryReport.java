package io.github.peersupport.core.boundary;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.style.PeerStyle;
import java.util.List;
import org.immutables.value.Value;

/** The breaches found in a set of interaction records, in time order, and the reviews they call for. */
@Value.Immutable
@PeerStyle
public abstract class BoundaryReport {
  BoundaryReport() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BoundaryReport}. */
  public static class Builder extends ImmutableBoundaryReport.Builder {
    /** Creates an empty builder; prefer {@link BoundaryReport#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the breaches in record order (instant, then record id), a record's rules in the order of
   * {@link BoundaryPolicy}'s table.
   *
   * @return the breaches
   */
  public abstract List<Breach> breaches();

  /**
   * Returns the decertification reviews recommended, one per peer at most.
   *
   * @return the reviews
   */
  public abstract List<DecertificationReview> reviews();

  /**
   * Tells whether nothing was breached.
   *
   * @return true if there are no breaches
   */
  public final boolean isClean() {
    return breaches().isEmpty();
  }

  /**
   * Returns one peer's breaches.
   *
   * @param peer the peer
   * @return their breaches
   */
  public final List<Breach> of(PersonId peer) {
    return breaches().stream().filter(b -> b.peer().equals(peer)).toList();
  }

  /** Returns counts, e.g. {@code BoundaryReport[3 breaches, 1 review]}. */
  @Override
  public final String toString() {
    return "BoundaryReport[" + breaches().size() + " breaches, " + reviews().size() + " reviews]";
  }
}
