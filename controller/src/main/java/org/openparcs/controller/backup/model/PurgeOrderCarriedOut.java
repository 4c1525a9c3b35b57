package org.openparcs.controller.backup.model;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.openparcs.controller.retention.model.ClassCutoff;
import org.openparcs.controller.retention.model.Holds;

/**
 * A purge order from the portal, as the garage carried it out (POLICY R1): journaled so that a
 * restore of an older backup purges the same rows and image files again before the garage serves.
 *
 * @param orderId the portal's order id
 * @param garageId the garage that carried it out
 * @param at when
 * @param cutoffs the order's cut-off per data class
 * @param holds what was kept (the holds of every pending order, POLICY R3)
 * @param deletedImages the image files deleted, relative to the images folder
 */
public record PurgeOrderCarriedOut(
    String orderId,
    String garageId,
    Instant at,
    List<ClassCutoff> cutoffs,
    Holds holds,
    List<String> deletedImages) {

  private static final Pattern RELATIVE = Pattern.compile("[A-Za-z0-9._/ -]{1,400}");

  public PurgeOrderCarriedOut {
    cutoffs = List.copyOf(cutoffs);
    deletedImages = List.copyOf(deletedImages);
    for (String image : deletedImages) {
      if (!RELATIVE.matcher(image).matches() || image.startsWith("/") || image.contains("..")) {
        throw new IllegalArgumentException("not a path inside the images folder: " + image);
      }
    }
  }
}
