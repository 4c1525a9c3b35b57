package org.openparcs.controller.camera.model;

import java.util.List;
import java.util.Objects;
import org.openparcs.controller.plate.model.PlateBox;

/**
 * The most likely plate our reader found in a frame.
 *
 * @param text A-Z0-9
 * @param charConfidences one per character, 0..1
 * @param confidence 0..1
 * @param box where it is in the frame
 */
public record ScannedPlate(
    String text, List<Double> charConfidences, double confidence, PlateBox box) {
  public ScannedPlate {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(box, "box");
    charConfidences = List.copyOf(charConfidences);
  }
}
