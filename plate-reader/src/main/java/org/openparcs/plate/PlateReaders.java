package org.openparcs.plate;

import org.openparcs.plate.image.FrameDecoder;
import org.openparcs.plate.locate.CharBlobLocaliser;
import org.openparcs.plate.ocr.GlyphClassifierOcr;
import org.openparcs.plate.ocr.TesseractPlateOcr;
import org.openparcs.plate.read.DefaultPlateReader;
import org.openparcs.plate.rectify.OpenCvRectifier;

/** Builds the standard plate reader: OpenCV localisation and rectification, Tesseract OCR. */
public final class PlateReaders {

  private PlateReaders() {}

  /** A thread-safe reader; close it to free the OCR engines. Loads natives on first use. */
  public static PlateReader create(PlateReaderSettings settings) {
    return new DefaultPlateReader(
        new FrameDecoder(settings.input()),
        new CharBlobLocaliser(settings.localiser()),
        new OpenCvRectifier(settings.rectifier()),
        new TesseractPlateOcr(settings.ocr()),
        new GlyphClassifierOcr(settings.glyphs()),
        settings.read());
  }
}
