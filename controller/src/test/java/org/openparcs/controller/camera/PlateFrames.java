package org.openparcs.controller.camera;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
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
 * Lane frames drawn with Java2D: a 1280x720 scene with one plate, in a font bundled with the plate
 * reader (so the frame is the same on every machine).
 */
public final class PlateFrames {

  private PlateFrames() {}

  /** A JPEG frame showing {@code plate}, 40 px characters, near the centre. */
  public static byte[] frame(String plate) {
    BufferedImage image = scene();
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    int charHeight = 40;
    g.setFont(font(charHeight * 4 / 3f));
    FontMetrics m = g.getFontMetrics();
    int textWidth = m.stringWidth(plate);
    int w = textWidth + charHeight;
    int h = charHeight * 2;
    int x = 640 - w / 2;
    int y = 420 - h / 2;
    g.setColor(new Color(235, 235, 235));
    g.fillRoundRect(x, y, w, h, 12, 12);
    g.setColor(new Color(20, 20, 20));
    g.drawRoundRect(x, y, w, h, 12, 12);
    g.drawString(plate, 640 - textWidth / 2f, 420 + charHeight * 0.6f);
    g.dispose();
    return jpeg(image);
  }

  /** A JPEG frame of the lane with no vehicle in it. */
  public static byte[] emptyFrame() {
    return jpeg(scene());
  }

  /** The same picture as a PNG (a camera misconfigured to send PNG). */
  public static byte[] png(String plate) {
    try {
      BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(frame(plate)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedImage scene() {
    BufferedImage image = new BufferedImage(1280, 720, BufferedImage.TYPE_3BYTE_BGR);
    Random random = new Random(11);
    for (int y = 0; y < 720; y++) {
      for (int x = 0; x < 1280; x++) {
        int v = 90 + (x * 60 / 1280) + (y * 40 / 720) + random.nextInt(12);
        image.setRGB(x, y, new Color(v, v, v).getRGB());
      }
    }
    return image;
  }

  private static Font font(float size) {
    try (InputStream in =
        PlateFrames.class.getResourceAsStream("/org/openparcs/plate/fonts/DejaVuSans-Bold.ttf")) {
      return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] jpeg(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "jpg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
