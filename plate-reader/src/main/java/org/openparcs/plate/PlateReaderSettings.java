package org.openparcs.plate;

import org.openparcs.plate.image.InputSettings;
import org.openparcs.plate.locate.LocaliserSettings;
import org.openparcs.plate.ocr.GlyphSettings;
import org.openparcs.plate.ocr.OcrSettings;
import org.openparcs.plate.read.ReadSettings;
import org.openparcs.plate.rectify.RectifierSettings;

/**
 * Every setting of the plate reader, grouped by stage; each group validates itself.
 *
 * @param input accepted formats and the pixel limit
 * @param localiser how plate regions are searched
 * @param rectifier how regions are normalised for OCR
 * @param ocr Tesseract data, whitelist and mode
 * @param glyphs the character classifier trained on rendered fonts
 * @param read how many regions and views are read, and what is reported
 */
public record PlateReaderSettings(
    InputSettings input,
    LocaliserSettings localiser,
    RectifierSettings rectifier,
    OcrSettings ocr,
    GlyphSettings glyphs,
    ReadSettings read) {

  /**
   * Defaults: JPEG and PNG up to 12 megapixels, bundled Tesseract, settings tuned on lane frames.
   */
  public static final PlateReaderSettings DEFAULT =
      new PlateReaderSettings(
          InputSettings.DEFAULT,
          LocaliserSettings.DEFAULT,
          RectifierSettings.DEFAULT,
          OcrSettings.DEFAULT,
          GlyphSettings.DEFAULT,
          ReadSettings.DEFAULT);

  public PlateReaderSettings {
    if (input == null
        || localiser == null
        || rectifier == null
        || ocr == null
        || glyphs == null
        || read == null) {
      throw new IllegalArgumentException("every settings group is required");
    }
  }

  /** The same settings with other input rules, for example {@link InputSettings#JPEG_ONLY}. */
  public PlateReaderSettings withInput(InputSettings other) {
    return new PlateReaderSettings(other, localiser, rectifier, ocr, glyphs, read);
  }
}
