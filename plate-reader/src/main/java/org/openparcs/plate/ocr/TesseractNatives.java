package org.openparcs.plate.ocr;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;
import org.bytedeco.javacpp.Loader;

/**
 * Loads the Tesseract and Leptonica natives once per JVM. By default they come from the bytedeco
 * jars on the class path, so no system install is needed; JNA is pointed at the folder javacpp
 * unpacks them into before any Tess4J class binds, or it would pick a system libtesseract.
 */
final class TesseractNatives {

  private static TessAPI api;
  private static String bundledTessdata;

  private TesseractNatives() {}

  /**
   * The bound API.
   *
   * @param systemLibraryDir folder holding a system libtesseract.so to use instead of the bundled
   *     one, or null for the bundled build
   */
  static synchronized TessAPI api(Path systemLibraryDir) {
    if (api == null) {
      Set<String> dirs = new LinkedHashSet<>();
      if (systemLibraryDir != null) {
        dirs.add(systemLibraryDir.toString());
      } else {
        dirs.add(parentOf(Loader.load(org.bytedeco.leptonica.global.leptonica.class)));
        dirs.add(parentOf(Loader.load(org.bytedeco.tesseract.global.tesseract.class)));
      }
      String existing = System.getProperty("jna.library.path");
      if (existing != null && !existing.isBlank()) {
        dirs.add(existing);
      }
      System.setProperty("jna.library.path", String.join(File.pathSeparator, dirs));
      api = TessAPI.INSTANCE;
    }
    return api;
  }

  /** The eng trained data shipped in the Tess4J jar, extracted once to a temporary folder. */
  static synchronized String bundledTessdata() {
    if (bundledTessdata == null) {
      bundledTessdata = LoadLibs.extractTessResources("tessdata").getAbsolutePath();
    }
    return bundledTessdata;
  }

  private static String parentOf(String libraryPath) {
    return new File(libraryPath).getParent();
  }
}
