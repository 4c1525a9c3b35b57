package org.openparcs.plate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Lane frames with a plate drawn by Java2D, for edge cases the photo sets lack. */
public final class RenderedPlates {

  /**
   * How to draw a plate.
   *
   * @param text main line
   * @param topLine small line above the main one (two-line plates), or null
   * @param charHeight main character height, pixels
   * @param angle rotation in degrees, clockwise
   * @param ink grey level of the characters
   * @param paper grey level of the plate
   */
  public record Plate(
      String text, String topLine, int charHeight, double angle, int ink, int paper) {

    public static Plate of(String text) {
      return new Plate(text, null, 40, 0, 20, 235);
    }

    public Plate rotated(double degrees) {
      return new Plate(text, topLine, charHeight, degrees, ink, paper);
    }

    public Plate sized(int height) {
      return new Plate(text, topLine, height, angle, ink, paper);
    }

    public Plate contrast(int inkGrey, int paperGrey) {
      return new Plate(text, topLine, charHeight, angle, inkGrey, paperGrey);
    }

    public Plate withTopLine(String line) {
      return new Plate(text, line, charHeight, angle, ink, paper);
    }
  }

  private RenderedPlates() {}

  /** A 1280x720 JPEG frame with the plate near the centre on a textured background. */
  public static byte[] frame(Plate plate) {
    BufferedImage image = background(1280, 720);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    Font font = TestFonts.sans(Font.BOLD, plate.charHeight() * 4 / 3f);
    g.setFont(font);
    FontMetrics m = g.getFontMetrics();
    int textWidth = m.stringWidth(plate.text());
    int w = textWidth + plate.charHeight();
    int h = plate.charHeight() * 2;
    AffineTransform at = new AffineTransform();
    at.translate(640, 400);
    at.rotate(Math.toRadians(plate.angle()));
    g.setTransform(at);
    g.setColor(new Color(plate.paper(), plate.paper(), plate.paper()));
    g.fillRoundRect(-w / 2, -h / 2, w, h, 12, 12);
    g.setColor(new Color(plate.ink(), plate.ink(), plate.ink()));
    g.setStroke(new BasicStroke(Math.max(1, plate.charHeight() / 12f)));
    g.drawRoundRect(-w / 2, -h / 2, w, h, 12, 12);
    int capHeight =
        (int)
            Math.round(
                font.createGlyphVector(g.getFontRenderContext(), "H")
                    .getVisualBounds()
                    .getHeight());
    g.drawString(plate.text(), -textWidth / 2f, capHeight / 2f + plate.charHeight() * 0.1f);
    if (plate.topLine() != null) {
      g.setFont(TestFonts.sans(Font.PLAIN, plate.charHeight() / 3f));
      FontMetrics small = g.getFontMetrics();
      g.drawString(
          plate.topLine(),
          -small.stringWidth(plate.topLine()) / 2f,
          -h / 2f + small.getAscent() + 2);
    }
    g.dispose();
    return jpeg(image);
  }

  /** A 1280x720 JPEG frame with no plate: smooth gradient and noise. */
  public static byte[] emptyFrame() {
    return jpeg(background(1280, 720));
  }

  private static BufferedImage background(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Random random = new Random(7);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int v = 90 + (x * 60 / width) + (y * 40 / height) + random.nextInt(12);
        image.setRGB(x, y, new Color(v, v, v).getRGB());
      }
    }
    return image;
  }

  public static byte[] jpeg(BufferedImage image) {
    return encode(image, "jpg");
  }

  public static byte[] png(BufferedImage image) {
    return encode(image, "png");
  }

  private static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
