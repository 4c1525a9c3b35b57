package org.openparcs.plate;

/**
 * An axis-aligned box in frame pixels: top-left corner, width and height.
 *
 * @param x left edge, 0 or more
 * @param y top edge, 0 or more
 * @param width 1 or more
 * @param height 1 or more
 */
public record PlateBox(int x, int y, int width, int height) {

  public PlateBox {
    if (x < 0 || y < 0 || width < 1 || height < 1) {
      throw new IllegalArgumentException(
          "box needs x,y >= 0 and a positive size: " + x + "," + y + " " + width + "x" + height);
    }
  }

  /** Intersection over union with another box: 0 (disjoint) to 1 (identical). */
  public double iou(PlateBox other) {
    int ix = Math.max(0, Math.min(x + width, other.x + other.width) - Math.max(x, other.x));
    int iy = Math.max(0, Math.min(y + height, other.y + other.height) - Math.max(y, other.y));
    double inter = (double) ix * iy;
    double union = (double) width * height + (double) other.width * other.height - inter;
    return union <= 0 ? 0 : inter / union;
  }
}
