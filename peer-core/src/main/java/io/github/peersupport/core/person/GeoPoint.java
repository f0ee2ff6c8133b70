package io.github.peersupport.core.person;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/** A point on the Earth in WGS 84 degrees. Precise coordinates are personal data: keep them coarse. */
@Value.Immutable
@PeerTuple
public abstract class GeoPoint {
  private static final double EARTH_RADIUS_KM = 6371.0088;

  GeoPoint() {}

  /**
   * Creates a point.
   *
   * @param latitude degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   * @return the point
   */
  public static GeoPoint of(double latitude, double longitude) {
    return ImmutableGeoPoint.of(latitude, longitude);
  }

  /**
   * Returns the latitude.
   *
   * @return degrees north
   */
  public abstract double latitude();

  /**
   * Returns the longitude.
   *
   * @return degrees east
   */
  public abstract double longitude();

  @Value.Check
  final void check() {
    Require.inRange("latitude", latitude(), -90, 90);
    Require.inRange("longitude", longitude(), -180, 180);
  }

  /**
   * Great-circle distance by the haversine formula.
   *
   * @param other the other point
   * @return the distance in kilometres
   */
  public final double distanceKm(GeoPoint other) {
    return distanceKm(latitude(), longitude(), other.latitude(), other.longitude());
  }

  /**
   * Great-circle distance between two points given in degrees, by the haversine formula, for callers
   * that hold coordinates in arrays.
   *
   * @param latitude1 degrees north of the first point
   * @param longitude1 degrees east of the first point
   * @param latitude2 degrees north of the second point
   * @param longitude2 degrees east of the second point
   * @return the distance in kilometres
   */
  public static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
    double p1 = Math.toRadians(latitude1);
    double p2 = Math.toRadians(latitude2);
    double dp = p2 - p1;
    double dl = Math.toRadians(longitude2 - longitude1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
