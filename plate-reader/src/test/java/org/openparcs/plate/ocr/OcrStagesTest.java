package org.openparcs.plate.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openparcs.plate.PlateText;
import org.openparcs.plate.image.GrayImage;

class OcrStagesTest {

  private static TesseractPlateOcr tesseract;
  private static GlyphClassifierOcr glyphs;

  @BeforeAll
  static void engines() {
    tesseract = new TesseractPlateOcr(OcrSettings.DEFAULT);
    glyphs = new GlyphClassifierOcr(GlyphSettings.DEFAULT);
  }

  @AfterAll
  static void release() {
    tesseract.close();
    glyphs.close();
  }

  @Test
  void tesseractReadsACleanPlateLineWithConfidences() {
    OcrReading reading = tesseract.read(line("7ABC123"));

    assertThat(PlateText.folded(reading.text())).isEqualTo("7ABC123");
    assertThat(reading.symbols()).allSatisfy(s -> assertThat(s.confidence()).isBetween(0.5, 1.0));
  }

  @Test
  void tesseractOffersAlternativesPerCharacter() {
    OcrReading reading = tesseract.read(line("B8S5"));

    assertThat(reading.symbols()).hasSize(4);
    assertThat(reading.symbols()).allSatisfy(s -> assertThat(s.choices()).isNotEmpty());
  }

  @Test
  void glyphClassifierReadsRenderedCharactersOneByOne() {
    OcrReading reading = glyphs.read(line("KXP2947"));

    assertThat(reading.text()).isEqualTo("KXP2947");
  }

  @Test
  void oneEnginePerThreadServesConcurrentReaders() throws Exception {
    GrayImage image = line("HJK4821");
    String[] results = new String[2];
    Thread a = new Thread(() -> results[0] = tesseract.read(image).text());
    Thread b = new Thread(() -> results[1] = tesseract.read(image).text());
    a.start();
    b.start();
    a.join();
    b.join();

    assertThat(results).containsOnly(tesseract.read(image).text());
  }

  /** A level line of dark characters on white, about 40 pixels high, as the rectifier delivers. */
  static GrayImage line(String text) {
    BufferedImage image =
        new BufferedImage(50 * text.length() + 40, 80, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setFont(org.openparcs.plate.TestFonts.sans(Font.BOLD, 52f));
    // One character at a time with a gap, as plate characters stand apart.
    for (int i = 0; i < text.length(); i++) {
      g.drawString(text.substring(i, i + 1), 20 + 50 * i, 60);
    }
    g.dispose();
    byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    return new GrayImage(image.getWidth(), image.getHeight(), pixels.clone());
  }
}
