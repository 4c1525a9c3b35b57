package org.openparcs.plate.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Settings of the Tesseract OCR.
 *
 * @param tessdataDir folder with {@code <language>.traineddata}, or null for the eng data shipped
 *     in the Tess4J jar
 * @param language trained data name, for example {@code eng}
 * @param whitelist characters Tesseract may output; plates use A-Z and 0-9
 * @param pageSegMode Tesseract page segmentation mode; 7 reads one text line
 * @param systemLibraryDir folder of a system {@code libtesseract.so} to use instead of the bundled
 *     Tesseract 5.5.2, or null
 * @param useDictionaries whether Tesseract may bias towards English words (plates are not words)
 */
public record OcrSettings(
    Path tessdataDir,
    String language,
    String whitelist,
    int pageSegMode,
    Path systemLibraryDir,
    boolean useDictionaries) {

  private static final Pattern PLATE_CHARS = Pattern.compile("[A-Z0-9]+");

  /** Bundled natives and data, single-line mode, A-Z0-9. */
  public static final OcrSettings DEFAULT =
      new OcrSettings(null, "eng", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 7, null, false);

  public OcrSettings {
    if (tessdataDir != null && !Files.isDirectory(tessdataDir)) {
      throw new IllegalArgumentException("tessdata folder does not exist: " + tessdataDir);
    }
    if (language == null || !language.matches("[a-z_+]+")) {
      throw new IllegalArgumentException("language must be a traineddata name: " + language);
    }
    if (whitelist == null || !PLATE_CHARS.matcher(whitelist).matches()) {
      throw new IllegalArgumentException("whitelist must be non-empty A-Z0-9: " + whitelist);
    }
    if (pageSegMode < 0 || pageSegMode > 13) {
      throw new IllegalArgumentException("pageSegMode must be 0..13: " + pageSegMode);
    }
    if (systemLibraryDir != null && !Files.isDirectory(systemLibraryDir)) {
      throw new IllegalArgumentException("library folder does not exist: " + systemLibraryDir);
    }
  }
}
