package org.openparcs.plate;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Fonts for drawing test plates, taken from the module's bundled fonts: the logical SansSerif font
 * maps to whatever family the machine's fontconfig prefers, so a plate drawn with it changes when
 * someone installs a font package.
 */
public final class TestFonts {

  private TestFonts() {}

  public static Font sans(int style, float size) {
    String file = style == Font.BOLD ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf";
    try (InputStream in =
        TestFonts.class.getResourceAsStream("/org/openparcs/plate/fonts/" + file)) {
      return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(e);
    }
  }
}
