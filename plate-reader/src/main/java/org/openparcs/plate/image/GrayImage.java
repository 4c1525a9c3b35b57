package org.openparcs.plate.image;

/**
 * An 8-bit grey image, row by row without padding: the currency between the reader's stages, so
 * that no stage interface exposes a vision library type.
 *
 * @param width pixels per row, 1 or more
 * @param height rows, 1 or more
 * @param pixels {@code width * height} bytes, unsigned grey levels; not copied, do not mutate
 */
public record GrayImage(int width, int height, byte[] pixels) {

  public GrayImage {
    if (width < 1 || height < 1 || pixels == null || pixels.length != width * height) {
      throw new IllegalArgumentException(
          "grey image needs width*height bytes: " + width + "x" + height);
    }
  }

  /** The grey level at (x, y), 0..255. */
  public int at(int x, int y) {
    return pixels[y * width + x] & 0xFF;
  }
}
