package org.openparcs.plate.rectify;

import java.util.List;
import org.openparcs.plate.image.GrayImage;
import org.openparcs.plate.locate.PlateRegion;

/**
 * Cuts a plate region out of a frame and normalises it for OCR: level, a fixed character height,
 * dark characters on a light background. Implementations are thread-safe.
 */
public interface PlateRectifier {

  /**
   * Views of one plate line for OCR. The first is the cleaned view at natural proportions (only
   * character blobs, black on white), which character-by-character OCR relies on; variants for line
   * OCR follow.
   *
   * @param frame the decoded frame the region was found in
   * @param region the region to cut out
   * @return at least one view; empty only when the region cannot be cut out
   */
  List<GrayImage> rectify(GrayImage frame, PlateRegion region);
}
