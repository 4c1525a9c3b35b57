package org.openparcs.plate.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;
import java.util.function.BiConsumer;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Renders distorted plate characters from fonts: condensed and widened, tilted, sheared, bolder and
 * thinner, and degraded to the few pixels of a distant plate, then binarised as the rectifier
 * would.
 */
final class SyntheticGlyphs {

  /** Classes: I and O are left out, plates use them interchangeably with 1 and 0. */
  static final String CLASSES = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

  private static final int CANVAS = 96;

  private SyntheticGlyphs() {}

  /** Calls {@code sink} with (class index, tight white-on-black glyph) for every sample. */
  static void render(GlyphSettings settings, BiConsumer<Integer, Mat> sink) {
    Random random = new Random(settings.seed());
    for (String file : settings.fonts()) {
      Font font = bundledFont(file);
      for (int c = 0; c < CLASSES.length(); c++) {
        for (int k = 0; k < settings.samplesPerGlyph(); k++) {
          Mat glyph = degrade(draw(font, CLASSES.charAt(c), random), random);
          if (glyph != null) {
            sink.accept(c, glyph);
          }
        }
      }
    }
  }

  private static Font bundledFont(String file) {
    try (java.io.InputStream in =
        SyntheticGlyphs.class.getResourceAsStream("/org/openparcs/plate/fonts/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled font " + file);
      }
      return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(64f);
    } catch (java.awt.FontFormatException | java.io.IOException e) {
      throw new IllegalStateException("cannot load bundled font " + file, e);
    }
  }

  private static Mat draw(Font font, char c, Random random) {
    BufferedImage image = new BufferedImage(CANVAS, CANVAS, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, CANVAS, CANVAS);
    g.setColor(Color.WHITE);
    AffineTransform at = new AffineTransform();
    at.translate(CANVAS / 2.0, CANVAS / 2.0);
    at.rotate(Math.toRadians(random.nextGaussian() * 2.5));
    at.shear(random.nextGaussian() * 0.08, 0);
    at.scale(0.55 + random.nextDouble() * 0.6, 1.0);
    g.setTransform(at);
    g.setFont(font);
    FontMetrics metrics = g.getFontMetrics();
    String text = String.valueOf(c);
    g.drawString(text, -metrics.stringWidth(text) / 2f, metrics.getAscent() / 2f - 6);
    g.dispose();
    Mat mat = new Mat(CANVAS, CANVAS, CvType.CV_8UC1);
    mat.put(0, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
    return mat;
  }

  private static Mat degrade(Mat glyph, Random random) {
    int stroke = random.nextInt(5) - 2;
    if (stroke != 0) {
      Mat kernel =
          Imgproc.getStructuringElement(
              Imgproc.MORPH_ELLIPSE, new Size(2 * Math.abs(stroke) + 1, 2 * Math.abs(stroke) + 1));
      if (stroke > 0) {
        Imgproc.dilate(glyph, glyph, kernel);
      } else {
        Imgproc.erode(glyph, glyph, kernel);
      }
    }
    Imgproc.threshold(glyph, glyph, 100, 255, Imgproc.THRESH_BINARY);
    Mat tight = tight(glyph);
    if (tight == null) {
      return null;
    }
    int lowHeight = 10 + random.nextInt(30);
    double scale = (double) lowHeight / tight.rows();
    Mat small = new Mat();
    Imgproc.resize(
        tight,
        small,
        new Size(Math.max(1, tight.cols() * scale), lowHeight),
        0,
        0,
        Imgproc.INTER_AREA);
    Mat big = new Mat();
    Imgproc.resize(
        small, big, new Size(small.cols() * 40.0 / lowHeight, 40), 0, 0, Imgproc.INTER_CUBIC);
    Imgproc.threshold(big, big, 110 + random.nextInt(40), 255, Imgproc.THRESH_BINARY);
    return tight(big);
  }

  /** The ink's bounding box, or null without ink. */
  static Mat tight(Mat binary) {
    Rect r = Imgproc.boundingRect(binary);
    return r.width == 0 || r.height == 0 ? null : binary.submat(r);
  }
}
