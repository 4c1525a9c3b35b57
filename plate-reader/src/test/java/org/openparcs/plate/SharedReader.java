package org.openparcs.plate;

/**
 * One reader for the whole test run: building it loads natives and trains the glyph classifier,
 * which takes seconds.
 */
public final class SharedReader {

  private static PlateReader reader;

  private SharedReader() {}

  public static synchronized PlateReader get() {
    if (reader == null) {
      reader = PlateReaders.create(PlateReaderSettings.DEFAULT);
      Runtime.getRuntime().addShutdownHook(new Thread(reader::close));
    }
    return reader;
  }

  /** The best plate's text, or empty. */
  public static String bestText(PlateReading reading) {
    if (reading instanceof PlateReading.Plates plates) {
      return plates.best().map(PlateCandidate::text).map(PlateText::folded).orElse("");
    }
    return "";
  }
}
