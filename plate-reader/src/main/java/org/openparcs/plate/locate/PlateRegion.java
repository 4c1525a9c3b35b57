package org.openparcs.plate.locate;

import java.util.List;
import org.openparcs.plate.PlateBox;

/**
 * A place in the frame that looks like a line of plate characters.
 *
 * @param centreX centre of the character line, frame pixels
 * @param centreY centre of the character line, frame pixels
 * @param angle slope of the character line in degrees, positive clockwise (y grows downwards)
 * @param charHeight typical character height, pixels
 * @param span length of the character line from first to last character, pixels
 * @param chars character-like blobs found on the line, left to right
 * @param darkOnLight true when characters are darker than the plate background
 * @param score plate-likeness before OCR, 0..1
 * @param plateBox estimated box of the whole plate, for reporting
 */
public record PlateRegion(
    double centreX,
    double centreY,
    double angle,
    double charHeight,
    double span,
    List<PlateBox> chars,
    boolean darkOnLight,
    double score,
    PlateBox plateBox) {

  public PlateRegion {
    chars = List.copyOf(chars);
    if (charHeight <= 0 || span < 0) {
      throw new IllegalArgumentException("region needs a positive character height");
    }
  }
}
