package org.openparcs.portal.camera.model;

/**
 * A place on Earth in WGS 84 degrees.
 *
 * @param latitude -90..90
 * @param longitude -180..180
 */
public record GeoPoint(double latitude, double longitude) {

  /** The mean Earth radius (IUGG), metres. */
  private static final double EARTH_RADIUS_M = 6_371_008.8;

  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("latitude is -90..90 and longitude -180..180 degrees");
    }
  }

  /** The great-circle distance to {@code other}, in metres (haversine formula). */
  public double metresTo(GeoPoint other) {
    double dLat = Math.toRadians(other.latitude - latitude);
    double dLon = Math.toRadians(other.longitude - longitude);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** Reads "37.3318", "-121.88"; null when either is not a number in range. */
  public static GeoPoint parse(String latitude, String longitude) {
    try {
      return new GeoPoint(
          Double.parseDouble(latitude.strip()), Double.parseDouble(longitude.strip()));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
