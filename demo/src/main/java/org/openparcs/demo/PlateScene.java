package org.openparcs.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * What the demo's frame-only camera sees: a 1280x720 JPEG of the lane with a car's rear and its
 * plate, drawn with Java2D in a font bundled with the plate reader (the same on every machine), so
 * the controller's own reader has a real image to read.
 */
final class PlateScene {

  private static final String FONT = "/org/openparcs/plate/fonts/DejaVuSans-Bold.ttf";
  private final Random random;

  PlateScene(long seed) {
    this.random = new Random(seed);
  }

  /** One frame of a vehicle carrying {@code plate}; each frame shifts it a little. */
  byte[] frame(String plate) {
    BufferedImage image = new BufferedImage(1280, 720, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(120, 124, 130), 0, 720, new Color(70, 72, 75)));
    g.fillRect(0, 0, 1280, 720);
    int cx = 640 + random.nextInt(41) - 20;
    int cy = 430 + random.nextInt(21) - 10;
    g.setColor(new Color(40, 60, 110));
    g.fillRoundRect(cx - 360, cy - 230, 720, 380, 60, 60);
    g.setColor(new Color(25, 25, 28));
    g.fillRect(cx - 380, cy + 110, 760, 60);
    int charHeight = 40;
    g.setFont(font(charHeight * 4 / 3f));
    FontMetrics m = g.getFontMetrics();
    int textWidth = m.stringWidth(plate);
    int w = textWidth + charHeight;
    int h = charHeight * 2;
    g.setColor(new Color(235, 235, 235));
    g.fillRoundRect(cx - w / 2, cy - h / 2, w, h, 12, 12);
    g.setColor(new Color(20, 20, 20));
    g.setStroke(new BasicStroke(3));
    g.drawRoundRect(cx - w / 2, cy - h / 2, w, h, 12, 12);
    g.drawString(plate, cx - textWidth / 2f, cy + charHeight * 0.6f);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "jpg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Font font(float size) {
    try (InputStream in = PlateScene.class.getResourceAsStream(FONT)) {
      if (in == null) {
        return new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size));
      }
      return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(e);
    }
  }
}
