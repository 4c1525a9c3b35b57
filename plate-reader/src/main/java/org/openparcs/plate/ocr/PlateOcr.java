package org.openparcs.plate.ocr;

import org.openparcs.plate.image.GrayImage;

/**
 * Reads the characters of one normalised plate view (level, dark characters on light). Thread-safe;
 * implementations keep per-thread engines and release them on {@link #close()}.
 */
public interface PlateOcr extends AutoCloseable {

  /**
   * The characters on one plate view, with per-character alternatives.
   *
   * @param plate a view from a {@link org.openparcs.plate.rectify.PlateRectifier}
   * @return the reading; empty symbols when nothing readable was found
   */
  OcrReading read(GrayImage plate);

  /**
   * A cheaper reading of the same view, good enough to tell which regions deserve the full one; the
   * full reading unless the implementation has a cheaper one.
   */
  default OcrReading readQuickly(GrayImage plate) {
    return read(plate);
  }

  /** Releases every engine this OCR created. */
  @Override
  void close();
}
