package org.openparcs.controller.camera.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What our reader made of one frame: the most likely plate, none, or a refusal of the image.
 *
 * @param plate the most likely plate, if any
 * @param refusal why the reader refused the image, or null
 */
public record PlateScan(Optional<ScannedPlate> plate, String refusal) {

  public PlateScan {
    Objects.requireNonNull(plate, "plate");
    if (plate.isPresent() && refusal != null) {
      throw new IllegalArgumentException("a refused image has no plate");
    }
  }

  public static PlateScan found(ScannedPlate plate) {
    return new PlateScan(Optional.of(plate), null);
  }

  public static PlateScan noPlate() {
    return new PlateScan(Optional.empty(), null);
  }

  public static PlateScan refused(String why) {
    return new PlateScan(Optional.empty(), Objects.requireNonNull(why, "why"));
  }
}
