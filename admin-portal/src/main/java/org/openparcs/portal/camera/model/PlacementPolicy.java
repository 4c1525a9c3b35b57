package org.openparcs.portal.camera.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a camera may not be registered (POLICY U4, U5): within {@code minimumMetres} of the
 * entrance of a registered sensitive site, or when it does not see public view only.
 *
 * @param minimumMetres the shortest distance allowed between a camera and a sensitive site's
 *     entrance
 */
public record PlacementPolicy(double minimumMetres) {

  public PlacementPolicy {
    if (!(minimumMetres > 0)) {
      throw new IllegalArgumentException("the distance to sensitive sites is positive");
    }
  }

  /** Why the camera is refused; empty when it may be registered. */
  public Optional<String> refusal(CameraForm form, List<SensitiveSite> sites) {
    if (!form.publicViewOnly()) {
      return Optional.of(
          "U5: only cameras that see public view only are registered; confirm the view is public");
    }
    GeoPoint at = form.position();
    SensitiveSite nearest = null;
    double metres = Double.MAX_VALUE;
    for (SensitiveSite site : sites) {
      double d = at.metresTo(site.entrance());
      if (d < minimumMetres && d < metres) {
        nearest = site;
        metres = d;
      }
    }
    if (nearest == null) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "U4: the camera would stand %.0f m from the entrance of %s (%s); no camera within"
                + " %.0f m of a sensitive site's entrance",
            metres,
            nearest.name(),
            nearest.kind().label(),
            minimumMetres));
  }
}
