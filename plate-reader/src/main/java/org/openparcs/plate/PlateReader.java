package org.openparcs.plate;

/**
 * Reads licence plates from encoded camera frames. Implementations are thread-safe: one reader
 * serves a pool of worker threads.
 */
public interface PlateReader extends AutoCloseable {

  /**
   * Finds and reads the plates in one encoded frame.
   *
   * @param encoded the image bytes as received (JPEG, or PNG when the settings allow it)
   * @return the plates found, or a rejection of the input; never throws for bad input
   */
  PlateReading read(byte[] encoded);

  /** Releases native resources; the reader must not be used afterwards. */
  @Override
  void close();
}
