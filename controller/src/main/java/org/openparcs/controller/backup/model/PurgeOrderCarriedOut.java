package org.openparcs.controller.backup.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A purge order from the portal, as the garage carried it out (POLICY R1): journaled so that a
 * restore of an older backup purges the same rows and image files again before the garage serves.
 *
 * @param orderId the portal's order id
 * @param at when the garage carried it out
 * @param purgeBefore the order's cut-off per data class ({@code plate-reads}, {@code
 *     session-plates}...)
 * @param heldTargets what the order's holds kept ({@code PLATE:7ABC123}, {@code READ:<id>}...)
 * @param deletedImages the image files deleted, relative to the images folder
 */
public record PurgeOrderCarriedOut(
    String orderId,
    Instant at,
    Map<String, Instant> purgeBefore,
    List<String> heldTargets,
    List<String> deletedImages) {

  private static final Pattern RELATIVE = Pattern.compile("[A-Za-z0-9._/ -]{1,400}");

  public PurgeOrderCarriedOut {
    purgeBefore = Map.copyOf(purgeBefore);
    heldTargets = List.copyOf(heldTargets);
    deletedImages = List.copyOf(deletedImages);
    for (String image : deletedImages) {
      if (!RELATIVE.matcher(image).matches() || image.startsWith("/") || image.contains("..")) {
        throw new IllegalArgumentException("not a path inside the images folder: " + image);
      }
    }
  }
}
