package org.openparcs.plate;

import org.openparcs.plate.image.FrameDecoder;
import org.openparcs.plate.image.Mats;
import org.openparcs.plate.locate.CharBlobLocaliser;
import org.openparcs.plate.ocr.CnnPlateOcr;
import org.openparcs.plate.ocr.GlyphClassifierOcr;
import org.openparcs.plate.ocr.TesseractPlateOcr;
import org.openparcs.plate.read.DefaultPlateReader;
import org.openparcs.plate.read.ReadSettings;
import org.openparcs.plate.read.StageTimer;
import org.openparcs.plate.rectify.OpenCvRectifier;

/**
 * Builds the standard plate reader: OpenCV localisation and rectification, the plate-line network
 * and/or Tesseract with the glyph classifier, as {@link ReadSettings#engines()} says.
 */
public final class PlateReaders {

  private PlateReaders() {}

  /** A thread-safe reader; close it to free the OCR engines. Loads natives on first use. */
  public static PlateReader create(PlateReaderSettings settings) {
    return create(settings, StageTimer.NONE);
  }

  /** The same reader running each stage through {@code timer}, for measuring where time goes. */
  public static PlateReader create(PlateReaderSettings settings, StageTimer timer) {
    Mats.useThreads(settings.openCvThreads());
    ReadSettings.Engines engines = settings.read().engines();
    boolean cnn = engines != ReadSettings.Engines.CLASSIC;
    boolean classic = engines != ReadSettings.Engines.CNN;
    return new DefaultPlateReader(
        new FrameDecoder(settings.input()),
        new CharBlobLocaliser(settings.localiser()),
        new OpenCvRectifier(settings.rectifier()),
        cnn ? new CnnPlateOcr(settings.cnn()) : null,
        classic ? new TesseractPlateOcr(settings.ocr()) : null,
        classic ? new GlyphClassifierOcr(settings.glyphs()) : null,
        settings.read(),
        timer);
  }
}
