package io.github.peersupport.core.person;

import io.github.peersupport.core.Tag;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a person lives, as coarsely as the programme needs: a region tag from the programme's
 * vocabulary (e.g. {@code us-oh-franklin}) and optional coordinates for in-person distance. The
 * coordinates are redacted in {@code toString()}.
 */
@Value.Immutable
@PeerStyle
public abstract class Location {
  Location() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}; {@code build()} checks every invariant. */
  public static class Builder extends ImmutableLocation.Builder {
    /** Creates an empty builder; prefer {@link Location#builder()}. */
    public Builder() {}
  }

  /**
   * A location known only by its region.
   *
   * @param region the region tag
   * @return the location
   */
  public static Location region(String region) {
    return builder().region(Tag.of(region)).build();
  }

  /**
   * Returns the region.
   *
   * @return the region tag
   */
  public abstract Tag region();

  /**
   * Returns the coordinates, if known. Redacted in {@code toString()}.
   *
   * @return the point
   */
  @Value.Redacted
  public abstract Optional<GeoPoint> point();
}
