package org.openparcs.plate.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openparcs.plate.PlateText;
import org.openparcs.plate.image.GrayImage;

/** The bundled plate-line network on plate lines drawn by Java2D, as the rectifier cuts them. */
class CnnPlateOcrTest {

  private static CnnPlateOcr ocr;

  @BeforeAll
  static void load() {
    ocr = new CnnPlateOcr(CnnSettings.DEFAULT);
  }

  @AfterAll
  static void release() {
    ocr.close();
  }

  @ParameterizedTest(name = "{0}, squeezed {1}, {2} pixel characters")
  @CsvSource({"7ABC123, 0.7, 40", "WKD5380, 0.6, 40", "6GRW28, 0.8, 22", "KXP2947, 1.0, 40"})
  void readsARenderedPlateLine(String text, double squeeze, int charHeight) {
    OcrReading reading = ocr.read(line(text, squeeze, charHeight, false));

    assertThat(PlateText.folded(reading.text())).isEqualTo(PlateText.folded(text));
    assertThat(reading.symbols()).allSatisfy(s -> assertThat(s.confidence()).isBetween(0.3, 1.0));
    assertThat(reading.texts().get(0).text()).isEqualTo(reading.text());
  }

  @Test
  void readsAcrossAPlateFrameTouchingTheCharacters() {
    OcrReading reading = ocr.read(line("HPP4120", 0.7, 40, true));

    assertThat(PlateText.folded(reading.text())).isEqualTo("HPP4120");
  }

  @Test
  void offersWholeTextAlternativesMostProbableFirst() {
    OcrReading reading = ocr.read(line("B8S5Z2", 0.7, 16, false));

    assertThat(reading.texts()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(reading.texts())
        .isSortedAccordingTo((a, b) -> Double.compare(b.probability(), a.probability()));
  }

  @Test
  void averagesTheTextsOfSeveralCutsOfTheView() {
    GrayImage view = line("5NWV468", 0.6, 30, true);
    try (CnnPlateOcr cuts = new CnnPlateOcr(CnnSettings.DEFAULT.withVariants(5))) {
      OcrReading reading = cuts.read(view);

      assertThat(PlateText.folded(reading.texts().get(0).text())).isEqualTo("5NWV468");
      assertThat(reading.texts().stream().mapToDouble(CtcDecoder.Text::probability).sum())
          .isBetween(0.5, 1.0 + 1e-6);
      assertThat(reading.texts())
          .isSortedAccordingTo((a, b) -> Double.compare(b.probability(), a.probability()));
    }
  }

  @Test
  void refusesMoreCutsThanItKnows() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> CnnSettings.DEFAULT.withVariants(CnnSettings.MAX_VARIANTS + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsNothingConfidentOnAnEmptyView() {
    byte[] flat = new byte[300 * 100];
    java.util.Arrays.fill(flat, (byte) 200);

    OcrReading reading = ocr.read(new GrayImage(300, 100, flat));

    assertThat(reading.text().length()).isLessThan(3);
  }

  @Test
  void workerThreadsEachGetANetwork() throws Exception {
    GrayImage image = line("HJK4821", 0.7, 40, false);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        results.add(pool.submit(() -> ocr.read(image).text()));
      }
      for (Future<String> f : results) {
        assertThat(f.get()).isEqualTo(ocr.read(image).text());
      }
    } finally {
      pool.shutdown();
    }
  }

  /**
   * A level plate line like the rectifier's grey view: characters about {@code charHeight} pixels
   * high, condensed by {@code squeeze}, a band of plate above and below, optionally a frame edge.
   */
  static GrayImage line(String text, double squeeze, int charHeight, boolean frame) {
    Font font =
        org.openparcs.plate.TestFonts.sans(Font.BOLD, (float) Math.round(charHeight * 1.37))
            .deriveFont(AffineTransform.getScaleInstance(squeeze, 1));
    int gap = (int) Math.round(charHeight * 0.12);
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
    java.awt.FontMetrics metrics = probe.createGraphics().getFontMetrics(font);
    int textWidth = 0;
    for (char c : text.toCharArray()) {
      textWidth += (int) Math.ceil(metrics.getStringBounds(String.valueOf(c), null).getWidth());
      textWidth += gap;
    }
    int width = textWidth + 3 * charHeight;
    int height = (int) Math.round(charHeight * 2.5);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(225, 225, 225));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(25, 25, 25));
    g.setFont(font);
    int baseline = (height + charHeight) / 2;
    double x = 1.5 * charHeight;
    // One character at a time with a gap, as plate characters stand apart.
    for (char c : text.toCharArray()) {
      g.drawString(String.valueOf(c), (float) x, baseline);
      x += metrics.getStringBounds(String.valueOf(c), null).getWidth() + gap;
    }
    if (frame) {
      g.fillRect(0, baseline + charHeight / 10, width, charHeight / 3);
      g.fillRect(0, 0, width, baseline - charHeight - charHeight / 10);
    }
    g.dispose();
    byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    return new GrayImage(width, height, pixels.clone());
  }
}
