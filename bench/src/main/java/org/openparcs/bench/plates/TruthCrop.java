package org.openparcs.bench.plates;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.openparcs.plate.PlateBox;

/**
 * The labelled plate box cut out of a frame with a margin, encoded as PNG: what the reader would
 * get if localisation were perfect. Reading it separates recognition errors from localisation
 * errors.
 */
final class TruthCrop {

  /**
   * Margin added on each side, as a share of the box width (left, right) and height (top, bottom).
   */
  static final double SIDE_MARGIN = 0.15;

  static final double TOP_MARGIN = 0.35;

  private TruthCrop() {}

  /** The crop, or empty when the frame does not decode with ImageIO or the box lies outside it. */
  static Optional<byte[]> of(byte[] frame, PlateBox box) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(frame));
    if (image == null) {
      return Optional.empty();
    }
    int dx = (int) Math.round(box.width() * SIDE_MARGIN);
    int dy = (int) Math.round(box.height() * TOP_MARGIN);
    int x0 = Math.max(0, box.x() - dx);
    int y0 = Math.max(0, box.y() - dy);
    int x1 = Math.min(image.getWidth(), box.x() + box.width() + dx);
    int y1 = Math.min(image.getHeight(), box.y() + box.height() + dy);
    if (x1 - x0 < 4 || y1 - y0 < 4) {
      return Optional.empty();
    }
    BufferedImage crop = new BufferedImage(x1 - x0, y1 - y0, BufferedImage.TYPE_3BYTE_BGR);
    crop.getGraphics().drawImage(image.getSubimage(x0, y0, x1 - x0, y1 - y0), 0, 0, null);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(crop, "png", png);
    return Optional.of(png.toByteArray());
  }
}
