package org.openparcs.plate;

import org.openparcs.plate.image.InputSettings;
import org.openparcs.plate.locate.LocaliserSettings;
import org.openparcs.plate.ocr.CnnSettings;
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
 * @param cnn the plate-line network: model, input size, beam
 * @param ocr Tesseract data, whitelist and mode
 * @param glyphs the character classifier trained on rendered fonts
 * @param read how many regions and views are read, and what is reported
 * @param openCvThreads worker threads OpenCV may use inside one call (resizing, thresholds,
 *     components, the network): 1 runs every OpenCV call on the calling thread, which suits a pool
 *     of reading threads and makes a read's cost its thread's CPU time; 0 leaves OpenCV's own
 *     choice (one per core). OpenCV holds this for the whole process: the last reader created sets
 *     it
 */
public record PlateReaderSettings(
    InputSettings input,
    LocaliserSettings localiser,
    RectifierSettings rectifier,
    CnnSettings cnn,
    OcrSettings ocr,
    GlyphSettings glyphs,
    ReadSettings read,
    int openCvThreads) {

  /**
   * Defaults: JPEG and PNG up to 12 megapixels, the bundled plate-line network, settings tuned on
   * lane frames.
   */
  public static final PlateReaderSettings DEFAULT =
      new PlateReaderSettings(
          InputSettings.DEFAULT,
          LocaliserSettings.DEFAULT,
          RectifierSettings.DEFAULT,
          CnnSettings.DEFAULT,
          OcrSettings.DEFAULT,
          GlyphSettings.DEFAULT,
          ReadSettings.DEFAULT,
          1);

  public PlateReaderSettings {
    if (input == null
        || localiser == null
        || rectifier == null
        || cnn == null
        || ocr == null
        || glyphs == null
        || read == null) {
      throw new IllegalArgumentException("every settings group is required");
    }
    if (openCvThreads < 0 || openCvThreads > 64) {
      throw new IllegalArgumentException("openCvThreads must be 0..64: " + openCvThreads);
    }
  }

  /** The same settings with other input rules, for example {@link InputSettings#JPEG_ONLY}. */
  public PlateReaderSettings withInput(InputSettings other) {
    return new PlateReaderSettings(
        other, localiser, rectifier, cnn, ocr, glyphs, read, openCvThreads);
  }

  /** The same settings with another localiser setup. */
  public PlateReaderSettings withLocaliser(LocaliserSettings other) {
    return new PlateReaderSettings(input, other, rectifier, cnn, ocr, glyphs, read, openCvThreads);
  }

  /** The same settings with another rectifier setup. */
  public PlateReaderSettings withRectifier(RectifierSettings other) {
    return new PlateReaderSettings(input, localiser, other, cnn, ocr, glyphs, read, openCvThreads);
  }

  /** The same settings with another network setup, for example another model file. */
  public PlateReaderSettings withCnn(CnnSettings other) {
    return new PlateReaderSettings(
        input, localiser, rectifier, other, ocr, glyphs, read, openCvThreads);
  }

  /** The same settings with other read settings, for example other engines. */
  public PlateReaderSettings withRead(ReadSettings other) {
    return new PlateReaderSettings(
        input, localiser, rectifier, cnn, ocr, glyphs, other, openCvThreads);
  }

  /** The same settings with another number of OpenCV worker threads (0: OpenCV's choice). */
  public PlateReaderSettings withOpenCvThreads(int threads) {
    return new PlateReaderSettings(input, localiser, rectifier, cnn, ocr, glyphs, read, threads);
  }
}
